from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from members.models import Profile
from tests.factories import (
    ChallengeFactory,
    FunctionFactory,
    IndustryFactory,
    MembershipFactory,
    PlanFactory,
    ProfileFactory,
    member,
)

pytestmark = pytest.mark.django_db


def profile_post(**overrides):
    data = {
        "first_name": "Alice",
        "last_name": "Ng",
        "organisation_name": "Harbour Trust",
        "headline": "Head of Operations",
        "industry": "",
        "function": "",
        "seniority": "senior",
        "bio": "I run volunteer programmes.",
        "expertise": "volunteer retention, rostering",
        "goals": "Meet peers",
        "location": "Leeds, UK",
        "timezone": "Europe/London",
        "open_to_introductions": "on",
    }
    data.update(overrides)
    return data


def test_profile_edit_saves_and_shows_message(alice_client, alice):
    industry = IndustryFactory(name="Nonprofit & Charities")
    response = alice_client.post(
        reverse("profile_edit"), profile_post(industry=industry.pk), follow=True
    )
    assert "Your profile is saved." in response.content.decode()
    profile = Profile.objects.get(user=alice)
    assert profile.organisation.name == "Harbour Trust"
    assert profile.expertise == ["volunteer retention", "rostering"]
    assert profile.industry == industry
    assert profile.timezone == "Europe/London"


