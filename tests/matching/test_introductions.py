from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from matching.models import (
    Connection,
    Introduction,
    IntroductionFeedback,
    MatchingSettings,
    Notification,
)
from matching.selectors import feedback_factors, peers_not_to_suggest
from matching.services.introductions import (
    introduction_feedback_give,
    introduction_propose,
    introduction_request,
    introduction_respond,
    introductions_expire,
    introductions_request_feedback,
)
from tests.clients import signed_in
from tests.factories import PlanFactory, UserFactory, lapsed_member, member, suggestion

pytestmark = pytest.mark.django_db


def connected(a, b):
    intro = introduction_request(requester=a, peer=b)
    return introduction_respond(introduction=intro, member=b, accept=True)


# Services


def test_request_then_accept_connects_and_shares_contacts(
    alice, bob, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        intro = introduction_request(requester=alice, peer=bob, note="Same volunteer problem")
    assert intro.status == "pending"
    assert Notification.objects.filter(user=bob).exists()
    assert mail.outbox[-1].to == [bob.email]
    assert "Same volunteer problem" in mail.outbox[-1].body
    assert alice.email not in mail.outbox[-1].body  # no contact before both accept

    with django_capture_on_commit_callbacks(execute=True):
        intro = introduction_respond(introduction=intro, member=bob, accept=True, note="Gladly")
    assert intro.status == "connected"
    low, high = sorted((alice.pk, bob.pk))
    assert Connection.objects.filter(member_a_id=low, member_b_id=high).exists()
    bodies = {m.to[0]: m.body for m in mail.outbox[-2:]}
    assert bob.email in bodies[alice.email]
    assert alice.email in bodies[bob.email]


def test_decline_tells_the_requester_and_connects_nobody(alice, bob):
    intro = introduction_request(requester=alice, peer=bob)
    intro = introduction_respond(introduction=intro, member=bob, accept=False, note="Not now")
    assert intro.status == "declined"
    assert not Connection.objects.exists()
    assert Notification.objects.filter(user=alice, message__contains="declined").exists()


@pytest.mark.parametrize(
    "case",
    ["self", "non-member", "lapsed", "opted-out", "connected", "duplicate", "declined-before"],
)
def test_request_refused_with_a_clear_message(alice, bob, case):
    peer = bob
    if case == "self":
        peer = alice
    elif case == "non-member":
        peer = UserFactory()
    elif case == "lapsed":
        peer = lapsed_member()
    elif case == "opted-out":
        bob.profile.open_to_introductions = False
        bob.profile.save()
    elif case == "connected":
        connected(alice, bob)
    elif case == "duplicate":
        introduction_request(requester=bob, peer=alice)
    elif case == "declined-before":
        intro = introduction_request(requester=bob, peer=alice)
        introduction_respond(introduction=intro, member=alice, accept=False)
    before = Introduction.objects.count()
    with pytest.raises(ValidationError) as error:
        introduction_request(requester=alice, peer=peer)
    assert error.value.message_dict["peer"]
    assert Introduction.objects.count() == before


def test_plan_cap_per_month(alice, bob):
    plan = alice.memberships.get().plan
    plan.introductions_per_month = 1
    plan.save()
    introduction_request(requester=alice, peer=bob)
    with pytest.raises(ValidationError) as error:
        introduction_request(requester=alice, peer=member())
    assert "1 introduction a month" in " ".join(error.value.messages)
    assert Introduction.objects.filter(from_member=alice).count() == 1


def test_only_the_other_side_answers_and_only_once(alice, bob):
    intro = introduction_request(requester=alice, peer=bob)
    with pytest.raises(ValidationError):
        introduction_respond(introduction=intro, member=alice, accept=True)  # already accepted
    with pytest.raises(PermissionDenied):
        introduction_respond(introduction=intro, member=member(), accept=True)
    introduction_respond(introduction=intro, member=bob, accept=True)
    with pytest.raises(ValidationError):
        introduction_respond(introduction=intro, member=bob, accept=False)


def test_staff_proposal_needs_both_to_accept(staff, alice, bob):
    intro = introduction_propose(
        staff=staff, member_a=alice, member_b=bob, note="Both on retention"
    )
    assert intro.by_staff and intro.status == "pending"
    intro = introduction_respond(introduction=intro, member=alice, accept=True)
    assert intro.status == "pending"
    intro = introduction_respond(introduction=intro, member=bob, accept=True)
    assert intro.status == "connected"


def test_only_staff_propose(alice, bob):
    with pytest.raises(PermissionDenied):
        introduction_propose(staff=alice, member_a=member(), member_b=bob)


def test_unanswered_introductions_expire_and_the_requester_is_told(alice, bob):
    intro = introduction_request(requester=alice, peer=bob)
    assert introductions_expire(now=timezone.now() + timedelta(days=13)) == 0
    assert introductions_expire(now=timezone.now() + timedelta(days=15)) == 1
    intro.refresh_from_db()
    assert intro.status == "expired"
    assert Notification.objects.filter(user=alice, message__contains="expired").exists()
    # an expired introduction does not block asking again
    introduction_request(requester=alice, peer=bob)


def test_feedback_is_asked_after_the_delay_then_given(alice, bob):
    intro = connected(alice, bob)
    MatchingSettings.load()
    assert introductions_request_feedback(now=timezone.now() + timedelta(days=20)) == 0
    assert introductions_request_feedback(now=timezone.now() + timedelta(days=22)) == 1
    assert introductions_request_feedback(now=timezone.now() + timedelta(days=30)) == 0
    assert Notification.objects.filter(user=bob, message__startswith="Did you meet").exists()
    introduction_feedback_give(introduction=intro, member=alice, met=True, usefulness=5)
    with pytest.raises(ValidationError):
        introduction_feedback_give(introduction=intro, member=alice, met=False)


@pytest.mark.parametrize("usefulness", [0, 6])
def test_feedback_rating_outside_one_to_five_is_refused(alice, bob, usefulness):
    intro = connected(alice, bob)
    with pytest.raises(ValidationError) as error:
        introduction_feedback_give(
            introduction=intro, member=alice, met=True, usefulness=usefulness
        )
    assert "usefulness" in error.value.message_dict
    assert not IntroductionFeedback.objects.exists()


def test_introductions_and_connections_leave_the_suggestions(alice, bob):
    carol = member()
    introduction_request(requester=alice, peer=bob)
    connected(alice, carol)
    assert {bob.pk, carol.pk} <= peers_not_to_suggest(member=alice)


def test_low_ratings_lower_a_members_score_and_high_ones_raise_it(alice, bob):
    for rater, score in ((member(), 1), (member(), 2)):
        intro = connected(rater, alice)
        introduction_feedback_give(introduction=intro, member=rater, met=True, usefulness=score)
    for rater in (member(), member()):
        intro = connected(rater, bob)
        introduction_feedback_give(introduction=intro, member=rater, met=True, usefulness=5)
    factors = feedback_factors(user_ids=[alice.pk, bob.pk])
    assert factors[alice.pk] < 1 < factors[bob.pk]


# Pages


def test_pages_ask_answer_and_see_contact(alice_client, bob_client, alice, bob):
    response = alice_client.post(
        reverse("introduction_request", args=[bob.profile.pk]),
        {"note": "Let's compare notes"},
        follow=True,
    )
    assert "We asked" in response.content.decode()
    intro = Introduction.objects.get(from_member=alice, to_member=bob)
    page = bob_client.get(reverse("introductions")).content.decode()
    assert 'data-testid="to-answer"' in page
    assert "compare notes" in page
    assert alice.email not in page
    bob_client.post(reverse("introduction_respond", args=[intro.pk]), {"accept": "1"})
    assert alice.email in bob_client.get(reverse("introductions")).content.decode()
    assert bob.email in alice_client.get(reverse("introductions")).content.decode()


def test_page_request_to_oneself_shows_the_error(alice_client, alice):
    response = alice_client.post(reverse("introduction_request", args=[alice.profile.pk]), {})
    assert response.status_code == 200
    assert "cannot be introduced to yourself" in response.content.decode()
    assert not Introduction.objects.exists()


def test_another_members_introduction_is_404(alice, bob, client):
    intro = introduction_request(requester=alice, peer=bob)
    client.force_login(member())
    assert (
        client.post(reverse("introduction_respond", args=[intro.pk]), {"accept": "1"}).status_code
        == 404
    )
    assert (
        client.post(
            reverse("introduction_feedback", args=[intro.pk]), {"met": "1", "usefulness": "5"}
        ).status_code
        == 404
    )
    intro.refresh_from_db()
    assert intro.to_response == "pending"


def test_page_feedback_outside_range_changes_nothing(alice_client, alice, bob):
    intro = connected(alice, bob)
    response = alice_client.post(
        reverse("introduction_feedback", args=[intro.pk]),
        {"met": "1", "usefulness": "9"},
        follow=True,
    )
    assert "rate it from 1 to 5" in response.content.decode()
    assert not IntroductionFeedback.objects.exists()


def test_inbox_shows_unread_count_and_marks_read(alice_client, alice, bob):
    introduction_request(requester=bob, peer=alice)
    body = alice_client.get(reverse("dashboard")).content.decode()
    assert 'data-testid="inbox-link"' in body and ">1</span>" in body
    assert "would like to be introduced" in alice_client.get(reverse("inbox")).content.decode()
    alice_client.post(reverse("inbox_mark_read"))
    assert not Notification.objects.filter(user=alice, read_at__isnull=True).exists()


# API


def test_api_request_accept_feedback(alice_token_api, alice, bob, bob_api):
    response = alice_token_api.post(
        "/api/v1/introductions/", {"peer": bob.profile.pk, "note": "Hello"}, format="json"
    )
    assert response.status_code == 201, response.json()
    intro_id = response.json()["id"]
    assert response.json()["contact_email"] is None
    response = bob_api.post(f"/api/v1/introductions/{intro_id}/accept/", {}, format="json")
    assert response.json()["status"] == "connected"
    assert response.json()["contact_email"] == alice.email
    connections = alice_token_api.get("/api/v1/connections/").json()["results"]
    assert connections[0]["email"] == bob.email
    response = alice_token_api.post(
        f"/api/v1/introductions/{intro_id}/feedback/", {"met": True, "usefulness": 7}, format="json"
    )
    assert response.status_code == 400 and "usefulness" in response.json()
    response = alice_token_api.post(
        f"/api/v1/introductions/{intro_id}/feedback/", {"met": True, "usefulness": 4}, format="json"
    )
    assert response.status_code == 201


@pytest.mark.parametrize("peer", ["self", "unknown"])
def test_api_bad_requests_are_400_with_a_field_error(alice_token_api, alice, peer):
    peer_id = alice.profile.pk if peer == "self" else 999999
    response = alice_token_api.post("/api/v1/introductions/", {"peer": peer_id}, format="json")
    assert response.status_code == 400
    assert "peer" in response.json()
    assert not Introduction.objects.exists()


def test_api_accepting_someone_elses_request_is_404_or_refused(alice, bob, alice_token_api):
    intro = introduction_request(requester=alice, peer=bob)
    response = alice_token_api.post(f"/api/v1/introductions/{intro.pk}/accept/", {}, format="json")
    assert response.status_code == 400  # her own request: nothing for her to answer
    other = member()
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(other)
    assert client.post(f"/api/v1/introductions/{intro.pk}/accept/").status_code == 404


def test_api_plan_cap_is_400(alice_token_api, alice, bob):
    plan = PlanFactory(introductions_per_month=0)
    membership = alice.memberships.get()
    membership.plan = plan
    membership.save()
    response = alice_token_api.post(
        "/api/v1/introductions/", {"peer": bob.profile.pk}, format="json"
    )
    assert response.status_code == 400
    assert "a month" in str(response.json())


def test_api_notifications_and_mark_read(alice, bob, alice_token_api):
    introduction_request(requester=bob, peer=alice)
    rows = alice_token_api.get("/api/v1/notifications/").json()["results"]
    assert rows[0]["read"] is False
    assert alice_token_api.post("/api/v1/notifications/read/", {}, format="json").status_code == 204
    assert alice_token_api.get("/api/v1/notifications/").json()["results"][0]["read"] is True


# Admin


def test_admin_staff_propose_and_queue(staff_client, alice, bob):
    response = staff_client.post(
        reverse("introduction:add"),
        {"from_member": alice.pk, "to_member": bob.pk, "note": "You two should talk"},
    )
    assert response.status_code == 302
    intro = Introduction.objects.get()
    assert intro.by_staff
    body = staff_client.get(reverse("introduction:index"), {"status": "pending"}).content.decode()
    assert alice.get_full_name() in body


def test_admin_propose_refused_pair_shows_error(staff_client, alice):
    response = staff_client.post(
        reverse("introduction:add"), {"from_member": alice.pk, "to_member": alice.pk, "note": ""}
    )
    assert response.status_code == 200
    assert not Introduction.objects.exists()


def test_admin_bulk_propose_from_top_suggestions(staff_client, alice, bob):
    s = suggestion(alice, bob)
    page = staff_client.get(reverse("matching_bulk_propose")).content.decode()
    assert s.member_challenge.title in page
    staff_client.post(reverse("matching_bulk_propose"), {"suggestions": [s.pk], "note": ""})
    assert Introduction.objects.filter(from_member=alice, to_member=bob, by_staff=True).exists()


def test_admin_bulk_propose_lists_each_mutual_pair_once(staff_client, alice, bob):
    better = suggestion(alice, bob, score=0.8)
    worse = suggestion(bob, alice, score=0.7)
    page = staff_client.get(reverse("matching_bulk_propose")).content.decode()
    assert f'value="{better.pk}"' in page
    assert f'value="{worse.pk}"' not in page


def test_admin_bulk_propose_lists_a_tied_pair_once(staff_client, alice, bob):
    first = suggestion(alice, bob, score=0.7)
    second = suggestion(bob, alice, score=0.7)
    page = staff_client.get(reverse("matching_bulk_propose")).content.decode()
    shown = [s.pk for s in (first, second) if f'value="{s.pk}"' in page]
    assert len(shown) == 1


def test_admin_outcomes_per_industry_pair(staff_client, alice, bob):
    intro = connected(alice, bob)
    introduction_feedback_give(introduction=intro, member=alice, met=True, usefulness=4)
    body = staff_client.get(reverse("matching_outcomes")).content.decode()
    assert alice.profile.industry.name in body and bob.profile.industry.name in body
    assert "4.0" in body


def test_admin_screens_refuse_members(alice_client):
    assert alice_client.get(reverse("matching_outcomes")).status_code in (302, 403)


@pytest.mark.parametrize(
    "url",
    [
        "/introductions/",
        "/api/v1/introductions/",
        "/api/v1/connections/",
        "/api/v1/notifications/",
        "/inbox/",
    ],
)
def test_introduction_lists_cost_the_same_for_few_and_many(alice, url, queries_for):
    client = signed_in(alice)
    for _ in range(2):
        connected(alice, member())
        introduction_request(requester=member(), peer=alice)
    few = queries_for(client, url)
    for _ in range(8):
        connected(alice, member())
        introduction_request(requester=member(), peer=alice)
    assert queries_for(client, url) == few
