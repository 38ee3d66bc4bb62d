"""Working groups: what staff do with proposals and groups, and what members ask.

Every action here is one transaction that either does all it says or raises (a
ValidationError with the reason, or PermissionDenied) and changes nothing. Staff need
the ``matching.change_workinggroup`` permission; a group's facilitator may decide its
join requests too.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from challenges.models import Challenge
from matching.models import (
    GroupChallengeSource,
    GroupMembershipStatus,
    GroupRole,
    WorkingGroup,
    WorkingGroupChallenge,
    WorkingGroupMembership,
    WorkingGroupStatus,
)
from matching.services.group_clustering import working_group_geometry_refresh
from matching.services.notifications import notify
from members.access import is_member_in_good_standing
from members.models import User

STAFF_PERMISSION = "matching.change_workinggroup"
NAME_MAX_LENGTH = 120
PURPOSE_MAX_LENGTH = 2000
NOTE_MAX_LENGTH = 500


def _require_staff(user: User, doing: str) -> None:
    if not user.has_perm(STAFF_PERMISSION):
        raise PermissionDenied(f"Only staff who may change working groups can {doing}.")


def _locked(group: WorkingGroup) -> WorkingGroup:
    try:
        return WorkingGroup.objects.select_for_update().get(pk=group.pk)
    except WorkingGroup.DoesNotExist:
        raise ValidationError(
            "This group no longer exists: a re-clustering may have replaced the proposal."
        ) from None


def _require_live(group: WorkingGroup, doing: str) -> None:
    if group.status == WorkingGroupStatus.ARCHIVED:
        raise ValidationError(f"“{group.label}” is archived: it cannot {doing}.")


def _require_active(group: WorkingGroup, doing: str) -> None:
    _require_live(group, doing)
    if group.status != WorkingGroupStatus.ACTIVE:
        raise ValidationError(
            f"“{group.label}” is still a proposal: approve it before it can {doing}."
        )


def working_group_name_clean(name: str, *, exclude: WorkingGroup | None = None) -> str:
    """The name with spaces tidied; a ValidationError on "name" when it is empty, too
    long, or taken by another group that is not archived."""
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError({"name": ["Give the group a name."]})
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError({"name": [f"Keep the name under {NAME_MAX_LENGTH} characters."]})
    taken = WorkingGroup.objects.live().filter(name__iexact=name)
    if exclude is not None:
        taken = taken.exclude(pk=exclude.pk)
    if taken.exists():
        raise ValidationError(
            {"name": [f"A working group named “{name}” already exists; choose another name."]}
        )
    return name


def _purpose_clean(purpose: str) -> str:
    purpose = (purpose or "").strip()
    if len(purpose) > PURPOSE_MAX_LENGTH:
        raise ValidationError(
            {"purpose": [f"Keep the purpose under {PURPOSE_MAX_LENGTH} characters."]}
        )
    return purpose


def _slug_for(name: str, *, group: WorkingGroup) -> str:
    base = slugify(name)[:120] or "group"
    taken = set(
        WorkingGroup.objects.exclude(pk=group.pk)
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def _save(group: WorkingGroup) -> WorkingGroup:
    # The database's uniqueness is the last word when two staff pick a name at once.
    try:
        with transaction.atomic():
            group.save()
    except IntegrityError as error:
        if "working_group_name_unique_live" in str(error):
            raise ValidationError(
                {"name": [f"A working group named “{group.name}” already exists."]}
            ) from error
        raise
    return group


def group_url(group: WorkingGroup) -> str:
    return reverse("working_group_detail", args=[group.slug]) if group.slug else ""


@transaction.atomic
def working_group_approve(
    *,
    group: WorkingGroup,
    staff: User,
    name: str,
    purpose: str = "",
    facilitator: User | None = None,
) -> WorkingGroup:
    """Turn a proposal into an active working group with a name and a purpose.

    Its challenges stay; their authors are told a group on their problem exists. A
    facilitator, if given, becomes its first member.
    """
    _require_staff(staff, "approve working groups")
    group = _locked(group)
    if group.status != WorkingGroupStatus.PROPOSED:
        raise ValidationError(f"“{group.label}” is not a proposal ({group.get_status_display()}).")
    group.name = working_group_name_clean(name, exclude=group)
    group.purpose = _purpose_clean(purpose)
    group.slug = _slug_for(group.name, group=group)
    group.status = WorkingGroupStatus.ACTIVE
    group.approved_by = staff
    group.approved_at = timezone.now()
    group.clustering_run = None
    _save(group)
    if facilitator is not None:
        _facilitator_set(group, facilitator, decided_by=staff)
    authors = User.objects.filter(
        challenges__working_group_links__group=group, is_active=True
    ).distinct()
    if facilitator is not None:
        authors = authors.exclude(pk=facilitator.pk)
    for author in authors:
        notify(
            user=author,
            url=group_url(group),
            message=f"A working group on a problem you share was formed: “{group.name}”. "
            "Ask to join if you would like to take part.",
        )
    return group


@transaction.atomic
def working_group_rename(
    *, group: WorkingGroup, staff: User, name: str, purpose: str | None = None
) -> WorkingGroup:
    """Rename an active group (its address changes with it) and, if given, restate its
    purpose."""
    _require_staff(staff, "rename working groups")
    group = _locked(group)
    _require_active(group, "be renamed")
    group.name = working_group_name_clean(name, exclude=group)
    group.slug = _slug_for(group.name, group=group)
    if purpose is not None:
        group.purpose = _purpose_clean(purpose)
    return _save(group)


@transaction.atomic
def working_group_merge(*, source: WorkingGroup, target: WorkingGroup, staff: User) -> WorkingGroup:
    """Move everything of ``source`` (challenges, members, requests) into ``target``;
    ``source`` is archived. The target keeps its name, purpose and facilitator."""
    _require_staff(staff, "merge working groups")
    if source.pk == target.pk:
        raise ValidationError({"target": ["A group cannot be merged into itself."]})
    # Locked in id order: two merges of the same pair never wait on each other.
    first, second = sorted((source, target), key=lambda g: g.pk)
    locked = {g.pk: _locked(g) for g in (first, second)}
    source, target = locked[source.pk], locked[target.pk]
    _require_live(source, "be merged")
    _require_live(target, "take in another group")
    if target.status == WorkingGroupStatus.PROPOSED and source.status == WorkingGroupStatus.ACTIVE:
        raise ValidationError(
            {"target": ["An active group cannot go into a proposal: merge the proposal into it."]}
        )
    present = set(
        WorkingGroupChallenge.objects.filter(group=target).values_list("challenge_id", flat=True)
    )
    WorkingGroupChallenge.objects.filter(group=source).exclude(challenge_id__in=present).update(
        group=target
    )
    theirs = {m.member_id: m for m in WorkingGroupMembership.objects.filter(group=target)}
    rank = {
        GroupMembershipStatus.DECLINED: 0,
        GroupMembershipStatus.REQUESTED: 1,
        GroupMembershipStatus.MEMBER: 2,
    }
    for place in WorkingGroupMembership.objects.filter(group=source):
        existing = theirs.get(place.member_id)
        if existing is None:
            place.group = target
            if place.role == GroupRole.FACILITATOR and target.facilitator_id != place.member_id:
                place.role = GroupRole.MEMBER  # the target keeps its own facilitator
            place.save(update_fields=["group", "role"])
        elif (
            rank[GroupMembershipStatus(place.status)] > rank[GroupMembershipStatus(existing.status)]
        ):
            existing.status = place.status
            existing.decided_by, existing.decided_at = place.decided_by, place.decided_at
            existing.save(update_fields=["status", "decided_by", "decided_at"])
    target.excluded_challenge_ids = sorted(
        set(target.excluded_challenge_ids) | set(source.excluded_challenge_ids)
    )
    target.needs_review = False
    target.review_note = ""
    target.save()
    working_group_geometry_refresh(group=target)
    source.status = WorkingGroupStatus.ARCHIVED
    source.review_note = f"Merged into “{target.label}” on {timezone.localdate():%d %b %Y}."
    source.needs_review = False
    source.facilitator = None
    source.save()
    return target


@transaction.atomic
def working_group_split(
    *,
    group: WorkingGroup,
    staff: User,
    challenge_ids: list[int],
    name: str = "",
    purpose: str = "",
) -> WorkingGroup:
    """Move the chosen challenges of ``group`` into a new group and return it.

    The new group has the status of the old one: an active group's part is a new
    active group and needs a name; a proposal's part is a new proposal. Members stay
    in the old group.
    """
    _require_staff(staff, "split working groups")
    group = _locked(group)
    _require_live(group, "be split")
    chosen = set(challenge_ids)
    links = WorkingGroupChallenge.objects.filter(group=group)
    present = set(links.values_list("challenge_id", flat=True))
    if not chosen:
        raise ValidationError({"challenges": ["Choose the challenges that go to the new group."]})
    if chosen - present:
        raise ValidationError({"challenges": ["Only challenges of this group can be moved."]})
    if chosen == present:
        raise ValidationError(
            {"challenges": ["Leave at least one challenge in the group: choose fewer."]}
        )
    new = WorkingGroup(
        status=group.status,
        key_phrases=list(group.key_phrases),
        centre=group.centre,
        cutoff=group.cutoff,
        cohesion=group.cohesion,
        threshold=group.threshold,
        model_id=group.model_id,
        dimensions=group.dimensions,
        purpose=_purpose_clean(purpose),
    )
    if group.status == WorkingGroupStatus.ACTIVE:
        new.name = working_group_name_clean(name)
        new.slug = _slug_for(new.name, group=new)
        new.approved_by = staff
        new.approved_at = timezone.now()
    elif name.strip():
        raise ValidationError(
            {"name": ["A proposal's part is a proposal: name it when you approve it."]}
        )
    _save(new)
    links.filter(challenge_id__in=chosen).update(group=new)
    working_group_geometry_refresh(group=group)
    working_group_geometry_refresh(group=new)
    return new


@transaction.atomic
def working_group_challenge_add(
    *, group: WorkingGroup, staff: User, challenge: Challenge
) -> WorkingGroupChallenge:
    """Staff put a challenge into a group (even one the clustering left out)."""
    _require_staff(staff, "change a group's challenges")
    group = _locked(group)
    _require_live(group, "take in challenges")
    if WorkingGroupChallenge.objects.filter(group=group, challenge=challenge).exists():
        raise ValidationError(
            {"challenge": [f"“{challenge.title}” is already in “{group.label}”."]}
        )
    link = WorkingGroupChallenge.objects.create(
        group=group, challenge=challenge, source=GroupChallengeSource.STAFF, added_by=staff
    )
    if challenge.pk in group.excluded_challenge_ids:
        group.excluded_challenge_ids = [
            i for i in group.excluded_challenge_ids if i != challenge.pk
        ]
        group.save(update_fields=["excluded_challenge_ids", "updated_at"])
    working_group_geometry_refresh(group=group)
    return link


@transaction.atomic
def working_group_challenge_remove(
    *, group: WorkingGroup, staff: User, challenge: Challenge
) -> None:
    """Staff take a challenge out of a group; it is not put back automatically."""
    _require_staff(staff, "change a group's challenges")
    group = _locked(group)
    _require_live(group, "change its challenges")
    deleted, _ = WorkingGroupChallenge.objects.filter(group=group, challenge=challenge).delete()
    if not deleted:
        raise ValidationError({"challenge": [f"“{challenge.title}” is not in “{group.label}”."]})
    group.excluded_challenge_ids = sorted({*group.excluded_challenge_ids, challenge.pk})
    group.save(update_fields=["excluded_challenge_ids", "updated_at"])
    working_group_geometry_refresh(group=group)


def _facilitator_set(group: WorkingGroup, member: User, *, decided_by: User) -> None:
    if not is_member_in_good_standing(member):
        raise ValidationError(
            {"facilitator": [f"{member.get_full_name() or member.email} is not a current member."]}
        )
    WorkingGroupMembership.objects.filter(group=group, role=GroupRole.FACILITATOR).exclude(
        member=member
    ).update(role=GroupRole.MEMBER)
    now = timezone.now()
    WorkingGroupMembership.objects.update_or_create(
        group=group,
        member=member,
        defaults={
            "status": GroupMembershipStatus.MEMBER,
            "role": GroupRole.FACILITATOR,
            "decided_by": decided_by,
            "decided_at": now,
        },
    )
    group.facilitator = member
    group.save(update_fields=["facilitator", "updated_at"])
    notify(
        user=member,
        url=group_url(group),
        message=f"You are the facilitator of the working group “{group.name}”.",
    )


@transaction.atomic
def working_group_facilitator_set(
    *, group: WorkingGroup, staff: User, member: User | None
) -> WorkingGroup:
    """Make ``member`` the group's facilitator (a member of it, who approves join
    requests), or with None leave it without one (the former stays a member)."""
    _require_staff(staff, "choose facilitators")
    group = _locked(group)
    _require_active(group, "have a facilitator")
    if member is None:
        WorkingGroupMembership.objects.filter(group=group, role=GroupRole.FACILITATOR).update(
            role=GroupRole.MEMBER
        )
        group.facilitator = None
        group.save(update_fields=["facilitator", "updated_at"])
    else:
        _facilitator_set(group, member, decided_by=staff)
    return group


@transaction.atomic
def working_group_member_add(
    *, group: WorkingGroup, staff: User, member: User
) -> WorkingGroupMembership:
    """Staff make a member part of an active group (a waiting request is approved)."""
    _require_staff(staff, "add members to working groups")
    group = _locked(group)
    _require_active(group, "take in members")
    name = member.get_full_name() or member.email
    if not is_member_in_good_standing(member):
        raise ValidationError({"member": [f"{name} is not a current member."]})
    place = WorkingGroupMembership.objects.filter(group=group, member=member).first()
    if place is not None and place.status == GroupMembershipStatus.MEMBER:
        raise ValidationError({"member": [f"{name} is already a member of “{group.name}”."]})
    place = place or WorkingGroupMembership(group=group, member=member)
    place.status = GroupMembershipStatus.MEMBER
    place.decided_by = staff
    place.decided_at = timezone.now()
    place.save()
    notify(
        user=member,
        url=group_url(group),
        message=f"The community team added you to the working group “{group.name}”.",
    )
    return place


@transaction.atomic
def working_group_member_remove(*, group: WorkingGroup, staff: User, member: User) -> None:
    """Staff take a member (or their request) out of a group."""
    _require_staff(staff, "remove members from working groups")
    group = _locked(group)
    _require_live(group, "change its members")
    deleted, _ = WorkingGroupMembership.objects.filter(group=group, member=member).delete()
    if not deleted:
        raise ValidationError(
            {"member": [f"{member.get_full_name() or member.email} is not in “{group.label}”."]}
        )
    if group.facilitator_id == member.pk:
        group.facilitator = None
        group.save(update_fields=["facilitator", "updated_at"])


@transaction.atomic
def working_group_archive(*, group: WorkingGroup, staff: User) -> WorkingGroup:
    """Close a group (or dismiss a proposal): kept for the record, no one can join."""
    _require_staff(staff, "archive working groups")
    group = _locked(group)
    if group.status == WorkingGroupStatus.ARCHIVED:
        raise ValidationError(f"“{group.label}” is already archived.")
    # A proposal set aside is remembered, so the next re-clustering does not bring it
    # back unchanged.
    group.dismissed = group.status == WorkingGroupStatus.PROPOSED
    group.status = WorkingGroupStatus.ARCHIVED
    group.needs_review = False
    group.save()
    WorkingGroupMembership.objects.filter(
        group=group, status=GroupMembershipStatus.REQUESTED
    ).delete()
    return group


def working_group_can_decide(*, group: WorkingGroup, user: User) -> bool:
    """Staff who may change groups, and the group's facilitator, decide join requests."""
    return user.has_perm(STAFF_PERMISSION) or (
        group.facilitator_id is not None and group.facilitator_id == user.pk
    )


