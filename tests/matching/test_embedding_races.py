"""A challenge deleted while it is being embedded: the delete always succeeds, the
embedding treats the vanished row as done, and staff read a reason, not a traceback.

Each interleaving is forced with events and a wait on PostgreSQL's own lock table,
never with sleeps."""

import threading

import pytest
from django.db import IntegrityError, connection, connections, transaction

from challenges.models import Challenge
from challenges.services import challenge_delete
from matching.models import ChallengeEmbedding, EmbeddingFailure
from matching.services.embeddings import (
    _rows_lock_present,
    _vectors_upsert,
    embedding_failure_reason,
    embedding_failure_record,
    objects_embed,
)
from matching.tasks import challenge_embed_task
from tests.factories import ChallengeFactory
from tests.matching.conftest import BrokenBackend, HashingBackend

WAIT = 120  # generous upper bounds: each wait ends as soon as its condition holds


def _in_thread(target, errors: list) -> threading.Thread:
    def run():
        try:
            target()
        except BaseException as error:  # reported to the test, which fails on it
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _wait_for_a_lock_wait() -> None:
    """Until some other session waits for a row lock (the delete, blocked)."""
    for _ in range(WAIT * 20):
        with connection.cursor() as cursor:
            # The test's own transaction would otherwise keep its first view of this.
            cursor.execute("SELECT pg_stat_clear_snapshot()")
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND datname = current_database()"
            )
            if cursor.fetchone()[0]:
                return
        threading.Event().wait(0.05)
    pytest.fail("the delete never waited for the embedding's lock")


def test_delete_during_the_embedding_write_waits_and_takes_the_vector_with_it(committed):
    challenge = committed(ChallengeFactory)
    author = challenge.author
    locked, release, errors = threading.Event(), threading.Event(), []
    vector = HashingBackend().embed_documents(["x"])[0]

    def embedding_write():
        # What objects_embed does in its write transaction, held open.
        with transaction.atomic():
            present = _rows_lock_present(Challenge, [challenge.pk])
            assert present == {challenge.pk}
            _vectors_upsert(
                ChallengeEmbedding, "challenge", [(challenge.pk, "m", 384, "h", vector)]
            )
            locked.set()
            assert release.wait(WAIT)

    writer = _in_thread(embedding_write, errors)
    assert locked.wait(WAIT)
    deleter = _in_thread(lambda: challenge_delete(challenge=challenge, user=author), errors)
    _wait_for_a_lock_wait()
    release.set()
    writer.join(WAIT)
    deleter.join(WAIT)
    assert errors == []
    assert not committed(lambda: Challenge.objects.filter(pk=challenge.pk).exists())
    assert not committed(lambda: ChallengeEmbedding.objects.exists())


def test_challenge_deleted_while_its_text_is_embedded_is_skipped_without_error(committed):
    challenge = committed(ChallengeFactory)
    author = challenge.author
    errors: list = []

    class DeletesMeanwhile(HashingBackend):
        def embed_documents(self, texts):
            # The member deletes the challenge while the model is busy with it.
            deleter = _in_thread(lambda: challenge_delete(challenge=challenge, user=author), errors)
            deleter.join(WAIT)
            return super().embed_documents(texts)

    result = committed(
        lambda: objects_embed(kind="challenge", ids=[challenge.pk], backend=DeletesMeanwhile())
    )
    assert errors == []
    assert result.embedded == 0
    assert not committed(lambda: ChallengeEmbedding.objects.exists())


@pytest.mark.django_db
def test_failure_of_a_vanished_object_resolves_itself(use_backend):
    challenge = ChallengeFactory()
    use_backend(BrokenBackend())
    challenge_embed_task.apply(args=[challenge.pk])
    assert EmbeddingFailure.objects.filter(object_id=challenge.pk).exists()
    challenge_delete(challenge=challenge, user=challenge.author)

    assert embedding_failure_record(kind="challenge", object_id=challenge.pk, error="x") is None
    assert not EmbeddingFailure.objects.exists()


@pytest.mark.django_db
def test_sweep_of_an_id_that_vanished_clears_its_failure(hashing_backend):
    EmbeddingFailure.objects.create(kind="challenge", object_id=987654, error="old")
    objects_embed(kind="challenge", ids=[987654], backend=hashing_backend)
    assert not EmbeddingFailure.objects.exists()


def test_failure_reasons_are_readable():
    integrity = IntegrityError(
        'insert or update on table "matching_challengeembedding" violates foreign key '
        "constraint\nDETAIL:  Key (challenge_id)=(5) is not present in table"
    )
    assert "deleted while it was being embedded" in embedding_failure_reason(integrity)
    assert "IntegrityError" not in embedding_failure_reason(integrity)
    assert embedding_failure_reason(ValueError("bad\ntraceback")) == "ValueError: bad"


@pytest.mark.django_db
def test_staff_dismiss_an_embedding_failure_in_the_admin(staff_client):
    from django.urls import reverse

    failure = EmbeddingFailure.objects.create(kind="challenge", object_id=1, error="boom")
    url = reverse("embeddingfailure:delete", args=[failure.pk])
    assert staff_client.post(url).status_code in (200, 302)
    assert not EmbeddingFailure.objects.exists()


@pytest.mark.django_db
def test_deleting_a_challenge_resolves_its_recorded_failure(use_backend):
    challenge = ChallengeFactory()
    use_backend(BrokenBackend())
    challenge_embed_task.apply(args=[challenge.pk])
    challenge_delete(challenge=challenge, user=challenge.author)
    assert not EmbeddingFailure.objects.exists()


@pytest.mark.django_db
def test_the_sweep_resolves_failures_of_objects_deleted_by_any_path(hashing_backend):
    from matching.services.embeddings import embeddings_sweep

    EmbeddingFailure.objects.create(kind="challenge", object_id=987654, error="old")
    embeddings_sweep(kind="challenge", backend=hashing_backend)
    assert not EmbeddingFailure.objects.exists()


@pytest.mark.django_db
def test_staff_delete_a_challenge_in_the_admin_through_the_service(staff_client, use_backend):
    from django.urls import reverse

    challenge = ChallengeFactory()
    EmbeddingFailure.objects.create(kind="challenge", object_id=challenge.pk, error="boom")
    response = staff_client.post(reverse("challenge:delete", args=[challenge.pk]))
    assert response.status_code == 302
    assert not Challenge.objects.filter(pk=challenge.pk).exists()
    # only the service tells matching, which resolves the failure
    assert not EmbeddingFailure.objects.exists()
