"""The space peers are matched in: match vectors and the community's own baselines.

Much of what a sentence embedding encodes is a domain's vocabulary, so texts of one
industry sit close together whatever their problem. Each vector's *match vector* is
the vector minus a share (``MatchingSettings.industry_correction``) of the mean of
its industry's vectors, normalised: what is left is more the problem, less the
jargon. Search keeps comparing queries with the vectors themselves.

The industry means (``IndustryCentroid``) are taken again when an industry has grown
or shrunk by a twentieth, when the correction changes, and nightly; between those,
a new vector is corrected with the mean in force. ``SimilarityBaseline`` records how
alike random pairs of this community's texts are, which is where the floor and the
"possible match" label come from (never from a constant fitted to one data set).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from django.db import connection, transaction

from matching.backends import EmbeddingBackend, get_backend
from matching.models import (
    ChallengeEmbedding,
    IndustryCentroid,
    MatchingSettings,
    ProfileEmbedding,
    SimilarityBaseline,
    SpaceKind,
)

TABLES = {
    SpaceKind.CHALLENGE: ChallengeEmbedding._meta.db_table,
    SpaceKind.PROFILE: ProfileEmbedding._meta.db_table,
}
KEYS = {SpaceKind.CHALLENGE: "challenge_id", SpaceKind.PROFILE: "profile_id"}
# An industry's mean is taken again once it has this share more or fewer vectors.
DRIFT = 0.05
# Texts sampled for a baseline (pairs grow with the square), and the fewest pairs a
# baseline is worth computing from.
BASELINE_SAMPLE = 2000
BASELINE_MIN_PAIRS = 45
TYPICAL_PERCENTILE = 50
STRONG_PERCENTILE = 99


def _register() -> None:
    # On the connection, before any cursor is opened: a psycopg cursor keeps the type
    # adapters its connection had when it was made.
    from pgvector.psycopg import register_vector

    connection.ensure_connection()
    register_vector(connection.connection)


def _groups_filter(industries: set[int | None]) -> tuple[str, list]:
    ids = sorted(i for i in industries if i is not None)
    return "(e.industry_id = ANY(%s) OR (%s AND e.industry_id IS NULL))", [
        ids,
        None in industries,
    ]


def match_vectors_sync(
    *,
    kind: str,
    backend: EmbeddingBackend | None = None,
    refresh_drifted: bool = False,
    refresh_all: bool = False,
    owner_ids: list[int] | None = None,
) -> int:
    """Give every current vector of ``kind`` (or only these members' vectors) its
    match vector; returns how many were written.

    Industries without a mean get one first. With ``refresh_drifted`` (background
    work only: it can rewrite a whole industry) the means of industries that have
    grown or shrunk by a twentieth are taken again and their match vectors
    rewritten; ``refresh_all`` retakes every mean. Baselines follow any new mean.
    """
    backend = backend or get_backend()
    table = TABLES[SpaceKind(kind)]
    dims = int(backend.dimensions)
    model_id = backend.model_id
    correction = MatchingSettings.load().industry_correction
    current = "e.model_id = %s AND e.dimensions = %s"
    current_params: list = [model_id, dims]
    if owner_ids is not None and not (refresh_drifted or refresh_all):
        # A service changed these members: only their rows can be waiting (owner_id
        # is indexed; a request never scans the whole table).
        current += " AND e.owner_id = ANY(%s)"
        current_params.append(list(owner_ids))
    centroids = {
        c.industry_id: c
        for c in IndustryCentroid.objects.filter(kind=kind, model_id=model_id, dimensions=dims)
    }
    _register()
    with transaction.atomic(), connection.cursor() as cursor:
        if refresh_drifted or refresh_all:
            cursor.execute(
                f"SELECT e.industry_id, count(*) FROM {table} AS e WHERE {current} "
                "GROUP BY e.industry_id",
                [model_id, dims],
            )
            counts = dict(cursor.fetchall())
            gone = [centroids[i].pk for i in centroids if i not in counts]
            IndustryCentroid.objects.filter(pk__in=gone).delete()
            stale = {
                industry
                for industry, count in counts.items()
                if refresh_all
                or industry not in centroids
                or centroids[industry].correction != correction
                or abs(count - centroids[industry].count)
                >= max(1.0, DRIFT * centroids[industry].count)
            }
        else:
            cursor.execute(
                f"SELECT DISTINCT e.industry_id FROM {table} AS e "
                f"WHERE {current} AND e.match_vector IS NULL",
                current_params,
            )
            waiting = {row[0] for row in cursor.fetchall()}
            # A changed correction rewrites whole industries: background work (the
            # sweep, nightly), never a request changing a few members.
            stale = {
                i
                for i in waiting
                if i not in centroids
                or (owner_ids is None and centroids[i].correction != correction)
            }
        if stale:
            where, params = _groups_filter(stale)
            cursor.execute(
                f"SELECT e.industry_id, count(*), avg(e.vector::vector({dims})) "
                f"FROM {table} AS e WHERE e.model_id = %s AND e.dimensions = %s AND {where} "
                "GROUP BY e.industry_id",
                [model_id, dims, *params],
            )
            for industry_id, count, mean in cursor.fetchall():
                IndustryCentroid.objects.update_or_create(
                    kind=kind,
                    model_id=model_id,
                    dimensions=dims,
                    industry_id=industry_id,
                    defaults={
                        "count": count,
                        "correction": correction,
                        "offset": np.asarray(mean.to_numpy(), dtype=np.float32) * correction,
                    },
                )
        where, params = _groups_filter(stale)
        cursor.execute(
            f"""
            UPDATE {table} AS e
            SET match_vector = l2_normalize(e.vector::vector({dims}) - c.offset::vector({dims}))
            FROM {IndustryCentroid._meta.db_table} AS c
            WHERE c.kind = %s AND c.model_id = %s AND c.dimensions = %s
              AND c.industry_id IS NOT DISTINCT FROM e.industry_id
              AND {current} AND (e.match_vector IS NULL OR {where})
            """,
            [kind, model_id, dims, *current_params, *params],
        )
        written = cursor.rowcount
    if stale:
        similarity_baselines_refresh(backend=backend)
    return written


def _sample(cursor, kind: str, model_id: str, dims: int) -> tuple[np.ndarray, np.ndarray]:
    # A fixed pseudo-random sample (by a hash of the key), so that the same community
    # always gets the same baseline.
    table, key = TABLES[SpaceKind(kind)], KEYS[SpaceKind(kind)]
    cursor.execute(
        f"""
        SELECT e.owner_id, e.match_vector::vector({dims}) FROM {table} AS e
        WHERE e.model_id = %s AND e.dimensions = %s AND e.match_vector IS NOT NULL
        ORDER BY hashint8(e.{key}) LIMIT %s
        """,
        [model_id, dims, BASELINE_SAMPLE],
    )
    rows = cursor.fetchall()
    owners = np.array([owner or 0 for owner, _ in rows], dtype=np.int64)
    vectors = np.array([v.to_numpy() for _, v in rows], dtype=np.float32).reshape(-1, dims)
    return owners, vectors


def similarity_baselines_refresh(*, backend: EmbeddingBackend | None = None) -> None:
    """Take both baselines again from a sample of this community's match vectors."""
    backend = backend or get_backend()
    dims, model_id = int(backend.dimensions), backend.model_id
    _register()
    with transaction.atomic(), connection.cursor() as cursor:
        owners, challenges = _sample(cursor, SpaceKind.CHALLENGE, model_id, dims)
        p_owners, profiles = _sample(cursor, SpaceKind.PROFILE, model_id, dims)
        for target, their_owners, theirs in (
            (SpaceKind.CHALLENGE, owners, challenges),
            (SpaceKind.PROFILE, p_owners, profiles),
        ):
            similarity = challenges @ theirs.T
            other = owners[:, None] != their_owners[None, :]
            if target == SpaceKind.CHALLENGE:
                other &= np.triu(np.ones_like(other), k=1).astype(bool)
            values = similarity[other]
            query = SimilarityBaseline.objects.filter(
                target=target, model_id=model_id, dimensions=dims
            )
            if values.size < BASELINE_MIN_PAIRS:
                query.delete()
                continue
            typical, strong = np.percentile(values, [TYPICAL_PERCENTILE, STRONG_PERCENTILE])
            SimilarityBaseline.objects.update_or_create(
                target=target,
                model_id=model_id,
                dimensions=dims,
                defaults={
                    "typical": float(typical),
                    "strong": float(strong),
                    "pairs": int(values.size),
                },
            )


@dataclass(frozen=True)
class Baseline:
    """Where a similarity stands in the community: below ``typical`` it is noise; at
    ``strong`` it is as alike as one random pair in a hundred."""

    typical: float
    strong: float

    def strength(self, similarity: float) -> float:
        """0 at typical, 1 at strong."""
        return (similarity - self.typical) / max(self.strong - self.typical, 1e-6)


# Where a community is too small to say what a random pair looks like: nothing is
# held back, and nothing can be called more than a possible match.
NO_BASELINE = Baseline(typical=-1.0, strong=1.0 + 1e-6)


def baselines(*, backend: EmbeddingBackend) -> dict[str, Baseline]:
    found = {
        b.target: Baseline(b.typical, b.strong)
        for b in SimilarityBaseline.objects.filter(
            model_id=backend.model_id, dimensions=backend.dimensions
        )
    }
    return {target: found.get(target, NO_BASELINE) for target in SpaceKind.values}


def space_rebuild(*, backend: EmbeddingBackend | None = None) -> None:
    """Every industry mean taken again and every match vector rewritten (nightly)."""
    backend = backend or get_backend()
    for kind in SpaceKind.values:
        match_vectors_sync(kind=kind, backend=backend, refresh_all=True)
    similarity_baselines_refresh(backend=backend)
