import pytest
from django.urls import reverse

from challenges.models import Challenge
from tests import factories
from tests.factories import ChallengeFactory

pytestmark = pytest.mark.django_db

LIST_URL = reverse("api_challenges")


def _url(challenge) -> str:
    return reverse("api_challenge", args=[challenge.pk])


def _payload(**overrides):
    payload = {
        "title": "Volunteers drift away after onboarding",
        "description": "Half of our new volunteers stop coming within three months.",
        "tags": ["Volunteer Retention", "volunteer retention", "Onboarding"],
        "status": "open",
        "visibility": "members",
    }
    return {**payload, **overrides}


def _titles(response) -> list[str]:
    return [item["title"] for item in response.json()["results"]]


# Who may call the API


def test_challenge_list_api_answers_visitor_with_401_and_no_data(api):
    ChallengeFactory(title="Members only worry")

    response = api.get(LIST_URL)

    assert response.status_code == 401
    assert response.has_header("WWW-Authenticate")
    assert "Members only worry" not in response.content.decode()
    assert set(response.json()) == {"detail"}


@pytest.mark.parametrize("method", ["get", "patch", "put", "delete"])
def test_challenge_detail_api_answers_visitor_with_401_and_changes_nothing(api, method):
    challenge = ChallengeFactory(title="Members only worry")
    before = Challenge.objects.values().get(pk=challenge.pk)

    response = getattr(api, method)(_url(challenge), _payload(title="Hijacked"), format="json")

    assert response.status_code == 401
    assert "Members only worry" not in response.content.decode()
    assert Challenge.objects.values().get(pk=challenge.pk) == before


def test_challenge_create_api_answers_visitor_with_401_and_writes_nothing(api):
    response = api.post(LIST_URL, _payload(), format="json")

    assert response.status_code == 401
    assert Challenge.objects.count() == 0


def test_challenge_list_api_refuses_lapsed_member_with_403(lapsed_api):
    ChallengeFactory(title="Members only worry")

    response = lapsed_api.get(LIST_URL)

    assert response.status_code == 403
    assert "Members only worry" not in response.content.decode()
    assert "membership" in response.json()["detail"]


def test_challenge_detail_api_refuses_lapsed_author_with_403(lapsed_api, lapsed):
    challenge = ChallengeFactory(author=lapsed, title="My old worry")

    response = lapsed_api.get(_url(challenge))

    assert response.status_code == 403
    assert "My old worry" not in response.content.decode()


def test_challenge_create_api_refuses_lapsed_member_and_writes_nothing(lapsed_api):
    response = lapsed_api.post(LIST_URL, _payload(), format="json")

    assert response.status_code == 403
    assert Challenge.objects.count() == 0


@pytest.mark.parametrize("method", ["patch", "delete"])
def test_challenge_detail_api_refuses_lapsed_author_changes(lapsed_api, lapsed, method):
    challenge = ChallengeFactory(author=lapsed, title="My old worry")
    before = Challenge.objects.values().get(pk=challenge.pk)

    response = getattr(lapsed_api, method)(_url(challenge), {"title": "New"}, format="json")

    assert response.status_code == 403
    assert Challenge.objects.values().get(pk=challenge.pk) == before


# List, filters, search, pagination


def test_challenge_list_api_serialises_challenge_with_author(alice_api, bob):
    challenge = ChallengeFactory(
        author=bob, title="Board meetings run over", tags=["governance"], status="exploring"
    )

    response = alice_api.get(LIST_URL)

    assert response.status_code == 200
    [item] = response.json()["results"]
    assert item["id"] == challenge.pk
    assert item["title"] == "Board meetings run over"
    assert item["tags"] == ["governance"]
    assert item["status"] == "exploring"
    assert item["visibility"] == "members"
    assert item["is_mine"] is False
    assert item["author"] == {
        "id": bob.profile.pk,
        "name": bob.get_full_name(),
        "organisation": bob.profile.organisation.name,
        "industry": bob.profile.industry.slug,
        "function": bob.profile.function.slug,
    }


def test_challenge_list_api_hides_staff_only_challenges_of_others(alice_api, bob):
    ChallengeFactory(author=bob, title="Confidential funding gap", visibility="staff")
    ChallengeFactory(author=bob, title="Board meetings run over")

    response = alice_api.get(LIST_URL)

    assert response.json()["count"] == 1
    assert _titles(response) == ["Board meetings run over"]


