"""Who may use member features: staff, and members whose membership is in good standing."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render
from rest_framework.permissions import BasePermission

from members.forms import MembershipApplicationForm
from members.models import ApplicationStatus, Membership
from members.selectors import (
    membership_application_latest,
    memberships_of,
    plans_offered,
    profile_for_user,
)


def is_member_in_good_standing(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_staff:
        return True
    return Membership.objects.in_good_standing().filter(user=user).exists()


def request_has_member_access(request) -> bool:
    """Whether the request's user may use member features; asked once per request."""
    cached = getattr(request, "_confer_member_access", None)
    if cached is None:
        user = getattr(request, "user", None)
        cached = bool(user) and is_member_in_good_standing(user)
        request._confer_member_access = cached
    return cached


def membership_application_context(*, user, form: MembershipApplicationForm | None = None):
    """What the application panel shows to someone without a current membership: their
    latest application and, unless one is waiting, the form to apply (prefilled from
    their last application or their profile)."""
    latest = membership_application_latest(user=user)
    plans = plans_offered()
    if form is None and not (latest and latest.is_pending):
        initial: dict[str, object] = {}
        if latest is not None and latest.status != ApplicationStatus.APPROVED:
            initial.update(
                plan=latest.plan_id,
                motivation=latest.motivation,
                organisation_name=latest.organisation_name,
            )
        else:
            profile = profile_for_user(user=user)
            if profile.organisation is not None:
                initial["organisation_name"] = profile.organisation.name
        if "plan" not in initial and len(plans) == 1:
            initial["plan"] = plans[0].pk
        form = MembershipApplicationForm(plans=plans, initial=initial)
    return {"application": latest, "application_form": form, "plans": plans}


def membership_required_response(request):
    """The page a signed-in person without a current membership sees instead: the plans
    and how to apply, or where their application stands."""
    return render(
        request,
        "members/membership_required.html",
        {
            "latest_membership": memberships_of(user=request.user).first(),
            **membership_application_context(user=request.user),
        },
        status=403,
    )


def member_required(view):
    """Page decorator: sign in first, then a current membership (or staff)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request_has_member_access(request):
            return membership_required_response(request)
        return view(request, *args, **kwargs)

    return wrapper


class IsMemberInGoodStanding(BasePermission):
    """API permission: authenticated, and a current membership (or staff)."""

    message = "A current membership is required. Renew it on the membership page."

    def has_permission(self, request, view) -> bool:
        if not request.user or not request.user.is_authenticated:
            return False
        return request_has_member_access(request)
