"""Database sessions that only look up keys of the shape Django issues.

A cookie is whatever a client sends: ``sessionid=abcdefgh\x00`` would otherwise reach a
PostgreSQL query and fail with a 500 on every page and API call.
"""

from django.contrib.sessions.backends import db


class SessionStore(db.SessionStore):
    def _validate_session_key(self, key):
        # Django's keys are lower-case ASCII letters and digits.
        return bool(super()._validate_session_key(key)) and key.isascii() and key.isalnum()
