"""Staff screens: introductions (propose, propose in bulk, outcomes) and working groups
(proposals, groups, their actions, re-clustering with progress)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from challenges.models import Challenge
from core.admin_views import MemberSearchIndexView, ServiceCreateView
from core.forms import form_add_service_error
from core.tasks import enqueue_on_commit
from matching.backends import get_backend
from matching.forms import (
    StaffGroupApproveForm,
    StaffGroupChallengeForm,
    StaffGroupFacilitatorForm,
    StaffGroupMemberForm,
    StaffGroupMergeForm,
    StaffGroupNameForm,
    StaffGroupSplitForm,
)
from matching.models import (
    ClusteringRun,
    GroupMembershipStatus,
    WorkingGroup,
    WorkingGroupMembership,
    WorkingGroupStatus,
)
from matching.selectors import introduction_outcomes_by_industry_pair, top_suggestions_to_introduce
from matching.selectors.working_groups import (
    group_summary,
    working_group_candidates,
    working_group_for_staff,
    working_groups_for_staff,
)
from matching.services.group_clustering import clustering_run_start
from matching.services.introductions import introduction_propose
from matching.services.working_groups import (
    working_group_approve,
    working_group_archive,
    working_group_challenge_add,
    working_group_challenge_remove,
    working_group_facilitator_set,
    working_group_join_decide,
    working_group_member_add,
    working_group_member_remove,
    working_group_merge,
    working_group_rename,
    working_group_split,
)
from matching.tasks import working_groups_recluster_task
from members.models import User


class IntroductionIndexView(MemberSearchIndexView):
    select_related = ("from_member", "to_member", "proposed_by")
    member_paths = ("from_member", "to_member")


class IntroductionProposeView(ServiceCreateView):
    """Staff propose one introduction; both members accept or decline."""

    failure_message = "The introduction could not be proposed."

    def call_service(self, form):
        data = form.cleaned_data
        return introduction_propose(
            staff=self.request.user,
            member_a=data["from_member"],
            member_b=data["to_member"],
            note=data["note"],
        )


class BulkProposeForm(forms.Form):
    suggestions = forms.TypedMultipleChoiceField(coerce=int, choices=())
    note = forms.CharField(
        required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )


def _staff_only(request) -> None:
    if not request.user.has_perm("matching.add_introduction"):
        raise PermissionDenied


def introductions_bulk_propose(request):
    """Propose introductions for members' best suggestions, several at once."""
    _staff_only(request)
    candidates = list(top_suggestions_to_introduce(limit=50))
    form = BulkProposeForm(request.POST if request.method == "POST" else None)
    form.fields["suggestions"].choices = [(s.pk, s.pk) for s in candidates]
    if request.method == "POST" and form.is_valid():
        chosen = [s for s in candidates if s.pk in set(form.cleaned_data["suggestions"])]
        done, failed = 0, []
        for suggestion in chosen:
            try:
                introduction_propose(
                    staff=request.user,
                    member_a=suggestion.member,
                    member_b=suggestion.peer,
                    note=form.cleaned_data["note"],
                )
                done += 1
            except ValidationError as error:
                failed.append(
                    f"{suggestion.member} and {suggestion.peer}: {' '.join(error.messages)}"
                )
        messages.success(request, f"Proposed {done} introduction{'s' if done != 1 else ''}.")
        for line in failed:
            messages.warning(request, line)
        return redirect("matching_bulk_propose")
    return render(
        request,
        "matching/admin/bulk_propose.html",
        {
            "form": form,
            "candidates": candidates,
            "page_title": "Propose introductions",
            "header_icon": "link",
        },
    )


def introduction_outcomes(request):
    """How introductions went, per pair of industries."""
    _staff_only(request)
    return render(
        request,
        "matching/admin/outcomes.html",
        {
            "rows": introduction_outcomes_by_industry_pair(),
            "page_title": "Introduction outcomes",
            "header_icon": "table",
        },
    )


# Working groups


GROUPS_VIEW = "matching.view_workinggroup"
GROUPS_PER_PAGE = 50
GROUPS_CHANGE = "matching.change_workinggroup"
STATUS_TABS = [
    (WorkingGroupStatus.PROPOSED, "Proposals"),
    (WorkingGroupStatus.ACTIVE, "Active"),
    (WorkingGroupStatus.ARCHIVED, "Archived"),
]


