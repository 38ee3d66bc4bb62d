"""What every API endpoint answers to input it cannot use: a 4xx with a JSON body that
says why, never a server error (found by fuzzing the API)."""

import json

import pytest

from core.api.errors import server_error
from matching.models import WorkingGroup, WorkingGroupStatus
from matching.services.introductions import introduction_request
from tests import factories

pytestmark = pytest.mark.django_db

DEEP_ARRAY = "[" * 1000 + "]" * 1000
DEEP_OBJECT = '{"a":' * 1000 + "1" + "}" * 1000


@pytest.fixture
def writes(alice, bob):
    """Every write endpoint, with an object of Alice's where its path names one, and a
    string field of its body."""
    challenge = factories.ChallengeFactory(author=alice)
    introduction = introduction_request(requester=bob, peer=alice, note="Hello")
    group = WorkingGroup.objects.create(
        name="Alarm fatigue", slug="alarm-fatigue", status=WorkingGroupStatus.ACTIVE
    )
    return [
        ("POST", "/api/v1/auth/token/", "email"),
        ("POST", "/api/v1/membership/applications/", "motivation"),
        ("POST", "/api/v1/challenges/", "title"),
        ("PUT", f"/api/v1/challenges/{challenge.pk}/", "title"),
        ("PATCH", f"/api/v1/challenges/{challenge.pk}/", "description"),
        ("POST", "/api/v1/introductions/", "note"),
        ("POST", f"/api/v1/introductions/{introduction.pk}/accept/", "note"),
        ("POST", f"/api/v1/introductions/{introduction.pk}/decline/", "note"),
        ("POST", f"/api/v1/introductions/{introduction.pk}/feedback/", "note"),
        ("PUT", "/api/v1/me/profile/", "headline"),
        ("PATCH", "/api/v1/me/profile/", "industry"),
        ("POST", "/api/v1/notifications/read/", "ids"),
        ("POST", "/api/v1/suggestions/dismissals/", "note"),
        ("POST", f"/api/v1/working-groups/{group.pk}/join/", "note"),
    ]


def _schema_writes(client) -> set[tuple[str, str]]:
    """Writes that take a body (a withdrawal, say, takes none and never reads one)."""
    paths = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()["paths"]
    return {
        (method.upper(), path)
        for path, operations in paths.items()
        for method, operation in operations.items()
        if method in ("post", "put", "patch") and "requestBody" in operation
    }


def test_writes_fixture_covers_every_write_endpoint_of_the_schema(client, writes):
    covered = {(method, path) for method, path, _ in writes}
    templates = {
        (method, "/".join("{id}" if part.isdigit() else part for part in path.split("/")))
        for method, path in covered
    }

    assert templates == _schema_writes(client)


@pytest.mark.parametrize("body", [DEEP_ARRAY, DEEP_OBJECT], ids=["array", "object"])
def test_deeply_nested_json_is_400_on_every_write_endpoint(alice_token_api, writes, body):
    for method, path, _ in writes:
        response = alice_token_api.generic(method, path, body, content_type="application/json")

        assert response.status_code == 400, (method, path, response.content[:200])
        assert "nested too deeply" in response.json()["detail"], (method, path)


def test_nul_in_a_body_string_is_400_naming_the_field_on_every_write_endpoint(
    alice_token_api, writes
):
    for method, path, field in writes:
        value = ["\x00"] if field == "ids" else "a\x00b"

        response = alice_token_api.generic(
            method, path, json.dumps({field: value}), content_type="application/json"
        )

        assert response.status_code == 400, (method, path, response.content[:200])
        assert field in response.json(), (method, path, response.json())
        assert "Null characters are not allowed." in str(response.json()[field])


def test_nul_in_a_looked_up_slug_is_400_not_a_database_error(alice_token_api):
    response = alice_token_api.patch(
        "/api/v1/me/profile/", {"industry": "retail\x00", "function": "x\x00"}
    )

    assert response.status_code == 400
    assert set(response.json()) == {"industry", "function"}


