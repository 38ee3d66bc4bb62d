"""API authentication."""

from rest_framework import authentication
from rest_framework.exceptions import AuthenticationFailed


class TokenAuthentication(authentication.TokenAuthentication):
    """DRF's token authentication (``Authorization: Token <key>``), refusing keys that
    PostgreSQL could not even look up (a NUL character) with a 401 instead of a 500."""

    def authenticate_credentials(self, key):
        if "\x00" in key:
            raise AuthenticationFailed(
                "Invalid token header. Token string should not contain null characters."
            )
        return super().authenticate_credentials(key)
