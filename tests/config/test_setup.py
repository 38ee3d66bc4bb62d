import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

pytestmark = pytest.mark.django_db


def test_database_is_postgresql_with_pgvector():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT extversion FROM pg_extension WHERE extname = 'vector'")
        row = cursor.fetchone()
    assert row is not None, "the vector extension is not installed"


def test_api_schema_covers_only_our_api(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/api/v1/challenges/" in paths
    assert "/api/v1/me/profile/" in paths
    assert all(p.startswith("/api/v1/") for p in paths)


def test_api_docs_page_serves(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    assert b"swagger" in response.content.lower()


def test_production_settings_pass_deploy_checks():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "pT7#qL9!vX2@mN4wR8%zB6^cF1&hJ3*kD5(sG0)yU-aE2+oI7=uY4~tW9",
        "DJANGO_ALLOWED_HOSTS": "confer.example.org",
        "DATABASE_URL": "postgres://confer:confer@db.invalid:5432/confer",
        "REDIS_URL": "redis://redis.invalid:6379/0",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.skipif(bool(os.environ.get("DATABASE_URL")), reason="only the embedded server")
def test_embedded_server_is_configured_to_keep_vector_indexes_in_memory():
    from config.embedded import SERVER_SETTINGS

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, setting FROM pg_file_settings "
            "WHERE sourcefile LIKE '%%postgresql.auto.conf'"
        )
        configured = dict(cursor.fetchall())
    assert configured["shared_buffers"] == SERVER_SETTINGS["shared_buffers"]
    assert configured["effective_cache_size"] == SERVER_SETTINGS["effective_cache_size"]


def _settings_value(module: str, expression: str, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    environment.update(
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="confer.example.org",
        DATABASE_URL="postgres://confer:confer@db.invalid:5432/confer",
        **env,
    )
    return subprocess.run(
        [sys.executable, "-c", f"import {module} as s; print(*{expression})"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cache_is_redis_where_redis_url_is_set_else_local_memory():
    with_redis = _settings_value(
        "config.settings.base",
        "(s.CACHES['default']['BACKEND'], s.CACHES['default']['LOCATION'])",
        REDIS_URL="redis://redis.invalid:6379/0",
    )
    assert with_redis.stdout.split() == [
        "django.core.cache.backends.redis.RedisCache",
        "redis://redis.invalid:6379/0",
    ], with_redis.stderr
    without = _settings_value("config.settings.base", "[s.CACHES['default']['BACKEND']]")
    assert without.stdout.strip() == "django.core.cache.backends.locmem.LocMemCache"


def test_production_refuses_to_start_without_a_shared_cache():
    result = _settings_value("config.settings.production", "[s.CACHES]")
    assert result.returncode != 0
    assert "Set REDIS_URL" in result.stderr


def test_production_settings_keep_both_headers():
    result = _settings_value(
        "config.settings.production",
        "['csp.middleware.CSPMiddleware' in s.MIDDLEWARE, "
        "'core.middleware.PermissionsPolicyMiddleware' in s.MIDDLEWARE, "
        "s.CONTENT_SECURITY_POLICY['DIRECTIVES']['script-src'], s.PERMISSIONS_POLICY['camera']]",
        REDIS_URL="redis://redis.invalid:6379/0",
    )
    assert result.stdout.split() == ["True", "True", "[\"'self'\"]", "[]"], result.stderr
