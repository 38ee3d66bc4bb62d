"""One login lockout per account and per IP, shared by the site's login, the Wagtail
admin's login and the API token endpoint."""

import time
import uuid

import pytest
import redis
from allauth.account.models import EmailAddress
from django.test import Client, RequestFactory
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from members.services import (
    login_attempt_check,
    login_client_ip,
    login_failure_record,
    login_success_record,
)
from tests import factories
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

LOCKED = "Too many failed attempts. Try again in 15 minutes."


@pytest.fixture(autouse=True)
def limits(settings):
    settings.LOGIN_FAILURES_PER_ACCOUNT = 3
    settings.LOGIN_FAILURES_PER_IP = 10
    settings.LOGIN_LOCKOUT_SECONDS = 15 * 60
    return settings


@pytest.fixture
def staff_member(db):
    """Staff with a verified address, so every entry point would let them in."""
    user = factories.UserFactory(is_staff=True, is_superuser=True, email="sam@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def site_login(email: str, password: str, ip: str = "127.0.0.1"):
    client = Client(REMOTE_ADDR=ip)
    response = client.post(reverse("account_login"), {"login": email, "password": password})
    return response, client


def admin_login(email: str, password: str, ip: str = "127.0.0.1"):
    client = Client(REMOTE_ADDR=ip)
    response = client.post(reverse("wagtailadmin_login"), {"username": email, "password": password})
    return response, client


def api_token(email: str, password: str, ip: str = "127.0.0.1"):
    client = APIClient(REMOTE_ADDR=ip)
    return client.post("/api/v1/auth/token/", {"email": email, "password": password}), client


ENTRY_POINTS = {"site": site_login, "admin": admin_login, "api": api_token}


def assert_refused(entry: str, email: str, password: str = PASSWORD, ip: str = "127.0.0.1"):
    response, client = ENTRY_POINTS[entry](email, password, ip)
    if entry == "api":
        assert response.status_code == 429
        assert response.json() == {"detail": LOCKED}
        assert 0 < int(response["Retry-After"]) <= 15 * 60
    else:
        assert response.status_code == 200
        assert LOCKED in response.content.decode()
        assert "_auth_user_id" not in client.session


def assert_let_in(entry: str, email: str, password: str = PASSWORD, ip: str = "127.0.0.1"):
    response, client = ENTRY_POINTS[entry](email, password, ip)
    if entry == "api":
        assert response.status_code == 200, response.content
        assert "token" in response.json()
    else:
        assert response.status_code == 302, response.content
        assert "_auth_user_id" in client.session


def fail(entry: str, email: str, times: int, ip: str = "127.0.0.1"):
    return [ENTRY_POINTS[entry](email, "wrong-password", ip)[0] for _ in range(times)]


@pytest.mark.parametrize("failed_on", ["site", "admin", "api"])
def test_lockout_on_one_entry_point_refuses_the_right_password_on_all(failed_on, staff_member):
    # given three wrong passwords on one entry point
    responses = fail(failed_on, staff_member.email, 3)

    # then the first two were plain wrong passwords and the third started the lockout
    if failed_on == "api":
        assert [r.status_code for r in responses] == [400, 400, 429]
    else:
        assert [LOCKED in r.content.decode() for r in responses] == [False, False, True]
    # and the right password gets in nowhere, and no token is issued
    for entry in ENTRY_POINTS:
        assert_refused(entry, staff_member.email)
    assert not Token.objects.filter(user=staff_member).exists()


def test_failures_on_different_entry_points_add_up(staff_member):
    fail("site", staff_member.email, 1)
    fail("admin", staff_member.email, 1)
    fail("api", staff_member.email, 1)

    assert_refused("api", staff_member.email)


def test_right_password_before_the_limit_clears_the_accounts_failures(staff_member):
    fail("api", staff_member.email, 2)
    assert_let_in("site", staff_member.email)

    fail("admin", staff_member.email, 2)

    assert_let_in("api", staff_member.email)
    assert_let_in("admin", staff_member.email)


def test_lockout_is_per_account_also_for_addresses_nobody_has(staff_member):
    # given an address without an account locked out (no hint whether it exists)
    responses = fail("api", "nobody@example.org", 3)
    assert responses[-1].status_code == 429

    # then other accounts from the same address are unaffected
    assert_let_in("api", staff_member.email)


def test_ip_lockout_spans_accounts_and_a_success_does_not_reset_it(limits, staff_member, alice):
    limits.LOGIN_FAILURES_PER_IP = 4
    attacker, elsewhere = "203.0.113.9", "198.51.100.7"
    # given guesses at several accounts from one address, with a valid login in between
    fail("api", "a@example.org", 2, ip=attacker)
    fail("site", "b@example.org", 1, ip=attacker)
    assert_let_in("api", staff_member.email, ip=attacker)
    fail("admin", "c@example.org", 1, ip=attacker)

    # then that address is locked out of every account, even with the right password
    for entry in ENTRY_POINTS:
        assert_refused(entry, staff_member.email, ip=attacker)
    # and the same accounts still log in from elsewhere
    assert_let_in("site", staff_member.email, ip=elsewhere)
    assert_let_in("admin", staff_member.email, ip=elsewhere)


def test_lockout_ends_after_lockout_seconds(monkeypatch):
    # the local-memory cache's expiry and the service both read time.time
    now = [time.time()]
    monkeypatch.setattr(time, "time", lambda: now[0])
    for _ in range(3):
        lockout = login_failure_record(email="kim@example.org", ip="192.0.2.1")
    assert lockout is not None
    assert lockout.retry_after == 15 * 60

    now[0] += 10 * 60
    assert login_attempt_check(email="kim@example.org", ip="192.0.2.1").retry_after == 5 * 60
    assert login_attempt_check(email="kim@example.org", ip="192.0.2.1").message == (
        "Too many failed attempts. Try again in 5 minutes."
    )

    now[0] += 5 * 60 + 1
    assert login_attempt_check(email="kim@example.org", ip="192.0.2.1") is None
    # and the account starts again with its full allowance
    login_failure_record(email="kim@example.org", ip="192.0.2.1")
    assert login_failure_record(email="kim@example.org", ip="192.0.2.1") is None


def test_failures_count_within_the_window_from_the_first(monkeypatch):
    now = [time.time()]
    monkeypatch.setattr(time, "time", lambda: now[0])
    login_failure_record(email="kim@example.org", ip="192.0.2.1")
    login_failure_record(email="kim@example.org", ip="192.0.2.1")

    now[0] += 15 * 60 + 1

    assert login_failure_record(email="kim@example.org", ip="192.0.2.1") is None


def test_account_is_the_address_whatever_its_case(limits):
    login_failure_record(email="Kim@Example.org", ip="192.0.2.1")
    login_failure_record(email="kim@example.org ", ip="192.0.2.2")
    assert login_failure_record(email="KIM@example.org", ip="192.0.2.3") is not None
    login_success_record(email="other@example.org", ip="192.0.2.3")
    assert login_attempt_check(email="kim@example.org", ip="192.0.2.4") is not None


def test_a_limit_of_zero_counts_nothing(limits):
    limits.LOGIN_FAILURES_PER_ACCOUNT = 0
    for _ in range(5):
        assert login_failure_record(email="kim@example.org", ip=f"192.0.2.{_}") is None


def test_client_ip_behind_a_trusted_proxy_and_ipv6_networks(settings):
    factory = RequestFactory()
    request = factory.post("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert login_client_ip(request) == "10.0.0.2"

    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    assert login_client_ip(request) == "203.0.113.9"

    request = factory.post("/", REMOTE_ADDR="2001:db8:1:2:3:4:5:6")
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    assert login_client_ip(request) == "2001:db8:1:2::"


def test_ipv4_clients_on_a_dual_stack_socket_are_told_apart():
    factory = RequestFactory()
    one = factory.post("/", REMOTE_ADDR="::ffff:203.0.113.9")
    other = factory.post("/", REMOTE_ADDR="::ffff:198.51.100.7")
    assert login_client_ip(one) == "203.0.113.9"
    assert login_client_ip(other) == "198.51.100.7"


def test_lockout_is_kept_in_redis_for_every_process(settings, redis_url, staff_member):
    # given the deployments' cache: Redis, under a prefix of this test's own
    prefix = f"test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": prefix,
        }
    }
    client = redis.Redis.from_url(redis_url)
    try:
        # when the account is locked out through the API
        fail("api", staff_member.email, 3)

        # then the lock is in Redis, expiring with the lockout
        keys = client.keys(f"{prefix}:*login-throttle:locked:*")
        assert len(keys) == 1
        assert 0 < client.ttl(keys[0]) <= 15 * 60
        # and the other entry points refuse the right password
        assert_refused("site", staff_member.email)
        assert_refused("admin", staff_member.email)
    finally:
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)
        client.close()
