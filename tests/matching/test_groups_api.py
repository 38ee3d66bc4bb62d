"""The working-group API: groups for me, a group, join, leave, the facilitator's
decisions; the same permissions as the pages, and in the OpenAPI schema."""

import numpy as np
import pytest
from django.urls import reverse

from matching.models import GroupMembershipStatus, WorkingGroupMembership, WorkingGroupStatus
from matching.services.working_groups import (
    working_group_facilitator_set,
    working_group_join_request,
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
def group(staff, bob):
    """An active group on a planted problem, facilitated by Bob."""
    centres, problems, _ = planted(problems=1, size=3)
    group = group_with(
        problems[0],
        name="Alarm fatigue",
        purpose="Fewer alarms nobody acts on.",
        centre=centres[0],
        cutoff=0.6,
        key_phrases=["alarm fatigue"],
    )
    return working_group_facilitator_set(group=group, staff=staff, member=bob)


def test_groups_for_me_lists_matching_groups_with_why(alice, alice_api, group):
    mine = stated(near(group.centre, 4), author=alice, title="Operators silence every alarm")
    group_with([], name="Elsewhere", centre=unit(np.random.default_rng(8).standard_normal(384)))

    response = alice_api.get(reverse("api_working_groups"))

    assert response.status_code == 200
    [found] = response.json()["results"]
    assert found["id"] == group.pk and found["name"] == "Alarm fatigue"
    assert found["challenge"] == {"id": mine.pk, "title": mine.title, "status": "open"}
    assert found["similarity"] >= group.cutoff
    assert found["key_phrases"] == ["alarm fatigue"]
    assert found["my_status"] is None


def test_group_detail_shows_members_and_where_i_stand(alice_api, group, bob):
    response = alice_api.get(reverse("api_working_group", args=[group.pk]))

    assert response.status_code == 200
    body = response.json()
    assert body["purpose"] == "Fewer alarms nobody acts on."
    assert [(m["name"], m["role"]) for m in body["members"]] == [
        (bob.get_full_name(), "facilitator")
    ]
    assert len(body["other_challenges"]) == 3
    assert body["my_status"] is None and body["can_decide_requests"] is False


def test_a_proposal_is_not_found_for_members(alice_api):
    proposal = group_with([], status=WorkingGroupStatus.PROPOSED)

    assert alice_api.get(reverse("api_working_group", args=[proposal.pk])).status_code == 404
    assert alice_api.post(reverse("api_working_group_join", args=[proposal.pk])).status_code == 404


def test_join_then_the_facilitator_approves(alice, alice_api, bob_api, group):
    response = alice_api.post(
        reverse("api_working_group_join", args=[group.pk]), {"note": "Me too."}
    )
    assert response.status_code == 201
    assert response.json()["status"] == "requested"
    request_id = response.json()["id"]

    waiting = bob_api.get(reverse("api_working_group_requests", args=[group.pk]))
    assert [r["id"] for r in waiting.json()["results"]] == [request_id]
    assert waiting.json()["results"][0]["note"] == "Me too."

    decided = bob_api.post(reverse("api_working_group_request_approve", args=[request_id]))
    assert decided.status_code == 200
    assert decided.json()["status"] == "member"
    again = bob_api.post(reverse("api_working_group_request_decline", args=[request_id]))
    assert again.status_code == 400
    assert WorkingGroupMembership.objects.get(pk=request_id).status == "member"


def test_another_member_may_not_see_or_decide_requests(alice, group):
    request = working_group_join_request(group=group, member=alice)
    carol = signed_in(factories.member(), "api")

    listed = carol.get(reverse("api_working_group_requests", args=[group.pk]))
    approved = carol.post(reverse("api_working_group_request_approve", args=[request.pk]))

    assert listed.status_code == 403 and approved.status_code == 403
    request.refresh_from_db()
    assert request.status == GroupMembershipStatus.REQUESTED


def test_join_twice_and_join_archived_are_clear_400s(alice, alice_api, group, staff):
    alice_api.post(reverse("api_working_group_join", args=[group.pk]))
    twice = alice_api.post(reverse("api_working_group_join", args=[group.pk]))
    closed = group_with([], name="Closed", status=WorkingGroupStatus.ARCHIVED)
    archived = alice_api.post(reverse("api_working_group_join", args=[closed.pk]))

    assert twice.status_code == 400
    assert "already asked" in twice.json()["non_field_errors"][0]
    assert archived.status_code == 400
    assert "archived" in archived.json()["non_field_errors"][0]
    assert not WorkingGroupMembership.objects.filter(group=closed).exists()


def test_leave(alice, alice_api, group):
    alice_api.post(reverse("api_working_group_join", args=[group.pk]))

    left = alice_api.post(reverse("api_working_group_leave", args=[group.pk]))
    again = alice_api.post(reverse("api_working_group_leave", args=[group.pk]))

    assert left.status_code == 204
    assert again.status_code == 400
    assert not WorkingGroupMembership.objects.filter(group=group, member=alice).exists()


@pytest.mark.parametrize(
    "name, method",
    [
        ("api_working_groups", "get"),
        ("api_working_group", "get"),
        ("api_working_group_join", "post"),
        ("api_working_group_leave", "post"),
        ("api_working_group_requests", "get"),
    ],
)
def test_visitors_and_lapsed_members_are_refused(api, lapsed_api, group, name, method):
    url = reverse(name) if name == "api_working_groups" else reverse(name, args=[group.pk])

    assert getattr(api, method)(url).status_code == 401
    assert getattr(lapsed_api, method)(url).status_code == 403


def test_the_schema_documents_the_working_group_endpoints(api):
    schema = api.get(reverse("api_schema"), {"format": "json"}).json()

    paths = schema["paths"]
    for path in (
        "/api/v1/working-groups/",
        "/api/v1/working-groups/{id}/",
        "/api/v1/working-groups/{id}/join/",
        "/api/v1/working-groups/{id}/leave/",
        "/api/v1/working-groups/{id}/requests/",
        "/api/v1/working-groups/join-requests/{id}/approve/",
        "/api/v1/working-groups/join-requests/{id}/decline/",
    ):
        assert path in paths
    assert "403" in paths["/api/v1/working-groups/join-requests/{id}/approve/"]["post"]["responses"]


def add_groups(count: int, member) -> None:
    rng = np.random.default_rng(count)
    for n in range(count):
        centre = unit(rng.standard_normal(384))
        group_with([], name=f"Group {count}-{n}", centre=centre, cutoff=0.5)
        stated(near(centre, n), author=member, title=f"Problem {count}-{n}")


def test_groups_for_me_query_count_does_not_grow_with_groups(alice, queries_for):
    client = signed_in(alice, "token")
    url = reverse("api_working_groups")
    add_groups(5, alice)
    assert client.get(url).json()["count"] == 5
    few = queries_for(client, url)

    add_groups(45, alice)

    assert client.get(url).json()["count"] == 50
    assert queries_for(client, url) == few
