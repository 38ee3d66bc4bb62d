"""Working groups through their services: re-clustering, incremental assignment, every
staff action and member request, and the bad input of issue 9 (a clear error, nothing
changed). Vectors are planted here (the meaning of texts is tested with the real model
in test_groups_assignment.py)."""

import numpy as np
import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from matching.models import (
    ClusteringRun,
    ClusteringRunStatus,
    GroupChallengeSource,
    GroupMembershipStatus,
    GroupRole,
    Notification,
    WorkingGroup,
    WorkingGroupChallenge,
    WorkingGroupMembership,
    WorkingGroupStatus,
)
from matching.services.group_clustering import (
    clustering_run_start,
    working_group_assign_challenge,
    working_groups_recluster,
)
from matching.services.working_groups import (
    working_group_approve,
    working_group_archive,
    working_group_challenge_add,
    working_group_challenge_remove,
    working_group_facilitator_set,
    working_group_join_decide,
    working_group_join_request,
    working_group_leave,
    working_group_member_add,
    working_group_member_remove,
    working_group_merge,
    working_group_rename,
    working_group_split,
)
from tests import factories
from tests.matching.conftest import HashingBackend
from tests.matching.groups import group_with, near, planted, stated

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def hashing(use_backend):
    return use_backend(HashingBackend())


def challenge_ids(group) -> set[int]:
    return set(
        WorkingGroupChallenge.objects.filter(group=group).values_list("challenge_id", flat=True)
    )


def ids(challenges) -> set[int]:
    return {c.pk for c in challenges}


# Re-clustering


def test_recluster_proposes_one_group_per_shared_problem():
    # given three problems, each stated by ten members of ten industries, and loose ones
    _, problems, loose = planted(problems=3, size=10, loose=4)

    # when
    run = working_groups_recluster()

    # then each problem is one proposal holding its six challenges, ranked and labelled
    run.refresh_from_db()
    assert (run.status, run.proposals, run.challenges) == (ClusteringRunStatus.FINISHED, 3, 34)
    assert run.done == run.total and run.percent == 100
    proposals = list(WorkingGroup.objects.proposed())
    assert sorted(map(challenge_ids, proposals), key=min) == sorted(map(ids, problems), key=min)
    assert all(p.cohesion > 0.5 and p.score > 0 and p.cutoff for p in proposals)
    assert all(p.key_phrases for p in proposals)
    assert not any(challenge_ids(p) & ids(loose) for p in proposals)


def test_recluster_writes_its_progress_as_it_goes(hashing):
    planted(problems=3, size=10)
    run = ClusteringRun.objects.create()
    seen = []
    embed = hashing.embed_documents

    def watching(texts):
        stored = ClusteringRun.objects.get(pk=run.pk)
        seen.append((stored.status, stored.step, stored.done, stored.total))
        return embed(texts)

    hashing.embed_documents = watching
    working_groups_recluster(run=run)

    status, step, done, total = seen[0]
    assert status == ClusteringRunStatus.RUNNING and step.startswith("Naming the groups")
    assert 0 < done < total


def test_key_phrases_never_run_from_one_field_into_the_next():
    _, problems, _ = planted(problems=2, size=10)
    for n, challenge in enumerate(problems[0]):
        challenge.title, challenge.description = f"Alarm fatigue {n}", "Nurses ignore alarms."
        challenge.tags = ["bedside-monitors"]
        challenge.save()

    working_groups_recluster()

    proposal = WorkingGroup.objects.get(group_challenges__challenge=problems[0][0])
    pieces = ["alarm fatigue", "nurses ignore alarms", "bedside monitors"]
    assert proposal.key_phrases
    assert all(any(phrase in piece for piece in pieces) for phrase in proposal.key_phrases)
    assert not any("tags" in phrase for p in WorkingGroup.objects.all() for phrase in p.key_phrases)


def test_recluster_with_too_few_open_challenges_says_so_and_proposes_nothing():
    # given 4 open challenges, a closed one and an old proposal
    _, problems, _ = planted(problems=1, size=4)
    stated(np.ones(384), status="solved")
    group_with(problems[0], status=WorkingGroupStatus.PROPOSED)

    # when
    run = working_groups_recluster()

    # then
    run.refresh_from_db()
    assert run.status == ClusteringRunStatus.FINISHED
    assert run.message.startswith(
        "Only 4 open challenges: at least 6 are needed to propose groups."
    )
    assert not WorkingGroup.objects.exists()


