"""Computing and storing peer suggestions (see PRODUCT.md, "Matching: what good means")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import NamedTuple

from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from challenges.models import Challenge
from matching.backends import EmbeddingBackend, get_backend
from matching.explanations import explanation_build
from matching.models import (
    ChallengeEmbedding,
    MatchingSettings,
    ProfileEmbedding,
    SpaceKind,
    Suggestion,
    SuggestionDismissal,
    SuggestionKind,
    SuggestionStrength,
)
from matching.selectors import (
    challenges_nearest,
    feedback_factors,
    members_matchable,
    members_with_suggestions_of,
    neighbours_of_challenges,
    peers_not_to_suggest,
    seeking_challenges,
    vector_search,
)
from matching.services.embeddings import embeddings_eligibility_sync
from matching.services.space import baselines
from matching.texts import challenge_text, profile_help_text, shared_terms
from members.models import Profile, User

NEIGHBOURS_PER_QUERY = 30
TOP = 10  # diversity is enforced in the first TOP places of each list


class PeerTerms(NamedTuple):
    industry_id: int | None
    function_id: int | None


@dataclass
class Candidate:
    peer_id: int
    kind: str
    member_challenge: Challenge
    peer_challenge_id: int | None
    similarity: float
    # Where the similarity stands among random pairs of this community (0 typical,
    # 1 as alike as the top one in a hundred), weighted down for "can help".
    evidence: float = 0.0
    strength: str = SuggestionStrength.STRONG
    score: float = 0.0


def _score(evidence: float, mine: Profile, theirs: PeerTerms, config: MatchingSettings) -> float:
    factor = 1.0
    if mine.industry_id and theirs.industry_id and mine.industry_id != theirs.industry_id:
        factor *= 1 + config.other_industry_boost
    if mine.function_id and theirs.function_id and mine.function_id != theirs.function_id:
        factor *= 1 + config.other_function_boost
    # A boost always moves a peer up: evidence below the typical pair is negative.
    return evidence * factor if evidence >= 0 else evidence / factor


def _diverse(
    candidates: list[Candidate], profiles: dict[int, PeerTerms], size: int, max_share: float
) -> list[Candidate]:
    """Best first, but no industry takes more than ``max_share`` of the first TOP places.

    Peers held back by that rule come after the first TOP places, in score order with
    the rest; when there are not enough other industries to fill them, the list is
    shorter rather than one-sided.
    """
    per_industry_cap = max(1, int(max_share * TOP))
    chosen: list[Candidate] = []
    deferred: list[Candidate] = []
    counts: Counter[int | None] = Counter()
    for n, candidate in enumerate(candidates):
        if len(chosen) >= TOP:
            rest = sorted(deferred + candidates[n:], key=lambda c: (-c.score, c.peer_id))
            return (chosen + rest)[:size]
        industry = profiles[candidate.peer_id].industry_id
        if industry is not None and counts[industry] >= per_industry_cap:
            deferred.append(candidate)
            continue
        chosen.append(candidate)
        counts[industry] += 1
    if len(chosen) >= TOP:
        return (chosen + deferred)[:size]
    return chosen[:size]


def suggestions_compute(
    *,
    member: User,
    backend: EmbeddingBackend | None = None,
    config: MatchingSettings | None = None,
) -> list[Candidate]:
    """The peers ``member`` should meet, best first, each with the pair that matched.

    Nothing for members who may not be matched (lapsed, inactive, not consenting).
    """
    backend = backend or get_backend()
    config = config or MatchingSettings.load()
    mine = Profile.objects.filter(
        Exists(members_matchable().filter(pk=OuterRef("user_id"))), user_id=member.pk
    ).first()
    if mine is None:
        return []
    exclude_org = mine.organisation_id if config.exclude_same_organisation else None
    best: dict[int, Candidate] = {}
    # No cut-off: weak pairs are shown, ranked by where they stand among random pairs
    # of this community, and labelled "possible match" below the top one in a
    # hundred. A stated expertise is weaker evidence than a peer who states the same
    # problem, and none at all when no more alike than a typical random pair.
    community = baselines(backend=backend)
    weights: dict[str, float] = {
        SuggestionKind.SHARED_PROBLEM: 1.0,
        SuggestionKind.CAN_HELP: config.can_help_weight,
    }
    targets: dict[str, str] = {
        SuggestionKind.SHARED_PROBLEM: SpaceKind.CHALLENGE,
        SuggestionKind.CAN_HELP: SpaceKind.PROFILE,
    }

    def offer(candidate: Candidate) -> None:
        baseline = community[targets[candidate.kind]]
        if candidate.similarity < baseline.strong:
            candidate.strength = SuggestionStrength.POSSIBLE
        strength = baseline.strength(candidate.similarity)
        if candidate.kind == SuggestionKind.CAN_HELP and (
            strength <= 0 or not config.can_help_weight
        ):
            return
        candidate.evidence = strength * weights[candidate.kind]
        current = best.get(candidate.peer_id)
        if current is None or candidate.evidence > current.evidence:
            best[candidate.peer_id] = candidate

    challenges = {c.pk: c for c in seeking_challenges(member=member, backend=backend)}
    kinds = {"challenge": SuggestionKind.SHARED_PROBLEM, "profile": SuggestionKind.CAN_HELP}
    with vector_search():
        for n in neighbours_of_challenges(
            list(challenges),
            backend=backend,
            exclude_user_id=member.pk,
            exclude_organisation_id=exclude_org,
            limit=NEIGHBOURS_PER_QUERY,
        ):
            offer(
                Candidate(
                    n.owner_id,
                    kinds[n.target],
                    challenges[n.challenge_id],
                    n.target_id if n.target == "challenge" else None,
                    n.similarity,
                )
            )
    # Not now or never again: dismissed, connected, or introduced (pending or declined).
    for peer_id in peers_not_to_suggest(member=member):
        best.pop(peer_id, None)
    if not best:
        return []
    # Industry and function are all the score and the diversity rule need of a peer;
    # how many other lists a peer is in already keeps popular members from being
    # flooded: past the cap they stop being suggested to others.
    appearances = (
        Suggestion.objects.filter(peer_id=OuterRef("user_id"))
        .exclude(member_id=member.pk)
        .values("peer_id")
        .annotate(n=Count("id"))
        .values("n")
    )
    profiles: dict[int, PeerTerms] = {}
    crowded: set[int] = set()
    for user_id, industry_id, function_id, seen in (
        Profile.objects.filter(user_id__in=best)
        .annotate(seen=Coalesce(Subquery(appearances), 0))
        .values_list("user_id", "industry_id", "function_id", "seen")
    ):
        profiles[user_id] = PeerTerms(industry_id, function_id)
        if seen >= config.max_appearances:
            crowded.add(user_id)
    candidates = [c for peer_id, c in best.items() if peer_id not in crowded]
    feedback = feedback_factors(user_ids=[c.peer_id for c in candidates])
    for candidate in candidates:
        candidate.score = _score(
            candidate.evidence, mine, profiles[candidate.peer_id], config
        ) * feedback.get(candidate.peer_id, 1.0)
    candidates.sort(key=lambda c: (-c.score, c.peer_id))
    return _diverse(
        candidates, profiles, config.suggestions_per_member, config.max_share_one_industry
    )


@transaction.atomic
def suggestions_refresh_for_member(
    *,
    member: User,
    backend: EmbeddingBackend | None = None,
    config: MatchingSettings | None = None,
) -> list[Suggestion]:
    """Recompute and store ``member``'s suggestions, replacing the old list."""
    candidates = suggestions_compute(member=member, backend=backend, config=config)
    peer_challenges = Challenge.objects.in_bulk(
        [c.peer_challenge_id for c in candidates if c.peer_challenge_id]
    )
    people = {
        p.user_id: p
        for p in Profile.objects.filter(
            user_id__in=[member.pk, *(c.peer_id for c in candidates)]
        ).select_related("user", "industry", "function", "organisation")
    }
    suggestions = []
    for rank, c in enumerate(candidates, start=1):
        peer_challenge = peer_challenges.get(c.peer_challenge_id) if c.peer_challenge_id else None
        their_text = (
            challenge_text(peer_challenge)
            if peer_challenge
            else profile_help_text(people[c.peer_id])
        )
        suggestions.append(
            Suggestion(
                member=member,
                peer_id=c.peer_id,
                kind=c.kind,
                member_challenge=c.member_challenge,
                peer_challenge_id=c.peer_challenge_id,
                similarity=round(c.similarity, 4),
                score=round(c.score, 4),
                strength=c.strength,
                rank=rank,
                shared_terms=shared_terms(challenge_text(c.member_challenge), their_text),
                explanation=explanation_build(
                    member_challenge=c.member_challenge,
                    peer_challenge=peer_challenge,
                    mine=people[member.pk],
                    theirs=people[c.peer_id],
                ),
            )
        )
    Suggestion.objects.filter(member=member).delete()
    return Suggestion.objects.bulk_create(suggestions)


