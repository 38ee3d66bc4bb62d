"""Writes to memberships: grant, extend, cancel and the daily status refresh."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from members.listeners import member_listeners
from members.models import Membership, MembershipPlan, MembershipStatus, User


class MembershipError(Exception):
    """A membership change that is not allowed."""


@transaction.atomic
def membership_grant(
    *,
    user: User,
    plan: MembershipPlan,
    starts_on: date | None = None,
    ends_on: date | None = None,
    note: str = "",
    external_reference: str = "",
) -> Membership:
    """Give ``user`` a membership on ``plan``. The end date defaults to one plan period."""
    # A membership past its grace period may not have been marked lapsed yet.
    memberships_refresh_status(user=user)
    if Membership.objects.filter(user=user, status__in=["active", "grace"]).exists():
        raise MembershipError(f"{user} already has a current membership; extend it instead.")
    starts_on = starts_on or timezone.localdate()
    if ends_on is None and plan.period_length is not None:
        ends_on = starts_on + plan.period_length
    membership = Membership(
        user=user,
        plan=plan,
        starts_on=starts_on,
        ends_on=ends_on,
        status=MembershipStatus.ACTIVE,
        note=note,
        external_reference=external_reference,
    )
    membership.full_clean()
    membership.save()
    member_listeners.notify.members_standing_changed(user_ids=[user.pk])
    return membership


@transaction.atomic
def membership_extend(
    *, membership: Membership, ends_on: date | None, note: str | None = None
) -> Membership:
    """Move the end date (None: no end) and make the membership active again.

    ``note``, when given, replaces the staff note; with the end date unchanged only the
    note changes.
    """
    if membership.status == MembershipStatus.CANCELLED:
        raise MembershipError("A cancelled membership cannot be extended; grant a new one.")
    if ends_on != membership.ends_on:
        if ends_on is not None and ends_on < timezone.localdate():
            raise MembershipError("The new end date is in the past.")
        membership.ends_on = ends_on
        membership.status = MembershipStatus.ACTIVE
    if note is not None:
        membership.note = note
    membership.full_clean()
    membership.save(update_fields=["ends_on", "status", "note", "updated_at"])
    member_listeners.notify.members_standing_changed(user_ids=[membership.user_id])
    return membership


@transaction.atomic
def membership_cancel(*, membership: Membership, note: str = "") -> Membership:
    """End a membership now; the member loses access at once."""
    if membership.status == MembershipStatus.CANCELLED:
        raise MembershipError("This membership is already cancelled.")
    membership.status = MembershipStatus.CANCELLED
    membership.ends_on = max(timezone.localdate(), membership.starts_on)
    if note:
        membership.note = note
    membership.save(update_fields=["status", "ends_on", "note", "updated_at"])
    member_listeners.notify.members_standing_changed(user_ids=[membership.user_id])
    return membership


@dataclass
class StatusRefresh:
    to_grace: int = 0
    to_lapsed: int = 0


@transaction.atomic
def memberships_refresh_status(
    *, today: date | None = None, user: User | None = None
) -> StatusRefresh:
    """Move memberships past their end date into grace, and past grace into lapsed
    (everyone's, or one member's).

    Safe to run any number of times a day.
    """
    today = today or timezone.localdate()
    grace_floor = today - timedelta(days=settings.MEMBERSHIP_GRACE_DAYS)
    memberships = Membership.objects.filter(user=user) if user else Membership.objects.all()
    lapsed = memberships.filter(status__in=["active", "grace"], ends_on__lt=grace_floor).update(
        status=MembershipStatus.LAPSED, updated_at=timezone.now()
    )
    to_grace = memberships.filter(
        status=MembershipStatus.ACTIVE, ends_on__lt=today, ends_on__gte=grace_floor
    ).update(status=MembershipStatus.GRACE, updated_at=timezone.now())
    # Memberships also start and end by date alone, with no write: catch those too.
    member_listeners.notify.members_standing_changed(user_ids=None if user is None else [user.pk])
    return StatusRefresh(to_grace=to_grace, to_lapsed=lapsed)
