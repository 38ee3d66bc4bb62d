"""The member pages of working groups: groups for you (with why), a group's page, asking
to join and leaving, the facilitator's requests; who may see what."""

import numpy as np
import pytest
from django.urls import reverse

from matching.models import GroupMembershipStatus, WorkingGroupMembership, WorkingGroupStatus
from matching.services.working_groups import (
    working_group_facilitator_set,
    working_group_join_request,
    working_group_member_add,
)
from tests import factories
from tests.clients import signed_in
from tests.matching.conftest import HashingBackend
from tests.matching.groups import group_with, near, planted, stated, unit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def hashing(use_backend):
    return use_backend(HashingBackend())


@pytest.fixture
def group(staff):
    """An active group on a planted problem, with a facilitator and a member."""
    centres, problems, _ = planted(problems=1, size=4)
    group = group_with(
        problems[0],
        name="Volunteer retention",
        purpose="Keeping new volunteers past their first three months.",
        centre=centres[0],
        cutoff=0.6,
        key_phrases=["volunteer retention", "onboarding"],
    )
    group = working_group_facilitator_set(group=group, staff=staff, member=problems[0][0].author)
    working_group_member_add(group=group, staff=staff, member=problems[0][1].author)
    group.problems = problems
    return group


def page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_groups_for_you_show_a_group_matching_an_open_challenge_and_why(alice, alice_client, group):
    # given alice states the group's problem, and something else entirely
    mine = stated(near(group.centre, 5), author=alice, title="Volunteers leave after a month")
    stated(np.random.default_rng(1).standard_normal(384), author=alice, title="Unrelated")
    far = group_with(
        [], name="Far away", centre=unit(np.random.default_rng(2).standard_normal(384))
    )

    html = page(alice_client, reverse("working_groups"))

    assert html.count('data-testid="group-for-you"') == 1
    assert "Volunteer retention" in html and "Volunteers leave after a month" in html
    assert "% similar" in html and "volunteer retention</span>" in html
    assert reverse("working_group_detail", args=[group.slug]) in html
    assert mine.title in html
    # every active group is still listed, for browsing
    assert far.name in html


def test_groups_for_you_without_open_challenges_says_how_to_get_some(alice_client, group):
    html = page(alice_client, reverse("working_groups"))

    assert 'data-testid="no-groups-for-you"' in html


def test_the_dashboard_and_the_navigation_link_to_working_groups(alice, alice_client, group):
    stated(near(group.centre, 5), author=alice, title="Volunteers leave after a month")

    html = page(alice_client, reverse("dashboard"))

    assert f'href="{reverse("working_groups")}"' in html
    assert 'data-testid="groups-for-you"' in html and "Volunteer retention" in html


def test_a_group_page_shows_purpose_members_and_their_challenges(alice_client, group):
    facilitator_challenge, member_challenge = group.problems[0][0], group.problems[0][1]

    html = page(alice_client, reverse("working_group_detail", args=[group.slug]))

    assert "Keeping new volunteers past their first three months." in html
    assert html.count('data-testid="group-member"') == 2
    assert facilitator_challenge.author.get_full_name() in html and "Facilitator" in html
    assert facilitator_challenge.title in html and member_challenge.title in html
    # the challenges of members who have not joined are listed apart
    assert html.count('data-testid="group-challenge"') == 2
    # no roundtables exist yet: nothing pretends otherwise
    assert "roundtable" not in html.lower()
    assert "Ask to join" in html


def test_a_group_page_hides_challenges_the_reader_may_not_see(alice_client, group):
    hidden = group.problems[0][2]
    hidden.visibility = "staff"
    hidden.save()

    html = page(alice_client, reverse("working_group_detail", args=[group.slug]))

    assert hidden.title not in html


def test_a_member_asks_to_join_and_leaves_from_the_page(alice, alice_client, group):
    url = reverse("working_group_detail", args=[group.slug])

    response = alice_client.post(
        reverse("working_group_join", args=[group.slug]), {"note": "Same problem here."}
    )
    assert response.status_code == 302
    assert "You asked to join" in page(alice_client, url)
    assert WorkingGroupMembership.objects.get(group=group, member=alice).note == (
        "Same problem here."
    )

    alice_client.post(reverse("working_group_leave", args=[group.slug]))
    assert not WorkingGroupMembership.objects.filter(group=group, member=alice).exists()


