import pytest
from rest_framework.test import APIClient

from tests import factories


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
    return APIClient()


@pytest.fixture
def alice_api(alice):
    client = APIClient()
    client.force_authenticate(alice)
    return client


@pytest.fixture
def bob_api(bob):
    client = APIClient()
    client.force_authenticate(bob)
    return client


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client
