"""Working groups in the Wagtail admin: proposals ranked with their facts, every staff
action through its service, re-clustering with progress, and permissions."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from matching.models import (
    ClusteringRun,
    ClusteringRunStatus,
    GroupMembershipStatus,
    WorkingGroup,
    WorkingGroupChallenge,
    WorkingGroupMembership,
    WorkingGroupStatus,
)
from matching.services.working_groups import working_group_join_request
from matching.tasks import working_groups_recluster_task
from tests import factories
from tests.clients import signed_in
from tests.matching.conftest import HashingBackend
from tests.matching.groups import group_with, planted

pytestmark = pytest.mark.django_db

INDEX = "working_groups_admin_index"


@pytest.fixture(autouse=True)
def hashing(use_backend):
    return use_backend(HashingBackend())


def html_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def action(group, name: str) -> str:
    return reverse("working_group_admin_action", args=[group.pk, name])


def row_action(group, name: str, row: int) -> str:
    return reverse("working_group_admin_row_action", args=[group.pk, name, row])


def test_proposals_are_listed_best_first_with_their_facts(staff_client):
    _, problems, _ = planted(problems=2, size=3)
    low = group_with(
        problems[0], status=WorkingGroupStatus.PROPOSED, key_phrases=["no shows"], score=1.0
    )
    high = group_with(
        problems[1], status=WorkingGroupStatus.PROPOSED, key_phrases=["alarm fatigue"], score=2.0
    )

    html = html_of(staff_client.get(reverse(INDEX)))

    assert html.index("alarm fatigue") < html.index("no shows")
    assert html.count('data-testid="group-row"') == 2
    industries = sorted(c.author.profile.industry.name for c in problems[1])
    assert f"3: {', '.join(industries)}" in html
    assert problems[1][0].author.profile.function.name in html
    assert problems[1][0].title in html
    assert reverse("working_group_admin", args=[high.pk]) in html
    assert reverse("working_group_admin", args=[low.pk]) in html


def test_recluster_now_starts_one_run_and_the_page_shows_its_progress(
    staff_client, django_capture_on_commit_callbacks
):
    planted(problems=2, size=10)

    with django_capture_on_commit_callbacks() as queued:
        staff_client.post(reverse("working_groups_admin_recluster"))
    staff_client.post(reverse("working_groups_admin_recluster"))

    run = ClusteringRun.objects.get()
    assert run.status == ClusteringRunStatus.QUEUED and len(queued) == 1
    html = html_of(staff_client.get(reverse(INDEX)))
    assert "<progress" in html and 'http-equiv="refresh"' in html

    # when the worker has done it
    working_groups_recluster_task.apply(args=[run.pk])

    html = html_of(staff_client.get(reverse(INDEX)))
    assert "<progress" not in html and 'http-equiv="refresh"' not in html
    assert "20 open challenges; 2 proposals." in html
    assert html.count('data-testid="group-row"') == 2


def test_a_run_no_worker_takes_says_so(staff_client):
    run = ClusteringRun.objects.create()
    ClusteringRun.objects.filter(pk=run.pk).update(created_at=run.created_at - timedelta(minutes=5))

    html = html_of(staff_client.get(reverse(INDEX)))

    assert 'data-testid="no-worker"' in html


def test_too_few_challenges_are_explained_on_the_page(staff_client):
    planted(problems=1, size=3)
    working_groups_recluster_task.apply()

    html = html_of(staff_client.get(reverse(INDEX)))

    assert "Only 3 open challenges: at least 6 are needed to propose groups." in html


def test_a_proposal_page_shows_everything_and_approves(staff_client, staff):
    _, problems, _ = planted(problems=1, size=3)
    proposal = group_with(problems[0], status=WorkingGroupStatus.PROPOSED)

    html = html_of(staff_client.get(reverse("working_group_admin", args=[proposal.pk])))
    assert html.count('data-testid="group-challenge"') == 3
    response = staff_client.post(
        action(proposal, "approve"),
        {"approve-name": "Volunteer retention", "approve-purpose": "Keep them."},
    )

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert (proposal.status, proposal.name, proposal.approved_by) == (
        WorkingGroupStatus.ACTIVE,
        "Volunteer retention",
        staff,
    )


def test_a_name_taken_is_shown_on_the_form_and_nothing_changes(staff_client):
    group_with([], name="Volunteer retention")
    proposal = group_with([], status=WorkingGroupStatus.PROPOSED)

    response = staff_client.post(
        action(proposal, "approve"),
        {"approve-name": "volunteer retention", "approve-purpose": "Typed with care."},
    )

    html = html_of(response)
    assert "already exists" in html
    assert "Typed with care." in html  # what staff typed is kept
    proposal.refresh_from_db()
    assert proposal.status == WorkingGroupStatus.PROPOSED


def test_rename_merge_and_split_from_the_admin(staff_client):
    _, problems, _ = planted(problems=3, size=2)
    group = group_with(problems[0] + problems[1], name="Broad")
    other = group_with(problems[2], name="Other")

    staff_client.post(action(group, "rename"), {"rename-name": "Narrow", "rename-purpose": ""})
    staff_client.post(
        action(group, "split"),
        {"split-challenges": [c.pk for c in problems[1]], "split-name": "Second"},
    )
    staff_client.post(action(other, "merge"), {"merge-target": group.pk})

    group.refresh_from_db()
    other.refresh_from_db()
    assert group.name == "Narrow"
    second = WorkingGroup.objects.get(name="Second")
    assert set(second.group_challenges.values_list("challenge_id", flat=True)) == {
        c.pk for c in problems[1]
    }
    assert other.status == WorkingGroupStatus.ARCHIVED
    assert set(group.group_challenges.values_list("challenge_id", flat=True)) == {
        c.pk for c in problems[0] + problems[2]
    }


def test_merging_into_itself_is_refused_on_the_form(staff_client):
    group = group_with([], name="Alone")

    html = html_of(staff_client.post(action(group, "merge"), {"merge-target": group.pk}))

    assert "Nothing was changed" in html
    group.refresh_from_db()
    assert group.status == WorkingGroupStatus.ACTIVE


def test_members_and_challenges_are_added_and_removed(staff_client):
    _, problems, _ = planted(problems=1, size=2)
    group = group_with(problems[0][:1], name="Small")
    member = factories.member(user__email="kavya@example.org")

    staff_client.post(action(group, "add_member"), {"member-member": "Kavya@example.org"})
    twice = html_of(
        staff_client.post(action(group, "add_member"), {"member-member": "kavya@example.org"})
    )
    staff_client.post(action(group, "add_challenge"), {"challenge-challenge": problems[0][1].pk})
    staff_client.post(row_action(group, "remove_challenge", problems[0][0].pk))

    assert "is already a member" in twice
    assert WorkingGroupMembership.objects.filter(group=group, member=member).count() == 1
    assert set(
        WorkingGroupChallenge.objects.filter(group=group).values_list("challenge_id", flat=True)
    ) == {problems[0][1].pk}

    staff_client.post(row_action(group, "remove_member", member.pk))
    assert not WorkingGroupMembership.objects.filter(group=group).exists()


def test_challenges_close_to_a_group_are_offered_to_add(staff_client):
    centres, problems, _ = planted(problems=2, size=4)
    group = group_with(problems[0][:3], name="Filling", centre=centres[0], cutoff=0.6)

    html = html_of(staff_client.get(reverse("working_group_admin", args=[group.pk])))

    start = html.index("Close to this group")
    offered = html[start : html.index("</table>", start)]
    assert offered.index(problems[0][3].title) < offered.index(problems[1][0].title)
    assert "(below the cut-off)" in offered  # the other problem's challenges
    assert problems[0][0].title not in offered  # already in the group


def test_join_requests_are_approved_and_the_group_archived(staff_client, alice, bob):
    group = group_with([], name="Open")
    first = working_group_join_request(group=group, member=alice)
    second = working_group_join_request(group=group, member=bob)

    html = html_of(staff_client.get(reverse("working_group_admin", args=[group.pk])))
    assert html.count('data-testid="join-request"') == 2
    staff_client.post(row_action(group, "approve_request", first.pk))
    staff_client.post(row_action(group, "decline_request", second.pk))
    staff_client.post(row_action(group, "archive", 0))

    first.refresh_from_db()
    group.refresh_from_db()
    assert first.status == GroupMembershipStatus.MEMBER
    assert not WorkingGroupMembership.objects.filter(pk=second.pk, status="requested").exists()
    assert group.status == WorkingGroupStatus.ARCHIVED


def refused(response) -> bool:
    """Wagtail answers a view that raised PermissionDenied with a redirect home."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def staff_with(*codenames: str):
    user = factories.UserFactory(is_staff=True)
    team = Group.objects.create(name=f"Team {user.pk}")
    team.permissions.set(Permission.objects.filter(codename__in=["access_admin", *codenames]))
    user.groups.add(team)
    return signed_in(user)


