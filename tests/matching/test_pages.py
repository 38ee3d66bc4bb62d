import html
import re
from datetime import timedelta

import pytest
from django.template.defaultfilters import date
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from challenges.models import Challenge
from matching.models import MatchingSettings, Suggestion, SuggestionDismissal
from tests.factories import member, suggestion

pytestmark = pytest.mark.django_db


def test_people_page_shows_each_suggestion_with_its_reason(alice_client, alice, bob):
    s = suggestion(alice, bob)
    body = alice_client.get(reverse("people")).content.decode()
    assert bob.get_full_name() in body
    assert s.member_challenge.title in body
    assert s.peer_challenge.title in body
    assert "a strong match" in body
    assert bob.profile.industry.name in body
    assert "volunteers" in body


def test_a_weak_suggestion_is_shown_labelled_as_a_possible_match(
    alice_client, alice_token_api, alice, bob
):
    s = suggestion(alice, bob)
    Suggestion.objects.filter(pk=s.pk).update(strength="possible")

    body = alice_client.get(reverse("people")).content.decode()
    listed = alice_token_api.get("/api/v1/suggestions/").json()

    assert bob.get_full_name() in body
    assert "possible match" in body and "a strong match" not in body
    item = listed["results"][0] if "results" in listed else listed[0]
    assert (item["strength"], item["strength_label"]) == ("possible", "Possible match")


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


def test_dismiss_api_not_now_says_when_the_peer_may_return(alice_token_api, alice, bob):
    suggestion(alice, bob)
    response = alice_token_api.post(
        "/api/v1/suggestions/dismissals/", {"peer": bob.profile.pk, "reason": "not_now"}
    )
    assert response.status_code == 200
    dismissal = SuggestionDismissal.objects.get(member=alice, peer=bob, reason="not_now")
    body = response.json()
    assert (body["peer"], body["reason"], body["final"]) == (bob.profile.pk, "not_now", False)
    assert body["suggest_again_after"] is not None
    assert parse_datetime(body["suggest_again_after"]) == dismissal.suggest_again_after
    assert dismissal.suggest_again_after - dismissal.created_at == timedelta(days=90)
    assert body["message"] == (
        f"We'll stop suggesting {bob.get_full_name()} for now; they may be suggested again "
        f"after 90 days ({date(timezone.localtime(dismissal.suggest_again_after), 'j F Y')}), "
        "if you still match."
    )


def test_dismiss_api_not_relevant_is_for_good(alice_token_api, alice, bob):
    suggestion(alice, bob)
    response = alice_token_api.post(
        "/api/v1/suggestions/dismissals/", {"peer": bob.profile.pk, "reason": "not_relevant"}
    )
    assert response.status_code == 200
    body = response.json()
    assert (body["final"], body["suggest_again_after"]) == (True, None)
    assert body["message"] == f"We won't suggest {bob.get_full_name()} to you again."


def test_dismiss_not_now_on_the_page_says_they_may_return(alice_client, alice, bob):
    suggestion(alice, bob)
    response = alice_client.post(
        reverse("people_dismiss", args=[bob.profile.pk]), {"reason": "not_now"}, follow=True
    )
    body = html.unescape(response.content.decode())
    assert f"We'll stop suggesting {bob.get_full_name()} for now" in body
    assert "they may be suggested again after 90 days" in body
    assert "won't suggest" not in body


def test_dismiss_form_says_what_each_reason_does_with_staffs_period(alice_client, alice, bob):
    # given staff shortened the "not now" period
    config = MatchingSettings.load()
    config.not_now_dismissal_days = 30
    config.save()
    suggestion(alice, bob)

    body = html.unescape(alice_client.get(reverse("people")).content.decode())

    assert '<option value="not_now">Not the right time: hide for 30 days</option>' in body
    assert '<option value="not_relevant">Not relevant to me: never suggest again</option>' in body
    assert '<option value="already_know">I already know them: never suggest again</option>' in body
    assert "“Not the right time” hides them for 30 days" in body


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
