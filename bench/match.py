"""Matching at scale: a synthetic community whose vectors come from real embedded texts.

Run by hand; it builds its own database (EMBEDDED_DB_NAME=confer_bench, or the database
in DATABASE_URL) and leaves it for re-runs (--rebuild to start again):

    .venv/bin/python bench/match.py [--members 100000] [--challenges 300000]

Vectors: every demo challenge and profile text is embedded with the real model; each
synthetic vector is a blend of two of those real vectors (70-95% of one) plus a little
noise, normalised, so the space keeps the clusters real text has (random vectors would
make recall meaningless). Prints p50/p95 of recomputing one member's suggestions and of
reading stored ones, and recall@10 of the HNSW query against exact search with every
filter applied.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
os.environ.setdefault("EMBEDDED_DB_NAME", "confer_bench")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import django

django.setup()

import numpy as np  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from pgvector.psycopg import register_vector  # noqa: E402

from challenges.models import Challenge  # noqa: E402
from cms.demo import FUNCTIONS, INDUSTRIES, build_community  # noqa: E402
from matching.backends import get_backend  # noqa: E402
from matching.explanations import suggestion_explanation  # noqa: E402
from matching.selectors import challenges_nearest, suggestions_for_member, vector_search  # noqa: E402
from matching.services.suggestions import suggestions_refresh_for_member  # noqa: E402
from members.models import (  # noqa: E402
    Function,
    Industry,
    Membership,
    MembershipPlan,
    Organisation,
    Profile,
    User,
)
from members.services import vocabulary_term_get_or_create  # noqa: E402

BATCH = 5000


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q))


def real_vectors(backend) -> np.ndarray:
    community = build_community()
    texts = [f"{c.title}. {c.description}" for c in community.challenges]
    texts += [
        f"{m.headline}. Can help with: {', '.join(m.expertise)}. {m.bio}" for m in community.members
    ]
    print(f"embedding {len(texts)} real texts ...", flush=True)
    return backend.embed_documents(texts)


def blended(real: np.ndarray, count: int, rng: np.random.Generator) -> np.ndarray:
    a = real[rng.integers(0, len(real), count)]
    b = real[rng.integers(0, len(real), count)]
    w = rng.uniform(0.70, 0.95, (count, 1))
    v = w * a + (1 - w) * b + rng.normal(0, 0.01, a.shape)
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def build(members: int, challenges: int, backend) -> None:
    rng = np.random.default_rng(7)
    pyrng = random.Random(7)
    call_command("migrate", verbosity=0)
    industries = [vocabulary_term_get_or_create(model=Industry, name=n) for n in INDUSTRIES]
    functions = [vocabulary_term_get_or_create(model=Function, name=n) for n in FUNCTIONS]
    plan, _ = MembershipPlan.objects.get_or_create(
        slug="bench", defaults={"name": "Bench", "price": 1}
    )
    orgs = Organisation.objects.bulk_create(
        [
            Organisation(name=f"Bench org {i}", industry=industries[i % len(industries)])
            for i in range(members // 25)
        ]
    )
    print(f"creating {members} members ...", flush=True)
    today = timezone.localdate()
    for start in range(0, members, BATCH):
        users = User.objects.bulk_create(
            [
                User(
                    email=f"bench{i}@bench.example",
                    first_name="Bench",
                    last_name=str(i),
                    password="!",
                )
                for i in range(start, min(members, start + BATCH))
            ]
        )
        Profile.objects.bulk_create(
            [
                Profile(
                    user=u,
                    organisation=(org := pyrng.choice(orgs)),
                    industry_id=org.industry_id,
                    function=pyrng.choice(functions),
                    headline="Bench member",
                    open_to_introductions=pyrng.random() < 0.85,
                )
                for u in users
            ]
        )
        Membership.objects.bulk_create(
            [Membership(user=u, plan=plan, starts_on=today, status="active") for u in users]
        )
    user_ids = list(
        User.objects.filter(email__endswith="@bench.example").values_list("pk", flat=True)
    )
    print(f"creating {challenges} challenges ...", flush=True)
    for start in range(0, challenges, BATCH):
        Challenge.objects.bulk_create(
            [
                Challenge(
                    author_id=user_ids[i % len(user_ids)],
                    title=f"Bench challenge {i}",
                    description="A synthetic challenge for the benchmark.",
                    status="open" if pyrng.random() < 0.8 else "solved",
                )
                for i in range(start, min(challenges, start + BATCH))
            ]
        )
    real = real_vectors(backend)
    challenge_ids = list(Challenge.objects.order_by("pk").values_list("pk", flat=True))
    vectors = blended(real, len(challenge_ids), rng)
    print("loading vectors (binary COPY) and building the HNSW index ...", flush=True)
    started = time.perf_counter()
    with connection.cursor() as cursor:
        raw = cursor.connection
        register_vector(raw)
        cursor.execute("DROP INDEX IF EXISTS matching_challengeembedding_hnsw_384")
        with raw.cursor().copy(
            "COPY matching_challengeembedding (challenge_id, model_id, dimensions, text_hash, "
            "vector, updated_at) FROM STDIN WITH (FORMAT BINARY)"
        ) as copy:
            copy.set_types(["int8", "varchar", "int2", "varchar", "vector", "timestamptz"])
            now = timezone.now()
            for pk, vector in zip(challenge_ids, vectors, strict=True):
                copy.write_row([pk, backend.model_id, 384, "bench", vector, now])
        cursor.execute("SET maintenance_work_mem = '2GB'")
        cursor.execute(
            "CREATE INDEX matching_challengeembedding_hnsw_384 ON matching_challengeembedding "
            "USING hnsw ((vector::vector(384)) vector_cosine_ops) WHERE dimensions = 384"
        )
        cursor.execute("ANALYZE")
    print(f"  {time.perf_counter() - started:.1f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--challenges", type=int, default=300_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    backend = get_backend()
    call_command("migrate", verbosity=0)
    if args.rebuild or not User.objects.filter(email__endswith="@bench.example").exists():
        if User.objects.filter(email__endswith="@bench.example").exists():
            User.objects.filter(email__endswith="@bench.example").delete()
        build(args.members, args.challenges, backend)
    backend.embed_query("warm up")
    print(
        f"community: {User.objects.count()} members, {Challenge.objects.count()} challenges, "
        f"{connection.settings_dict['NAME']}"
    )

    rng = random.Random(11)
    member_ids = list(
        Profile.objects.filter(open_to_introductions=True).values_list("user_id", flat=True)
    )
    sample = [User.objects.get(pk=pk) for pk in rng.sample(member_ids, args.samples)]

    recompute = []
    for member in sample:
        started = time.perf_counter()
        suggestions_refresh_for_member(member=member, backend=backend)
        recompute.append((time.perf_counter() - started) * 1000)
    read = []
    for member in sample:
        started = time.perf_counter()
        [suggestion_explanation(s) for s in suggestions_for_member(member=member)]
        read.append((time.perf_counter() - started) * 1000)

    vectors = list(
        Challenge.objects.filter(author__in=sample[:100], embedding__isnull=False).values_list(
            "embedding__vector", "author_id"
        )[:100]
    )
    recalls = []
    for vector, author_id in vectors:
        with vector_search():
            indexed = challenges_nearest(
                vector, backend=backend, exclude_user_id=author_id, limit=10
            )
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL enable_indexscan = off")
                cursor.execute("SET LOCAL enable_bitmapscan = off")
            exact = challenges_nearest(vector, backend=backend, exclude_user_id=author_id, limit=10)
        got = {r["challenge_id"] for r in indexed}
        want = {r["challenge_id"] for r in exact}
        recalls.append(len(got & want) / max(1, len(want)))

    print(
        f"recompute one member's suggestions: p50 {pct(recompute, 50):.1f} ms, "
        f"p95 {pct(recompute, 95):.1f} ms  (n={len(recompute)})"
    )
    print(
        f"read stored suggestions (+explanations): p50 {pct(read, 50):.1f} ms, "
        f"p95 {pct(read, 95):.1f} ms"
    )
    print(
        f"recall@10, HNSW vs exact, all filters: mean {statistics.mean(recalls):.3f} "
        f"(n={len(recalls)})"
    )


if __name__ == "__main__":
    main()
