from typing import cast

from django import forms

from challenges.models import ChallengeStatus
from matching.models import SuggestionDismissal
from matching.selectors.search import MAX_QUERY_LENGTH


def dismissal_reason_choices(not_now_days: int) -> list[tuple[str, str]]:
    """The reasons, each saying what it does: "not now" for a while, the others for good."""
    Reason = SuggestionDismissal.Reason
    return [
        (
            value,
            f"{label}: hide for {not_now_days} days"
            if value == Reason.NOT_NOW
            else f"{label}: never suggest again",
        )
        for value, label in Reason.choices
    ]


class DismissForm(forms.Form):
    reason = forms.ChoiceField(choices=SuggestionDismissal.Reason.choices)
    note = forms.CharField(
        required=False,
        max_length=300,
        widget=forms.TextInput(attrs={"placeholder": "Optional: tell us more"}),
    )

    def __init__(self, *args, not_now_days: int, **kwargs):
        super().__init__(*args, **kwargs)
        reason = cast(forms.ChoiceField, self.fields["reason"])
        reason.choices = dismissal_reason_choices(not_now_days)
        reason.help_text = (
            f"“Not the right time” hides them for {not_now_days} days; after that they may "
            "be suggested again if you still match. Any other reason is for good."
        )


class IntroductionRequestForm(forms.Form):
    note = forms.CharField(
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Why you would like to meet: they see this before they answer.",
    )


class IntroductionResponseForm(forms.Form):
    accept = forms.TypedChoiceField(
        choices=[("1", "Accept"), ("0", "Decline")], coerce=lambda v: v == "1"
    )
    note = forms.CharField(required=False, max_length=500)


class FeedbackForm(forms.Form):
    met = forms.TypedChoiceField(
        choices=[("1", "Yes, we met"), ("0", "No, we did not meet")],
        coerce=lambda v: v == "1",
        label="Did you meet?",
    )
    usefulness = forms.TypedChoiceField(
        required=False,
        coerce=int,
        empty_value=None,
        label="How useful was it?",
        choices=[("", "—"), *[(str(n), f"{n} of 5") for n in range(1, 6)]],
    )
    note = forms.CharField(required=False, max_length=500)


class SearchForm(forms.Form):
    q = forms.CharField(label="Search", max_length=MAX_QUERY_LENGTH, required=False)
    industry = forms.SlugField(required=False)
    function = forms.SlugField(required=False)
    status = forms.ChoiceField(
        required=False, choices=[("", "Any status"), *ChallengeStatus.choices]
    )


class GroupJoinForm(forms.Form):
    note = forms.CharField(
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Optional: what you hope to bring or find. The facilitator reads it.",
    )


class GroupJoinDecisionForm(forms.Form):
    approve = forms.TypedChoiceField(
        choices=[("1", "Let them in"), ("0", "Decline")], coerce=lambda v: v == "1"
    )
