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
        label="Why you would like to join",
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Optional: what you hope to bring or find. The facilitator reads it.",
    )


class GroupJoinDecisionForm(forms.Form):
    approve = forms.TypedChoiceField(
        choices=[("1", "Let them in"), ("0", "Decline")], coerce=lambda v: v == "1"
    )


class StaffGroupNameForm(forms.Form):
    """Approve a proposal, or rename a group: a name and what it is for."""

    name = forms.CharField(max_length=120)
    purpose = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What the group works on; members read it on the group's page.",
    )


class MemberEmailField(forms.EmailField):
    """A member, found by e-mail address."""

    def clean(self, value):
        from members.models import User

        email = super().clean(value)
        if not email:
            return None
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            raise forms.ValidationError(f"No one has the e-mail address {email}.")
        return user


class StaffGroupApproveForm(StaffGroupNameForm):
    facilitator = MemberEmailField(
        required=False,
        label="Facilitator's e-mail (optional)",
        help_text="They become the group's first member and approve who joins.",
    )


class StaffGroupMergeForm(forms.Form):
    target = forms.TypedChoiceField(
        coerce=int, label="Merge into", help_text="This group's challenges and members move there."
    )

    def __init__(self, *args, targets=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.TypedChoiceField, self.fields["target"]).choices = [
            (g.pk, f"{g.label} ({g.get_status_display().lower()})") for g in targets
        ]


class StaffGroupSplitForm(forms.Form):
    challenges = forms.TypedMultipleChoiceField(
        coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )
    name = forms.CharField(
        required=False,
        max_length=120,
        help_text="The new group's name (an active group's part needs one; a proposal's "
        "part stays a proposal and is named when approved).",
    )
    purpose = forms.CharField(
        required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, links=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.TypedMultipleChoiceField, self.fields["challenges"]).choices = [
            (link.challenge_id, link.challenge.title) for link in links
        ]


class StaffGroupChallengeForm(forms.Form):
    challenge = forms.IntegerField(
        min_value=1, label="Challenge id", help_text="The number in the challenge's address."
    )

    def clean_challenge(self):
        from challenges.models import Challenge

        challenge = Challenge.objects.filter(pk=self.cleaned_data["challenge"]).first()
        if challenge is None:
            raise forms.ValidationError("There is no challenge with this id.")
        return challenge


class StaffGroupMemberForm(forms.Form):
    member = MemberEmailField(label="Member's e-mail")


class StaffGroupFacilitatorForm(forms.Form):
    member = MemberEmailField(
        required=False,
        label="Facilitator's e-mail",
        help_text="Leave empty for no facilitator (staff then decide who joins).",
    )
