import pytest
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient


@pytest.fixture
def bob_client(bob):
    client = Client()
    client.force_login(bob)
    return client


@pytest.fixture
def staff_client(staff):
    client = Client()
    client.force_login(staff)
    return client


@pytest.fixture
def lapsed_client(lapsed):
    client = Client()
    client.force_login(lapsed)
    return client


@pytest.fixture
def lapsed_api(lapsed):
    client = APIClient()
    client.force_authenticate(lapsed)
    return client


@pytest.fixture
def staff_api(staff):
    client = APIClient()
    client.force_authenticate(staff)
    return client


@pytest.fixture
def alice_token_api(alice):
    """Alice signed in with her API token, so each request loads her afresh, as in production."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=alice).key}")
    return client
