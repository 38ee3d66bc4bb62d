"""Working-group clustering at scale, and its quality on communities with known answers.

Run by hand (no database needed):

    .venv/bin/python bench/cluster.py [--rows 100000] [--quality] [--share 0.5]

Vectors: every demo challenge and every validation challenge is embedded with the
configured model (settings.MATCHING_EMBEDDING, the default all-mpnet-base-v2, its weights
verified by checksum; cached in var/, keyed by model and texts); each synthetic
challenge is a blend of two of those real vectors (70-95% of one) plus a little noise,
normalised, as in bench/match.py. It carries the text of its main source and, when that
states a shared problem, the industry of a random statement of the problem (else the
source's own). Then the match correction (industry means, ``--share`` of them: the
product's default unless given), ``clusters_find`` (groups spanning >= 3 industries)
and ``cluster_labels`` run on all of them. Prints wall time per step, peak memory
(ru_maxrss) and the clusters found.

--quality also prints, for the validation community and the demo, how many problems are
recovered as a group (>= 3 of a problem's statements, >= 60% of the group, >= 3
industries) and how many challenges with an unshared problem end up in a group.
"""

import argparse
import csv
import hashlib
import json
import os
import resource
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import django  # noqa: E402

django.setup()

import numpy as np  # noqa: E402

from demo.community import build_community  # noqa: E402
from matching.backends import (  # noqa: E402
    EmbeddingBackend,
    configured_backend,
    cpu_has_native_bf16,
)
from matching.clustering import (  # noqa: E402
    cluster_labels,
    clusters_find,
    clusters_rank,
    match_vectors,
)
from matching.evaluation import problems_recovered  # noqa: E402
from matching.models import MatchingSettings  # noqa: E402

VALIDATION = ROOT.parent / "shared" / "validation"
DEFAULT_SHARE = MatchingSettings._meta.get_field("industry_correction").get_default()


