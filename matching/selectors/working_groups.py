"""Reads of working groups: for members (groups for you, a group's page, join requests)
and for staff (proposals ranked, a group with everything the admin shows)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet

from challenges.models import Challenge, ChallengeVisibility
from matching.backends import EmbeddingBackend
from matching.models import (
    ChallengeEmbedding,
    GroupMembershipStatus,
    WorkingGroup,
    WorkingGroupChallenge,
    WorkingGroupMembership,
    WorkingGroupStatus,
)
from matching.selectors.candidates import SEEKING, vector_search
from members.models import Membership, User

# What a group's challenge list loads with each challenge: its author's name,
# industry and function.
CHALLENGE_RELATED = (
    "challenge",
    "challenge__author",
    "challenge__author__profile",
    "challenge__author__profile__industry",
    "challenge__author__profile__function",
)


def _links_prefetch(queryset: QuerySet | None = None) -> Prefetch:
    links = queryset if queryset is not None else WorkingGroupChallenge.objects.all()
    return Prefetch(
        "group_challenges",
        queryset=links.select_related(*CHALLENGE_RELATED).order_by("-similarity", "pk"),
    )


@dataclass
class GroupSummary:
    """A group with what staff and members read about it at a glance."""

    group: WorkingGroup
    links: list[WorkingGroupChallenge]
    industries: list[str] = field(default_factory=list)
    functions: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.links)


def group_summary(group: WorkingGroup) -> GroupSummary:
    """A group's challenges, industries and functions (from the prefetched links of
    ``working_groups_for_staff`` or ``working_group_for_staff``)."""
    links = list(group.group_challenges.all())
    profiles = [link.challenge.author.profile for link in links]
    return GroupSummary(
        group=group,
        links=links,
        industries=sorted({p.industry.name for p in profiles if p.industry}),
        functions=sorted({p.function.name for p in profiles if p.function}),
    )


def working_groups_for_staff(
    *, status: str = WorkingGroupStatus.PROPOSED
) -> QuerySet[WorkingGroup]:
    """Groups of one status, those flagged for review first, then by rank (size,
    cohesion and industry spread), with their challenges loaded for ``group_summary``."""
    return (
        WorkingGroup.objects.filter(status=status)
        .select_related("facilitator")
        .prefetch_related(_links_prefetch())
        .order_by("-needs_review", "-score", "pk")
    )


def working_group_for_staff(*, pk: int) -> GroupSummary:
    """One group with its challenges and everyone in it (raises DoesNotExist)."""
    group = (
        WorkingGroup.objects.select_related("facilitator", "approved_by")
        .prefetch_related(
            _links_prefetch(),
            Prefetch(
                "memberships",
                queryset=WorkingGroupMembership.objects.select_related(
                    "member", "member__profile", "decided_by"
                ).order_by("status", "-role", "created_at"),
            ),
        )
        .get(pk=pk)
    )
    return group_summary(group)


@dataclass(frozen=True)
class GroupForYou:
    """An active group and why it is for this member: their challenge nearest to its
    problem, and how similar (to the group's centre, in the space peers are matched)."""

    group: WorkingGroup
    challenge: Challenge
    similarity: float
    in_group: bool
    place: WorkingGroupMembership | None

    @property
    def key_phrases(self) -> list[str]:
        return list(self.group.key_phrases)


def _members_in_good_standing() -> Q:
    current = Membership.objects.in_good_standing().filter(user_id=OuterRef("member_id"))
    return Q(member__is_active=True) & (Q(Exists(current)) | Q(member__is_staff=True))


def working_groups_for_member(*, member: User, backend: EmbeddingBackend) -> list[GroupForYou]:
    """Active groups whose problem matches one of the member's open challenges: its
    match vector at or above the group's cut-off from the group's centre, or the
    challenge already in the group. Best match first; groups the member is already
    in are left out (see ``working_groups_of_member``)."""
    mine = list(
        ChallengeEmbedding.objects.current(model_id=backend.model_id, dimensions=backend.dimensions)
        .filter(
            challenge__author=member,
            challenge__status__in=SEEKING,
            match_vector__isnull=False,
        )
        .select_related("challenge")
        .order_by("challenge_id")
    )
    if not mine:
        return []
    places = {
        p.group_id: p
        for p in WorkingGroupMembership.objects.filter(
            member=member, group__status=WorkingGroupStatus.ACTIVE
        )
    }
    groups = list(
        WorkingGroup.objects.active()
        .filter(model_id=backend.model_id, dimensions=backend.dimensions, centre__isnull=False)
        .exclude(pk__in=[g for g, p in places.items() if p.status == GroupMembershipStatus.MEMBER])
        .order_by("pk")
    )
    if not groups:
        return []
    linked = set(
        WorkingGroupChallenge.objects.filter(
            group__in=groups, challenge_id__in=[e.challenge_id for e in mine]
        ).values_list("group_id", "challenge_id")
    )
    vectors = np.stack([np.asarray(e.match_vector, dtype=np.float32) for e in mine])
    centres = np.stack([np.asarray(g.centre, dtype=np.float32) for g in groups])
    similarity = vectors @ centres.T
    found = []
    for column, group in enumerate(groups):
        cutoff = group.cutoff if group.cutoff is not None else np.inf
        best_row, best = None, -np.inf
        for row, embedding in enumerate(mine):
            value = float(similarity[row, column])
            fits = value >= cutoff or (group.pk, embedding.challenge_id) in linked
            if fits and value > best:
                best_row, best = row, value
        if best_row is not None:
            found.append(
                GroupForYou(
                    group=group,
                    challenge=mine[best_row].challenge,
                    similarity=best,
                    in_group=(group.pk, mine[best_row].challenge_id) in linked,
                    place=places.get(group.pk),
                )
            )
    return sorted(found, key=lambda f: (-f.similarity, f.group.pk))


def working_groups_of_member(*, member: User) -> QuerySet[WorkingGroupMembership]:
    """The member's places in active groups (member, or asked to join), by group name."""
    return (
        WorkingGroupMembership.objects.filter(
            member=member,
            group__status=WorkingGroupStatus.ACTIVE,
            status__in=[GroupMembershipStatus.MEMBER, GroupMembershipStatus.REQUESTED],
        )
        .select_related("group")
        .order_by("group__name")
    )


def working_groups_active() -> QuerySet[WorkingGroup]:
    """Every active group, by name."""
    return WorkingGroup.objects.active().order_by("name")


def working_group_visible(*, user: User) -> QuerySet[WorkingGroup]:
    """Groups a person may open: staff any; members active and archived ones (an
    archived group's page says so), never proposals."""
    if user.is_staff:
        return WorkingGroup.objects.exclude(slug="")
    return WorkingGroup.objects.filter(
        status__in=[WorkingGroupStatus.ACTIVE, WorkingGroupStatus.ARCHIVED]
    ).exclude(slug="")


@dataclass(frozen=True)
class GroupMember:
    place: WorkingGroupMembership
    challenges: list[Challenge]


@dataclass
class GroupPage:
    """What a group's page shows to one viewer."""

    group: WorkingGroup
    members: list[GroupMember]
    other_challenges: list[Challenge]
    place: WorkingGroupMembership | None
    requests_waiting: int
    can_decide: bool


def working_group_page(*, group: WorkingGroup, viewer: User, can_decide: bool) -> GroupPage:
    """The group's members (in good standing) with their challenges in the group, the
    group's other challenges, and where the viewer stands. Only challenges the viewer
    may read are listed."""
    members = list(
        WorkingGroupMembership.objects.filter(
            _members_in_good_standing(), group=group, status=GroupMembershipStatus.MEMBER
        )
        .select_related(
            "member", "member__profile", "member__profile__industry", "member__profile__function"
        )
        .order_by("-role", "member__first_name", "member__last_name", "pk")
    )
    readable = (
        Challenge.objects.visible_to(viewer)
        .filter(working_group_links__group=group)
        .select_related("author", "author__profile", "author__profile__industry")
        .order_by("-created_at", "pk")
    )
    in_group = {m.member_id for m in members}
    challenges_of: dict[int, list[Challenge]] = {}
    others = []
    for challenge in readable:
        if challenge.author_id in in_group:
            challenges_of.setdefault(challenge.author_id, []).append(challenge)
        elif challenge.status in SEEKING and challenge.visibility == ChallengeVisibility.MEMBERS:
            others.append(challenge)
    place = WorkingGroupMembership.objects.filter(group=group, member=viewer).first()
    waiting = (
        WorkingGroupMembership.objects.filter(
            group=group, status=GroupMembershipStatus.REQUESTED
        ).count()
        if can_decide
        else 0
    )
    return GroupPage(
        group=group,
        members=[GroupMember(m, challenges_of.get(m.member_id, [])) for m in members],
        other_challenges=others,
        place=place,
        requests_waiting=waiting,
        can_decide=can_decide,
    )


def working_group_join_requests(*, group: WorkingGroup) -> QuerySet[WorkingGroupMembership]:
    """Requests to join that wait for a decision, oldest first."""
    return (
        WorkingGroupMembership.objects.filter(group=group, status=GroupMembershipStatus.REQUESTED)
        .select_related(
            "member",
            "member__profile",
            "member__profile__industry",
            "member__profile__function",
            "member__profile__organisation",
        )
        .order_by("created_at", "pk")
    )


def working_groups_waiting_counts() -> dict[str, int]:
    """What waits for staff: proposals, join requests to active groups, and active
    groups a re-clustering flagged for review."""
    counts = WorkingGroup.objects.aggregate(
        proposals=Count("pk", filter=Q(status=WorkingGroupStatus.PROPOSED)),
        flagged=Count("pk", filter=Q(status=WorkingGroupStatus.ACTIVE, needs_review=True)),
    )
    counts["requests"] = WorkingGroupMembership.objects.filter(
        status=GroupMembershipStatus.REQUESTED, group__status=WorkingGroupStatus.ACTIVE
    ).count()
    return counts


@dataclass(frozen=True)
class CandidateChallenge:
    challenge: Challenge
    similarity: float
    passes_cutoff: bool


def working_group_candidates(
    *, group: WorkingGroup, backend: EmbeddingBackend, limit: int = 10
) -> list[CandidateChallenge]:
    """Open, members-visible challenges nearest to the group's problem that are not in
    it (nor taken out by staff), for staff filling a group; each says whether it
    passes the group's cut-off."""
    if group.centre is None or (group.model_id, group.dimensions) != (
        backend.model_id,
        backend.dimensions,
    ):
        return []
    with vector_search():
        rows = list(
            ChallengeEmbedding.objects.current(
                model_id=backend.model_id, dimensions=backend.dimensions
            )
            .filter(
                eligible=True,
                challenge__status__in=SEEKING,
                challenge__visibility=ChallengeVisibility.MEMBERS,
            )
            .exclude(challenge__working_group_links__group=group)
            .exclude(challenge_id__in=group.excluded_challenge_ids)
            .nearest_to(group.centre, dimensions=backend.dimensions, column="match_vector")
            .select_related("challenge__author__profile__industry")[: 2 * limit]
        )
    rows = sorted(rows, key=lambda e: -e.similarity)[:limit]
    cutoff = group.cutoff if group.cutoff is not None else np.inf
    return [
        CandidateChallenge(e.challenge, float(e.similarity), e.similarity >= cutoff) for e in rows
    ]