def test_challenge_list_api_shows_own_staff_only_challenge_to_author(alice_api, alice):
    ChallengeFactory(author=alice, title="My confidential worry", visibility="staff")

    response = alice_api.get(LIST_URL)

    assert _titles(response) == ["My confidential worry"]
    assert response.json()["results"][0]["is_mine"] is True


def test_challenge_list_api_shows_staff_only_challenges_to_staff(staff_api, bob):
    ChallengeFactory(author=bob, title="Confidential funding gap", visibility="staff")

    response = staff_api.get(LIST_URL)

    assert _titles(response) == ["Confidential funding gap"]


def test_challenge_list_api_filters_by_status(alice_api):
    ChallengeFactory(title="Still open", status="open")
    ChallengeFactory(title="Already solved", status="solved")

    response = alice_api.get(LIST_URL, {"status": "solved"})

    assert _titles(response) == ["Already solved"]


def test_challenge_list_api_filters_by_tag(alice_api):
    ChallengeFactory(title="About retention", tags=["retention", "volunteers"])
    ChallengeFactory(title="About budgets", tags=["budgeting"])

    response = alice_api.get(LIST_URL, {"tag": "volunteers"})

    assert _titles(response) == ["About retention"]


def test_challenge_list_api_filters_by_author_industry(alice_api):
    health = factories.member(organisation__industry__name="Health Care")
    arts = factories.member(organisation__industry__name="Arts")
    ChallengeFactory(author=health, title="Clinic waiting lists")
    ChallengeFactory(author=arts, title="Empty gallery weekdays")

    response = alice_api.get(LIST_URL, {"industry": "health-care"})

    assert _titles(response) == ["Clinic waiting lists"]


def test_challenge_list_api_searches_keywords(alice_api):
    ChallengeFactory(title="Volunteers quit", description="They leave after a month.", tags=[])
    ChallengeFactory(title="Slow board", description="Our trustees rarely decide.", tags=[])
    ChallengeFactory(title="Grants", description="Too much paperwork.", tags=["fundraising"])

    assert _titles(alice_api.get(LIST_URL, {"q": "volunteer"})) == ["Volunteers quit"]
    assert _titles(alice_api.get(LIST_URL, {"q": "trustees"})) == ["Slow board"]
    assert _titles(alice_api.get(LIST_URL, {"q": "fundraising"})) == ["Grants"]


def test_challenge_list_api_search_never_finds_staff_only_challenges_of_others(alice_api):
    ChallengeFactory(title="Secret volunteers plan", visibility="staff")

    response = alice_api.get(LIST_URL, {"q": "volunteers"})

    assert response.json()["count"] == 0


def test_challenge_list_api_mine_returns_only_own_challenges(alice_api, alice):
    ChallengeFactory(author=alice, title="My own worry")
    ChallengeFactory(title="Somebody else's worry")

    response = alice_api.get(LIST_URL, {"mine": "true"})

    assert _titles(response) == ["My own worry"]


def test_challenge_list_api_paginates_twenty_per_page(alice_api, alice):
    ChallengeFactory.create_batch(25, author=alice)

    first = alice_api.get(LIST_URL).json()
    second = alice_api.get(first["next"]).json()

    assert first["count"] == 25
    assert len(first["results"]) == 20
    assert "page=2" in first["next"]
    assert len(second["results"]) == 5
    assert second["next"] is None
    first_ids = {item["id"] for item in first["results"]}
    assert not first_ids & {item["id"] for item in second["results"]}


def test_challenge_list_api_costs_the_same_queries_for_5_and_50_challenges(
    alice_token_api, queries_for
):
    # Token authentication loads the member afresh on every request, as in production.
    ChallengeFactory.create_batch(5)
    five = queries_for(alice_token_api, LIST_URL)
    ChallengeFactory.create_batch(45)

    assert queries_for(alice_token_api, LIST_URL) == five
    response = alice_token_api.get(LIST_URL)

    assert Challenge.objects.values("author").distinct().count() == 50
    assert len(response.json()["results"]) == 20


# Detail


def test_challenge_detail_api_returns_readable_challenge_of_another(alice_api, bob):
    challenge = ChallengeFactory(author=bob, title="Board meetings run over")

    response = alice_api.get(_url(challenge))

    assert response.status_code == 200
    assert response.json()["title"] == "Board meetings run over"
    assert response.json()["author"]["name"] == bob.get_full_name()


