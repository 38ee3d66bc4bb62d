"""Test settings: a real PostgreSQL with pgvector (embedded unless DATABASE_URL is set)."""

from config.embedded import embedded_postgres_settings
from config.settings.base import *  # noqa: F403
from config.settings.base import DATABASES

DEBUG = False
SECRET_KEY = "tests-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING = {"version": 1, "disable_existing_loggers": False}

if not DATABASES:
    DATABASES = {"default": embedded_postgres_settings("confer_dev_for_tests")}
