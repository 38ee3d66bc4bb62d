import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import ChallengeFactory

pytestmark = pytest.mark.django_db


def test_home_page_serves_visitors_with_join_and_login(client):
    response = client.get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert reverse("account_login") in body
    assert reverse("plans") in body
    assert reverse("directory") not in body


def test_navigation_shows_member_features_when_logged_in(alice_client):
    body = alice_client.get("/").content.decode()
    assert reverse("directory") in body
    assert reverse("challenge_index") in body
    assert "Log out" in body


def test_dashboard_lists_my_challenges_and_completeness(alice_client, alice):
    ChallengeFactory(author=alice, title="Volunteers quit after their first month")
    response = alice_client.get(reverse("dashboard"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Volunteers quit after their first month" in body
    assert f"{alice.profile.completeness}%" in body


def test_dashboard_empty_state_tells_what_to_do(alice_client):
    body = alice_client.get(reverse("dashboard")).content.decode()
    assert 'data-testid="no-challenges"' in body
    assert reverse("challenge_new") in body


def test_dashboard_refuses_lapsed_member_with_renewal_page(client, lapsed):
    client.force_login(lapsed)
    response = client.get(reverse("dashboard"))
    assert response.status_code == 403
    body = response.content.decode()
    assert "lapsed" in body
    assert "How to renew" in body


def test_dashboard_sends_visitor_to_login(client):
    response = client.get(reverse("dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx)


def test_dashboard_query_count_does_not_grow_with_challenges(alice_client, alice):
    for _ in range(3):
        ChallengeFactory(author=alice)
        ChallengeFactory()
    few = _queries(alice_client, reverse("dashboard"))
    for _ in range(20):
        ChallengeFactory(author=alice)
        ChallengeFactory()
    assert _queries(alice_client, reverse("dashboard")) == few
