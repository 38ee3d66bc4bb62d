import html
import re

import pytest
from django.urls import reverse

from challenges.models import Challenge
from matching.models import Suggestion, SuggestionDismissal
from tests.factories import member, suggestion

pytestmark = pytest.mark.django_db


def test_people_page_shows_each_suggestion_with_its_reason(alice_client, alice, bob):
    s = suggestion(alice, bob)
    body = alice_client.get(reverse("people")).content.decode()
    assert bob.get_full_name() in body
    assert s.member_challenge.title in body
    assert s.peer_challenge.title in body
    assert "62% similar" in body
    assert bob.profile.industry.name in body
    assert "volunteers" in body


def test_challenge_made_staff_only_leaves_stored_lists_at_once(
    alice_client, alice_token_api, alice, bob
):
    s = suggestion(alice, bob)
    # The author hides it; no worker has recomputed anyone's list yet.
    Challenge.objects.filter(pk=s.peer_challenge_id).update(visibility="staff")
    page = alice_client.get(reverse("people")).content.decode()
    assert s.peer_challenge.title not in page
    listed = alice_token_api.get("/api/v1/suggestions/").json()
    assert str(s.peer_challenge_id) not in str(listed)
    assert s.peer_challenge.title not in str(listed)


def test_people_page_cards_have_no_clashing_element_ids(alice_client, alice, bob):
    suggestion(alice, bob)
    suggestion(alice, member(), rank=2)
    body = alice_client.get(reverse("people")).content.decode()

    assert body.count('data-testid="suggestion"') == 2
    ids = re.findall(r'\bid="([^"]+)"', body)
    assert len(ids) == len(set(ids))


def test_people_page_empty_state_explains(alice_client, alice):
    body = alice_client.get(reverse("people")).content.decode()
    assert 'data-testid="no-suggestions"' in body
    assert reverse("challenge_new") in body


def test_people_page_empty_state_for_members_not_open_to_introductions(alice_client, alice):
    alice.profile.open_to_introductions = False
    alice.profile.save()
    body = alice_client.get(reverse("people")).content.decode()
    assert "not open to introductions" in body


def test_dashboard_shows_people_to_meet(alice_client, alice, bob):
    suggestion(alice, bob)
    body = alice_client.get(reverse("dashboard")).content.decode()
    assert 'data-testid="people-to-meet"' in body
    assert bob.get_full_name() in body


def test_dismiss_with_reason_removes_and_remembers(alice_client, alice, bob):
    suggestion(alice, bob)
    response = alice_client.post(
        reverse("people_dismiss", args=[bob.profile.pk]),
        {"reason": "already_know", "note": "We met last year"},
        follow=True,
    )
    assert "won't suggest" in html.unescape(response.content.decode())
    assert not Suggestion.objects.filter(member=alice).exists()
    dismissal = SuggestionDismissal.objects.get(member=alice, peer=bob)
    assert (dismissal.reason, dismissal.note) == ("already_know", "We met last year")


def test_dismiss_without_valid_reason_changes_nothing(alice_client, alice, bob):
    suggestion(alice, bob)
    response = alice_client.post(
        reverse("people_dismiss", args=[bob.profile.pk]), {"reason": "because"}, follow=True
    )
    assert "Choose why" in response.content.decode()
    assert Suggestion.objects.filter(member=alice).exists()
    assert not SuggestionDismissal.objects.exists()


def test_dismissing_someone_elses_suggestion_is_404(alice_client, alice, bob):
    carol = member()
    suggestion(bob, carol)
    response = alice_client.post(
        reverse("people_dismiss", args=[carol.profile.pk]), {"reason": "not_relevant"}
    )
    assert response.status_code == 404
    assert Suggestion.objects.filter(member=bob).exists()


def test_people_page_refuses_lapsed_and_visitors(client, lapsed):
    assert client.get(reverse("people")).status_code == 302
    client.force_login(lapsed)
    assert client.get(reverse("people")).status_code == 403


def test_people_page_query_count_does_not_grow(alice_client, alice, queries_for):
    for rank in range(1, 6):
        suggestion(alice, member(), rank=rank)
    five = queries_for(alice_client, reverse("people"))
    for rank in range(6, 21):
        suggestion(alice, member(), rank=rank)
    assert queries_for(alice_client, reverse("people")) == five


def test_suggestions_api_lists_explanations(alice_token_api, alice, bob):
    s = suggestion(alice, bob)
    data = alice_token_api.get("/api/v1/suggestions/").json()
    row = data["results"][0]
    assert row["peer"]["user_id"] == bob.pk
    assert row["member_text"] == s.member_challenge.title
    assert row["peer_text"] == s.peer_challenge.title
    assert row["similarity"] == pytest.approx(0.62)
    assert row["shared_terms"] == ["volunteers"]


def test_suggestions_api_query_count_does_not_grow(alice_token_api, alice, queries_for):
    for rank in range(1, 6):
        suggestion(alice, member(), rank=rank)
    five = queries_for(alice_token_api, "/api/v1/suggestions/")
    for rank in range(6, 21):
        suggestion(alice, member(), rank=rank)
    assert queries_for(alice_token_api, "/api/v1/suggestions/") == five


def test_suggestions_api_shows_only_my_suggestions(bob_api, alice, bob):
    suggestion(alice, bob)
    assert bob_api.get("/api/v1/suggestions/").json()["count"] == 0


def test_dismiss_api(alice_token_api, alice, bob):
    suggestion(alice, bob)
    response = alice_token_api.post(
        "/api/v1/suggestions/dismissals/", {"peer": bob.profile.pk, "reason": "not_now"}
    )
    assert response.status_code == 204
    assert SuggestionDismissal.objects.filter(member=alice, peer=bob, reason="not_now").exists()


def test_dismiss_api_bad_input_is_400_and_unknown_peer_404(alice_token_api, alice, bob):
    suggestion(alice, bob)
    response = alice_token_api.post(
        "/api/v1/suggestions/dismissals/",
        {"peer": bob.profile.pk, "reason": "meh", "note": "x" * 301},
    )
    assert response.status_code == 400
    assert {"reason", "note"} <= set(response.json())
    response = alice_token_api.post(
        "/api/v1/suggestions/dismissals/", {"peer": 999999, "reason": "not_now"}
    )
    assert response.status_code == 404
    assert Suggestion.objects.filter(member=alice).exists()


def test_admin_lists_suggestions_read_only(staff_client, alice, bob):
    suggestion(alice, bob)
    body = staff_client.get(reverse("suggestion:index"), {"q": alice.email}).content.decode()
    assert bob.get_full_name() in body
    assert staff_client.get(reverse("suggestion:add")).status_code in (302, 403)


def test_admin_home_shows_matching_status(staff_client):
    body = staff_client.get("/admin/").content.decode()
    assert "No embedding failures." in body


def test_peer_who_withdrew_consent_is_not_shown_before_the_next_refresh(alice_client, alice, bob):
    suggestion(alice, bob)
    bob.profile.open_to_introductions = False
    bob.profile.save()
    assert bob.get_full_name() not in alice_client.get(reverse("people")).content.decode()