@transaction.atomic
def working_group_join_request(
    *, group: WorkingGroup, member: User, note: str = ""
) -> WorkingGroupMembership:
    """A member asks to join an active group; its facilitator (or staff) decides."""
    group = _locked(group)
    if group.status == WorkingGroupStatus.ARCHIVED:
        raise ValidationError(f"“{group.label}” is archived: it no longer takes new members.")
    if group.status != WorkingGroupStatus.ACTIVE:
        raise PermissionDenied("This group is not open yet.")
    if not is_member_in_good_standing(member):
        raise PermissionDenied("Working groups are for members with a current membership.")
    note = (note or "").strip()
    if len(note) > NOTE_MAX_LENGTH:
        raise ValidationError({"note": [f"Keep the note under {NOTE_MAX_LENGTH} characters."]})
    place = WorkingGroupMembership.objects.filter(group=group, member=member).first()
    if place is not None:
        raise ValidationError(
            {
                GroupMembershipStatus.MEMBER: "You are already a member of this group.",
                GroupMembershipStatus.REQUESTED: "You have already asked to join; the "
                "facilitator will answer.",
                GroupMembershipStatus.DECLINED: "Your request to join this group was declined. "
                "Write to the community team if things have changed.",
            }[GroupMembershipStatus(place.status)]
        )
    place = WorkingGroupMembership.objects.create(
        group=group, member=member, status=GroupMembershipStatus.REQUESTED, note=note
    )
    if group.facilitator is not None:
        notify(
            user=group.facilitator,
            url=reverse("working_group_requests", args=[group.slug]),
            message=f"{member.get_full_name()} asks to join “{group.name}”.",
            email_body=f'Their note: "{note}"' if note else "",
        )
    return place