@pytest.mark.parametrize("method", ["get", "patch", "put", "delete"])
def test_challenge_detail_api_is_404_for_staff_only_challenge_of_another(alice_api, bob, method):
    challenge = ChallengeFactory(author=bob, title="Confidential funding gap", visibility="staff")
    before = Challenge.objects.values().get(pk=challenge.pk)

    response = getattr(alice_api, method)(_url(challenge), _payload(title="Mine"), format="json")

    assert response.status_code == 404
    assert "Confidential funding gap" not in response.content.decode()
    assert Challenge.objects.values().get(pk=challenge.pk) == before


def test_challenge_detail_api_returns_staff_only_challenge_to_author_and_staff(
    alice_api, alice, staff_api
):
    challenge = ChallengeFactory(author=alice, title="My confidential worry", visibility="staff")

    assert alice_api.get(_url(challenge)).json()["title"] == "My confidential worry"
    assert staff_api.get(_url(challenge)).json()["title"] == "My confidential worry"


def test_challenge_detail_api_is_404_for_unknown_id(alice_api):
    response = alice_api.get(reverse("api_challenge", args=[999999]))

    assert response.status_code == 404


# Create


def test_challenge_create_api_creates_own_challenge_with_normalised_tags(alice_api, alice):
    response = alice_api.post(LIST_URL, _payload(visibility="staff"), format="json")

    assert response.status_code == 201
    challenge = Challenge.objects.get()
    assert response.json()["id"] == challenge.pk
    assert response.json()["tags"] == ["volunteer-retention", "onboarding"]
    assert response.json()["is_mine"] is True
    assert challenge.author == alice
    assert challenge.tags == ["volunteer-retention", "onboarding"]
    assert challenge.visibility == "staff"


def test_challenge_create_api_defaults_status_and_visibility(alice_api):
    payload = _payload()
    del payload["status"], payload["visibility"], payload["tags"]

    response = alice_api.post(LIST_URL, payload, format="json")

    assert response.status_code == 201
    challenge = Challenge.objects.get()
    assert (challenge.status, challenge.visibility, challenge.tags) == ("open", "members", [])


def test_challenge_create_api_ignores_an_author_in_the_payload(alice_api, alice, bob):
    response = alice_api.post(LIST_URL, {**_payload(), "author": bob.pk}, format="json")

    assert response.status_code == 201
    assert Challenge.objects.get().author == alice


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "   "}, "title"),
        ({"title": "x" * 141}, "title"),
        ({"description": ""}, "description"),
        ({"tags": [f"tag-{n}" for n in range(11)]}, "tags"),
        ({"status": "abandoned"}, "status"),
        ({"visibility": "public"}, "visibility"),
    ],
)
def test_challenge_create_api_rejects_invalid_field_with_400_and_writes_nothing(
    alice_api, overrides, field
):
    response = alice_api.post(LIST_URL, _payload(**overrides), format="json")

    assert response.status_code == 400
    assert field in response.json()
    assert Challenge.objects.count() == 0


@pytest.mark.parametrize("field", ["title", "description"])
def test_challenge_create_api_requires_title_and_description(alice_api, field):
    payload = _payload()
    del payload[field]

    response = alice_api.post(LIST_URL, payload, format="json")

    assert response.status_code == 400
    assert response.json()[field] == ["This field is required."]
    assert Challenge.objects.count() == 0


def test_challenge_create_api_rejects_duplicate_title_of_same_author(alice_api, alice):
    ChallengeFactory(author=alice, title="Volunteers drift away after onboarding")

    response = alice_api.post(LIST_URL, _payload(), format="json")

    assert response.status_code == 400
    assert response.json() == {"title": ["You already have a challenge with this title."]}
    assert Challenge.objects.count() == 1


def test_challenge_create_api_allows_title_another_member_already_used(alice_api, bob):
    ChallengeFactory(author=bob, title="Volunteers drift away after onboarding")

    response = alice_api.post(LIST_URL, _payload(), format="json")

    assert response.status_code == 201
    assert Challenge.objects.count() == 2


@pytest.mark.parametrize("param", ["q", "status", "tag", "industry"])
def test_challenge_list_api_refuses_nul_in_a_filter_with_400_naming_it(alice_api, param):
    response = alice_api.get(LIST_URL, {param: "a\x00b"})

    assert response.status_code == 400
    assert param in response.json()


@pytest.mark.parametrize(("param", "value"), [("status", "wizard"), ("mine", "perhaps")])
def test_challenge_list_api_refuses_an_unknown_filter_value_with_400(alice_api, param, value):
    response = alice_api.get(LIST_URL, {param: value})

    assert response.status_code == 400
    assert param in response.json()


