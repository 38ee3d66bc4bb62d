import pytest
from allauth.account.models import EmailAddress
from rest_framework.authtoken.models import Token

from members.models import Profile
from tests.factories import PASSWORD, IndustryFactory, member

pytestmark = pytest.mark.django_db


def test_my_profile_read(alice_token_api, alice):
    data = alice_token_api.get("/api/v1/me/profile/").json()
    assert data["email"] == alice.email
    assert data["industry"] == alice.profile.industry.slug
    assert 0 <= data["completeness"] <= 100


def test_my_profile_update(alice_token_api, alice):
    industry = IndustryFactory(name="Retail")
    response = alice_token_api.patch(
        "/api/v1/me/profile/",
        {
            "first_name": "Alicia",
            "industry": industry.slug,
            "expertise": ["pricing", "Pricing"],
            "organisation_name": "Corner Shops Ltd",
        },
        format="json",
    )
    assert response.status_code == 200, response.json()
    assert response.json()["organisation"] == "Corner Shops Ltd"
    profile = Profile.objects.select_related("user").get(user=alice)
    assert (profile.user.first_name, profile.industry, profile.expertise) == (
        "Alicia",
        industry,
        ["pricing"],
    )


def test_my_profile_bad_input_gives_field_errors_and_writes_nothing(alice_token_api, alice):
    before = Profile.objects.get(user=alice)
    response = alice_token_api.patch(
        "/api/v1/me/profile/",
        {
            "industry": "no-such-industry",
            "seniority": "wizard",
            "timezone": "Mars/Base",
            "headline": "ok",
        },
        format="json",
    )
    assert response.status_code == 400
    assert {"industry", "seniority", "timezone"} <= set(response.json())
    assert Profile.objects.get(user=alice).headline == before.headline


def test_my_profile_empty_patch_without_organisation_answers_the_whole_profile(api):
    loner = member(organisation=None, industry=None)
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=loner).key}")

    response = api.patch("/api/v1/me/profile/", {}, format="json")

    assert response.status_code == 200
    assert response.json()["organisation"] == ""
    assert response.json() == api.get("/api/v1/me/profile/").json()


def test_my_profile_schema_lets_a_patch_leave_everything_out(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    components = schema["components"]["schemas"]

    assert "required" not in components["PatchedMyProfileRequest"]
    assert "organisation" in components["MyProfile"]["required"]


def test_api_refuses_visitor_with_401_and_lapsed_with_403(api, lapsed):
    for url in ["/api/v1/members/", "/api/v1/me/profile/"]:
        response = api.get(url)
        assert response.status_code == 401
        assert "results" not in response.json()
    api.force_authenticate(lapsed)
    response = api.get("/api/v1/members/")
    assert response.status_code == 403
    assert "membership" in response.json()["detail"]


def test_directory_api_lists_without_contact_details(alice_token_api, alice, bob, lapsed):
    data = alice_token_api.get("/api/v1/members/").json()
    ids = {row["id"] for row in data["results"]}
    assert ids == {alice.profile.pk, bob.profile.pk}
    assert "email" not in data["results"][0]
    assert alice_token_api.get(f"/api/v1/members/{lapsed.profile.pk}/").status_code == 404
    assert (
        alice_token_api.get(f"/api/v1/members/{bob.profile.pk}/").json()["name"]
        == bob.get_full_name()
    )


def test_directory_api_search_and_filter(alice_token_api):
    wanted = member(expertise=["supplier audits"], seniority="executive")
    member(expertise=["supplier audits"], seniority="junior")
    data = alice_token_api.get(
        "/api/v1/members/", {"q": "supplier", "seniority": "executive"}
    ).json()
    assert [row["id"] for row in data["results"]] == [wanted.profile.pk]


@pytest.mark.parametrize("param", ["q", "industry", "function", "seniority"])
def test_directory_api_refuses_nul_in_a_filter_with_400_naming_it(alice_token_api, param):
    response = alice_token_api.get("/api/v1/members/", {param: "a\x00b"})

    assert response.status_code == 400
    assert param in response.json()


def test_directory_api_refuses_an_unknown_seniority_with_400(alice_token_api):
    response = alice_token_api.get("/api/v1/members/", {"seniority": "wizard"})

    assert response.status_code == 400
    assert "seniority" in response.json()


def test_directory_api_query_count_independent_of_size(alice_token_api, queries_for):
    for _ in range(4):
        member()
    five = queries_for(alice_token_api, "/api/v1/members/?page_size=50")
    for _ in range(45):
        member()
    assert queries_for(alice_token_api, "/api/v1/members/") == five


def test_token_endpoint_and_token_auth(api, alice):
    EmailAddress.objects.create(user=alice, email=alice.email, verified=True, primary=True)
    response = api.post("/api/v1/auth/token/", {"email": alice.email, "password": PASSWORD})
    assert response.status_code == 200
    api.credentials(HTTP_AUTHORIZATION=f"Token {response.json()['token']}")
    assert api.get("/api/v1/me/profile/").json()["email"] == alice.email


def test_token_endpoint_refuses_unverified_email(api, alice):
    response = api.post("/api/v1/auth/token/", {"email": alice.email, "password": PASSWORD})
    assert response.status_code == 400
    assert "Verify your e-mail" in response.json()["non_field_errors"][0]
    assert not Token.objects.filter(user=alice).exists()


def test_token_endpoint_wrong_password_is_400(api, alice):
    response = api.post("/api/v1/auth/token/", {"email": alice.email, "password": "nope"})
    assert response.status_code == 400
    assert "non_field_errors" in response.json()