def _require(request, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def working_groups_index(request):
    """Proposals ranked by size, cohesion and industry spread (or the active or
    archived groups), the last re-clustering and its progress, "Re-cluster now"."""
    _require(request, GROUPS_VIEW)
    status = request.GET.get("status", WorkingGroupStatus.PROPOSED)
    if status not in WorkingGroupStatus.values:
        status = WorkingGroupStatus.PROPOSED
    latest = ClusteringRun.objects.select_related("requested_by").first()
    page = Paginator(working_groups_for_staff(status=status), GROUPS_PER_PAGE).get_page(
        request.GET.get("p")
    )
    return render(
        request,
        "matching/admin/working_groups.html",
        {
            "summaries": [group_summary(g) for g in page],
            "page": page,
            "status": status,
            "tabs": STATUS_TABS,
            "run": latest,
            "can_change": request.user.has_perm(GROUPS_CHANGE),
            "page_title": "Working groups",
            "header_icon": "group",
        },
    )


@require_POST
def working_groups_recluster_now(request):
    """Start a re-clustering in the background (or show the one already running)."""
    _require(request, GROUPS_CHANGE)
    run, created = clustering_run_start(requested_by=request.user)
    if created:
        enqueue_on_commit(working_groups_recluster_task, run.pk)
        messages.success(request, "Re-clustering started; this page shows its progress.")
    else:
        messages.info(request, "A re-clustering is already running; its progress is below.")
    return redirect("working_groups_admin_index")


def _forms(summary, data=None, failed: str = "") -> dict:
    """Every action's form for the group page (the one that ``failed`` bound to
    ``data``)."""
    group = summary.group
    targets = (
        WorkingGroup.objects.live()
        .exclude(pk=group.pk)
        .exclude(status=WorkingGroupStatus.PROPOSED if group.is_active else "")
        .order_by("status", "name", "pk")
    )
    builders = {
        "approve": lambda d: StaffGroupApproveForm(d, prefix="approve"),
        "rename": lambda d: StaffGroupNameForm(
            d, prefix="rename", initial={"name": group.name, "purpose": group.purpose}
        ),
        "merge": lambda d: StaffGroupMergeForm(d, prefix="merge", targets=targets),
        "split": lambda d: StaffGroupSplitForm(d, prefix="split", links=summary.links),
        "add_challenge": lambda d: StaffGroupChallengeForm(d, prefix="challenge"),
        "add_member": lambda d: StaffGroupMemberForm(d, prefix="member"),
        "facilitator": lambda d: StaffGroupFacilitatorForm(
            d,
            prefix="facilitator",
            initial={"member": group.facilitator.email if group.facilitator else ""},
        ),
    }
    return {name: build(data if name == failed else None) for name, build in builders.items()}


def _detail(request, pk: int, *, failed=None):
    """The group's page; ``failed`` is (action, form) of an action that did not go
    through, shown with its errors and what was typed."""
    try:
        summary = working_group_for_staff(pk=pk)
    except WorkingGroup.DoesNotExist:
        raise Http404("No such working group: a re-clustering may have replaced it.") from None
    places = list(summary.group.memberships.all())
    return render(
        request,
        "matching/admin/working_group.html",
        {
            "summary": summary,
            "group": summary.group,
            "members": [p for p in places if p.status == GroupMembershipStatus.MEMBER],
            "requests": [p for p in places if p.status == GroupMembershipStatus.REQUESTED],
            "declined": [p for p in places if p.status == GroupMembershipStatus.DECLINED],
            "forms": {**_forms(summary), **dict([failed] if failed else [])},
            "candidates": working_group_candidates(group=summary.group, backend=get_backend())
            if summary.group.status != WorkingGroupStatus.ARCHIVED
            else [],
            "can_change": request.user.has_perm(GROUPS_CHANGE),
            "page_title": summary.group.label,
            "header_icon": "group",
        },
    )


def working_group_admin_detail(request, pk: int):
    """A group or proposal with its challenges, members and requests, and every action."""
    _require(request, GROUPS_VIEW)
    return _detail(request, pk)


def _action_approve(request, group, form):
    data = form.cleaned_data
    working_group_approve(
        group=group,
        staff=request.user,
        name=data["name"],
        purpose=data["purpose"],
        facilitator=data["facilitator"],
    )
    return f"“{data['name']}” is now an active working group."


def _action_rename(request, group, form):
    data = form.cleaned_data
    working_group_rename(
        group=group, staff=request.user, name=data["name"], purpose=data["purpose"]
    )
    return f"Renamed to “{data['name']}”."


def _action_merge(request, group, form):
    target = WorkingGroup.objects.filter(pk=form.cleaned_data["target"]).first()
    if target is None:
        raise ValidationError({"target": ["That group no longer exists."]})
    merged = working_group_merge(source=group, target=target, staff=request.user)
    return redirect("working_group_admin", merged.pk), f"Merged into “{merged.label}”."


def _action_split(request, group, form):
    data = form.cleaned_data
    new = working_group_split(
        group=group,
        staff=request.user,
        challenge_ids=data["challenges"],
        name=data["name"],
        purpose=data["purpose"],
    )
    return f"Split: {len(data['challenges'])} challenges moved to “{new.label}”."


def _action_add_challenge(request, group, form):
    challenge = form.cleaned_data["challenge"]
    working_group_challenge_add(group=group, staff=request.user, challenge=challenge)
    return f"Added “{challenge.title}”."


def _action_add_member(request, group, form):
    member = form.cleaned_data["member"]
    working_group_member_add(group=group, staff=request.user, member=member)
    return f"{member.get_full_name() or member.email} is now a member."


def _action_facilitator(request, group, form):
    member = form.cleaned_data["member"]
    working_group_facilitator_set(group=group, staff=request.user, member=member)
    return (
        f"{member.get_full_name() or member.email} facilitates the group."
        if member
        else "The group has no facilitator now."
    )


ACTIONS = {
    "approve": _action_approve,
    "rename": _action_rename,
    "merge": _action_merge,
    "split": _action_split,
    "add_challenge": _action_add_challenge,
    "add_member": _action_add_member,
    "facilitator": _action_facilitator,
}


@require_POST
def working_group_admin_action(request, pk: int, action: str):
    """One staff action on a group, through its service. Bad input re-renders the page
    with the form's errors and what was typed; nothing is changed."""
    _require(request, GROUPS_CHANGE)
    if action not in ACTIONS:
        raise Http404("No such action")
    group = WorkingGroup.objects.filter(pk=pk).first()
    if group is None:
        raise Http404("No such working group: a re-clustering may have replaced it.")
    summary = working_group_for_staff(pk=pk)
    form = _forms(summary, request.POST, action)[action]
    if form.is_valid():
        try:
            outcome = ACTIONS[action](request, group, form)
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            response, message = (
                outcome
                if isinstance(outcome, tuple)
                else (redirect("working_group_admin", pk), outcome)
            )
            messages.success(request, message)
            return response
    messages.error(request, "Nothing was changed; see the errors below.")
    return _detail(request, pk, failed=(action, form))


@require_POST
def working_group_admin_row_action(request, pk: int, action: str, row: int):
    """Buttons on one row: remove a challenge or a member, decide a request, archive."""
    _require(request, GROUPS_CHANGE)
    group = WorkingGroup.objects.filter(pk=pk).first()
    if group is None:
        raise Http404("No such working group")
    try:
        if action == "remove_challenge":
            challenge = get_object_or_404(Challenge, pk=row)
            working_group_challenge_remove(group=group, staff=request.user, challenge=challenge)
            message = f"Took “{challenge.title}” out of the group."
        elif action == "remove_member":
            member = get_object_or_404(User, pk=row)
            working_group_member_remove(group=group, staff=request.user, member=member)
            message = f"{member.get_full_name() or member.email} is no longer in the group."
        elif action in ("approve_request", "decline_request"):
            place = get_object_or_404(WorkingGroupMembership, pk=row, group=group)
            working_group_join_decide(
                membership=place, decider=request.user, approve=action == "approve_request"
            )
            message = "Request approved." if action == "approve_request" else "Request declined."
        elif action == "archive":
            working_group_archive(group=group, staff=request.user)
            message = f"“{group.label}” is archived."
        else:
            raise Http404("No such action")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, message)
    return redirect("working_group_admin", pk)