def test_recluster_reads_only_open_members_visible_challenges_of_matchable_members():
    # given a problem stated six times, but two of them closed, staff-only or by a
    # member whose membership lapsed
    centres, _, _ = planted(problems=1, size=4)
    stated(near(centres[0], 1), status="solved")
    stated(near(centres[0], 2), visibility="staff")
    stated(near(centres[0], 3), author=factories.lapsed_member())

    run = working_groups_recluster()

    run.refresh_from_db()
    assert run.challenges == 4
    assert "Only 4 open challenges" in run.message


def test_recluster_replaces_proposals_and_keeps_an_approved_group_stable(staff):
    # given a clustering, one proposal approved with a name, a member and a challenge
    # staff added by hand
    centres, problems, _ = planted(problems=3, size=10, loose=4)
    working_groups_recluster()
    first = WorkingGroup.objects.proposed().get(group_challenges__challenge=problems[0][0])
    by_hand = stated(np.random.default_rng(5).standard_normal(384))
    group = working_group_approve(
        group=first, staff=staff, name="Volunteer retention", purpose="Keep them."
    )
    working_group_challenge_add(group=group, staff=staff, challenge=by_hand)
    member = factories.member()
    working_group_member_add(group=group, staff=staff, member=member)
    kept = challenge_ids(group)
    old_proposals = set(WorkingGroup.objects.proposed().values_list("pk", flat=True))

    # when two new statements of its problem arrive and everything is clustered again
    newcomers = [stated(near(centres[0], seed)) for seed in (11, 12)]
    run = working_groups_recluster()

    # then the group keeps its name, purpose, members and every challenge, and takes in
    # the new ones; the other proposals are new rows; nothing proposes its problem twice
    run.refresh_from_db()
    group.refresh_from_db()
    assert (group.name, group.purpose, group.status) == (
        "Volunteer retention",
        "Keep them.",
        WorkingGroupStatus.ACTIVE,
    )
    assert challenge_ids(group) == kept | ids(newcomers)
    assert WorkingGroupMembership.objects.filter(group=group, member=member).exists()
    assert not group.needs_review
    assert run.groups_kept == 1 and run.proposals == 2
    proposals = list(WorkingGroup.objects.proposed())
    assert not {p.pk for p in proposals} & old_proposals
    assert not any(challenge_ids(p) & ids(problems[0]) for p in proposals)


def test_recluster_flags_an_approved_group_whose_problem_vanished_and_keeps_it(staff):
    # given an active group whose challenges were all solved since
    centres, problems, _ = planted(problems=3, size=10)
    gone = group_with(problems[0], name="Alarm fatigue", centre=centres[0])
    for challenge in problems[0]:
        challenge.status = "solved"
        challenge.save()

    run = working_groups_recluster()

    run.refresh_from_db()
    gone.refresh_from_db()
    assert gone.name == "Alarm fatigue" and gone.status == WorkingGroupStatus.ACTIVE
    assert challenge_ids(gone) == ids(problems[0])
    assert gone.needs_review and "found no cluster" in gone.review_note
    assert run.groups_flagged == 1


def test_a_dismissed_proposal_is_not_proposed_again_until_it_grows(staff):
    centres, problems, _ = planted(problems=3, size=10)
    working_groups_recluster()
    proposal = WorkingGroup.objects.get(group_challenges__challenge=problems[0][0])
    working_group_archive(group=proposal, staff=staff)

    run = working_groups_recluster()

    run.refresh_from_db()
    assert run.proposals == 2
    assert "1 cluster like proposals staff dismissed not proposed again" in run.message
    assert not any(challenge_ids(p) & ids(problems[0]) for p in WorkingGroup.objects.proposed())

    # when twice as many state the problem, it is proposed again
    for seed in range(10):
        stated(near(centres[0], 200 + seed))
    working_groups_recluster()

    assert any(challenge_ids(p) & ids(problems[0]) for p in WorkingGroup.objects.proposed())


