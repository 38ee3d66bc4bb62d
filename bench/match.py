"""Matching at scale: a synthetic community whose vectors come from real embedded texts.

Run by hand; it builds its own database (EMBEDDED_DB_NAME=confer_bench, or the database
in DATABASE_URL) and leaves it for re-runs (--rebuild to start again):

    EMBEDDED_PG_SHARED_BUFFERS=3GB .venv/bin/python bench/match.py [--members 100000]

(the buffer size is read when the embedded server starts, so run it twice after
changing it). Before measuring, every table and index is read into the server's
buffers (pg_prewarm), as they stay on a server in use.

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

from bench.scratch import database_recreate  # noqa: E402
from challenges.models import Challenge  # noqa: E402
from demo.community import FUNCTIONS, INDUSTRIES, build_community  # noqa: E402
from matching.backends import get_backend  # noqa: E402
from matching.explanations import suggestion_explanation  # noqa: E402
from matching.models import ChallengeEmbedding, ProfileEmbedding  # noqa: E402
from matching.selectors import (  # noqa: E402
    candidates,
    neighbours_of_challenges,
    seeking_challenges,
    suggestions_for_member,
    vector_search,
)
from matching.services.embeddings import (  # noqa: E402
    embedding_index_ensure,
    embeddings_eligibility_sync,
)
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
    print("loading vectors (binary COPY) and building the HNSW indexes ...", flush=True)
    started = time.perf_counter()
    for table, key, ids in (
        (
            "matching_challengeembedding",
            "challenge_id",
            list(Challenge.objects.order_by("pk").values_list("pk", flat=True)),
        ),
        (
            "matching_profileembedding",
            "profile_id",
            list(
                Profile.objects.filter(user__email__endswith="@bench.example")
                .order_by("pk")
                .values_list("pk", flat=True)
            ),
        ),
    ):
        copy_vectors(table, key, ids, blended(real, len(ids), rng), backend)
    # Before the indexes exist: every row it rewrites (owner, industry, match vector)
    # would be an HNSW insert.
    embeddings_eligibility_sync()
    with connection.cursor() as cursor:
        cursor.execute("SET maintenance_work_mem = '2GB'")
        embedding_index_ensure(dimensions=backend.dimensions)
        cursor.execute("ANALYZE")
    print(f"  {time.perf_counter() - started:.1f} s", flush=True)


def copy_vectors(table: str, key: str, ids: list[int], vectors: np.ndarray, backend):
    with connection.cursor() as cursor:
        raw = cursor.connection
        register_vector(raw)
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = %s AND indexname LIKE %s",
            [table, "%hnsw%"],
        )
        for (name,) in cursor.fetchall():
            cursor.execute(f"DROP INDEX {name}")
        with raw.cursor().copy(
            f"COPY {table} ({key}, model_id, dimensions, text_hash, vector, updated_at, "
            "eligible) FROM STDIN WITH (FORMAT BINARY)"
        ) as copy:
            copy.set_types(["int8", "varchar", "int2", "varchar", "vector", "timestamptz", "bool"])
            now = timezone.now()
            for pk, vector in zip(ids, vectors, strict=True):
                copy.write_row(
                    [pk, backend.model_id, backend.dimensions, "bench", vector, now, False]
                )


def prewarm() -> str:
    # A server in use keeps its working set in memory; a freshly started one reads
    # every page from disk once. Measure the first, not the second.
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
        cursor.execute(
            "SELECT count(pg_prewarm(c.oid)) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i')"
        )
        cursor.execute("SHOW shared_buffers")
        return cursor.fetchone()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--challenges", type=int, default=300_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--ef-search", type=int, default=candidates.EF_SEARCH)
    args = parser.parse_args()
    candidates.EF_SEARCH = args.ef_search
    backend = get_backend()
    if args.rebuild:
        database_recreate()
    call_command("migrate", verbosity=0)
    if not User.objects.filter(email__endswith="@bench.example").exists():
        build(args.members, args.challenges, backend)
    backend.embed_query("warm up")
    buffers = prewarm()
    print(
        f"community: {User.objects.count()} members, {Challenge.objects.count()} challenges, "
        f"{ChallengeEmbedding.objects.count()} challenge and "
        f"{ProfileEmbedding.objects.count()} profile vectors, "
        f"{connection.settings_dict['NAME']}, shared_buffers {buffers}, "
        f"hnsw.ef_search {candidates.EF_SEARCH}"
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

    recalls: dict[str, list[float]] = {"challenges": [], "profiles": []}
    for member in sample[:100]:
        profile = Profile.objects.get(user=member)
        ids = [c.pk for c in seeking_challenges(member=member, backend=backend)]
        for name, target in (("challenges", "challenge"), ("profiles", "profile")):
            filters = {
                "targets": (target,),
                "backend": backend,
                "exclude_user_id": member.pk,
                "exclude_organisation_id": profile.organisation_id,
                "limit": 10,
            }
            with vector_search():
                indexed = neighbours_of_challenges(ids, **filters)
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL enable_indexscan = off")
                    cursor.execute("SET LOCAL enable_bitmapscan = off")
                exact = neighbours_of_challenges(ids, **filters)
            for challenge_id in ids:
                got = {n.target_id for n in indexed if n.challenge_id == challenge_id}
                want = {n.target_id for n in exact if n.challenge_id == challenge_id}
                if want:
                    recalls[name].append(len(got & want) / len(want))

    print(
        f"recompute one member's suggestions: p50 {pct(recompute, 50):.1f} ms, "
        f"p95 {pct(recompute, 95):.1f} ms  (n={len(recompute)})"
    )
    print(
        f"read stored suggestions (+explanations): p50 {pct(read, 50):.1f} ms, "
        f"p95 {pct(read, 95):.1f} ms"
    )
    for name, values in recalls.items():
        print(
            f"recall@10 of {name} near members' challenges, HNSW vs exact, all filters: "
            f"mean {statistics.mean(values):.3f} (n={len(values)})"
        )


if __name__ == "__main__":
    main()