def test_joining_an_archived_group_from_the_page_says_why_and_changes_nothing(alice, alice_client):
    closed = group_with([], name="Closed", status=WorkingGroupStatus.ARCHIVED)

    response = alice_client.post(reverse("working_group_join", args=[closed.slug]), follow=True)

    assert "archived" in response.content.decode()
    assert not WorkingGroupMembership.objects.filter(member=alice).exists()


def test_a_proposal_has_no_page_for_members(alice_client, staff_client):
    proposal = group_with([], status=WorkingGroupStatus.PROPOSED, slug="a-proposal")

    assert alice_client.get(reverse("working_group_detail", args=[proposal.slug])).status_code == (
        404
    )
    assert staff_client.get(reverse("working_group_detail", args=[proposal.slug])).status_code == (
        200
    )


def test_the_facilitator_decides_join_requests_on_their_page(alice, group):
    facilitator = group.facilitator
    request = working_group_join_request(group=group, member=alice, note="Please.")
    client = signed_in(facilitator)
    url = reverse("working_group_requests", args=[group.slug])

    html = page(client, url)
    assert alice.get_full_name() in html and "Please." in html
    response = client.post(
        reverse("working_group_request_decide", args=[group.slug, request.pk]), {"approve": "1"}
    )

    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == GroupMembershipStatus.MEMBER
    assert request.decided_by == facilitator


def test_another_member_may_not_decide_a_group_they_do_not_facilitate(alice, bob_client, group):
    request = working_group_join_request(group=group, member=alice)

    assert bob_client.get(reverse("working_group_requests", args=[group.slug])).status_code == 403
    response = bob_client.post(
        reverse("working_group_request_decide", args=[group.slug, request.pk]), {"approve": "1"}
    )

    assert response.status_code == 403
    request.refresh_from_db()
    assert request.status == GroupMembershipStatus.REQUESTED


@pytest.mark.parametrize(
    "name, args, method",
    [
        ("working_groups", [], "get"),
        ("working_group_detail", ["volunteer-retention"], "get"),
        ("working_group_join", ["volunteer-retention"], "post"),
        ("working_group_leave", ["volunteer-retention"], "post"),
        ("working_group_requests", ["volunteer-retention"], "get"),
        ("working_group_request_decide", ["volunteer-retention", 1], "post"),
    ],
)
def test_visitors_are_sent_to_log_in(client, group, name, args, method):
    url = reverse(name, args=args)

    response = getattr(client, method)(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_a_lapsed_member_gets_the_membership_page(lapsed_client, group):
    response = lapsed_client.get(reverse("working_group_detail", args=[group.slug]))

    assert response.status_code == 403
    assert group.purpose not in response.content.decode()


def add_groups(count: int, alice) -> None:
    rng = np.random.default_rng(count)
    for n in range(count):
        centre = unit(rng.standard_normal(384))
        other = group_with([], name=f"Group {count}-{n}", centre=centre, cutoff=0.5)
        stated(near(centre, n), author=alice, title=f"Alice's problem {count}-{n}")
        WorkingGroupMembership.objects.create(
            group=other,
            member=factories.member(),
            status=GroupMembershipStatus.MEMBER,
        )


def test_groups_list_page_query_count_does_not_grow_with_groups(alice, alice_client, queries_for):
    url = reverse("working_groups")
    add_groups(5, alice)
    assert page(alice_client, url).count('data-testid="group-for-you"') == 5
    few = queries_for(alice_client, url)

    add_groups(45, alice)

    assert page(alice_client, url).count('data-testid="group-for-you"') == 50
    assert queries_for(alice_client, url) == few


def test_group_page_query_count_does_not_grow_with_members(alice_client, group, queries_for):
    url = reverse("working_group_detail", args=[group.slug])
    few = queries_for(alice_client, url)

    for n in range(45):
        member = factories.member()
        WorkingGroupMembership.objects.create(
            group=group, member=member, status=GroupMembershipStatus.MEMBER
        )
        stated(near(group.centre, 100 + n), author=member)
    group_with([], name="Another")

    assert page(alice_client, url).count('data-testid="group-member"') == 47
    assert queries_for(alice_client, url) == few
