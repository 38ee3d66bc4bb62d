import pytest
from django.core.management import call_command

from challenges.services import challenge_update
from matching.models import ChallengeEmbedding, EmbeddingFailure, EmbeddingRun, ProfileEmbedding
from matching.services.embeddings import embeddings_sweep, objects_embed
from matching.tasks import MAX_RETRIES, _backoff, challenge_embed_task
from matching.texts import challenge_text, text_hash
from members.services import profile_update
from tests.factories import ChallengeFactory
from tests.matching.conftest import BrokenBackend, HashingBackend

pytestmark = pytest.mark.django_db


def test_objects_embed_stores_vector_with_model_and_text_hash(hashing_backend):
    challenge = ChallengeFactory()
    result = objects_embed(kind="challenge", ids=[challenge.pk], backend=hashing_backend)
    stored = ChallengeEmbedding.objects.get(challenge=challenge)
    assert result.embedded == 1
    assert (stored.model_id, stored.dimensions) == ("test/hashing", 384)
    assert stored.text_hash == text_hash(challenge_text(challenge))
    assert len(stored.vector) == 384


def test_unchanged_text_is_never_embedded_again(hashing_backend):
    challenge = ChallengeFactory()
    objects_embed(kind="challenge", ids=[challenge.pk], backend=hashing_backend)
    result = objects_embed(kind="challenge", ids=[challenge.pk], backend=hashing_backend)
    assert (result.embedded, result.unchanged) == (0, 1)
    assert len(hashing_backend.calls) == 1


def test_word_for_word_equal_texts_are_embedded_once_and_each_gets_the_vector(
    hashing_backend, alice
):
    original = ChallengeFactory(author=alice)
    copies = ChallengeFactory.create_batch(2, title=original.title)  # by other authors
    other = ChallengeFactory()
    ids = [original.pk, *(c.pk for c in copies), other.pk]

    result = objects_embed(kind="challenge", ids=ids, backend=hashing_backend)

    assert result.embedded == 4
    assert sorted(len(call) for call in hashing_backend.calls) == [2]
    vectors = dict(ChallengeEmbedding.objects.values_list("challenge_id", "vector"))
    assert set(vectors) == set(ids)
    assert all(list(vectors[c.pk]) == list(vectors[original.pk]) for c in copies)
    assert list(vectors[other.pk]) != list(vectors[original.pk])


def test_changed_text_is_embedded_again(hashing_backend, alice):
    challenge = ChallengeFactory(author=alice)
    objects_embed(kind="challenge", ids=[challenge.pk], backend=hashing_backend)
    before = ChallengeEmbedding.objects.get(challenge=challenge).text_hash
    challenge_update(challenge=challenge, user=alice, description="A different problem now.")
    result = objects_embed(kind="challenge", ids=[challenge.pk], backend=hashing_backend)
    assert result.embedded == 1
    assert ChallengeEmbedding.objects.get(challenge=challenge).text_hash != before


def test_a_new_model_makes_every_vector_stale(hashing_backend):
    challenges = ChallengeFactory.create_batch(3)
    embeddings_sweep(kind="challenge", backend=hashing_backend)
    newer = HashingBackend(model_id="test/hashing-v2")
    result = embeddings_sweep(kind="challenge", backend=newer)
    assert result.embedded == 3
    assert set(ChallengeEmbedding.objects.values_list("model_id", flat=True)) == {"test/hashing-v2"}
    assert len(challenges) == ChallengeEmbedding.objects.count()


def test_profile_without_anything_to_say_has_no_vector(hashing_backend, alice):
    profile = alice.profile
    objects_embed(kind="profile", ids=[profile.pk], backend=hashing_backend)
    assert ProfileEmbedding.objects.filter(profile=profile).exists()
    profile_update(user=alice, headline="", expertise=[], bio="")
    result = objects_embed(kind="profile", ids=[profile.pk], backend=hashing_backend)
    assert result.removed == 1
    assert not ProfileEmbedding.objects.filter(profile=profile).exists()


def test_stale_sweep_embeds_only_what_changed(hashing_backend):
    _first, second = ChallengeFactory.create_batch(2)
    embeddings_sweep(kind="challenge", backend=hashing_backend)
    second.title = "Something else entirely"
    second.save()
    hashing_backend.calls.clear()
    result = embeddings_sweep(kind="challenge", backend=hashing_backend, batch_size=1)
    assert (result.embedded, result.unchanged) == (1, 1)
    assert hashing_backend.calls == [[challenge_text(second)]]


def test_full_sweep_resumes_an_interrupted_run(hashing_backend):
    challenges = ChallengeFactory.create_batch(4)
    embeddings_sweep(kind="challenge", backend=hashing_backend)
    # given a run that was interrupted after re-embedding the first two
    run = EmbeddingRun.objects.create(kind="challenge")
    objects_embed(
        kind="challenge", ids=[c.pk for c in challenges[:2]], force=True, backend=hashing_backend
    )
    hashing_backend.calls.clear()

    result = embeddings_sweep(kind="challenge", everything=True, backend=hashing_backend)

    assert (result.embedded, result.unchanged) == (2, 2)
    assert sorted(t for call in hashing_backend.calls for t in call) == sorted(
        challenge_text(c) for c in challenges[2:]
    )
    run.refresh_from_db()
    assert run.finished_at is not None


def test_embed_command_reports_counts(hashing_backend, use_backend, capsys):
    use_backend(hashing_backend)
    ChallengeFactory.create_batch(2)
    call_command("embed", verbosity=0)
    out = capsys.readouterr().out
    assert "challenges: 2 embedded" in out
    call_command("embed", "--stale", verbosity=0)
    assert "challenges: 0 embedded, 2 unchanged" in capsys.readouterr().out


def test_failed_embedding_is_retried_and_recorded_for_staff(use_backend):
    use_backend(BrokenBackend())
    challenge = ChallengeFactory()
    # Run eagerly, Celery retries at once (the backoff applies on a worker).
    result = challenge_embed_task.apply(args=[challenge.pk])
    assert result.state == "FAILURE"
    failure = EmbeddingFailure.objects.get(kind="challenge", object_id=challenge.pk)
    assert failure.attempts == MAX_RETRIES + 1
    assert "No sentence-transformers model" in failure.error
    challenge.refresh_from_db()  # the challenge itself is untouched


def test_embedding_after_a_failure_clears_it(use_backend, hashing_backend):
    use_backend(BrokenBackend())
    challenge = ChallengeFactory()
    challenge_embed_task.apply(args=[challenge.pk])
    use_backend(hashing_backend)
    assert challenge_embed_task.apply(args=[challenge.pk]).state == "SUCCESS"
    assert not EmbeddingFailure.objects.exists()
    assert ChallengeEmbedding.objects.filter(challenge=challenge).exists()


def test_retry_backoff_grows_and_is_capped():
    assert [_backoff(n) for n in range(4)] == [10, 20, 40, 80]
    assert _backoff(20) == 1800
