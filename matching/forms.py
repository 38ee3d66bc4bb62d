from django import forms

from matching.models import SuggestionDismissal


class DismissForm(forms.Form):
    reason = forms.ChoiceField(choices=SuggestionDismissal.Reason.choices)
    note = forms.CharField(
        required=False,
        max_length=300,
        widget=forms.TextInput(attrs={"placeholder": "Optional: tell us more"}),
    )