def test_recluster_that_fails_changes_nothing_and_says_why(monkeypatch):
    planted(problems=2, size=6)
    working_groups_recluster()
    before = set(WorkingGroup.objects.values_list("pk", flat=True))

    def broken(*args, **kwargs):
        raise RuntimeError("the model is not there")

    monkeypatch.setattr("matching.services.group_clustering.cluster_labels", broken)
    run = ClusteringRun.objects.create()
    with pytest.raises(RuntimeError):
        working_groups_recluster(run=run)

    run.refresh_from_db()
    assert run.status == ClusteringRunStatus.FAILED
    assert "the model is not there" in run.message
    assert set(WorkingGroup.objects.values_list("pk", flat=True)) == before


def test_clustering_run_start_gives_the_run_in_progress_instead_of_a_second(staff):
    run, created = clustering_run_start(requested_by=staff)
    again, created_again = clustering_run_start(requested_by=staff)

    assert created and not created_again
    assert again.pk == run.pk


def test_a_finished_run_delivered_twice_is_not_run_again():
    planted(problems=2, size=6)
    run = working_groups_recluster()
    proposals = set(WorkingGroup.objects.values_list("pk", flat=True))

    working_groups_recluster(run=ClusteringRun.objects.get(pk=run.pk))

    assert set(WorkingGroup.objects.values_list("pk", flat=True)) == proposals


# Incremental assignment


def test_a_new_challenge_joins_the_nearest_group_above_its_cutoff():
    centres, problems, _ = planted(problems=2, size=10)
    working_groups_recluster()
    proposal = WorkingGroup.objects.get(group_challenges__challenge=problems[1][0])
    newcomer = stated(near(centres[1], 21))
    unrelated = stated(np.random.default_rng(3).standard_normal(384))

    assert working_group_assign_challenge(challenge_id=newcomer.pk) == proposal
    assert working_group_assign_challenge(challenge_id=unrelated.pk) is None

    link = WorkingGroupChallenge.objects.get(challenge=newcomer)
    assert link.group == proposal and link.source == GroupChallengeSource.ASSIGNED
    assert link.similarity >= proposal.cutoff
    assert not WorkingGroupChallenge.objects.filter(challenge=unrelated).exists()


def test_a_closed_challenge_leaves_its_proposal_but_not_an_active_group():
    centres, problems, _ = planted(problems=2, size=6)
    proposal = group_with(problems[0], status=WorkingGroupStatus.PROPOSED, centre=centres[0])
    active = group_with(problems[1], centre=centres[1])
    for challenge in (problems[0][0], problems[1][0]):
        challenge.status = "solved"
        challenge.save()
        working_group_assign_challenge(challenge_id=challenge.pk)

    assert problems[0][0].pk not in challenge_ids(proposal)
    assert problems[1][0].pk in challenge_ids(active)


def test_a_challenge_staff_took_out_is_not_put_back(staff):
    centres, problems, _ = planted(problems=1, size=6)
    group = group_with(problems[0], centre=centres[0], cutoff=0.3)
    working_group_challenge_remove(group=group, staff=staff, challenge=problems[0][0])

    assert working_group_assign_challenge(challenge_id=problems[0][0].pk) is None
    assert problems[0][0].pk not in challenge_ids(group)


def test_the_embedding_task_assigns_the_challenge_to_a_group(use_backend):
    from matching.tasks import challenge_embed_task

    backend = use_backend(HashingBackend())
    challenge = factories.ChallengeFactory()
    vector = backend.embed_documents(
        [f"{challenge.title}. {challenge.description} Tags: retention, onboarding."]
    )[0]
    group_with([], centre=vector, cutoff=0.3)

    challenge_embed_task.apply(args=[challenge.pk])

    assert WorkingGroupChallenge.objects.filter(
        challenge=challenge, source=GroupChallengeSource.ASSIGNED
    ).exists()


# Staff actions


@pytest.fixture
def proposal():
    centres, problems, _ = planted(problems=1, size=5)
    return group_with(problems[0], status=WorkingGroupStatus.PROPOSED, centre=centres[0])


