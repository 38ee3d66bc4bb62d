from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.urls import reverse

from members.access import is_member_in_good_standing
from members.services import (
    login_attempt_check,
    login_client_ip,
    login_failure_record,
    login_success_record,
    profile_ensure,
)


class AccountAdapter(DefaultAccountAdapter):
    """Every account that signs up gets its (empty) member profile; logins share the
    lockout; people without a current membership land on their membership page, where
    they can apply."""

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            profile_ensure(user=user)
        return user

    def get_login_redirect_url(self, request):
        if not is_member_in_good_standing(request.user):
            return reverse("membership")
        return super().get_login_redirect_url(request)

    def get_signup_redirect_url(self, request):
        if request.user.is_authenticated and not is_member_in_good_standing(request.user):
            return reverse("membership")
        return super().get_signup_redirect_url(request)

    def pre_authenticate(self, request, **credentials):
        lockout = login_attempt_check(email=_login(credentials), ip=login_client_ip(request))
        if lockout:
            raise forms.ValidationError(lockout.message, code="too_many_login_attempts")
        super().pre_authenticate(request, **credentials)

    def authenticate(self, request, **credentials):
        user = super().authenticate(request, **credentials)
        if user is not None:
            login_success_record(email=_login(credentials), ip=login_client_ip(request))
        return user

    def authentication_failed(self, request, **credentials):
        lockout = login_failure_record(email=_login(credentials), ip=login_client_ip(request))
        if lockout:
            raise forms.ValidationError(lockout.message, code="too_many_login_attempts")


def _login(credentials: dict) -> str:
    return credentials.get("email") or credentials.get("username") or ""
