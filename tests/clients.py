"""Signed-in test clients: one way to make them, for fixtures and tests alike."""

from typing import Literal

import pytest
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

ClientKind = Literal["page", "api", "token"]


def signed_in(user, kind: ClientKind = "page") -> Client | APIClient:
    """A client signed in as ``user``:

    - ``"page"``: Django's test client with a session, for the site and the admin;
    - ``"api"``: DRF's client authenticated as the user;
    - ``"token"``: DRF's client sending the user's API token, so each request loads the
      user afresh, as in production.
    """
    if kind == "page":
        client = Client()
        client.force_login(user)
        return client
    api = APIClient()
    if kind == "api":
        api.force_authenticate(user)
    else:
        token, _ = Token.objects.get_or_create(user=user)
        api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return api


def signed_in_fixture(person: str, kind: ClientKind):
    """A fixture giving ``signed_in(<the person fixture>, kind)``; conftest files name
    the ones most tests use (``alice_client``, ``bob_api``...)."""

    def fixture(request):
        return signed_in(request.getfixturevalue(person), kind)

    fixture.__doc__ = f"{person.capitalize()} signed in ({kind} client)."
    return pytest.fixture(fixture)
