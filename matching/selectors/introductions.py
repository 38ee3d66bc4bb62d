"""Reads of introductions, connections and notifications."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils import timezone

from matching.models import (
    Connection,
    Introduction,
    IntroductionStatus,
    Notification,
    Response,
)
from members.models import User


def introductions_used_this_month(*, member: User) -> int:
    """Introductions the member asked for since the first of this month."""
    start = timezone.localtime().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return Introduction.objects.filter(
        from_member=member, by_staff=False, created_at__gte=start
    ).count()


def introductions_for_member(*, member: User) -> QuerySet[Introduction]:
    """Every introduction the member is part of, newest first, with both people loaded."""
    return (
        Introduction.objects.involving(member)
        .select_related(
            "from_member",
            "to_member",
            "from_member__profile",
            "to_member__profile",
            "from_member__profile__organisation",
            "to_member__profile__organisation",
            "from_member__profile__industry",
            "to_member__profile__industry",
        )
        .prefetch_related("feedback")
        .order_by("-created_at", "-id")
    )


def connections_for_member(*, member: User) -> QuerySet[Connection]:
    return (
        Connection.objects.filter(Q(member_a=member) | Q(member_b=member))
        .select_related(
            "member_a",
            "member_b",
            "member_a__profile",
            "member_b__profile",
            "member_a__profile__organisation",
            "member_b__profile__organisation",
        )
        .order_by("-created_at")
    )


def notifications_for_member(*, user: User) -> QuerySet[Notification]:
    return Notification.objects.filter(user=user).order_by("-created_at", "-id")


def notifications_unread_count(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def introduction_outcomes_by_industry_pair() -> list[dict]:
    """Per pair of industries: how many introductions, connected, declined, expired,
    how many met, and their average usefulness."""
    pairs: dict[tuple[str, str], dict] = {}
    intros = Introduction.objects.select_related(
        "from_member__profile__industry", "to_member__profile__industry"
    ).prefetch_related("feedback")
    for intro in intros:
        names = sorted(
            (p.industry.name if p.industry else "—")
            for p in (intro.from_member.profile, intro.to_member.profile)
        )
        row = pairs.setdefault(
            (names[0], names[1]),
            {
                "industries": f"{names[0]} ↔ {names[1]}",
                "total": 0,
                "connected": 0,
                "declined": 0,
                "expired": 0,
                "pending": 0,
                "met": 0,
                "ratings": [],
            },
        )
        row["total"] += 1
        row[intro.status] += 1
        for feedback in intro.feedback.all():
            if feedback.met:
                row["met"] += 1
                row["ratings"].append(feedback.usefulness)
    for row in pairs.values():
        ratings = row.pop("ratings")
        row["usefulness"] = round(sum(ratings) / len(ratings), 1) if ratings else None
    return sorted(pairs.values(), key=lambda r: (-r["total"], r["industries"]))


INBOX_SIZE = 200


def _introduction_described(introduction: Introduction, me: User) -> dict:
    side = introduction.side_of(me)
    other_side = "to" if side == "from" else "from"
    my_response = getattr(introduction, f"{side}_response")
    mine_given = any(f.member_id == me.pk for f in introduction.feedback.all())
    return {
        "introduction": introduction,
        "other": introduction.other_party(me),
        "my_response": my_response,
        "their_response": getattr(introduction, f"{other_side}_response"),
        "their_note": getattr(introduction, f"{other_side}_note"),
        "can_answer": introduction.status == IntroductionStatus.PENDING
        and my_response == Response.PENDING,
        "can_give_feedback": introduction.status == IntroductionStatus.CONNECTED and not mine_given,
    }


def introductions_inbox(*, member: User) -> dict[str, list[dict]]:
    """The member's newest introductions, grouped as the introductions page shows them:
    ``to_answer``, ``waiting`` (for the other side), ``connected`` and ``closed``, each
    with whose turn it is and whether feedback is due."""
    described = [
        _introduction_described(i, member)
        for i in introductions_for_member(member=member)[:INBOX_SIZE]
    ]
    closed = (IntroductionStatus.DECLINED, IntroductionStatus.EXPIRED)
    return {
        "to_answer": [d for d in described if d["can_answer"]],
        "waiting": [
            d
            for d in described
            if d["introduction"].status == IntroductionStatus.PENDING and not d["can_answer"]
        ],
        "connected": [
            d for d in described if d["introduction"].status == IntroductionStatus.CONNECTED
        ],
        "closed": [d for d in described if d["introduction"].status in closed],
    }
