from django import forms
from django.contrib.postgres.forms import SimpleArrayField
from django.template.defaultfilters import floatformat
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from members.models import MembershipApplication, MembershipPlan, Profile, timezone_choices
from members.services import (
    login_attempt_check,
    login_client_ip,
    login_failure_record,
    login_success_record,
)


class CommaSeparatedField(SimpleArrayField):
    """A comma-separated list in one text box; blank items (a trailing comma) are dropped."""

    def prepare_value(self, value):
        if isinstance(value, list):
            return ", ".join(str(item) for item in value)
        return value

    def to_python(self, value):
        if isinstance(value, str):
            value = self.delimiter.join(i for i in value.split(self.delimiter) if i.strip())
        return super().to_python(value)


class AdminLoginForm(WagtailLoginForm):
    """The Wagtail admin's login, under the same lockout as the site's and the API's."""

    def clean(self):
        email, password = self.cleaned_data.get("username"), self.cleaned_data.get("password")
        if not (email and password):
            return super().clean()
        ip = login_client_ip(self.request)
        lockout = login_attempt_check(email=email, ip=ip)
        if lockout:
            raise forms.ValidationError(lockout.message, code="too_many_login_attempts")
        try:
            cleaned_data = super().clean()
        except forms.ValidationError:
            # A right password for an account that may not log in (inactive) is no guess.
            if self.user_cache is None:
                lockout = login_failure_record(email=email, ip=ip)
                if lockout:
                    raise forms.ValidationError(
                        lockout.message, code="too_many_login_attempts"
                    ) from None
            raise
        login_success_record(email=email, ip=ip)
        return cleaned_data


class SignupForm(forms.Form):
    first_name = forms.CharField(max_length=150)
    last_name = forms.CharField(max_length=150)

    def signup(self, request, user) -> None:
        """Names are saved by the account adapter; nothing else to do here."""


class ProfileForm(forms.ModelForm):
    first_name = forms.CharField(max_length=150)
    last_name = forms.CharField(max_length=150)
    organisation_name = forms.CharField(
        label="Organisation",
        max_length=200,
        required=False,
        help_text="Where you work. A new name creates the organisation.",
    )
    expertise = CommaSeparatedField(
        forms.CharField(max_length=80),
        required=False,
        max_length=20,
        help_text="Comma-separated: things you could help other members with.",
    )

    timezone = forms.ChoiceField(label="Time zone", required=False, choices=())

    class Meta:
        model = Profile
        # The organisation is chosen by name (organisation_name above).
        fields = [f for f in Profile.EDITABLE_FIELDS if f != "organisation"]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 5}),
            "goals": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["timezone"].choices = [("", "—"), *timezone_choices()]
        if not self.is_bound:
            self.initial.update(
                first_name=user.first_name,
                last_name=user.last_name,
                organisation_name=self.instance.organisation.name
                if self.instance.organisation_id
                else "",
            )


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(required=False, max_length=200, label="Search")
    industry = forms.SlugField(required=False)
    function = forms.SlugField(required=False)
    seniority = forms.CharField(required=False, max_length=20)


class PlanChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: MembershipPlan) -> str:
        price = floatformat(obj.price, "-2g")
        return f"{obj.name} · {obj.currency} {price} · {obj.get_period_display().lower()}"


class MembershipApplicationForm(forms.Form):
    """Applying for a membership: a plan among those offered, why, and where one works."""

    plan = PlanChoiceField(
        queryset=MembershipPlan.objects.none(), widget=forms.RadioSelect, empty_label=None
    )
    motivation = forms.CharField(
        label="Why do you want to join?",
        max_length=MembershipApplication._meta.get_field("motivation").max_length,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="What you are working on, what you are stuck on, and what you hope to find "
        "here. The community team reads it.",
    )
    organisation_name = forms.CharField(
        label="Organisation",
        max_length=200,
        required=False,
        help_text="Where you work (leave empty if you work independently).",
    )

    def __init__(self, *args, plans, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = plans