def test_challenge_list_api_searches_the_first_200_characters_of_a_long_query(alice_api):
    ChallengeFactory(title="Volunteers drift away")

    response = alice_api.get(LIST_URL, {"q": "volunteers" + " " * 200 + "unmatched words"})

    assert response.status_code == 200
    assert _titles(response) == ["Volunteers drift away"]


def test_challenge_list_api_shows_a_staff_author_without_profile(alice_api):
    staff = factories.UserFactory(is_staff=True)
    ChallengeFactory(author=staff, title="From the team")

    response = alice_api.get(LIST_URL)

    assert response.status_code == 200
    assert response.json()["results"][0]["author"] == {
        "id": None,
        "name": staff.get_full_name(),
        "organisation": "",
        "industry": "",
        "function": "",
    }


# Update and delete


def test_challenge_update_api_patches_own_challenge(alice_api, alice):
    challenge = ChallengeFactory(author=alice, title="Old title", status="open")

    response = alice_api.patch(
        _url(challenge), {"status": "solved", "tags": ["Board Governance"]}, format="json"
    )

    assert response.status_code == 200
    assert response.json()["status"] == "solved"
    challenge.refresh_from_db()
    assert challenge.status == "solved"
    assert challenge.tags == ["board-governance"]
    assert challenge.title == "Old title"


def test_challenge_update_api_puts_own_challenge(alice_api, alice):
    challenge = ChallengeFactory(author=alice, title="Old title")

    response = alice_api.put(_url(challenge), _payload(title="New title"), format="json")

    assert response.status_code == 200
    challenge.refresh_from_db()
    assert challenge.title == "New title"
    assert challenge.tags == ["volunteer-retention", "onboarding"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 141}, "title"),
        ({"description": ""}, "description"),
        ({"tags": [f"tag-{n}" for n in range(11)]}, "tags"),
        ({"status": "abandoned"}, "status"),
    ],
)
def test_challenge_update_api_rejects_invalid_field_with_400_and_changes_nothing(
    alice_api, alice, changes, field
):
    challenge = ChallengeFactory(author=alice, title="Old title", tags=["retention"])
    before = Challenge.objects.values().get(pk=challenge.pk)

    response = alice_api.patch(_url(challenge), changes, format="json")

    assert response.status_code == 400
    assert field in response.json()
    assert Challenge.objects.values().get(pk=challenge.pk) == before


def test_challenge_update_api_rejects_title_of_another_own_challenge(alice_api, alice):
    ChallengeFactory(author=alice, title="First challenge")
    challenge = ChallengeFactory(author=alice, title="Second challenge")

    response = alice_api.patch(_url(challenge), {"title": "First challenge"}, format="json")

    assert response.status_code == 400
    assert response.json() == {"title": ["You already have a challenge with this title."]}
    assert Challenge.objects.get(pk=challenge.pk).title == "Second challenge"


@pytest.mark.parametrize("method", ["patch", "put", "delete"])
def test_challenge_detail_api_refuses_changes_by_another_member_with_403(bob_api, alice, method):
    challenge = ChallengeFactory(author=alice, title="Alice's worry")
    before = Challenge.objects.values().get(pk=challenge.pk)

    response = getattr(bob_api, method)(_url(challenge), _payload(title="Bob's now"), format="json")

    assert response.status_code == 403
    assert Challenge.objects.values().get(pk=challenge.pk) == before


def test_challenge_detail_api_refuses_changes_by_staff_who_are_not_the_author(staff_api, alice):
    challenge = ChallengeFactory(author=alice, status="open")

    patch = staff_api.patch(_url(challenge), {"status": "archived"}, format="json")
    delete = staff_api.delete(_url(challenge))

    assert (patch.status_code, delete.status_code) == (403, 403)
    assert Challenge.objects.get(pk=challenge.pk).status == "open"


def test_challenge_delete_api_deletes_own_challenge(alice_api, alice):
    challenge = ChallengeFactory(author=alice)
    other = ChallengeFactory()

    response = alice_api.delete(_url(challenge))

    assert response.status_code == 204
    assert list(Challenge.objects.all()) == [other]


def test_challenge_update_api_patch_answers_every_author_field_without_organisation(alice_api):
    alice = factories.member(organisation=None, industry=None)
    alice_api.force_authenticate(alice)
    challenge = ChallengeFactory(author=alice)

    response = alice_api.patch(_url(challenge), {}, format="json")

    assert response.status_code == 200
    assert response.json()["author"] == {
        "id": alice.profile.pk,
        "name": alice.get_full_name(),
        "organisation": "",
        "industry": "",
        "function": alice.profile.function.slug,
    }