def suggestion_explanations_rebuild(*, user_ids: Iterable[int], chunk: int = 1000) -> int:
    """Rewrite the stored explanation of every suggestion showing one of these members,
    on either side, from their profiles as they are now; returns how many.

    For renames (an industry, function or organisation these members carry): what is
    shown changes, scores and ranks do not, so nothing is recomputed. Works in chunks,
    each in its own transaction, so renaming a large industry holds little in memory.
    """
    ids = list(user_ids)
    pks = list(
        Suggestion.objects.filter(Q(member_id__in=ids) | Q(peer_id__in=ids))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    for start in range(0, len(pks), chunk):
        with transaction.atomic():
            suggestions = list(
                Suggestion.objects.filter(pk__in=pks[start : start + chunk]).select_related(
                    "member_challenge", "peer_challenge"
                )
            )
            people = {
                p.user_id: p
                for p in Profile.objects.filter(
                    user_id__in={s.member_id for s in suggestions}
                    | {s.peer_id for s in suggestions}
                ).select_related("user", "industry", "function", "organisation")
            }
            for suggestion in suggestions:
                suggestion.explanation = explanation_build(
                    member_challenge=suggestion.member_challenge,
                    peer_challenge=suggestion.peer_challenge,
                    mine=people[suggestion.member_id],
                    theirs=people[suggestion.peer_id],
                )
            Suggestion.objects.bulk_update(suggestions, ["explanation"])
    return len(pks)


def suggestions_refresh_all(
    *,
    backend: EmbeddingBackend | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Recompute every member's suggestions; lists of members no longer matchable go."""
    backend = backend or get_backend()
    config = MatchingSettings.load()
    embeddings_eligibility_sync()
    Suggestion.objects.exclude(member__in=members_matchable()).delete()
    count = 0
    for member in members_matchable().order_by("pk").iterator(chunk_size=500):
        suggestions_refresh_for_member(member=member, backend=backend, config=config)
        count += 1
        if progress:
            progress(1)
    return count


def members_affected(
    *,
    challenge_id: int | None = None,
    profile_id: int | None = None,
    backend: EmbeddingBackend | None = None,
) -> set[int]:
    """Members whose lists may change because this challenge or profile changed:
    those whose lists mention it now, and those it is now near to."""
    backend = backend or get_backend()
    vector = None
    if challenge_id is not None:
        affected = members_with_suggestions_of(challenge_id=challenge_id)
        row = ChallengeEmbedding.objects.filter(challenge_id=challenge_id).first()
        vector = row.match_vector if row else None
    elif profile_id is not None:
        profile = Profile.objects.filter(pk=profile_id).first()
        affected = members_with_suggestions_of(peer_id=profile.user_id) if profile else set()
        embedding = ProfileEmbedding.objects.filter(profile_id=profile_id).first()
        vector = embedding.match_vector if embedding else None
    else:
        raise ValueError("Name a challenge or a profile.")
    if vector is not None:
        with vector_search():
            near = challenges_nearest(vector, backend=backend, exclude_user_id=None, limit=40)
        affected |= {r["author_id"] for r in near}
    return affected


@transaction.atomic
def suggestion_dismiss(
    *, member: User, peer: User, reason: str, note: str = ""
) -> SuggestionDismissal:
    """``member`` does not want to meet ``peer``: drop the suggestion.

    "Not the right time" holds for ``MatchingSettings.not_now_dismissal_days``, after
    which the peer may be suggested again (at the next refresh of the member's list, if
    they still match); every other reason is for good. Dismissing again starts afresh.
    ``outcome`` of the result says which, for the member. Raises ValidationError on an
    unknown reason or an over-long note.
    """
    now = timezone.now()
    until = None
    if reason == SuggestionDismissal.Reason.NOT_NOW:
        until = now + timedelta(days=MatchingSettings.load().not_now_dismissal_days)
    fields = {"reason": reason, "note": note.strip(), "suggest_again_after": until}
    # The pair may have been dismissed before ("not now"): this replaces that.
    SuggestionDismissal(member=member, peer=peer, **fields).full_clean(
        validate_unique=False, validate_constraints=False
    )
    dismissal, _ = SuggestionDismissal.objects.update_or_create(
        member=member, peer=peer, defaults={**fields, "created_at": now}
    )
    Suggestion.objects.filter(member=member, peer=peer).delete()
    return dismissal
