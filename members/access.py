"""Who may use member features: staff, and members whose membership is in good standing."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render
from rest_framework.permissions import BasePermission

from members.models import Membership
from members.selectors import memberships_of, plans_offered


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


def membership_required_response(request):
    """The page a signed-in person without a current membership sees instead."""
    latest = memberships_of(user=request.user).first()
    plans = plans_offered()
    return render(
        request,
        "members/membership_required.html",
        {"latest_membership": latest, "plans": plans},
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
