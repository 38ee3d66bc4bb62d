from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse

from members.access import is_member_in_good_standing
from members.services import profile_ensure


class AccountAdapter(DefaultAccountAdapter):
    """Every account that signs up gets its (empty) member profile; people without a
    current membership land on their membership page, where they can apply."""

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
