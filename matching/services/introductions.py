"""Double opt-in introductions, connections and feedback (PRODUCT.md, Matching)."""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from matching.models import (
    Connection,
    Introduction,
    IntroductionFeedback,
    IntroductionStatus,
    MatchingSettings,
    Response,
)
from matching.selectors import introductions_used_this_month, members_matchable
from matching.services.notifications import notify
from members.models import User
from members.selectors import membership_current


def _inbox_url() -> str:
    return reverse("introductions")


def _check_pair(a: User, b: User, *, field: str) -> None:
    """Errors that forbid introducing ``a`` and ``b``, on ``field``."""
    if a.pk == b.pk:
        raise ValidationError({field: ["You cannot be introduced to yourself."]})
    if not members_matchable().filter(pk=b.pk).exists():
        raise ValidationError(
            {
                field: [
                    f"{b.get_full_name() or 'This person'} is not a member open to introductions."
                ]
            }
        )
    low, high = sorted((a.pk, b.pk))
    if Connection.objects.filter(member_a_id=low, member_b_id=high).exists():
        raise ValidationError({field: [f"You are already connected with {b.get_full_name()}."]})
    earlier = Introduction.objects.between(a, b)
    if earlier.filter(status=IntroductionStatus.PENDING).exists():
        raise ValidationError(
            {field: ["An introduction between you is already waiting for an answer."]}
        )
    if earlier.filter(status=IntroductionStatus.DECLINED).exists():
        raise ValidationError({field: ["An earlier introduction between you was declined."]})


@transaction.atomic
def introduction_request(*, requester: User, peer: User, note: str = "") -> Introduction:
    """``requester`` asks to meet ``peer``; ``peer`` accepts or declines.

    Raises ValidationError (on "peer", "note" or the whole request) and writes nothing
    when the introduction is not allowed.
    """
    _check_pair(requester, peer, field="peer")
    membership = membership_current(user=requester)
    plan = membership.plan if membership else None
    cap = plan.introductions_per_month if plan else None
    if plan and cap is not None and introductions_used_this_month(member=requester) >= cap:
        raise ValidationError(
            f"Your {plan.name} plan includes {cap} introduction"
            f"{'s' if cap != 1 else ''} a month and you have used them; more are "
            "available from the first of next month."
        )
    config = MatchingSettings.load()
    introduction = Introduction(
        from_member=requester,
        to_member=peer,
        proposed_by=requester,
        note=note.strip(),
        from_response=Response.ACCEPTED,
        expires_at=timezone.now() + timedelta(days=config.introduction_expiry_days),
    )
    introduction.full_clean()
    introduction.save()
    notify(
        user=peer,
        url=_inbox_url(),
        message=f"{requester.get_full_name()} would like to be introduced to you.",
        email_body=f"{requester.get_full_name()} would like to meet you on Confer."
        + (f'\n\nTheir note: "{introduction.note}"' if introduction.note else "")
        + "\n\nAccept or decline; your contact details are shared only if you both accept.",
    )
    return introduction


@transaction.atomic
def introduction_propose(
    *, staff: User, member_a: User, member_b: User, note: str = ""
) -> Introduction:
    """Staff propose that two members meet; each accepts or declines."""
    if not staff.is_staff:
        raise PermissionDenied("Only staff propose introductions between members.")
    if not members_matchable().filter(pk=member_a.pk).exists():
        raise ValidationError(
            {"from_member": [f"{member_a.get_full_name()} is not a member open to introductions."]}
        )
    _check_pair(member_a, member_b, field="to_member")
    config = MatchingSettings.load()
    introduction = Introduction(
        from_member=member_a,
        to_member=member_b,
        proposed_by=staff,
        by_staff=True,
        note=note.strip(),
        expires_at=timezone.now() + timedelta(days=config.introduction_expiry_days),
    )
    introduction.full_clean()
    introduction.save()
    for member, other in ((member_a, member_b), (member_b, member_a)):
        notify(
            user=member,
            url=_inbox_url(),
            message=f"The community team suggests you meet {other.get_full_name()}.",
            email_body=introduction.note,
        )
    return introduction


