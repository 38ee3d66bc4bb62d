import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from members.models import Profile, User
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_signup_creates_account_with_profile_and_sends_verification(client):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "Nia@Example.org",
            "first_name": "Nia",
            "last_name": "Obi",
            "password1": "a-long-pass-phrase-42",
            "password2": "a-long-pass-phrase-42",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="nia@example.org")
    assert (user.first_name, user.last_name) == ("Nia", "Obi")
    assert Profile.objects.filter(user=user).exists()
    assert len(mail.outbox) == 1
    assert "nia@example.org" in mail.outbox[0].to


def test_signup_errors_are_shown_and_nothing_is_created(client, alice):
    response = client.post(
        reverse("account_signup"),
        {
            "email": alice.email,
            "first_name": "",
            "last_name": "X",
            "password1": "short",
            "password2": "different",
        },
    )
    assert response.status_code == 200
    # An existing address is not revealed (allauth prevents account enumeration).
    assert set(response.context["form"].errors) >= {"first_name", "password1"}
    assert User.objects.filter(email=alice.email).count() == 1


def test_unverified_account_cannot_log_in_until_verified(client):
    client.post(
        reverse("account_signup"),
        {
            "email": "kai@example.org",
            "first_name": "Kai",
            "last_name": "Li",
            "password1": "a-long-pass-phrase-42",
            "password2": "a-long-pass-phrase-42",
        },
    )
    client.logout()
    response = client.post(
        reverse("account_login"), {"login": "kai@example.org", "password": "a-long-pass-phrase-42"}
    )
    assert response.status_code == 302
    assert "confirm-email" in response["Location"] or "verification" in response["Location"]
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    client.post(link.split("testserver", 1)[-1])
    response = client.post(
        reverse("account_login"), {"login": "kai@example.org", "password": "a-long-pass-phrase-42"}
    )
    assert response.status_code == 302
    # a new account has no membership yet: it lands where it can apply for one
    assert response["Location"] == reverse("membership")


def test_login_with_email_and_logout(client, alice):
    EmailAddress.objects.create(user=alice, email=alice.email, verified=True, primary=True)
    response = client.post(reverse("account_login"), {"login": alice.email, "password": PASSWORD})
    assert response["Location"] == reverse("dashboard")
    assert client.get(reverse("dashboard")).status_code == 200
    client.post(reverse("account_logout"))
    assert client.get(reverse("dashboard")).status_code == 302


def test_password_reset_sends_mail(client, alice):
    client.post(reverse("account_reset_password"), {"email": alice.email})
    assert len(mail.outbox) == 1
    assert "password" in mail.outbox[0].subject.lower()
