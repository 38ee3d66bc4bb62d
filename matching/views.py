from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from core.forms import form_add_service_error
from matching.backends import get_backend
from matching.explanations import suggestion_explanation
from matching.forms import (
    DismissForm,
    FeedbackForm,
    GroupJoinDecisionForm,
    GroupJoinForm,
    IntroductionRequestForm,
    IntroductionResponseForm,
    SearchForm,
)
from matching.models import Introduction, MatchingSettings, WorkingGroup
from matching.selectors import (
    introductions_inbox,
    notifications_for_member,
    search,
    suggestions_for_member,
)
from matching.selectors.working_groups import (
    working_group_join_requests,
    working_group_page,
    working_group_visible,
    working_groups_active,
    working_groups_for_member,
    working_groups_of_member,
)
from matching.services.introductions import (
    introduction_feedback_give,
    introduction_request,
    introduction_respond,
)
from matching.services.notifications import notifications_mark_read
from matching.services.suggestions import suggestion_dismiss
from matching.services.working_groups import (
    working_group_can_decide,
    working_group_join_decide,
    working_group_join_request,
    working_group_leave,
)
from members.access import member_required
from members.models import Profile
from members.selectors import directory_profile_get, profile_for_user, vocabularies

PAGE_SIZE = 20


@member_required
def people(request):
    page = Paginator(suggestions_for_member(member=request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "matching/people.html",
        {
            "page": page,
            "explained": [suggestion_explanation(s) for s in page],
            # One form per card; its fields sit inside their labels, so no ids
            # (the same ids on every card would clash).
            "dismiss_form": DismissForm(
                auto_id=False, not_now_days=MatchingSettings.load().not_now_dismissal_days
            ),
            "profile": profile_for_user(user=request.user),
        },
    )


@member_required
@require_POST
def people_dismiss(request, profile_id: int):
    suggestion = (
        suggestions_for_member(member=request.user).filter(peer__profile__pk=profile_id).first()
    )
    if suggestion is None:
        raise Http404("No such suggestion")
    form = DismissForm(request.POST, not_now_days=MatchingSettings.load().not_now_dismissal_days)
    if not form.is_valid():
        messages.error(request, "Choose why you are dismissing this suggestion.")
        return redirect("people")
    try:
        dismissal = suggestion_dismiss(
            member=request.user, peer=suggestion.peer, **form.cleaned_data
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, dismissal.outcome)
    return redirect("people")


@member_required
def introductions(request):
    return render(
        request,
        "matching/introductions.html",
        {
            **introductions_inbox(member=request.user),
            "response_form": IntroductionResponseForm(),
            "feedback_form": FeedbackForm(),
        },
    )


@member_required
def introduction_request_view(request, profile_id: int):
    try:
        peer_profile = directory_profile_get(pk=profile_id)
    except Profile.DoesNotExist:
        raise Http404("No such member") from None
    form = IntroductionRequestForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            introduction_request(
                requester=request.user, peer=peer_profile.user, note=form.cleaned_data["note"]
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(
                request,
                f"We asked {peer_profile.user.get_full_name()}. You will "
                "hear as soon as they answer.",
            )
            return redirect("introductions")
    return render(
        request, "matching/introduction_request.html", {"form": form, "peer": peer_profile}
    )


def _own_introduction_or_404(request, pk: int) -> Introduction:
    introduction = Introduction.objects.involving(request.user).filter(pk=pk).first()
    if introduction is None:
        raise Http404("No such introduction of yours")
    return introduction


@member_required
@require_POST
def introduction_respond_view(request, pk: int):
    introduction = _own_introduction_or_404(request, pk)
    form = IntroductionResponseForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose accept or decline; notes are at most 500 characters.")
        return redirect("introductions")
    try:
        introduction_respond(introduction=introduction, member=request.user, **form.cleaned_data)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Thank you, your answer is recorded.")
    return redirect("introductions")


@member_required
@require_POST
def introduction_feedback_view(request, pk: int):
    introduction = _own_introduction_or_404(request, pk)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say whether you met, and rate it from 1 to 5 if you did.")
        return redirect("introductions")
    try:
        introduction_feedback_give(
            introduction=introduction, member=request.user, **form.cleaned_data
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Thank you: this makes the next suggestions better.")
    return redirect("introductions")


@login_required
def inbox(request):
    page = Paginator(notifications_for_member(user=request.user), 30).get_page(
        request.GET.get("page")
    )
    return render(request, "matching/inbox.html", {"page": page})


@login_required
@require_POST
def inbox_mark_read(request):
    notifications_mark_read(user=request.user)
    return redirect("inbox")


@member_required
def search_page(request):
    form = SearchForm(request.GET or None)
    results = None
    if form.is_bound and form.is_valid():
        try:
            results = search(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_add_service_error(form, error)
    return render(
        request, "matching/search.html", {"form": form, "results": results, **vocabularies()}
    )


def _visible_group_or_404(request, slug: str) -> WorkingGroup:
    group = working_group_visible(user=request.user).filter(slug=slug).first()
    if group is None:
        raise Http404("No such working group")
    return group


@member_required
def working_groups(request):
    """Working groups for you (with why), the groups you are in, and all the others."""
    for_you = working_groups_for_member(member=request.user, backend=get_backend())
    mine = list(working_groups_of_member(member=request.user))
    shown = {f.group.pk for f in for_you} | {p.group_id for p in mine}
    return render(
        request,
        "matching/working_groups.html",
        {
            "for_you": for_you,
            "mine": mine,
            "others": [g for g in working_groups_active() if g.pk not in shown],
        },
    )


@member_required
def working_group_detail(request, slug: str):
    group = _visible_group_or_404(request, slug)
    page = working_group_page(
        group=group,
        viewer=request.user,
        can_decide=working_group_can_decide(group=group, user=request.user),
    )
    return render(
        request,
        "matching/working_group.html",
        {"page": page, "group": group, "join_form": GroupJoinForm()},
    )


@member_required
@require_POST
def working_group_join(request, slug: str):
    group = _visible_group_or_404(request, slug)
    form = GroupJoinForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Keep the note under 500 characters.")
        return redirect("working_group_detail", slug)
    try:
        working_group_join_request(group=group, member=request.user, **form.cleaned_data)
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(
            request,
            "You asked to join. "
            + (
                "The facilitator will answer; you will hear in your inbox."
                if group.facilitator_id
                else "The community team will answer; you will hear in your inbox."
            ),
        )
    return redirect("working_group_detail", slug)


@member_required
@require_POST
def working_group_leave_view(request, slug: str):
    group = _visible_group_or_404(request, slug)
    try:
        working_group_leave(group=group, member=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, f"You left “{group.label}”.")
    return redirect("working_group_detail", slug)


def _group_to_decide_or_403(request, slug: str) -> WorkingGroup:
    group = _visible_group_or_404(request, slug)
    if not working_group_can_decide(group=group, user=request.user):
        raise PermissionDenied("Only the group's facilitator or staff decide who joins.")
    return group


@member_required
def working_group_requests(request, slug: str):
    """The facilitator's page: requests to join, each to let in or decline."""
    group = _group_to_decide_or_403(request, slug)
    return render(
        request,
        "matching/working_group_requests.html",
        {
            "group": group,
            "requests": working_group_join_requests(group=group),
            "decision_form": GroupJoinDecisionForm(),
        },
    )


@member_required
@require_POST
def working_group_request_decide(request, slug: str, pk: int):
    group = _group_to_decide_or_403(request, slug)
    membership = working_group_join_requests(group=group).filter(pk=pk).first()
    if membership is None:
        messages.error(request, "This request has already been decided or withdrawn.")
        return redirect("working_group_requests", slug)
    form = GroupJoinDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose to let them in or to decline.")
        return redirect("working_group_requests", slug)
    try:
        working_group_join_decide(
            membership=membership, decider=request.user, approve=form.cleaned_data["approve"]
        )
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        name = membership.member.get_full_name()
        messages.success(
            request,
            f"{name} is now a member." if form.cleaned_data["approve"] else f"{name} declined.",
        )
    return redirect("working_group_requests", slug)


def _error_text(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)