def test_approve_turns_a_proposal_into_a_named_group_and_tells_the_authors(staff, proposal):
    facilitator = factories.member()

    group = working_group_approve(
        group=proposal,
        staff=staff,
        name="  Volunteer   retention ",
        purpose="Keep new volunteers.",
        facilitator=facilitator,
    )

    group.refresh_from_db()
    assert (group.status, group.name, group.slug) == (
        WorkingGroupStatus.ACTIVE,
        "Volunteer retention",
        "volunteer-retention",
    )
    assert group.approved_by == staff and group.approved_at
    assert group.facilitator == facilitator
    assert WorkingGroupMembership.objects.get(group=group, member=facilitator).role == (
        GroupRole.FACILITATOR
    )
    authors = {link.challenge.author_id for link in group.group_challenges.all()}
    assert set(
        Notification.objects.filter(message__contains="Volunteer retention").values_list(
            "user_id", flat=True
        )
    ) == authors | {facilitator.pk}


def test_a_group_name_already_taken_is_a_clear_error_and_changes_nothing(staff, proposal):
    group_with([], name="Volunteer Retention")

    with pytest.raises(ValidationError) as error:
        working_group_approve(group=proposal, staff=staff, name="volunteer retention")

    assert "already exists" in error.value.message_dict["name"][0]
    proposal.refresh_from_db()
    assert proposal.status == WorkingGroupStatus.PROPOSED and proposal.name == ""


def test_a_name_of_an_archived_group_may_be_used_again(staff, proposal):
    old = group_with([], name="Volunteer retention", status=WorkingGroupStatus.ARCHIVED)

    group = working_group_approve(group=proposal, staff=staff, name="Volunteer retention")

    assert group.slug != old.slug


def test_rename_keeps_the_group_and_checks_the_name(staff):
    group = group_with([], name="Alarm fatigue")
    group_with([], name="No-shows")

    working_group_rename(group=group, staff=staff, name="Alert fatigue", purpose="Fewer alarms.")
    with pytest.raises(ValidationError):
        working_group_rename(group=group, staff=staff, name="NO-SHOWS")

    group.refresh_from_db()
    assert (group.name, group.slug, group.purpose) == (
        "Alert fatigue",
        "alert-fatigue",
        "Fewer alarms.",
    )


def test_a_proposal_merges_into_another_and_is_archived_without_a_name(staff):
    _, problems, _ = planted(problems=2, size=3)
    first = group_with(problems[0], status=WorkingGroupStatus.PROPOSED)
    second = group_with(problems[1], status=WorkingGroupStatus.PROPOSED)

    working_group_merge(source=second, target=first, staff=staff)

    second.refresh_from_db()
    assert second.status == WorkingGroupStatus.ARCHIVED and not second.dismissed
    assert challenge_ids(first) == ids(problems[0]) | ids(problems[1])


def test_an_active_group_cannot_go_into_a_proposal(staff, proposal):
    group = group_with([], name="Active")

    with pytest.raises(ValidationError, match="cannot go into a proposal"):
        working_group_merge(source=group, target=proposal, staff=staff)

    group.refresh_from_db()
    assert group.status == WorkingGroupStatus.ACTIVE


def test_merge_moves_challenges_and_members_and_archives_the_source(staff):
    _, problems, _ = planted(problems=2, size=4)
    target = group_with(problems[0], name="Target")
    source = group_with(problems[1] + [problems[0][0]], name="Source")
    both, only_source = factories.member(), factories.member()
    for member in (both, only_source):
        working_group_member_add(group=source, staff=staff, member=member)
    working_group_member_add(group=target, staff=staff, member=both)

    merged = working_group_merge(source=source, target=target, staff=staff)

    source.refresh_from_db()
    assert merged.pk == target.pk and merged.name == "Target"
    assert challenge_ids(target) == ids(problems[0]) | ids(problems[1])
    assert set(target.memberships.values_list("member_id", flat=True)) == {
        both.pk,
        only_source.pk,
    }
    assert source.status == WorkingGroupStatus.ARCHIVED
    assert "Merged into" in source.review_note


def test_merging_a_group_into_itself_is_a_clear_error(staff):
    _, problems, _ = planted(problems=1, size=4)
    group = group_with(problems[0])

    with pytest.raises(ValidationError) as error:
        working_group_merge(source=group, target=group, staff=staff)

    assert error.value.message_dict["target"] == ["A group cannot be merged into itself."]
    group.refresh_from_db()
    assert group.status == WorkingGroupStatus.ACTIVE
    assert challenge_ids(group) == ids(problems[0])


