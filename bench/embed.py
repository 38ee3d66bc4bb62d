"""Embedding throughput of the whole pipeline against plain fp32 encoding.

Run by hand (needs a database with challenges, e.g. after `make run` once):

    .venv/bin/python bench/embed.py [--repeat 5]

The pipeline reads challenge texts from the database, embeds them with the configured
backend (EMBEDDING_PRECISION etc.) and writes the vectors, all inside a transaction
that is rolled back. The reference is SentenceTransformer.encode in fp32, at its
default batch size, on the same texts, in the same run. Prints throughputs, the
speed-up, the cosine of pipeline vectors to fp32 vectors, and how much of a query's
top-10 neighbours stay the same as with fp32 vectors. For that, challenges with
word-for-word the same text count once: their vectors tie, and which of two equal
texts ranks tenth is a coin toss, not a precision effect.

The bar (issue 9, what a member could notice): >= 2.5x plain fp32 encode of the same
model on CPUs with native bfloat16; cosine >= 0.999 to fp32 vectors; mean top-10
overlap >= 97%. It also prints the share of this machine's measured fp32 matrix-product
peak the pipeline reaches (counting the linear layers' multiply-adds), the figure that
matters on CPUs without native bfloat16 (bar: >= 80%).
"""

import argparse
import os
import statistics
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
from matching.backends import cpu_has_native_bf16, default_model_path, get_backend  # noqa: E402
from matching.models import ChallengeEmbedding  # noqa: E402
from matching.services.embeddings import objects_embed  # noqa: E402
from matching.texts import challenge_text  # noqa: E402


def top10(vectors: np.ndarray) -> list[set[int]]:
    sims = vectors @ vectors.T
    np.fill_diagonal(sims, -2)
    return [set(np.argsort(-row)[:10]) for row in sims]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the texts")
    args = parser.parse_args()

    ids = list(Challenge.objects.order_by("pk").values_list("pk", flat=True))
    if not ids:
        sys.exit("No challenges: run `make run` once (or manage.py seed_demo) first.")
    texts = [challenge_text(c) for c in Challenge.objects.filter(pk__in=ids).order_by("pk")]
    backend = get_backend()
    backend.embed_documents(texts[:32])  # load and warm up

    from sentence_transformers import SentenceTransformer

    # The same model as the pipeline's, in plain fp32.
    plain = SentenceTransformer(
        str(getattr(backend, "model_path", default_model_path())), device="cpu"
    )
    plain.encode(texts[:32])

    # Interleaved passes, median of each: this machine's speed drifts by 10-20% over
    # a minute, and running all of one side first would credit the drift to it.
    plain_times, pipeline_times = [], []
    for _ in range(args.repeat):
        started = time.perf_counter()
        reference = plain.encode(texts, normalize_embeddings=True, show_progress_bar=False)
        plain_times.append(time.perf_counter() - started)
        with transaction.atomic():
            started = time.perf_counter()
            objects_embed(kind="challenge", ids=ids, force=True, backend=backend)
            pipeline_times.append(time.perf_counter() - started)
            # Read back to compare with fp32 (not part of the pipeline), then undo.
            rows = dict(
                ChallengeEmbedding.objects.filter(challenge_id__in=ids).values_list(
                    "challenge_id", "vector"
                )
            )
            transaction.set_rollback(True)
    plain_rate = len(texts) / statistics.median(plain_times)
    pipeline_rate = len(texts) / statistics.median(pipeline_times)

    ours = np.asarray([rows[pk] for pk in ids], dtype=np.float32)
    cosine = (ours * reference).sum(axis=1)
    first_of_text = sorted({text: i for i, text in reversed(list(enumerate(texts)))}.values())
    theirs_top, ours_top = top10(reference[first_of_text]), top10(ours[first_of_text])
    queries = len(first_of_text)
    same = sum(a == b for a, b in zip(ours_top, theirs_top, strict=True))
    overlap = np.mean([len(a & b) / 10 for a, b in zip(ours_top, theirs_top, strict=True)])
    print(
        f"texts: {len(texts)} challenges, median of {args.repeat} interleaved passes, "
        f"model {backend.model_id}, precision {getattr(backend, 'precision', '?')}"
    )
    print(
        f"distinct texts: {len(set(texts))} (the pipeline embeds each once; "
        "plain encode embeds all)"
    )
    print(f"plain SentenceTransformer fp32 encode: {plain_rate:8.1f} texts/s")
    print(
        f"pipeline (read, embed, write):         {pipeline_rate:8.1f} texts/s  "
        f"= {pipeline_rate / plain_rate:.2f}x"
    )
    print(f"cosine to fp32: min {cosine.min():.4f}, mean {cosine.mean():.4f}")
    print(
        f"same top-10 neighbours: {same}/{queries} queries = {same / queries:.1%} "
        f"({len(texts) - queries} duplicate texts counted once); "
        f"mean top-10 overlap {overlap:.1%}"
    )
    distinct = sorted(set(texts))
    flops = linear_flops(plain, distinct)
    achieved = flops / statistics.median(pipeline_times) / 1e9
    peak = fp32_matmul_peak()
    native = cpu_has_native_bf16()
    print(
        f"CPU: {'native bfloat16' if native else 'no native bfloat16'}; fp32 matrix-product "
        f"peak {peak:.0f} GFLOP/s; pipeline {achieved:.0f} GFLOP/s in linear layers "
        f"= {achieved / peak:.0%} of the fp32 peak"
    )
    checks = [
        ("cosine >= 0.999", cosine.min() >= 0.999),
        ("mean top-10 overlap >= 97%", overlap >= 0.97),
        (
            ">= 2.5x plain fp32" if native else ">= 80% of the fp32 peak",
            pipeline_rate / plain_rate >= 2.5 if native else achieved / peak >= 0.8,
        ),
    ]
    print("bar: " + "; ".join(f"{name} {'met' if ok else 'NOT met'}" for name, ok in checks))


def linear_flops(model, texts: list[str]) -> float:
    """Multiply-adds of the linear layers for these texts, counted as 2 FLOPs each
    (attention's own products are left out: a lower bound)."""
    import torch

    weights = sum(m.weight.numel() for m in model.modules() if isinstance(m, torch.nn.Linear))
    limit = model.max_seq_length
    tokens = sum(
        min(len(ids), limit) for ids in model.tokenizer(texts, truncation=False)["input_ids"]
    )
    return 2.0 * weights * tokens


def fp32_matmul_peak(size: int = 2048, repeat: int = 10) -> float:
    """This machine's fp32 matrix-product throughput (GFLOP/s), best of ``repeat``."""
    import torch

    a, b = torch.randn(size, size), torch.randn(size, size)
    torch.matmul(a, b)
    best = 0.0
    for _ in range(repeat):
        started = time.perf_counter()
        torch.matmul(a, b)
        best = max(best, 2 * size**3 / (time.perf_counter() - started) / 1e9)
    return best


if __name__ == "__main__":
    main()
