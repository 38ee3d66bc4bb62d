"""Membership applications: a person applies on a plan; staff approve (which grants the
membership) or decline with a note; the applicant may withdraw while it waits."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from members.listeners import member_listeners
from members.models import (
    ApplicationStatus,
    Membership,
    MembershipApplication,
    MembershipPlan,
    User,
)
from members.services.memberships import MembershipError, membership_grant

logger = logging.getLogger(__name__)

DECIDE_PERMISSION = "members.change_membershipapplication"
"""Staff who may approve or decline applications (approving also needs GRANT_PERMISSION)."""
GRANT_PERMISSION = "members.add_membership"


class MembershipApplicationError(ValidationError):
    """An application change that is not allowed (a current membership, one already
    waiting, a decided application decided again...). A ValidationError, so forms and
    the API show its message as they show any other."""


@transaction.atomic
def membership_application_submit(
    *, user: User, plan: MembershipPlan, motivation: str, organisation_name: str = ""
) -> MembershipApplication:
    """Apply for a membership on ``plan`` (one of the plans offered).

    Refused, with a message saying why, to someone with a current membership or with an
    application already waiting. Staff who may decide are e-mailed once it is saved.
    """
    if not user.is_active:
        raise MembershipApplicationError("This account is not active.")
    _lock_person(user.pk)
    if not plan.is_public:
        raise MembershipApplicationError(
            {"plan": ["This plan is not offered; choose one of the plans listed."]}
        )
    current = Membership.objects.in_good_standing().filter(user=user).select_related("plan").first()
    if current is not None:
        raise MembershipApplicationError(
            f"You already have a current {current.plan} membership; there is nothing to apply for."
        )
    if MembershipApplication.objects.pending().filter(applicant=user).exists():
        raise MembershipApplicationError(
            "You already have an application waiting for a decision; withdraw it first to "
            "apply on another plan."
        )
    application = MembershipApplication(
        applicant=user,
        plan=plan,
        motivation=motivation.strip(),
        organisation_name=" ".join(organisation_name.split()),
    )
    application.full_clean()
    application.save()
    transaction.on_commit(lambda: _mail_staff_about(application))
    return application


@transaction.atomic
def membership_application_approve(
    *, application: MembershipApplication, staff: User, note: str = ""
) -> MembershipApplication:
    """Approve a waiting application: grant the applicant a membership on its plan
    (``membership_grant``, in the same transaction), then tell them in their inbox and
    by e-mail. ``note`` is shown to the applicant."""
    _check_may_decide(staff, approving=True)
    application = _lock_pending(application)
    try:
        membership = membership_grant(
            user=application.applicant,
            plan=application.plan,
            note=f"Approved application #{application.pk}",
        )
    except MembershipError as error:
        raise MembershipApplicationError(
            f"{application.applicant} already has a current membership; decline this "
            "application with a note instead."
        ) from error
    return _decide(
        application,
        status=ApplicationStatus.APPROVED,
        staff=staff,
        note=note,
        membership=membership,
    )


@transaction.atomic
def membership_application_decline(
    *, application: MembershipApplication, staff: User, note: str
) -> MembershipApplication:
    """Decline a waiting application with a note that the applicant reads (inbox and
    e-mail). They may apply again."""
    _check_may_decide(staff, approving=False)
    if not note.strip():
        raise MembershipApplicationError(
            {"staff_note": ["Write a note for the applicant saying why."]}
        )
    application = _lock_pending(application)
    return _decide(application, status=ApplicationStatus.DECLINED, staff=staff, note=note)


@transaction.atomic
def membership_application_withdraw(
    *, application: MembershipApplication, user: User
) -> MembershipApplication:
    """The applicant takes back their waiting application."""
    if application.applicant_id != user.pk:
        raise PermissionDenied("Only the applicant can withdraw an application.")
    application = _lock_pending(application)
    application.status = ApplicationStatus.WITHDRAWN
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "decided_at"])
    return application


def _lock_person(user_id: int) -> None:
    # One person's submits and decisions run one after another, so "no current
    # membership, nothing waiting" still holds when the row is written.
    list(User.objects.select_for_update().filter(pk=user_id).values_list("pk", flat=True))


def _lock_pending(application: MembershipApplication) -> MembershipApplication:
    """The application as stored, locked; refused unless it is still waiting."""
    _lock_person(application.applicant_id)
    locked = (
        MembershipApplication.objects.select_for_update(of=("self",))
        .select_related("applicant", "plan")
        .get(pk=application.pk)
    )
    if not locked.is_pending:
        when = timezone.localtime(locked.decided_at).strftime("%d %b %Y %H:%M")
        raise MembershipApplicationError(
            f"This application was already {locked.get_status_display().lower()} ({when}); "
            "it cannot be decided again."
        )
    return locked


def _check_may_decide(staff: User, *, approving: bool) -> None:
    if not (staff.is_active and staff.is_staff and staff.has_perm(DECIDE_PERMISSION)):
        raise PermissionDenied("You may not decide membership applications.")
    if approving and not staff.has_perm(GRANT_PERMISSION):
        raise PermissionDenied("Approving grants a membership, which you may not do.")


def _decide(
    application: MembershipApplication,
    *,
    status: ApplicationStatus,
    staff: User,
    note: str,
    membership: Membership | None = None,
) -> MembershipApplication:
    application.status = status
    application.staff_note = note.strip()
    application.decided_by = staff
    application.decided_at = timezone.now()
    application.membership = membership
    application.full_clean(validate_constraints=False)
    application.save(
        update_fields=["status", "staff_note", "decided_by", "decided_at", "membership"]
    )
    member_listeners.notify.membership_application_decided(application_id=application.pk)
    transaction.on_commit(lambda: _mail_applicant_about(application))
    return application


def _mail(*, subject: str, body: str, to: list[str], application_id: int) -> None:
    if not to:
        return
    try:
        send_mail(subject=f"[Confer] {subject}", message=body, from_email=None, recipient_list=to)
    except Exception:  # a mail server that is down must not undo the decision
        logger.exception("Could not e-mail about membership application %s", application_id)


def _users_with_perm(permission: str):
    """Active accounts holding ``permission`` themselves, through a group, or as
    superusers (Django's ``with_perm``, which our user manager does not inherit)."""
    app_label, codename = permission.split(".")
    held = Q(codename=codename, content_type__app_label=app_label)
    return User.objects.filter(
        Q(is_superuser=True)
        | Q(user_permissions__in=Permission.objects.filter(held))
        | Q(groups__permissions__in=Permission.objects.filter(held)),
        is_active=True,
    ).distinct()


def _mail_staff_about(application: MembershipApplication) -> None:
    deciders = _users_with_perm(DECIDE_PERMISSION).filter(is_staff=True)
    person = application.applicant
    admin_url = settings.SITE_URL + reverse("membershipapplication:edit", args=[application.pk])
    _mail(
        subject=f"New membership application: {person} ({application.plan})",
        body=(
            f"{person.get_full_name() or person.email} <{person.email}> applied for the "
            f"{application.plan} plan.\n"
            f"Organisation: {application.organisation_name or '(none given)'}\n\n"
            f"Why they want to join:\n{application.motivation}\n\n"
            f"Approve or decline it: {admin_url}\n"
        ),
        to=sorted(deciders.values_list("email", flat=True)),
        application_id=application.pk,
    )


def _mail_applicant_about(application: MembershipApplication) -> None:
    lines = [application.decision_message, ""]
    if application.status == ApplicationStatus.APPROVED:
        membership = application.membership
        if membership is not None:
            until = f" until {membership.ends_on:%d %B %Y}" if membership.ends_on else ""
            lines += [f"Your membership is active from {membership.starts_on:%d %B %Y}{until}.", ""]
        if application.staff_note:
            lines += [application.staff_note, ""]
        lines.append(f"Your dashboard: {settings.SITE_URL}{reverse('dashboard')}")
        subject = "Your membership application was approved"
    else:
        lines = [
            f"Your application for the {application.plan} plan was declined.",
            "",
            "The community team's note:",
            application.staff_note,
            "",
            f"You can apply again: {settings.SITE_URL}{reverse('membership')}",
        ]
        subject = "Your membership application was declined"
    _mail(
        subject=subject,
        body="\n".join(lines) + "\n",
        to=[application.applicant.email],
        application_id=application.pk,
    )
