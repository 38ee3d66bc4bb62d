"""Embedding throughput of the whole pipeline against plain fp32 encoding.

Run by hand (needs a database with challenges, e.g. after `make run` once):

    .venv/bin/python bench/embed.py [--repeat 3]

The pipeline reads challenge and profile texts from the database, embeds them with
the configured backend (EMBEDDING_PRECISION etc.) and writes the vectors, all inside
a transaction that is rolled back. The reference is SentenceTransformer.encode in
fp32 on the same texts, in the same run. Prints throughputs, the speed-up, the cosine
of pipeline vectors to fp32 vectors, and how often a query's top-10 neighbours match.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import django

django.setup()

import numpy as np  # noqa: E402
from django.db import transaction  # noqa: E402

from challenges.models import Challenge  # noqa: E402
from matching.backends import default_model_path, get_backend  # noqa: E402
from matching.models import ChallengeEmbedding  # noqa: E402
from matching.services.embeddings import objects_embed  # noqa: E402
from matching.texts import challenge_text  # noqa: E402


def top10(vectors: np.ndarray, queries: int) -> list[set[int]]:
    sims = vectors[:queries] @ vectors.T
    return [set(np.argsort(-row)[1:11]) for row in sims]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="passes over the texts")
    args = parser.parse_args()

    ids = list(Challenge.objects.order_by("pk").values_list("pk", flat=True))
    if not ids:
        sys.exit("No challenges: run `make run` once (or manage.py seed_demo) first.")
    texts = [challenge_text(c) for c in Challenge.objects.filter(pk__in=ids).order_by("pk")]
    backend = get_backend()
    backend.embed_documents(texts[:32])  # load and warm up

    from sentence_transformers import SentenceTransformer

    plain = SentenceTransformer(str(default_model_path()), device="cpu")
    plain.encode(texts[:32])

    started = time.perf_counter()
    for _ in range(args.repeat):
        reference = plain.encode(texts, batch_size=64, normalize_embeddings=True)
    plain_rate = len(texts) * args.repeat / (time.perf_counter() - started)

    started = time.perf_counter()
    for _ in range(args.repeat):
        with transaction.atomic():
            objects_embed(kind="challenge", ids=ids, force=True, backend=backend)
            rows = dict(
                ChallengeEmbedding.objects.filter(challenge_id__in=ids).values_list(
                    "challenge_id", "vector"
                )
            )
            transaction.set_rollback(True)
    pipeline_rate = len(texts) * args.repeat / (time.perf_counter() - started)

    ours = np.asarray([rows[pk] for pk in ids], dtype=np.float32)
    cosine = (ours * reference).sum(axis=1)
    queries = min(500, len(ids))
    same = sum(a == b for a, b in zip(top10(ours, queries), top10(reference, queries), strict=True))
    print(
        f"texts: {len(texts)} challenges x {args.repeat} passes, model {backend.model_id}, "
        f"precision {getattr(backend, 'precision', '?')}"
    )
    print(f"plain SentenceTransformer fp32 encode: {plain_rate:8.1f} texts/s")
    print(
        f"pipeline (read, embed, write):         {pipeline_rate:8.1f} texts/s  "
        f"= {pipeline_rate / plain_rate:.2f}x"
    )
    print(f"cosine to fp32: min {cosine.min():.4f}, mean {cosine.mean():.4f}")
    print(f"same top-10 neighbours: {same}/{queries} queries = {same / queries:.1%}")


if __name__ == "__main__":
    main()
