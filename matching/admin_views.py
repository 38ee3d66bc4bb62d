"""Staff screens for introductions: propose, propose in bulk, outcomes."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render

from core.admin_views import MemberSearchIndexView, ServiceCreateView
from matching.selectors import introduction_outcomes_by_industry_pair, top_suggestions_to_introduce
from matching.services.introductions import introduction_propose


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