def test_the_admin_home_says_what_waits(staff_client, alice):
    group_with([], status=WorkingGroupStatus.PROPOSED)
    group_with([], status=WorkingGroupStatus.PROPOSED)
    active = group_with([], name="Open", needs_review=True)
    working_group_join_request(group=active, member=alice)

    html = html_of(staff_client.get(reverse("wagtailadmin_home")))

    assert "2 proposed working groups, 1 join request, 1 group to review" in " ".join(
        html.replace("<span>", "").replace("</span>", "").split()
    )


def test_staff_without_the_permission_see_no_working_groups():
    client = staff_with()
    group = group_with([], name="Hidden")

    assert refused(client.get(reverse(INDEX)))
    assert refused(client.get(reverse("working_group_admin", args=[group.pk])))
    home = html_of(client.get(reverse("wagtailadmin_home")))
    assert reverse(INDEX) not in home and "working-groups-summary" not in home


def test_staff_who_may_only_view_cannot_act():
    client = staff_with("view_workinggroup")
    proposal = group_with([], status=WorkingGroupStatus.PROPOSED)

    html = html_of(client.get(reverse(INDEX)))
    assert "Re-cluster now" not in html
    assert reverse(INDEX) in html_of(client.get(reverse("wagtailadmin_home")))
    assert refused(client.post(action(proposal, "approve"), {"approve-name": "Mine"}))
    assert refused(client.post(reverse("working_groups_admin_recluster")))
    assert not ClusteringRun.objects.exists()
    proposal.refresh_from_db()
    assert proposal.status == WorkingGroupStatus.PROPOSED


def test_staff_who_may_change_do_everything():
    client = staff_with("view_workinggroup", "change_workinggroup")
    proposal = group_with([], status=WorkingGroupStatus.PROPOSED)

    client.post(action(proposal, "approve"), {"approve-name": "Theirs"})

    proposal.refresh_from_db()
    assert proposal.status == WorkingGroupStatus.ACTIVE


def test_admin_index_query_count_does_not_grow_with_proposals(staff_client, queries_for):
    def add(count: int) -> None:
        for _ in range(count):
            _, problems, _ = planted(problems=1, size=3, seed=WorkingGroup.objects.count())
            group_with(problems[0], status=WorkingGroupStatus.PROPOSED)

    add(5)
    few = queries_for(staff_client, reverse(INDEX))

    add(45)

    assert html_of(staff_client.get(reverse(INDEX))).count('data-testid="group-row"') == 50
    assert queries_for(staff_client, reverse(INDEX)) == few

    # past 50 the rest are on a next page
    add(1)
    second = html_of(staff_client.get(reverse(INDEX), {"p": 2}))
    assert second.count('data-testid="group-row"') == 1 and "Page 2 of 2" in second
