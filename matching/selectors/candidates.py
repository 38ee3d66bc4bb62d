"""Reads for computing suggestions: who may be matched, nearest neighbours, who not to
suggest again."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet

from challenges.models import Challenge, ChallengeStatus, ChallengeVisibility
from matching.backends import EmbeddingBackend
from matching.models import (
    ChallengeEmbedding,
    Connection,
    Introduction,
    IntroductionFeedback,
    IntroductionStatus,
    ProfileEmbedding,
    SuggestionDismissal,
)
from members.models import Membership, User

# A member's own challenge looks for peers while it is open; a peer's challenge counts
# while open, and also once solved: that peer has an answer.
SEEKING = (ChallengeStatus.OPEN, ChallengeStatus.EXPLORING)
MATCHABLE = (ChallengeStatus.OPEN, ChallengeStatus.EXPLORING, ChallengeStatus.SOLVED)


def members_matchable() -> QuerySet[User]:
    """Members who may be suggested and get suggestions: active, current, consenting."""
    current = Membership.objects.in_good_standing().filter(user_id=OuterRef("pk"))
    return User.objects.filter(Exists(current), is_active=True, profile__open_to_introductions=True)


# How many candidates an HNSW scan keeps in view: more finds the true nearest more
# often and costs more (bench/match.py measures both).
EF_SEARCH = 400


@contextmanager
def vector_search() -> Iterator[None]:
    """HNSW settings for filtered nearest-neighbour queries, until the transaction ends
    (the caller's, if there is one).

    Iterative scans keep reading the index until enough rows pass the filters.
    """
    with transaction.atomic(savepoint=False):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true), "
                "set_config('hnsw.ef_search', %s, true)",
                [str(EF_SEARCH)],
            )
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
    """Members-visible, matchable challenges of matchable members whose match vectors
    are nearest to the match vector ``vector``.

    Rows: ``challenge_id``, ``author_id``, ``similarity``. Call inside ``vector_search``.
    """
    qs = _eligible_nearby(
        ChallengeEmbedding.objects, backend, exclude_user_id, exclude_organisation_id
    )
    rows = qs.nearest_to(vector, dimensions=backend.dimensions, column="match_vector").values_list(
        "challenge_id", "owner_id", "similarity"
    )[: _overfetch(limit)]
    return _best(
        [
            {"challenge_id": challenge_id, "author_id": owner_id, "similarity": float(sim)}
            for challenge_id, owner_id, sim in rows
        ],
        limit,
    )


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


def seeking_challenges(*, member: User, backend: EmbeddingBackend) -> list[Challenge]:
    """The member's open, members-visible challenges that have a current vector."""
    return list(
        Challenge.objects.filter(
            author=member,
            status__in=SEEKING,
            visibility=ChallengeVisibility.MEMBERS,
            embedding__model_id=backend.model_id,
            embedding__dimensions=backend.dimensions,
        ).order_by("pk")
    )


@dataclass(frozen=True)
class Neighbour:
    target: str  # "challenge" or "profile"
    challenge_id: int  # the member's challenge it is near to
    target_id: int  # a challenge id, or a profile id
    owner_id: int
    similarity: float


_TARGETS = {
    "challenge": (ChallengeEmbedding._meta.db_table, "challenge_id"),
    "profile": (ProfileEmbedding._meta.db_table, "profile_id"),
}


def neighbours_of_challenges(
    challenge_ids: list[int],
    *,
    targets: tuple[str, ...] = ("challenge", "profile"),
    backend: EmbeddingBackend,
    exclude_user_id: int | None,
    exclude_organisation_id: int | None = None,
    limit: int = 60,
) -> list[Neighbour]:
    """For each of these challenges, the ``limit`` nearest eligible challenges (target
    "challenge") and "can help" profiles (target "profile"), by match vector (what is
    left once their industries' common vocabulary is taken out: services.space).

    One statement for all of them, and the challenges' vectors never leave the
    database. The same distance as ``EmbeddingQuerySet.nearest_to``, on the same HNSW
    indexes (one nearest-neighbour scan per challenge and target). Call inside
    ``vector_search``.
    """
    if not challenge_ids:
        return []
    dims = int(backend.dimensions)
    conditions = [
        "e.dimensions = %s",
        "e.model_id = %s",
        "e.eligible",
        "e.match_vector IS NOT NULL",
    ]
    filter_params: list[int | str] = [dims, backend.model_id]
    if exclude_user_id is not None:
        conditions.append("e.owner_id <> %s")
        filter_params.append(exclude_user_id)
    if exclude_organisation_id is not None:
        conditions.append("e.organisation_id IS DISTINCT FROM %s")
        filter_params.append(exclude_organisation_id)
    parts, params = [], []
    for target in targets:
        table, key = _TARGETS[target]
        parts.append(
            f"""
            SELECT %s AS target, mine.challenge_id, n.target_id, n.owner_id, n.similarity
            FROM {ChallengeEmbedding._meta.db_table} AS mine
            CROSS JOIN LATERAL (
                SELECT e.{key} AS target_id, e.owner_id,
                       1 - (e.match_vector::vector({dims}) <=> mine.match_vector::vector({dims}))
                       AS similarity
                FROM {table} AS e
                WHERE {" AND ".join(conditions)}
                ORDER BY e.match_vector::vector({dims}) <=> mine.match_vector::vector({dims})
                LIMIT %s
            ) AS n
            WHERE mine.challenge_id = ANY(%s) AND mine.dimensions = %s AND mine.model_id = %s
              AND mine.match_vector IS NOT NULL
            """
        )
        params += [
            target,
            *filter_params,
            _overfetch(limit),
            list(challenge_ids),
            dims,
            backend.model_id,
        ]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        rows = cursor.fetchall()
    found: dict[tuple[str, int], list[Neighbour]] = {}
    for target, challenge_id, target_id, owner_id, similarity in rows:
        found.setdefault((target, challenge_id), []).append(
            Neighbour(target, challenge_id, target_id, owner_id, float(similarity))
        )
    # The scan yields neighbours in almost, not exactly, nearest-first order.
    return [n for near in found.values() for n in sorted(near, key=lambda n: -n.similarity)[:limit]]


def peers_not_to_suggest(*, member: User) -> set[int]:
    """Dismissed peers (for good, or "not now" until that time is up), connections, and
    anyone with a pending or declined introduction."""
    pairs = (
        SuggestionDismissal.objects.in_force()
        .filter(member_id=member.pk)
        .values_list("member_id", "peer_id")
        .union(
            Introduction.objects.involving(member)
            .exclude(status=IntroductionStatus.EXPIRED)
            .values_list("from_member_id", "to_member_id"),
            Connection.objects.filter(Q(member_a=member) | Q(member_b=member)).values_list(
                "member_a_id", "member_b_id"
            ),
            all=True,
        )
    )
    return {b if a == member.pk else a for a, b in pairs}


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
