"""Reads for matching: who can be matched, nearest neighbours, stored suggestions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from challenges.models import Challenge, ChallengeStatus, ChallengeVisibility
from matching.backends import EmbeddingBackend, get_backend
from matching.models import (
    ChallengeEmbedding,
    Connection,
    EmbeddingFailure,
    Introduction,
    IntroductionFeedback,
    IntroductionStatus,
    Notification,
    ProfileEmbedding,
    Suggestion,
    SuggestionDismissal,
)
from members.models import Membership, Profile, User

# A member's own challenge looks for peers while it is open; a peer's challenge counts
# while open, and also once solved: that peer has an answer.
SEEKING = (ChallengeStatus.OPEN, ChallengeStatus.EXPLORING)
MATCHABLE = (ChallengeStatus.OPEN, ChallengeStatus.EXPLORING, ChallengeStatus.SOLVED)


def members_matchable() -> QuerySet[User]:
    """Members who may be suggested and get suggestions: active, current, consenting."""
    current = Membership.objects.in_good_standing().filter(user_id=OuterRef("pk"))
    return User.objects.filter(Exists(current), is_active=True, profile__open_to_introductions=True)


@contextmanager
def vector_search(ef_search: int = 100) -> Iterator[None]:
    """HNSW settings for filtered nearest-neighbour queries, for one transaction.

    Iterative scans keep reading the index until enough rows pass the filters.
    """
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL hnsw.iterative_scan = relaxed_order")
            cursor.execute("SET LOCAL hnsw.ef_search = %s", [ef_search])
        yield


def _overfetch(limit: int) -> int:
    # An iterative scan in relaxed order yields neighbours almost, not exactly, in
    # order: read more than needed and keep the truly nearest.
    return max(2 * limit, 40)


def _best(rows: list[dict], limit: int) -> list[dict]:
    return sorted(rows, key=lambda r: -r["similarity"])[:limit]


def challenges_nearest(
    vector,
    *,
    backend: EmbeddingBackend,
    exclude_user_id: int | None,
    exclude_organisation_id: int | None = None,
    limit: int = 60,
) -> list[dict]:
    """Members-visible, matchable challenges of matchable members nearest to ``vector``.

    Rows: ``challenge_id``, ``author_id``, ``similarity``. Call inside ``vector_search``.
    """
    qs = _eligible_nearby(
        ChallengeEmbedding.objects, backend, exclude_user_id, exclude_organisation_id
    )
    rows = qs.nearest_to(vector, dimensions=backend.dimensions).values_list(
        "challenge_id", "owner_id", "similarity"
    )[: _overfetch(limit)]
    return _best(
        [
            {"challenge_id": challenge_id, "author_id": owner_id, "similarity": float(sim)}
            for challenge_id, owner_id, sim in rows
        ],
        limit,
    )


def profiles_nearest(
    vector,
    *,
    backend: EmbeddingBackend,
    exclude_user_id: int | None,
    exclude_organisation_id: int | None = None,
    limit: int = 60,
) -> list[dict]:
    """Matchable members whose "can help" text is nearest to ``vector``.

    Rows: ``user_id``, ``similarity``. Call inside ``vector_search``.
    """
    qs = _eligible_nearby(
        ProfileEmbedding.objects, backend, exclude_user_id, exclude_organisation_id
    )
    rows = qs.nearest_to(vector, dimensions=backend.dimensions).values_list(
        "owner_id", "similarity"
    )[: _overfetch(limit)]
    return _best([{"user_id": owner_id, "similarity": float(sim)} for owner_id, sim in rows], limit)


def _eligible_nearby(manager, backend, exclude_user_id, exclude_organisation_id):
    # One table, no joins: owner, organisation and eligibility live on the vector row.
    qs = manager.current(model_id=backend.model_id, dimensions=backend.dimensions).filter(
        eligible=True
    )
    if exclude_user_id is not None:
        qs = qs.exclude(owner_id=exclude_user_id)
    if exclude_organisation_id is not None:
        qs = qs.exclude(organisation_id=exclude_organisation_id)
    return qs


def seeking_challenges(*, member: User, backend: EmbeddingBackend) -> list[tuple[Challenge, list]]:
    """The member's open challenges that have a current vector, with that vector."""
    rows = (
        ChallengeEmbedding.objects.current(model_id=backend.model_id, dimensions=backend.dimensions)
        .filter(
            challenge__author=member,
            challenge__status__in=SEEKING,
            challenge__visibility=ChallengeVisibility.MEMBERS,
        )
        .select_related("challenge")
        .order_by("challenge_id")
    )
    return [(row.challenge, row.vector) for row in rows]


