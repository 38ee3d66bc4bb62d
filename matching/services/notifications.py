"""Telling members what happened: an inbox entry and an e-mail for each event."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from matching.models import Notification
from members.models import User

logger = logging.getLogger(__name__)


def notify(
    *, user: User, message: str, url: str = "", email_body: str = "", send_email: bool = True
) -> Notification:
    """Put ``message`` in the member's inbox and e-mail it once the transaction commits
    (``send_email=False``: the app that announced the event e-mails it itself)."""
    notification = Notification.objects.create(user=user, message=message[:300], url=url)
    if not send_email:
        return notification
    link = f"{settings.SITE_URL}{url}" if url else settings.SITE_URL

    def send() -> None:
        try:
            send_mail(
                subject=f"[Confer] {message[:120]}",
                message=(email_body or message) + f"\n\n{link}\n",
                from_email=None,
                recipient_list=[user.email],
            )
        except Exception:  # a mail server that is down must not undo what happened
            logger.exception("Could not e-mail notification %s", notification.pk)

    transaction.on_commit(send)
    return notification


def notifications_mark_read(*, user: User, ids: list[int] | None = None) -> int:
    """Mark the member's notifications (all, or these) read; returns how many changed."""
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=ids)
    return unread.update(read_at=timezone.now())