@pytest.mark.parametrize(
    "header", ["Token abc\x00def", "Token \x00", "Bearer abc\x00def", "Token abc def\x00"]
)
def test_nul_in_the_authorization_header_is_400_for_a_visitor(api, header):
    response = api.get("/api/v1/challenges/", HTTP_AUTHORIZATION=header)

    assert response.status_code == 400
    assert "null characters" in response.json()["detail"]


def test_nul_in_the_authorization_header_is_ignored_where_nobody_signs_in(api, alice):
    response = api.post(
        "/api/v1/auth/token/",
        {"email": alice.email, "password": factories.PASSWORD},
        HTTP_AUTHORIZATION="Token abc\x00def",
    )

    # answered on its merits (Alice's e-mail is not verified yet), not for the header
    assert response.status_code == 400
    assert "Verify your e-mail" in str(response.json())
    assert "null characters" not in str(response.json())


def test_nul_in_the_session_cookie_is_a_visitor_not_a_server_error(client):
    client.cookies["sessionid"] = "abcdefghij\x00klm"

    assert client.get("/api/v1/challenges/").status_code == 401
    assert client.get("/").status_code == 200


def test_a_body_that_is_not_json_is_415(alice_token_api):
    response = alice_token_api.post("/api/v1/challenges/", {"title": "A form"}, format="multipart")

    assert response.status_code == 415
    assert "detail" in response.json()


@pytest.mark.parametrize("method", ["get", "put", "post", "delete"])
@pytest.mark.parametrize(
    "path", ["/api/v1/challenges/abc/", "/api/v1/challenges/-1/", "/api/v1/nothing/"]
)
def test_unknown_api_addresses_are_json_404_whatever_the_method(alice_token_api, method, path):
    response = getattr(alice_token_api, method)(path)

    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_api_address_without_its_slash_still_redirects(alice_token_api):
    response = alice_token_api.get("/api/v1/challenges")

    assert response.status_code == 301
    assert response["Location"] == "/api/v1/challenges/"


def test_api_server_error_answers_in_json(rf):
    response = server_error(rf.get("/api/v1/challenges/"))

    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"


def test_site_pages_keep_their_html_404(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


# The schema documents what each endpoint can answer


@pytest.fixture
def schema(client):
    return client.get("/api/schema/", HTTP_ACCEPT="application/json").json()


def _statuses(schema, method: str, path: str) -> set[str]:
    return set(schema["paths"][path][method]["responses"])


def test_schema_documents_the_errors_of_each_endpoint(schema):
    assert _statuses(schema, "get", "/api/v1/challenges/") == {"200", "400", "401", "403", "404"}
    assert _statuses(schema, "post", "/api/v1/challenges/") == {
        "201",
        "400",
        "401",
        "403",
        "415",
    }
    assert _statuses(schema, "delete", "/api/v1/challenges/{id}/") == {
        "204",
        "401",
        "403",
        "404",
    }
    assert _statuses(schema, "get", "/api/v1/me/profile/") == {"200", "401"}
    assert _statuses(schema, "post", "/api/v1/auth/token/") == {"200", "400", "403", "415", "429"}
    assert "404" in _statuses(schema, "post", "/api/v1/suggestions/dismissals/")


def test_schema_error_responses_have_a_json_body(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                if int(status) < 400:
                    continue
                body = response["content"]["application/json"]["schema"]
                expected = "ValidationError" if status == "400" else "Error"
                assert body == {"$ref": f"#/components/schemas/{expected}"}, (method, path)
                assert response["description"], (method, path, status)
    assert schema["components"]["schemas"]["Error"]["required"] == ["detail"]


def test_schema_request_bodies_are_json_only(schema):
    for operations in schema["paths"].values():
        for operation in operations.values():
            if "requestBody" in operation:
                assert set(operation["requestBody"]["content"]) == {"application/json"}