def dismissed_peer_ids(*, member: User) -> set[int]:
    return set(SuggestionDismissal.objects.filter(member=member).values_list("peer_id", flat=True))


def suggestions_for_member(*, member: User) -> QuerySet[Suggestion]:
    """The member's stored suggestions, best first, with all an explanation shows."""
    # A peer who lapsed or withdrew consent since the list was computed is not shown.
    # Checked per row (a handful of index probes), not against every matchable member.
    peer_current = Membership.objects.in_good_standing().filter(user_id=OuterRef("peer_id"))
    return (
        Suggestion.objects.filter(
            Exists(peer_current),
            member=member,
            peer__is_active=True,
            peer__profile__open_to_introductions=True,
        )
        .select_related(
            "peer",
            "peer__profile",
            "peer__profile__industry",
            "peer__profile__function",
            "peer__profile__organisation",
            "member_challenge",
            "peer_challenge",
            "member__profile",
            "member__profile__industry",
            "member__profile__function",
        )
        .order_by("rank")
    )


def members_with_suggestions_of(
    *, challenge_id: int | None = None, peer_id: int | None = None
) -> set[int]:
    """Members whose stored lists mention this challenge, or this peer."""
    query = Q()
    if challenge_id is not None:
        query |= Q(member_challenge_id=challenge_id) | Q(peer_challenge_id=challenge_id)
    if peer_id is not None:
        query |= Q(peer_id=peer_id)
    return set(Suggestion.objects.filter(query).values_list("member_id", flat=True))


def embedding_status() -> dict:
    """Counts for staff: vectors made by the configured model, failures, suggestion lists."""
    model_id = get_backend().model_id
    return {
        "model_id": model_id,
        "challenges": Challenge.objects.count(),
        "challenges_with_vectors": ChallengeEmbedding.objects.filter(model_id=model_id).count(),
        "profiles": Profile.objects.count(),
        "profiles_with_vectors": ProfileEmbedding.objects.filter(model_id=model_id).count(),
        "failures": EmbeddingFailure.objects.count(),
        "members_with_suggestions": Suggestion.objects.values("member").distinct().count(),
    }


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


def peers_not_to_suggest(*, member: User) -> set[int]:
    """Dismissed peers, connections, and anyone with a pending or declined introduction."""
    ids = dismissed_peer_ids(member=member)
    for a, b in (
        Introduction.objects.involving(member)
        .exclude(status=IntroductionStatus.EXPIRED)
        .values_list("from_member_id", "to_member_id")
    ):
        ids.add(b if a == member.pk else a)
    for a, b in Connection.objects.filter(Q(member_a=member) | Q(member_b=member)).values_list(
        "member_a_id", "member_b_id"
    ):
        ids.add(b if a == member.pk else a)
    return ids


def feedback_factors(*, user_ids) -> dict[int, float]:
    """A mild score factor per member from how introductions to them went.

    Others' ratings (1-5; "did not meet" counts as 2) move the factor between 0.9 and
    1.1 once a member has two or more ratings.
    """
    ratings: dict[int, list[int]] = {}
    rows = IntroductionFeedback.objects.filter(
        Q(introduction__from_member_id__in=user_ids) | Q(introduction__to_member_id__in=user_ids)
    ).values(
        "member_id",
        "met",
        "usefulness",
        "introduction__from_member_id",
        "introduction__to_member_id",
    )
    for row in rows:
        rated = (
            row["introduction__to_member_id"]
            if row["member_id"] == row["introduction__from_member_id"]
            else row["introduction__from_member_id"]
        )
        ratings.setdefault(rated, []).append(row["usefulness"] or 2 if row["met"] else 2)
    return {
        user_id: 1 + 0.05 * (sum(values) / len(values) - 3)
        for user_id, values in ratings.items()
        if len(values) >= 2
    }


def notifications_for_member(*, user: User) -> QuerySet[Notification]:
    return Notification.objects.filter(user=user).order_by("-created_at", "-id")


def notifications_unread_count(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def top_suggestions_to_introduce(*, limit: int) -> QuerySet[Suggestion]:
    """Members' best suggestions not yet introduced, connected or dismissed (for staff)."""
    introduced = Introduction.objects.exclude(status=IntroductionStatus.EXPIRED).filter(
        Q(from_member_id=OuterRef("member_id"), to_member_id=OuterRef("peer_id"))
        | Q(from_member_id=OuterRef("peer_id"), to_member_id=OuterRef("member_id"))
    )
    return (
        Suggestion.objects.filter(rank=1)
        .exclude(Exists(introduced))
        .select_related(
            "member",
            "peer",
            "member_challenge",
            "peer_challenge",
            "member__profile__industry",
            "peer__profile__industry",
        )
        .order_by("-score")[:limit]
    )


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