def validation_challenges() -> list[dict]:
    with (VALIDATION / "community.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    truth = json.loads((VALIDATION / "truth.json").read_text(encoding="utf-8"))
    return [
        {
            "text": f"{r['challenge_title']}. {r['challenge_description']}",
            "industry": r["industry"],
            "problem": truth[r["challenge_title"]],
        }
        for r in rows
    ]


def demo_challenges() -> list[dict]:
    community = build_community()
    industry = {m.email: m.industry for m in community.members}
    return [
        {
            "text": f"{c.title}. {c.description}",
            "industry": industry[c.author_email],
            "problem": c.problem_key,
        }
        for c in community.challenges
        if c.status in ("open", "exploring", "solved") and c.visibility == "members"
    ]


def embedded(backend: EmbeddingBackend, texts: list[str]) -> np.ndarray:
    key = hashlib.sha256("\n".join([backend.model_id, *texts]).encode()).hexdigest()[:16]
    cache = ROOT / "var" / f"cluster-bench-{key}.npy"
    if cache.exists():
        return np.load(cache)
    started = time.perf_counter()
    vectors = backend.embed_documents(texts)
    print(f"embedded {len(texts)} texts in {time.perf_counter() - started:.0f} s", flush=True)
    cache.parent.mkdir(exist_ok=True)
    np.save(cache, vectors)
    return vectors


def quality(name: str, challenges: list[dict], vectors: np.ndarray, share: float) -> None:
    industries = [c["industry"] for c in challenges]
    problems = [c["problem"] for c in challenges]
    result = clusters_find(match_vectors(vectors, industries, share=share), industries=industries)
    recovered = problems_recovered(result.labels, problems, industries)
    unique = [i for i, p in enumerate(problems) if p is None]
    clustered = sum(result.labels[i] >= 0 for i in unique)
    print(
        f"{name}: {len(challenges)} challenges, threshold {result.threshold:.3f}, "
        f"{len(result.clusters)} groups holding {(result.labels >= 0).sum()} challenges; "
        f"problems recovered {len(recovered)} of {len(set(problems) - {None})}; "
        f"unshared problems in a group {clustered} of {len(unique)}"
    )


def blended(real: np.ndarray, count: int, rng: np.random.Generator):
    main = rng.integers(0, len(real), count)
    other = rng.integers(0, len(real), count)
    weight = rng.uniform(0.70, 0.95, (count, 1)).astype(np.float32)
    vectors = np.empty((count, real.shape[1]), dtype=np.float32)
    # In slices, so that building the input does not set the peak memory measured.
    for start in range(0, count, 10_000):
        part = slice(start, start + 10_000)
        mixed = weight[part] * real[main[part]] + (1 - weight[part]) * real[other[part]]
        mixed += rng.normal(0, 0.01, mixed.shape).astype(np.float32)
        vectors[part] = mixed / np.linalg.norm(mixed, axis=1, keepdims=True)
    return vectors, main


def synthetic_industries(real: list[dict], source: np.ndarray, rng: np.random.Generator):
    """The industry of each synthetic challenge: for a shared problem, that of a random
    statement of the same problem (members of several industries state it), otherwise
    its source's. Copies of one text in one industry would form groups nobody
    proposes (a working group spans several industries)."""
    by_problem: dict[str, list[str]] = defaultdict(list)
    for challenge in real:
        if challenge["problem"]:
            by_problem[challenge["problem"]].append(challenge["industry"])
    pick = rng.random(len(source))
    industries = []
    for i, p in zip(source, pick, strict=True):
        choices = by_problem.get(real[i]["problem"]) or [real[i]["industry"]]
        industries.append(choices[int(p * len(choices))])
    return industries


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--quality", action="store_true")
    parser.add_argument(
        "--share", type=float, default=DEFAULT_SHARE, help="industry correction (match_vectors)"
    )
    args = parser.parse_args()
    print(
        f"CPU native bf16: {cpu_has_native_bf16()}; cores: {os.cpu_count()}; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    backend = configured_backend()
    print(f"model {backend.model_id}; industry correction {args.share}")
    demo, validation = demo_challenges(), validation_challenges()
    real = demo + validation
    vectors = embedded(backend, [c["text"] for c in real])
    if args.quality:
        quality("validation", validation, vectors[len(demo) :], args.share)
        quality("demo", demo, vectors[: len(demo)], args.share)

    rng = np.random.default_rng(7)
    synthetic, source = blended(vectors, args.rows, rng)
    industries = synthetic_industries(real, source, rng)
    print(f"{args.rows} synthetic challenge vectors from {len(real)} real texts")
    memory_before = peak_mb()

    started = time.perf_counter()
    corrected = match_vectors(synthetic, industries, share=args.share)
    del synthetic
    correction_s = time.perf_counter() - started
    started = time.perf_counter()
    result = clusters_find(corrected, industries=industries)
    clustering_s = time.perf_counter() - started
    started = time.perf_counter()
    texts = [[real[source[i]]["text"] for i in c.members] for c in result.clusters]
    labels = cluster_labels(texts)
    labelling_s = time.perf_counter() - started
    ranked = clusters_rank(result, industries)
    total = correction_s + clustering_s + labelling_s

    sizes = np.array([c.size for c in result.clusters])
    print(
        f"match correction {correction_s:.1f} s, clusters_find {clustering_s:.1f} s, "
        f"cluster_labels {labelling_s:.1f} s: total {total:.1f} s"
    )
    print(
        f"peak memory (ru_maxrss): {peak_mb():.0f} MB (before clustering: {memory_before:.0f} MB)"
    )
    print(
        f"threshold {result.threshold:.3f}; {len(result.clusters)} clusters holding "
        f"{(result.labels >= 0).sum()} of {args.rows} rows; sizes: min {sizes.min()}, "
        f"median {int(np.median(sizes))}, max {sizes.max()}"
        if len(sizes)
        else f"no clusters: {result.reason}"
    )
    score_of = dict(ranked)
    print("largest clusters (label phrases, [sources' problems]):")
    for label in np.argsort(-sizes, kind="stable")[:5]:
        cluster = result.clusters[label]
        score = score_of[label]
        sources = Counter(source[i] for i in cluster.members)
        by_problem: dict[str, int] = defaultdict(int)
        for i, n in sources.items():
            by_problem[real[i]["problem"] or "(unshared)"] += n
        print(
            f"  score {score:.2f}, {cluster.size} rows, cohesion {cluster.cohesion:.2f}: "
            f"{', '.join(labels[label])}  [{dict(by_problem)}]"
        )


if __name__ == "__main__":
    main()