def test_split_moves_the_chosen_challenges_to_a_new_group(staff):
    centres, problems, _ = planted(problems=2, size=4)
    group = group_with(problems[0] + problems[1], name="Too broad")

    new = working_group_split(
        group=group,
        staff=staff,
        challenge_ids=[c.pk for c in problems[1]],
        name="The second problem",
    )

    assert new.status == WorkingGroupStatus.ACTIVE and new.slug == "the-second-problem"
    assert challenge_ids(new) == ids(problems[1])
    assert challenge_ids(group) == ids(problems[0])
    group.refresh_from_db()
    new.refresh_from_db()
    assert float(np.dot(group.centre, centres[0])) > 0.8
    assert float(np.dot(new.centre, centres[1])) > 0.8


@pytest.mark.parametrize(
    "choose, message",
    [
        (lambda group, problems: [], "Choose the challenges"),
        (lambda group, problems: [c.pk for c in problems[0]], "Leave at least one"),
        (lambda group, problems: [factories.ChallengeFactory().pk], "Only challenges of this"),
    ],
)
def test_split_with_a_bad_choice_changes_nothing(staff, choose, message):
    _, problems, _ = planted(problems=1, size=4)
    group = group_with(problems[0], name="Whole")

    with pytest.raises(ValidationError) as error:
        working_group_split(
            group=group, staff=staff, challenge_ids=choose(group, problems), name="Part"
        )

    assert message in str(error.value)
    assert WorkingGroup.objects.count() == 1
    assert challenge_ids(group) == ids(problems[0])


def test_challenges_are_added_and_removed_by_staff(staff):
    _, problems, _ = planted(problems=1, size=4)
    group = group_with(problems[0][:3])

    link = working_group_challenge_add(group=group, staff=staff, challenge=problems[0][3])
    with pytest.raises(ValidationError, match="already in"):
        working_group_challenge_add(group=group, staff=staff, challenge=problems[0][3])
    working_group_challenge_remove(group=group, staff=staff, challenge=problems[0][0])
    with pytest.raises(ValidationError, match="is not in"):
        working_group_challenge_remove(group=group, staff=staff, challenge=problems[0][0])

    assert link.source == GroupChallengeSource.STAFF and link.added_by == staff
    assert challenge_ids(group) == ids(problems[0][1:])


def test_adding_a_member_twice_is_a_clear_error(staff):
    group = group_with([], name="Alarm fatigue")
    member = factories.member(user__first_name="Kavya", user__last_name="Reddy")
    working_group_member_add(group=group, staff=staff, member=member)

    with pytest.raises(ValidationError) as error:
        working_group_member_add(group=group, staff=staff, member=member)

    assert error.value.message_dict["member"] == [
        "Kavya Reddy is already a member of “Alarm fatigue”."
    ]
    assert WorkingGroupMembership.objects.filter(group=group).count() == 1


def test_adding_a_lapsed_member_is_refused(staff):
    group = group_with([])

    with pytest.raises(ValidationError, match="not a current member"):
        working_group_member_add(group=group, staff=staff, member=factories.lapsed_member())


def test_removing_the_facilitator_leaves_the_group_without_one(staff):
    group = group_with([])
    facilitator = factories.member()
    working_group_facilitator_set(group=group, staff=staff, member=facilitator)

    working_group_member_remove(group=group, staff=staff, member=facilitator)

    group.refresh_from_db()
    assert group.facilitator is None
    assert not group.memberships.exists()


def test_archive_closes_the_group_and_drops_waiting_requests(staff, alice):
    group = group_with([])
    working_group_join_request(group=group, member=alice)

    working_group_archive(group=group, staff=staff)
    with pytest.raises(ValidationError, match="already archived"):
        working_group_archive(group=group, staff=staff)

    group.refresh_from_db()
    assert group.status == WorkingGroupStatus.ARCHIVED
    assert not group.memberships.exists()


@pytest.mark.parametrize(
    "action",
    [
        lambda group, user: working_group_approve(group=group, staff=user, name="Mine now"),
        lambda group, user: working_group_archive(group=group, staff=user),
        lambda group, user: working_group_member_add(group=group, staff=user, member=user),
        lambda group, user: working_group_merge(source=group, target=group, staff=user),
    ],
)
def test_staff_actions_need_the_permission(alice, proposal, action):
    with pytest.raises(PermissionDenied):
        action(proposal, alice)


# Members


