import numpy as np
import pytest

from matching.backends import EmbeddingBackendError, SentenceTransformerBackend

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
        assert vectors.shape == (len(TEXTS), 384)
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
    assert bf16_backend.model_id == "sentence-transformers/all-MiniLM-L6-v2"


def test_unknown_precision_is_refused_with_the_choices():
    with pytest.raises(EmbeddingBackendError, match='"auto", "bf16" or "fp32"'):
        SentenceTransformerBackend(precision="int4")


def test_missing_model_directory_is_a_clear_error(tmp_path):
    backend = SentenceTransformerBackend(model_path=str(tmp_path))

    with pytest.raises(EmbeddingBackendError, match="No sentence-transformers model"):
        backend.embed_query("anything")
