import hashlib

import numpy as np
import pytest

from matching.backends import backends_reset, configured_backend


class HashingBackend:
    """Deterministic vectors from a hash of the text, and a record of what it embedded.

    Only for tests that do not care what the vectors mean (storage, staleness,
    retries): similar texts do NOT get similar vectors.
    """

    dimensions = 384

    def __init__(self, model_id: str = "test/hashing"):
        self.model_id = model_id
        self.calls: list[list[str]] = []

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")
            vector = np.random.default_rng(seed).standard_normal(self.dimensions)
            rows.append(vector / np.linalg.norm(vector))
        return np.asarray(rows, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]


class BrokenBackend(HashingBackend):
    """A model that cannot be loaded."""

    def embed_documents(self, texts):
        from matching.backends import EmbeddingBackendError

        raise EmbeddingBackendError("No sentence-transformers model in /nowhere")


@pytest.fixture
def hashing_backend():
    return HashingBackend()


@pytest.fixture(scope="session")
def real_backend():
    """The real default model (all-mpnet-base-v2), as configured: loaded once for the
    whole test session."""
    backend = configured_backend()
    backend.embed_query("warm up")
    return backend


@pytest.fixture
def use_backend(settings):
    """Make ``get_backend()`` (used by tasks and commands) return a given backend."""

    def use(backend):
        settings.MATCHING_EMBEDDING = {"BACKEND": "tests.matching.conftest.chosen_backend"}
        backends_reset()
        _CHOSEN["backend"] = backend
        return backend

    yield use
    _CHOSEN.clear()
    backends_reset()


_CHOSEN: dict = {}


def chosen_backend():
    """A backend "class" for settings: returns whatever ``use_backend`` chose."""
    return _CHOSEN["backend"]
