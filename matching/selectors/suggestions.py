"""Reads of stored suggestions, for members, staff and the incremental refresh."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet

from challenges.models import Challenge, ChallengeVisibility
from matching.backends import get_backend
from matching.models import (
    ChallengeEmbedding,
    EmbeddingFailure,
    EmbeddingModelState,
    Introduction,
    IntroductionStatus,
    ProfileEmbedding,
    Suggestion,
)
from matching.selectors.candidates import members_matchable
from members.models import Profile, User


def suggestions_for_member(*, member: User) -> QuerySet[Suggestion]:
    """The member's stored suggestions, best first, each with its stored explanation."""
    # A peer who lapsed or withdrew consent since the list was computed is not shown.
    shown_peers = members_matchable().filter(
        pk__in=Suggestion.objects.filter(member=member).values("peer_id")
    )
    # Nor a challenge its author has since made staff-only: the stored list may be a
    # moment behind, what the reader may see never is.
    readable = Q(peer_challenge__isnull=True) | Q(
        peer_challenge__visibility=ChallengeVisibility.MEMBERS
    )
    return Suggestion.objects.filter(readable, member=member, peer_id__in=shown_peers).order_by(
        "rank"
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
        "switch": EmbeddingModelState.objects.filter(target_model_id__gt="").first(),
    }


def top_suggestions_to_introduce(*, limit: int) -> QuerySet[Suggestion]:
    """Members' best suggestions not yet introduced, connected or dismissed (for staff).

    Each pair once: where both members have the other first, only the higher-scored
    side is listed (the lower member id on a tie).
    """
    introduced = Introduction.objects.exclude(status=IntroductionStatus.EXPIRED).filter(
        Q(from_member_id=OuterRef("member_id"), to_member_id=OuterRef("peer_id"))
        | Q(from_member_id=OuterRef("peer_id"), to_member_id=OuterRef("member_id"))
    )
    listed_other_way = Suggestion.objects.filter(
        Q(score__gt=OuterRef("score"))
        | Q(score=OuterRef("score"), member_id__lt=OuterRef("member_id")),
        rank=1,
        member_id=OuterRef("peer_id"),
        peer_id=OuterRef("member_id"),
    )
    return (
        Suggestion.objects.filter(rank=1)
        .exclude(Exists(introduced))
        .exclude(Exists(listed_other_way))
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
