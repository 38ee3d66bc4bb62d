"""Test settings: a real PostgreSQL with pgvector (embedded unless DATABASE_URL is set)."""

from config.embedded import embedded_postgres_settings
from config.settings.base import *  # noqa: F403
from config.settings.base import DATABASES, env

DEBUG = False
SECRET_KEY = "tests-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING = {"version": 1, "disable_existing_loggers": False}

if not DATABASES:
    # pytest-django tests in "test_<name>"; a separate name lets two runs share the server.
    DATABASES = {"default": embedded_postgres_settings(env("EMBEDDED_DB_NAME", default="confer"))}

# Each test starts from an empty cache (tests/conftest.py clears it), so lockouts never
# leak between tests or between test runs sharing a machine's Redis.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Tasks queued by a test go nowhere unless the test starts a worker and a real broker
# (tests/matching/test_worker.py does, with Redis).
CELERY_BROKER_URL = "memory://"

# Serve static files from the apps without a collectstatic step.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
