"""Content-Security-Policy and Permissions-Policy on the site, the admin and the API docs.

Both are declared in base settings, so the test settings send what production sends.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

DENIED_FEATURES = ("camera", "microphone", "geolocation", "payment", "usb")


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = (part.split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in directives}


def assert_nothing_external(csp: dict[str, list[str]]) -> None:
    sources = [source for values in csp.values() for source in values]
    assert not [s for s in sources if "://" in s or s in ("*", "https:", "http:")], sources


def assert_features_denied(response) -> None:
    features = dict(
        item.strip().split("=", 1) for item in response["Permissions-Policy"].split(",")
    )
    for feature in DENIED_FEATURES:
        assert features[feature] == "()"


class InlineCode(HTMLParser):
    """Collects what a strict CSP refuses: inline scripts, <style>, style and on… attributes."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        names = {name for name, _ in attrs}
        if tag == "script" and "src" not in names:
            if dict(attrs).get("type") != "application/json":  # data, never run
                self.found.append(self.get_starttag_text())
        if tag == "style":
            self.found.append("<style>")
        self.found += [f"{tag} {n}=" for n in names if n == "style" or n.startswith("on")]


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


@pytest.mark.parametrize("path", ["/dashboard/", "/profile/", "/challenges/", "/members/"])
def test_member_pages_send_a_strict_csp_and_need_nothing_inline(alice_client, path):
    response = alice_client.get(path)

    assert response.status_code == 200
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert_nothing_external(csp)
    assert_features_denied(response)
    assert inline_code(response.content.decode()) == []


def test_login_page_sends_both_headers(client):
    response = client.get("/accounts/login/")

    assert policy(response)["script-src"] == ["'self'"]
    assert_features_denied(response)
    assert inline_code(response.content.decode()) == []


def test_site_templates_have_no_inline_scripts_styles_or_handlers():
    apps = ("core", "members", "challenges", "matching", "cms")
    roots = [settings.BASE_DIR / app for app in apps]
    templates = [path for root in roots for path in Path(root).rglob("templates/**/*.html")]
    assert templates
    found = {
        str(path.relative_to(settings.BASE_DIR)): inline_code(path.read_text())
        for path in templates
    }
    assert {path: code for path, code in found.items() if code} == {}


def test_admin_adds_unsafe_inline_for_itself_and_nothing_external(staff_client):
    response = staff_client.get("/admin/")

    assert response.status_code == 200
    csp = policy(response)
    # Wagtail 8 still renders inline scripts (date choosers, InlinePanel) and styles
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["connect-src"] == ["'self'"]
    assert_nothing_external(csp)
    assert_features_denied(response)
    # and the dashboard does not ask releases.wagtail.org for new versions
    assert "w-upgrade" not in response.content.decode()


@pytest.mark.parametrize("url", ["/admin/login/", "/admin/password_reset/"])
def test_admin_pages_open_to_anyone_get_the_strict_policy(client, url):
    response = client.get(url)

    assert response.status_code == 200
    assert policy(response)["script-src"] == ["'self'"]
    assert_features_denied(response)


def test_admin_pages_behind_the_login_get_the_admin_policy(staff_client):
    response = staff_client.get("/admin/")

    assert policy(response)["script-src"] == ["'self'", "'unsafe-inline'"]


def test_api_docs_run_from_our_own_files_without_inline_code(client):
    response = client.get("/api/docs/")

    assert response.status_code == 200
    csp = policy(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    # Swagger UI's icons are data: images
    assert csp["img-src"] == ["'self'", "data:"]
    assert_nothing_external(csp)
    assert_features_denied(response)
    html = response.content.decode()
    assert inline_code(html) == []
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    # the set-up script comes from the same view
    scripts = re.findall(r'<script src="([^"]+)"', html)
    setup = client.get(scripts[-1])
    assert setup.status_code == 200
    assert setup["Content-Type"].startswith("application/javascript")
    assert "SwaggerUIBundle" in setup.content.decode()


def test_api_responses_send_the_permissions_policy(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/json")

    assert_features_denied(response)
