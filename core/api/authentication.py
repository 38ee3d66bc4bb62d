"""API authentication."""

from rest_framework import authentication
from rest_framework.exceptions import ParseError


class TokenAuthentication(authentication.TokenAuthentication):
    """DRF's token authentication (``Authorization: Token <key>``), refusing an
    Authorization header with a NUL character, which PostgreSQL could not even look up,
    as a malformed request (400) instead of a 500."""

    def authenticate(self, request):
        if "\x00" in request.META.get("HTTP_AUTHORIZATION", ""):
            raise ParseError("The Authorization header must not contain null characters.")
        return super().authenticate(request)