@transaction.atomic
def working_group_leave(*, group: WorkingGroup, member: User) -> None:
    """A member leaves a group, or withdraws their request to join."""
    group = _locked(group)
    place = WorkingGroupMembership.objects.filter(
        group=group,
        member=member,
        status__in=[GroupMembershipStatus.MEMBER, GroupMembershipStatus.REQUESTED],
    ).first()
    if place is None:
        raise ValidationError("You are not a member of this group.")
    place.delete()
    if group.facilitator_id == member.pk:
        group.facilitator = None
        group.save(update_fields=["facilitator", "updated_at"])


@transaction.atomic
def working_group_join_decide(
    *, membership: WorkingGroupMembership, decider: User, approve: bool
) -> WorkingGroupMembership:
    """The facilitator (or staff) lets a member in or declines; the member is told."""
    membership = (
        WorkingGroupMembership.objects.select_for_update()
        .select_related("group", "member")
        .get(pk=membership.pk)
    )
    group = membership.group
    if not working_group_can_decide(group=group, user=decider):
        raise PermissionDenied("Only the group's facilitator or staff decide who joins.")
    _require_active(group, "take in members")
    if membership.status != GroupMembershipStatus.REQUESTED:
        raise ValidationError("This request has already been decided.")
    membership.status = GroupMembershipStatus.MEMBER if approve else GroupMembershipStatus.DECLINED
    membership.decided_by = decider
    membership.decided_at = timezone.now()
    membership.save(update_fields=["status", "decided_by", "decided_at"])
    notify(
        user=membership.member,
        url=group_url(group),
        message=(
            f"Welcome to the working group “{group.name}”."
            if approve
            else f"Your request to join “{group.name}” was declined."
        ),
    )
    return membership
