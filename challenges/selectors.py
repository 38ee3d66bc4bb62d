"""Reads of challenges."""

from dataclasses import dataclass

from django.db.models import Count, F, Func, QuerySet

from challenges.models import Challenge, ChallengeStatus
from challenges.services import tags_normalise


@dataclass(frozen=True)
class ChallengeFilters:
    q: str = ""
    status: str = ""
    tag: str = ""
    industry: str = ""  # industry slug of the author
    author_id: int | None = None


def challenge_list(*, user, filters: ChallengeFilters | None = None) -> QuerySet[Challenge]:
    """Challenges ``user`` may read, filtered, authors loaded: the most relevant first
    when searching for text, otherwise the newest first."""
    filters = filters or ChallengeFilters()
    qs = Challenge.objects.visible_to(user)
    if filters.q:
        qs = qs.matching_text(filters.q)
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.tag:
        # A tag that normalises to nothing matches nothing, not everything.
        qs = qs.filter(tags__contains=tags_normalise([filters.tag])[:1] or [filters.tag])
    if filters.industry:
        qs = qs.filter(author__profile__industry__slug=filters.industry)
    if filters.author_id:
        qs = qs.filter(author_id=filters.author_id)
    ordering = ("-rank", "-created_at", "-id") if filters.q else ("-created_at", "-id")
    return qs.select_related(
        "author",
        "author__profile",
        "author__profile__industry",
        "author__profile__function",
        "author__profile__organisation",
    ).order_by(*ordering)


def challenges_recent_for_member(*, user, limit: int) -> QuerySet[Challenge]:
    """The newest open challenges of other members that ``user`` may read."""
    return challenge_list(user=user, filters=ChallengeFilters(status=ChallengeStatus.OPEN)).exclude(
        author=user
    )[:limit]


def challenge_get(*, user, pk: int) -> Challenge:
    """One challenge ``user`` may read; raises Challenge.DoesNotExist otherwise."""
    return challenge_list(user=user).get(pk=pk)


def challenge_tags_popular(*, user, limit: int = 30) -> list[str]:
    """The most used tags among challenges ``user`` may read."""
    rows = (
        Challenge.objects.visible_to(user)
        .annotate(tag=Func(F("tags"), function="unnest"))
        .values("tag")
        .annotate(n=Count("id"))
        .order_by("-n", "tag")[:limit]
    )
    return [row["tag"] for row in rows]