def test_a_member_asks_to_join_and_the_facilitator_lets_them_in(staff, alice, bob):
    group = group_with([], name="Alarm fatigue")
    working_group_facilitator_set(group=group, staff=staff, member=bob)

    request = working_group_join_request(group=group, member=alice, note="Same here.")
    assert Notification.objects.filter(user=bob, message__contains="asks to join").exists()
    decided = working_group_join_decide(membership=request, decider=bob, approve=True)

    assert decided.status == GroupMembershipStatus.MEMBER and decided.decided_by == bob
    assert Notification.objects.filter(user=alice, message__startswith="Welcome").exists()
    with pytest.raises(ValidationError, match="already been decided"):
        working_group_join_decide(membership=request, decider=bob, approve=False)


def test_only_the_facilitator_or_staff_decide_join_requests(staff, alice, bob):
    group = group_with([])
    request = working_group_join_request(group=group, member=alice)

    with pytest.raises(PermissionDenied):
        working_group_join_decide(membership=request, decider=bob, approve=True)
    working_group_join_decide(membership=request, decider=staff, approve=False)

    request.refresh_from_db()
    assert request.status == GroupMembershipStatus.DECLINED


def test_joining_an_archived_group_is_a_clear_error(alice):
    group = group_with([], name="Closed", status=WorkingGroupStatus.ARCHIVED)

    with pytest.raises(ValidationError, match="archived"):
        working_group_join_request(group=group, member=alice)

    assert not group.memberships.exists()


@pytest.mark.parametrize(
    "status, message",
    [
        (GroupMembershipStatus.MEMBER, "already a member"),
        (GroupMembershipStatus.REQUESTED, "already asked"),
        (GroupMembershipStatus.DECLINED, "was declined"),
    ],
)
def test_asking_to_join_again_says_where_you_stand(alice, status, message):
    group = group_with([])
    WorkingGroupMembership.objects.create(group=group, member=alice, status=status)

    with pytest.raises(ValidationError, match=message):
        working_group_join_request(group=group, member=alice)


def test_a_proposal_cannot_be_joined_nor_by_a_lapsed_member(lapsed, proposal, alice):
    with pytest.raises(PermissionDenied):
        working_group_join_request(group=proposal, member=alice)
    with pytest.raises(PermissionDenied):
        working_group_join_request(group=group_with([]), member=lapsed)


def test_leave_removes_the_member_and_withdraws_a_request(alice, bob, staff):
    group = group_with([])
    working_group_member_add(group=group, staff=staff, member=alice)
    working_group_join_request(group=group, member=bob)

    working_group_leave(group=group, member=alice)
    working_group_leave(group=group, member=bob)
    with pytest.raises(ValidationError, match="not a member"):
        working_group_leave(group=group, member=alice)

    assert not group.memberships.exists()


def test_the_recluster_command_prints_what_came_of_it(capsys):
    from django.core.management import call_command

    planted(problems=2, size=10)

    call_command("recluster_groups", "--show", "1")

    out = capsys.readouterr().out
    assert "20 open challenges; 2 proposals." in out
    assert "  1. " in out and "10 challenges" in out


def test_a_switch_to_another_model_clusters_again(monkeypatch, django_capture_on_commit_callbacks):
    from matching import tasks

    monkeypatch.setattr(tasks, "embeddings_model_switch", lambda: True)
    monkeypatch.setattr(tasks, "suggestions_refresh_all", lambda: 0)
    queued = []
    monkeypatch.setattr(tasks.working_groups_recluster_task, "delay", lambda: queued.append(1))

    with django_capture_on_commit_callbacks(execute=True):
        tasks.embeddings_sweep_task()

    assert queued == [1]


def test_an_approved_group_made_under_another_model_is_carried_over_by_its_challenges():
    # given an active group whose centre was computed by a previous model (a meaningless
    # vector in today's space)
    centres, problems, _ = planted(problems=3, size=10)
    group = group_with(
        problems[0], name="Kept", centre=np.random.default_rng(9).standard_normal(384)
    )
    WorkingGroup.objects.filter(pk=group.pk).update(model_id="old/model", dimensions=768)

    run = working_groups_recluster()

    run.refresh_from_db()
    group.refresh_from_db()
    assert run.groups_kept == 1 and not group.needs_review
    assert group.model_id == "test/hashing"
    assert float(np.dot(group.centre, centres[0])) > 0.8
