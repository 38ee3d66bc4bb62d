"""Development settings: the embedded PostgreSQL and Redis unless URLs are given."""

from config.embedded import embedded_postgres_settings
from config.settings.base import *  # noqa: F403
from config.settings.base import DATABASES, env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="local-development-only-not-secret")
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="optional")
# Every demo member can log in with the demo password, to try both sides of an introduction.
DEMO_LOGINS = env("DEMO_LOGINS", default="everyone")

if not DATABASES:
    DATABASES = {"default": embedded_postgres_settings(env("EMBEDDED_DB_NAME", default="confer"))}
