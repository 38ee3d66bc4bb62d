"""One login lockout for every way in: the site's login, the Wagtail admin's and the API token.

Failed passwords are counted per account (the e-mail as typed, whether or not such an
account exists, so the lockout tells nothing about which addresses are registered) and
per client IP, in the shared Django cache (Redis in deployments), so that every web
process and every entry point sees the same counts. ``LOGIN_FAILURES_PER_ACCOUNT``
failures for one e-mail, or ``LOGIN_FAILURES_PER_IP`` from one address, within
``LOGIN_LOCKOUT_SECONDS`` of the first lock further attempts out for
``LOGIN_LOCKOUT_SECONDS``; a locked-out attempt is refused before the password is
checked, so even the right password does not get in.

Each entry point calls ``login_attempt_check`` before authenticating, then
``login_failure_record`` or ``login_success_record``.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import time
from dataclasses import dataclass

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import ngettext

_PREFIX = "login-throttle"
# IPv6 clients usually hold a whole /64: counting single addresses would give each
# attacker billions of fresh counters (allauth truncates the same way).
_IPV6_PREFIX = 64


@dataclass(frozen=True)
class LoginLockout:
    """Attempts are refused for ``retry_after`` more seconds."""

    retry_after: int

    @property
    def minutes(self) -> int:
        return max(1, math.ceil(self.retry_after / 60))

    @property
    def message(self) -> str:
        return ngettext(
            "Too many failed attempts. Try again in %(minutes)d minute.",
            "Too many failed attempts. Try again in %(minutes)d minutes.",
            self.minutes,
        ) % {"minutes": self.minutes}


def login_client_ip(request: HttpRequest) -> str:
    """The client address the limits count against.

    allauth's adapter decides it, so that its own rate limits and ours agree behind
    a proxy (``ALLAUTH_TRUSTED_PROXY_COUNT`` / ``ALLAUTH_TRUSTED_CLIENT_IP_HEADER``).
    """
    ip = get_adapter(request).get_client_ip(request)
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ip
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        # A dual-stack socket shows IPv4 clients as ::ffff:a.b.c.d: each is its own client.
        return str(address.ipv4_mapped)
    if isinstance(address, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network(f"{address}/{_IPV6_PREFIX}", strict=False).network_address)
    return str(address)


def login_attempt_check(*, email: str, ip: str) -> LoginLockout | None:
    """The lockout in force for this e-mail or this IP, or None if an attempt may go ahead."""
    locks = cache.get_many([_lock_key(scope) for scope in _scopes(email=email, ip=ip)])
    if not locks:
        return None
    remaining = max(locks.values()) - time.time()
    if remaining <= 0:
        return None
    return LoginLockout(retry_after=math.ceil(remaining))


def login_failure_record(*, email: str, ip: str) -> LoginLockout | None:
    """Count a wrong password; returns the lockout if this failure started one."""
    for scope, limit in zip(
        _scopes(email=email, ip=ip),
        (settings.LOGIN_FAILURES_PER_ACCOUNT, settings.LOGIN_FAILURES_PER_IP),
        strict=True,
    ):
        if limit and _count_failure(scope) >= limit:
            lockout_seconds = settings.LOGIN_LOCKOUT_SECONDS
            cache.set(_lock_key(scope), time.time() + lockout_seconds, timeout=lockout_seconds)
            # After the lockout the account starts again with its full allowance.
            cache.delete(_failures_key(scope))
    return login_attempt_check(email=email, ip=ip)


def login_success_record(*, email: str, ip: str) -> None:
    """Forget the account's failures after a right password.

    The IP's count stays: one valid account of an attacker's own must not reset the
    count of their guesses at other accounts from the same address.
    """
    account, _ip = _scopes(email=email, ip=ip)
    cache.delete(_failures_key(account))


def _scopes(*, email: str, ip: str) -> tuple[str, str]:
    # Hashed: no e-mail addresses in cache keys (nor the key-length limits of some caches).
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    return f"account:{digest}", f"ip:{ip}"


def _failures_key(scope: str) -> str:
    return f"{_PREFIX}:failures:{scope}"


def _lock_key(scope: str) -> str:
    return f"{_PREFIX}:locked:{scope}"


def _count_failure(scope: str) -> int:
    # add + incr are atomic in Redis and in the local-memory cache, so concurrent
    # guesses in several processes are all counted. The window runs from the first
    # failure (the counter's expiry is not renewed by incr).
    key = _failures_key(scope)
    cache.add(key, 0, timeout=settings.LOGIN_LOCKOUT_SECONDS)
    try:
        return cache.incr(key)
    except ValueError:
        # The window ended between add and incr: this failure opens a new one.
        cache.set(key, 1, timeout=settings.LOGIN_LOCKOUT_SECONDS)
        return 1
