from django import forms

from challenges.models import Challenge, ChallengeStatus
from members.forms import CommaSeparatedField
from members.models import MembershipPlan


class ChallengeForm(forms.ModelForm):
    tags = CommaSeparatedField(
        forms.CharField(max_length=40),
        required=False,
        max_length=10,
        help_text="Comma-separated, up to 10, e.g. retention, onboarding.",
    )

    class Meta:
        model = Challenge
        fields = ["title", "description", "tags", "status", "visibility"]
        widgets = {"description": forms.Textarea(attrs={"rows": 8})}
        help_texts = {
            "title": "One line: what are you stuck on?",
            "description": "The context, what you have tried, what would help.",
            "visibility": "Staff only: visible to community staff and you, not to other members.",
        }


class ChallengeFilterForm(forms.Form):
    q = forms.CharField(required=False, max_length=200, label="Search")
    status = forms.ChoiceField(
        required=False, choices=[("", "Any status"), *ChallengeStatus.choices]
    )
    tag = forms.SlugField(required=False)
    industry = forms.SlugField(required=False)
    mine = forms.BooleanField(required=False, label="Only mine")


class ChallengeStatusForm(forms.Form):
    status = forms.ChoiceField(choices=ChallengeStatus.choices)


class MemberImportForm(forms.Form):
    file = forms.FileField(help_text="UTF-8 CSV with a header row.")
    plan = forms.ModelChoiceField(
        queryset=MembershipPlan.objects.all(), help_text="Imported members get this plan."
    )
    create_unknown_terms = forms.BooleanField(
        required=False,
        label="Create unknown industries and functions",
        help_text="Otherwise rows naming an unknown industry or function are rejected.",
    )
    send_invitations = forms.BooleanField(
        required=False,
        label="Send invitations now",
        help_text="E-mail each imported member who has no password yet and was never invited "
        "a link to set their password, complete their profile and opt in to introductions. "
        "Nobody is e-mailed twice: resend from Member profiles.",
    )

    def __init__(self, *args, may_invite: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_invite:
            del self.fields["send_invitations"]
