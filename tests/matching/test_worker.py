"""Integration: a real Celery worker on a real Redis broker embeds a challenge posted
through the API and refreshes its author's suggestions; the test never calls a task."""

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection
from rest_framework.test import APIClient

from config.celery import app as celery_app
from matching.models import ChallengeEmbedding, Suggestion
from matching.services.embeddings import objects_embed
from tests import factories

BASE_DIR = Path(__file__).resolve().parents[2]


def _database_url() -> str:
    db = connection.settings_dict
    options = db.get("OPTIONS", {})
    host = db.get("HOST") or options.get("host", "")
    user = quote(db.get("USER") or "")
    password = f":{quote(db['PASSWORD'])}" if db.get("PASSWORD") else ""
    port = db.get("PORT") or 5432
    if host.startswith("/"):
        return f"postgres://{user}{password}@:{port}/{db['NAME']}?host={quote(host)}"
    return f"postgres://{user}{password}@{host}:{port}/{db['NAME']}"


def _broker_use(url: str) -> None:
    """Send this process's tasks to ``url`` from now on.

    Connections and producers are pooled: the app keeps a reference to one of each,
    looked up in kombu's process-wide pools by broker URL. Dropping the references (not
    closing the pools: the memory:// ones must still work for the tests after this one)
    makes the next task look up ``url``'s."""
    celery_app.amqp._producer_pool = None
    celery_app._pool = None
    celery_app.conf.broker_url = url


@pytest.fixture
def worker(redis_url, tmp_path):
    """`celery -A config worker` against the test database and the Redis broker."""
    log = tmp_path / "worker.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DATABASE_URL": _database_url(),
        "REDIS_URL": redis_url,
        "CELERY_BROKER_URL": redis_url,
    }
    with log.open("w") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "config",
                "worker",
                "--pool",
                "solo",
                "--loglevel",
                "INFO",
                "--without-heartbeat",
                "--without-gossip",
                "--without-mingle",
            ],
            cwd=BASE_DIR,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    previous = celery_app.conf.broker_url
    _broker_use(redis_url)
    try:
        for _ in range(600):
            if "ready." in log.read_text():
                break
            if proc.poll() is not None:
                pytest.fail("worker exited:\n" + log.read_text()[-3000:])
            time.sleep(0.1)
        else:
            pytest.fail("worker did not start:\n" + log.read_text()[-3000:])
        yield log
    finally:
        _broker_use(previous)
        proc.terminate()
        proc.wait(30)


def test_challenge_posted_through_api_is_embedded_and_suggestions_refresh(
    worker, real_backend, committed
):
    committed(lambda: _post_and_wait(worker, real_backend))


def _post_and_wait(worker, real_backend) -> None:
    # given a member in another industry with the same problem, already embedded
    bob = factories.member(
        organisation=factories.OrganisationFactory(
            name="Tidewell Hotels", industry=factories.IndustryFactory(name="Hospitality & Travel")
        )
    )
    theirs = factories.ChallengeFactory(
        author=bob,
        title="Seasonal hotel staff leave after their first month",
        description="Most new seasonal staff are gone within weeks; we are always hiring.",
    )
    objects_embed(kind="challenge", ids=[theirs.pk], backend=real_backend)
    alice = factories.member(
        organisation=factories.OrganisationFactory(
            name="Harbour Trust", industry=factories.IndustryFactory(name="Nonprofit & Charities")
        )
    )
    client = APIClient()
    client.force_authenticate(alice)

    # when alice posts her challenge through the API
    response = client.post(
        "/api/v1/challenges/",
        {
            "title": "Volunteers stop showing up after a few weeks",
            "description": "New volunteers are keen at first, then drift away within two months.",
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    challenge_id = response.json()["id"]

    # then the worker embeds it and alice's suggestions include bob
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if (
            ChallengeEmbedding.objects.filter(challenge_id=challenge_id).exists()
            and Suggestion.objects.filter(member=alice, peer=bob).exists()
        ):
            break
        time.sleep(0.5)
    else:
        pytest.fail("no vector or suggestion in time; worker log:\n" + worker.read_text()[-4000:])
    suggestion = Suggestion.objects.get(member=alice, peer=bob)
    assert suggestion.member_challenge_id == challenge_id
    assert suggestion.peer_challenge_id == theirs.pk
