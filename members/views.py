from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import INTERNAL_RESET_SESSION_TOKEN, PasswordResetConfirmView
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_POST

from core.forms import form_add_service_error
from members.access import membership_application_context
from members.forms import MembershipApplicationForm, ProfileForm
from members.selectors import (
    api_token_for_user,
    membership_applications_of,
    membership_current,
    memberships_of,
    plans_offered,
    profile_for_user,
)
from members.services import (
    api_token_regenerate,
    member_invitation_accept,
    membership_application_submit,
    membership_application_withdraw,
    profile_update,
)
from members.services.invitations import invitation_token_generator


@login_required
def profile_edit(request):
    profile = profile_for_user(user=request.user)
    form = ProfileForm(
        request.POST if request.method == "POST" else None, instance=profile, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        try:
            profile_update(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Your profile is saved.")
            return redirect("profile_edit")
    token = api_token_for_user(user=request.user)
    return render(
        request, "members/profile_form.html", {"form": form, "profile": profile, "api_token": token}
    )


@login_required
@require_POST
def api_token_replace(request):
    api_token_regenerate(user=request.user)
    messages.success(request, "A new API token was created; the old one no longer works.")
    return redirect("profile_edit")


def _membership_page(request, *, application_form: MembershipApplicationForm | None = None):
    current = membership_current(user=request.user)
    context = {
        "current": current,
        "history": memberships_of(user=request.user),
        "plans": plans_offered(),
    }
    if application_form is not None or (current is None and not request.user.is_staff):
        context.update(membership_application_context(user=request.user, form=application_form))
    return render(request, "members/membership.html", context)


@login_required
def membership(request):
    """Your membership; without one, the plans and the application (or where it stands).
    New accounts land here after signing up or logging in."""
    return _membership_page(request)


@login_required
@require_POST
def membership_apply(request):
    form = MembershipApplicationForm(request.POST, plans=plans_offered())
    if form.is_valid():
        try:
            membership_application_submit(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(
                request,
                "Your application is sent. The community team will answer by e-mail and in "
                "your inbox.",
            )
            return redirect("membership")
    return _membership_page(request, application_form=form)


@login_required
@require_POST
def membership_application_withdraw_view(request, pk: int):
    application = get_object_or_404(membership_applications_of(user=request.user), pk=pk)
    try:
        membership_application_withdraw(application=application, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Your application is withdrawn. You can apply again any time.")
    return redirect("membership")


def plans(request):
    return render(request, "members/plans.html", {"plans": plans_offered()})


class InvitationAcceptView(PasswordResetConfirmView):
    """The link in a member's invitation: choose a password, then land on the profile,
    signed in. Django's reset view underneath (the token leaves the address bar before
    the form is shown); an expired or used link says what to do instead."""

    template_name = "members/invitation_accept.html"
    token_generator = invitation_token_generator
    success_url = reverse_lazy("profile_edit")

    def get_user(self, uidb64):
        user = super().get_user(uidb64)
        return user if user is not None and user.is_active else None

    def form_valid(self, form):
        user = member_invitation_accept(user=form.user, password=form.cleaned_data["new_password1"])
        del self.request.session[INTERNAL_RESET_SESSION_TOKEN]
        login(self.request, user, backend="django.contrib.auth.backends.ModelBackend")
        if profile_for_user(user=user).open_to_introductions:
            consent = (
                "You are open to introductions: untick it below if you would rather not be "
                "suggested to other members."
            )
        else:
            consent = (
                "Tick “open to introductions” below to be suggested to members working on "
                "the same problems."
            )
        messages.success(
            self.request,
            f"Welcome to Confer: your password is set. Complete your profile. {consent}",
        )
        return redirect(self.success_url)
