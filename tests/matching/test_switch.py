"""Switching the community to another embedding model: the previous model's vectors keep
serving suggestions until every text has its new vector, then all move at once.

Vectors here need no meaning (what is tested is which model serves and when), so the
two models are hashing backends of different sizes."""

import pytest
from django.core.cache import cache
from django.core.management import call_command

from challenges.models import Challenge
from challenges.services import challenge_update
from matching.backends import backends_reset, get_backend
from matching.models import ChallengeEmbedding, EmbeddingModelState, ProfileEmbedding
from matching.selectors import embedding_status, suggestions_for_member
from matching.services.embeddings import embeddings_sweep, objects_embed
from matching.services.suggestions import suggestions_refresh_all
from matching.services.switch import embeddings_model_switch
from matching.texts import challenge_text, text_hash
from members.models import Profile
from tests import factories
from tests.matching.conftest import HashingBackend

pytestmark = pytest.mark.django_db


class OldBackend(HashingBackend):
    def __init__(self):
        super().__init__("test/old")


class NewBackend(HashingBackend):
    dimensions = 768

    def __init__(self):
        super().__init__("test/new")


class UnknownBackend(HashingBackend):
    def __init__(self):
        super().__init__("somebody/else")


def configure(settings, backend_class):
    settings.MATCHING_EMBEDDING = {"BACKEND": f"tests.matching.test_switch.{backend_class}"}
    backends_reset()
    cache.clear()  # a new deployment: processes start afresh


@pytest.fixture
def community(settings):
    configure(settings, "OldBackend")
    members = [factories.member(expertise=["retention"]) for _ in range(4)]
    for n, member in enumerate(members):
        factories.ChallengeFactory(
            author=member, title=f"Staff leave early ({n})", description="New hires quit.", tags=[]
        )
    for kind, model in (("challenge", Challenge), ("profile", Profile)):
        objects_embed(kind=kind, ids=model.objects.values_list("pk", flat=True))
    # The beat sweep has run under this model: it is recorded as serving.
    assert embeddings_model_switch() is False
    suggestions_refresh_all()
    yield members
    backends_reset()


def test_the_previous_model_serves_until_every_vector_is_made_again(settings, community):
    alice = community[0]
    assert suggestions_for_member(member=alice).exists()
    configure(settings, "NewBackend")
    edited = Challenge.objects.filter(author=community[1]).get()
    seen = []

    def progress(state):
        # Mid-switch, as any web or worker process sees it.
        status = embedding_status()["switch"]
        seen.append(
            (
                get_backend().model_id,
                suggestions_for_member(member=alice).count(),
                status.target_model_id,
                status.done,
                status.total,
            )
        )
        if len(seen) == 1:
            # A member edits a challenge meanwhile; the serving model embeds it as usual.
            challenge_update(challenge=edited, user=edited.author, title="Volunteers drift away")
            objects_embed(kind="challenge", ids=[edited.pk])

    assert embeddings_model_switch(batch_size=2, progress=progress) is True

    assert seen and all(model == "test/old" for model, *_ in seen)
    assert all(shown > 0 for _, shown, *_ in seen)
    assert {target for _, _, target, _, _ in seen} == {"test/new"}
    assert [done for *_, done, _ in seen] == sorted(done for *_, done, _ in seen)
    assert seen[-1][-2] == seen[-1][-1] == 8  # 4 challenges and 4 profiles
    # Then everything moved at once, the edit included, and the new model serves.
    for model in (ChallengeEmbedding, ProfileEmbedding):
        assert set(model.objects.values_list("model_id", "dimensions")) == {("test/new", 768)}
        assert not model.objects.filter(next_vector__isnull=False).exists()
        assert not model.objects.filter(match_vector__isnull=True).exists()
    edited.refresh_from_db()
    assert ChallengeEmbedding.objects.get(pk=edited.pk).text_hash == text_hash(
        challenge_text(edited)
    )
    assert get_backend().model_id == "test/new"
    state = EmbeddingModelState.objects.get()
    assert (state.serving_model_id, state.target_model_id) == ("test/new", "")
    assert embedding_status()["switch"] is None
    suggestions_refresh_all()
    assert suggestions_for_member(member=alice).exists()


def test_a_switch_is_what_the_embed_command_does(settings, community):
    configure(settings, "NewBackend")

    call_command("embed", "--switch", "--refresh-suggestions", verbosity=0)

    assert set(ChallengeEmbedding.objects.values_list("model_id", flat=True)) == {"test/new"}
    assert suggestions_for_member(member=community[0]).exists()
    call_command("embed", "--switch", verbosity=0)  # nothing left to switch
    assert get_backend().model_id == "test/new"


def test_vectors_of_a_model_that_cannot_be_loaded_again_are_embedded_in_place(settings):
    configure(settings, "UnknownBackend")
    factories.ChallengeFactory(author=factories.member(), tags=[])
    embeddings_sweep(kind="challenge")
    EmbeddingModelState.objects.all().delete()  # nothing recorded about that model
    configure(settings, "NewBackend")

    assert embeddings_model_switch() is False
    assert get_backend().model_id == "test/new"
    embeddings_sweep(kind="challenge")
    assert set(ChallengeEmbedding.objects.values_list("model_id", flat=True)) == {"test/new"}