def test_profile_edit_shows_field_errors_and_saves_nothing(alice_client, alice):
    before = Profile.objects.get(user=alice)
    response = alice_client.post(
        reverse("profile_edit"),
        profile_post(
            first_name="",
            headline="x" * 200,
            timezone="Nowhere/City",
            seniority="wizard",
        ),
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert {"first_name", "headline", "timezone", "seniority"} <= set(form.errors)
    assert "This field is required." in response.content.decode()
    after = Profile.objects.get(user=alice)
    assert (after.headline, after.timezone, after.seniority) == (
        before.headline,
        before.timezone,
        before.seniority,
    )


def test_profile_edit_open_to_lapsed_members(client, lapsed):
    client.force_login(lapsed)
    assert client.get(reverse("profile_edit")).status_code == 200


def test_api_token_regenerate_replaces_token(alice_client, alice):
    alice_client.post(reverse("api_token_regenerate"))
    first = alice.auth_token.key
    alice_client.post(reverse("api_token_regenerate"))
    alice.refresh_from_db()
    assert alice.auth_token.key != first


def test_directory_lists_members_in_good_standing_only(alice_client, alice, bob, lapsed):
    response = alice_client.get(reverse("directory"))
    profiles = list(response.context["page"])
    assert {p.user for p in profiles} == {alice, bob}


def test_directory_search_finds_by_expertise_organisation_and_name(alice_client):
    # Names fixed: two random ones can share a surname.
    target = member(
        expertise=["volunteer retention"],
        organisation__name="Harbour Trust",
        user__last_name="Quintavalle",
    )
    other = member(expertise=["tax law"], user__last_name="Okonkwo")
    for q in ["volunteer", "Harbour", target.last_name]:
        shown = {p.user for p in alice_client.get(reverse("directory"), {"q": q}).context["page"]}
        assert target in shown, q
        assert other not in shown, q


def test_directory_filters_by_industry_function_and_seniority(alice_client):
    health = IndustryFactory(name="Healthcare")
    finance = FunctionFactory(name="Finance")
    wanted = member(organisation__industry=health, function=finance, seniority="director")
    member(organisation__industry=health, function=finance, seniority="junior")
    member(function=finance, seniority="director")
    page = alice_client.get(
        reverse("directory"),
        {"industry": health.slug, "function": finance.slug, "seniority": "director"},
    ).context["page"]
    assert [p.user for p in page] == [wanted]


def test_directory_empty_state(alice_client):
    body = alice_client.get(reverse("directory"), {"q": "zzzz-nobody"}).content.decode()
    assert "No members match these filters." in body


def test_directory_paginates(alice_client, settings):
    settings.DIRECTORY_PAGE_SIZE = 5
    ProfileFactory.create_batch(1)
    for _ in range(7):
        member()
    response = alice_client.get(reverse("directory"), {"page": 2})
    assert response.context["page"].number == 2
    assert len(response.context["page"]) == 3  # 8 members with alice: 5 + 3


def test_directory_query_count_independent_of_page_size(alice_client, settings, queries_for):
    settings.DIRECTORY_PAGE_SIZE = 100
    for _ in range(4):
        member()
    five = queries_for(alice_client, reverse("directory"))
    for _ in range(45):
        member()
    assert queries_for(alice_client, reverse("directory")) == five


def test_member_detail_shows_profile_and_hides_lapsed(alice_client, bob, lapsed):
    response = alice_client.get(reverse("member_detail", args=[bob.profile.pk]))
    assert response.status_code == 200
    assert bob.get_full_name() in response.content.decode()
    assert bob.email not in response.content.decode()
    assert alice_client.get(reverse("member_detail", args=[lapsed.profile.pk])).status_code == 404


def test_member_pages_refuse_lapsed_and_visitors(client, lapsed, bob):
    for url in [reverse("directory"), reverse("member_detail", args=[bob.profile.pk])]:
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(lapsed)
    for url in [reverse("directory"), reverse("member_detail", args=[bob.profile.pk])]:
        response = client.get(url)
        assert response.status_code == 403
        assert bob.get_full_name() not in response.content.decode()


def test_membership_page_and_plans_page(alice_client, plan, client):
    body = alice_client.get(reverse("membership")).content.decode()
    assert "Active" in body
    assert plan.name in client.get(reverse("plans")).content.decode()


def test_member_detail_query_count_does_not_grow_with_challenges(alice_client, bob, queries_for):
    url = reverse("member_detail", args=[bob.profile.pk])
    for _ in range(5):
        ChallengeFactory(author=bob)
    five = queries_for(alice_client, url)
    for _ in range(30):
        ChallengeFactory(author=bob)
    assert queries_for(alice_client, url) == five


def test_membership_page_query_count_does_not_grow_with_history(
    alice_client, alice, plan, queries_for
):
    url = reverse("membership")
    few = queries_for(alice_client, url)
    for year in range(2, 8):
        MembershipFactory(
            user=alice,
            plan=PlanFactory(),
            status="lapsed",
            starts_on=timezone.localdate() - timedelta(days=400 * year),
            ends_on=timezone.localdate() - timedelta(days=400 * year - 300),
        )
    assert queries_for(alice_client, url) == few


def test_account_that_never_joined_is_invited_to_join_not_to_renew(client):
    newcomer = ProfileFactory().user
    client.force_login(newcomer)

    required = client.get(reverse("directory")).content.decode()
    own = client.get(reverse("membership")).content.decode()

    assert "How to join" in required and "renew" not in required
    assert "You have not joined yet" in own and "renew" not in own


def test_lapsed_member_is_told_how_to_renew(lapsed_client):
    required = lapsed_client.get(reverse("directory")).content.decode()
    own = lapsed_client.get(reverse("membership")).content.decode()

    assert "How to renew" in required
    assert "to renew" in own


def test_membership_page_marks_the_members_plan_and_shows_readable_prices(alice_client, alice):
    current = alice.memberships.get()
    PlanFactory(name="Patron", price=Decimal("1200.00"), currency="EUR")

    body = alice_client.get(reverse("membership")).content.decode()

    assert "Your plan" in body.split(current.plan.name, 2)[-1][:80]
    assert "EUR 1,200" in body and "1200.00" not in body
    # one membership: the status card says it all, no history table repeating it
    assert "<h2>History</h2>" not in body


def test_profile_edit_records_that_the_member_gave_consent_themselves(client, db):
    # given a member who has not opted in
    user = member(open_to_introductions=False)
    client.force_login(user)

    # when they tick "open to introductions" on their profile
    client.post(reverse("profile_edit"), profile_post())

    # then the consent is theirs, with its time
    profile = Profile.objects.get(user=user)
    assert profile.open_to_introductions is True
    assert profile.consent_source == "member"
    assert profile.consent_changed_at is not None
    assert profile.consent_is_members_own
