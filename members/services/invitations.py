"""Inviting members staff added (by import or in the admin): an e-mail with a link to
set their password, then complete their profile and opt in to introductions."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.encoding import force_bytes
from django.utils.http import base36_to_int, urlsafe_base64_encode

from members.models import Profile, User

logger = logging.getLogger(__name__)

INVITE_PERMISSION = "members.send_invitation"


class InvitationTokenGenerator(PasswordResetTokenGenerator):
    """Django's password-reset token, with its own salt and lifetime
    (``INVITATION_VALID_DAYS`` rather than ``PASSWORD_RESET_TIMEOUT``).

    Like a reset link it stops working once used: the token covers the password and
    the last login, which setting a password (and logging in) change.
    """

    key_salt = "members.services.invitations.InvitationTokenGenerator"

    def check_token(self, user, token) -> bool:
        if not (user and token):
            return False
        try:
            timestamp = base36_to_int(token.split("-")[0])
        except ValueError:
            return False
        age = self._num_seconds(self._now()) - timestamp
        if not 0 <= age <= settings.INVITATION_VALID_DAYS * 24 * 3600:
            return False
        return any(
            constant_time_compare(self._make_token_with_timestamp(user, timestamp, secret), token)
            for secret in [self.secret, *self.secret_fallbacks]
        )


invitation_token_generator = InvitationTokenGenerator()


def invitation_url(*, user: User) -> str:
    """A fresh set-your-password link for ``user``."""
    path = reverse(
        "invitation_accept",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": invitation_token_generator.make_token(user),
        },
    )
    return f"{settings.SITE_URL}{path}"


def member_is_set_up(user: User) -> bool:
    """The member already has a password or has logged in: an invitation is not needed
    (though staff may still send one)."""
    return user.has_usable_password() or user.last_login is not None


@dataclass
class InvitationReport:
    """Who was e-mailed, and who was not and why."""

    sent: list[User] = field(default_factory=list)
    # Among ``sent``: they had a password or had logged in already.
    sent_to_set_up: list[User] = field(default_factory=list)
    not_sent_inactive: list[User] = field(default_factory=list)
    not_sent_invited_before: list[User] = field(default_factory=list)
    not_sent_set_up: list[User] = field(default_factory=list)
    failed: list[User] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """One line for staff."""
        text = f"Invitations sent: {len(self.sent)}"
        if self.sent_to_set_up:
            text += f" ({len(self.sent_to_set_up)} to members who already had a password)"
        skipped = [
            (self.not_sent_invited_before, "invited before (resend from Member profiles)"),
            (self.not_sent_set_up, "already have a password or have logged in"),
            (self.not_sent_inactive, "inactive (never invited)"),
        ]
        reasons = [f"{len(users)} {why}" for users, why in skipped if users]
        if reasons:
            text += "; not sent: " + ", ".join(reasons)
        if self.failed:
            text += (
                f"; {len(self.failed)} could not be sent (the mail server refused; "
                "see the log, then resend)"
            )
        return text + "."


def member_invitations_send(
    *, user_ids: Iterable[int], sent_by: User | None, resend: bool = False
) -> InvitationReport:
    """E-mail these members their invitation: a link to set their password (valid
    ``INVITATION_VALID_DAYS``), then complete their profile and opt in to
    introductions. Each e-mail sent is recorded on the profile (``invitation_sent_at``).

    Never to inactive accounts. Unless ``resend``, only to members never invited who
    have no password and never logged in (an import re-run e-mails nobody twice).
    ``sent_by`` is the staff member sending, who needs the ``send_invitation``
    permission; ``None`` is an operator on the command line.
    """
    if sent_by is not None:
        _check_may_invite(sent_by)
    report = InvitationReport()
    users = list(
        User.objects.filter(pk__in=list(user_ids)).select_related("profile").order_by("email")
    )
    connection = get_connection()
    try:
        # One connection for the whole batch; a server that is down fails each send.
        connection.open()
    except Exception:
        logger.exception("Could not connect to the mail server to send invitations")
    try:
        for user in users:
            profile = _profile_of(user)
            set_up = member_is_set_up(user)
            if not user.is_active:
                report.not_sent_inactive.append(user)
            elif not resend and profile.invitation_sent_at is not None:
                report.not_sent_invited_before.append(user)
            elif not resend and set_up:
                report.not_sent_set_up.append(user)
            elif _send(user, profile, connection=connection):
                Profile.objects.filter(pk=profile.pk).update(invitation_sent_at=timezone.now())
                report.sent.append(user)
                if set_up:
                    report.sent_to_set_up.append(user)
            else:
                report.failed.append(user)
    finally:
        connection.close()
    return report


def member_invitation_send(*, user: User, sent_by: User | None) -> InvitationReport:
    """Send (or send again) one member's invitation; see ``member_invitations_send``."""
    return member_invitations_send(user_ids=[user.pk], sent_by=sent_by, resend=True)


@transaction.atomic
def member_invitation_accept(*, user: User, password: str) -> User:
    """The member followed their invitation link and chose a password (validated by
    the caller's form). The link reached them at their address, so it counts as
    verified: they can log in at once."""
    user.set_password(password)
    user.save(update_fields=["password"])
    address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
    if address is None:
        has_primary = EmailAddress.objects.filter(user=user, primary=True).exists()
        EmailAddress.objects.create(
            user=user, email=user.email, verified=True, primary=not has_primary
        )
    elif not address.verified:
        address.verified = True
        address.save(update_fields=["verified"])
    return user


def _check_may_invite(staff: User) -> None:
    if not (staff.is_active and staff.is_staff and staff.has_perm(INVITE_PERMISSION)):
        raise PermissionDenied("You may not send invitations.")


def _profile_of(user: User) -> Profile:
    try:
        return user.profile
    except Profile.DoesNotExist:
        profile, _ = Profile.objects.get_or_create(user=user)
        return profile


def _send(user: User, profile: Profile, *, connection) -> bool:
    context = {
        "user": user,
        "profile": profile,
        "set_password_url": invitation_url(user=user),
        "profile_url": f"{settings.SITE_URL}{reverse('profile_edit')}",
        "valid_days": settings.INVITATION_VALID_DAYS,
        "set_up": member_is_set_up(user),
        "consent_by_staff": profile.open_to_introductions and not profile.consent_is_members_own,
    }
    message = EmailMessage(
        subject=render_to_string("members/email/invitation_subject.txt", context).strip(),
        body=render_to_string("members/email/invitation.txt", context),
        to=[user.email],
        connection=connection,
    )
    try:
        message.send()
    except Exception:  # one address the server refuses must not stop the others
        logger.exception("Could not e-mail the invitation of user %s", user.pk)
        return False
    return True