@transaction.atomic
def introduction_respond(
    *, introduction: Introduction, member: User, accept: bool, note: str = ""
) -> Introduction:
    """``member`` accepts or declines; when both have accepted they are connected
    and each gets the other's contact details."""
    introduction = Introduction.objects.select_for_update().get(pk=introduction.pk)
    side = introduction.side_of(member)
    if side is None:
        raise PermissionDenied("This introduction is not yours to answer.")
    if introduction.status != IntroductionStatus.PENDING:
        raise ValidationError("This introduction is no longer waiting for an answer.")
    if getattr(introduction, f"{side}_response") != Response.PENDING:
        raise ValidationError("You have already answered this introduction.")
    if len(note) > 500:
        raise ValidationError({"note": ["Keep the note under 500 characters."]})
    setattr(introduction, f"{side}_response", Response.ACCEPTED if accept else Response.DECLINED)
    setattr(introduction, f"{side}_note", note.strip())
    other = introduction.other_party(member)
    now = timezone.now()
    if not accept:
        introduction.status = IntroductionStatus.DECLINED
        introduction.decided_at = now
        notify(
            user=other,
            url=_inbox_url(),
            message=f"{member.get_full_name()} declined the introduction.",
            email_body=note.strip(),
        )
    elif (introduction.from_response, introduction.to_response) == (
        Response.ACCEPTED,
        Response.ACCEPTED,
    ):
        introduction.status = IntroductionStatus.CONNECTED
        introduction.decided_at = now
        low, high = sorted((introduction.from_member_id, introduction.to_member_id))
        Connection.objects.get_or_create(
            member_a_id=low, member_b_id=high, defaults={"introduction": introduction}
        )
        for person, them in ((member, other), (other, member)):
            notify(
                user=person,
                url=_inbox_url(),
                message=f"You and {them.get_full_name()} are connected.",
                email_body=f"You and {them.get_full_name()} both accepted. "
                f"Write to them at {them.email}.",
            )
    else:
        notify(
            user=other,
            url=_inbox_url(),
            message=f"{member.get_full_name()} accepted; the introduction waits for you.",
        )
    introduction.save()
    return introduction


def introductions_expire(*, now=None) -> int:
    """Unanswered introductions past their date expire; whoever asked is told."""
    now = now or timezone.now()
    count = 0
    for introduction in Introduction.objects.filter(
        status=IntroductionStatus.PENDING, expires_at__lt=now
    ).select_related("from_member", "to_member", "proposed_by"):
        with transaction.atomic():
            introduction.status = IntroductionStatus.EXPIRED
            introduction.decided_at = now
            introduction.save(update_fields=["status", "decided_at"])
            told = introduction.proposed_by or introduction.from_member
            notify(
                user=told,
                url=_inbox_url(),
                message=f"The introduction of {introduction.from_member.get_full_name()} and "
                f"{introduction.to_member.get_full_name()} expired without an answer.",
            )
            count += 1
    return count


def introductions_request_feedback(*, now=None) -> int:
    """Some time after connecting, both members are asked whether they met."""
    now = now or timezone.now()
    delay = timedelta(days=MatchingSettings.load().feedback_delay_days)
    count = 0
    for introduction in Introduction.objects.filter(
        status=IntroductionStatus.CONNECTED,
        decided_at__lt=now - delay,
        feedback_requested_at__isnull=True,
    ).select_related("from_member", "to_member"):
        with transaction.atomic():
            introduction.feedback_requested_at = now
            introduction.save(update_fields=["feedback_requested_at"])
            for member in (introduction.from_member, introduction.to_member):
                other = introduction.other_party(member)
                notify(
                    user=member,
                    url=_inbox_url(),
                    message=f"Did you meet {other.get_full_name()}? Tell us how it went.",
                )
            count += 1
    return count


@transaction.atomic
def introduction_feedback_give(
    *,
    introduction: Introduction,
    member: User,
    met: bool,
    usefulness: int | None = None,
    note: str = "",
) -> IntroductionFeedback:
    """Whether ``member`` met the other person, and how useful it was (1-5)."""
    if introduction.side_of(member) is None:
        raise PermissionDenied("This introduction is not yours.")
    if introduction.status != IntroductionStatus.CONNECTED:
        raise ValidationError("Feedback is for introductions where you both accepted.")
    if met and usefulness is None:
        raise ValidationError({"usefulness": ["Rate how useful it was, from 1 to 5."]})
    if IntroductionFeedback.objects.filter(introduction=introduction, member=member).exists():
        raise ValidationError("You have already told us how this introduction went.")
    feedback = IntroductionFeedback(
        introduction=introduction,
        member=member,
        met=met,
        usefulness=usefulness if met else None,
        note=note.strip(),
    )
    feedback.full_clean()
    feedback.save()
    return feedback
