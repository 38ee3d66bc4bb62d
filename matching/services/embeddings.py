"""Writes of vectors: embedding challenges and profiles, recording failures."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, OperationalError, connection, transaction
from django.utils import timezone

from challenges.models import Challenge, ChallengeVisibility
from matching.backends import EmbeddingBackend, EmbeddingBackendError, get_backend
from matching.models import ChallengeEmbedding, EmbeddingFailure, EmbeddingRun, ProfileEmbedding
from matching.selectors import MATCHABLE, members_matchable
from matching.services.space import match_vectors_sync
from matching.texts import challenge_text, profile_help_text, text_hash
from members.models import Profile

KINDS: dict[str, tuple[Any, Any, str, Callable[[Any], str]]] = {
    "challenge": (Challenge, ChallengeEmbedding, "challenge", challenge_text),
    "profile": (Profile, ProfileEmbedding, "profile", profile_help_text),
}
OWNER = {"challenge": "author_id", "profile": "user_id"}


@dataclass
class EmbedResult:
    embedded: int = 0
    unchanged: int = 0
    removed: int = 0

    def add(self, other: EmbedResult) -> None:
        self.embedded += other.embedded
        self.unchanged += other.unchanged
        self.removed += other.removed


def embedding_index_ensure(*, dimensions: int) -> None:
    """An HNSW cosine index for vectors of this many dimensions (one per model size)."""
    dims = int(dimensions)
    for table in ("matching_challengeembedding", "matching_profileembedding"):
        # Search reads ``vector``; peers are matched on ``match_vector``.
        for column, suffix in (("vector", ""), ("match_vector", "_match")):
            name = f"{table}_hnsw{suffix}_{dims}"
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = %s", [name])
                if cursor.fetchone():
                    continue
                cursor.execute(
                    f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
                    f"USING hnsw (({column}::vector({dims})) vector_cosine_ops) "
                    f"WHERE dimensions = {dims}"
                )


def objects_embed(
    *,
    kind: str,
    ids: Iterable[int],
    force: bool = False,
    backend: EmbeddingBackend | None = None,
    refresh_space: bool = True,
) -> EmbedResult:
    """Embed the given challenges or profiles whose text or model changed.

    Unchanged text under the same model is never embedded again (unless ``force``);
    a profile with nothing to say loses its vector. Clears recorded failures. With
    ``refresh_space`` the means of industries that drifted are taken again (a sweep
    does that once at its end instead).
    """
    model, vector_model, key, make_text = KINDS[kind]
    backend = backend or get_backend()
    ids_asked = set(ids)
    objects = list(model.objects.filter(pk__in=ids_asked))
    existing = {
        row[f"{key}_id"]: (row["model_id"], row["text_hash"])
        for row in vector_model.objects.filter(**{f"{key}_id__in": [o.pk for o in objects]}).values(
            f"{key}_id", "model_id", "text_hash"
        )
    }
    result = EmbedResult()
    todo, empty = [], []
    for obj in objects:
        text = make_text(obj)
        if not text:
            empty.append(obj.pk)
            continue
        digest = text_hash(text)
        if not force and existing.get(obj.pk) == (backend.model_id, digest):
            result.unchanged += 1
            continue
        todo.append((obj.pk, text, digest))
    # Word-for-word equal texts (imports, copied challenges) are embedded once.
    distinct = {digest: text for _, text, digest in todo}
    embedded: Any = backend.embed_documents(list(distinct.values())) if distinct else []
    vector_of = dict(zip(distinct, embedded, strict=True))
    if todo:
        embedding_index_ensure(dimensions=len(embedded[0]))
    with transaction.atomic():
        # Lock what is still there against deletion until this commits: a challenge
        # deleted meanwhile is skipped here, and one deleted after waits for this
        # transaction and then takes its vector with it.
        present = _rows_lock_present(model, [o.pk for o in objects])
        todo = [row for row in todo if row[0] in present]
        empty = [pk for pk in empty if pk in present]
        if empty:
            result.removed = vector_model.objects.filter(**{f"{key}_id__in": empty}).delete()[0]
        if todo:
            _vectors_upsert(
                vector_model,
                key,
                [
                    (pk, backend.model_id, len(vector_of[digest]), digest, vector_of[digest])
                    for pk, _, digest in todo
                ],
            )
            result.embedded = len(todo)
        # Failures of objects that are embedded now, or gone, resolve themselves.
        EmbeddingFailure.objects.filter(kind=kind, object_id__in=list(ids_asked)).delete()
        # A new status or visibility changes eligibility even when the text did not.
        embeddings_eligibility_sync(user_ids={getattr(o, OWNER[kind]) for o in objects})
        if refresh_space and (todo or result.removed):
            # An industry that grew or shrunk by a twentieth gets its mean taken again.
            match_vectors_sync(kind=kind, backend=backend, refresh_drifted=True)
    return result


def _rows_lock_present(model, ids: list[int]) -> set[int]:
    """Ids among ``ids`` that still exist, share-locked (FOR KEY SHARE, which blocks a
    DELETE but no ordinary update) until the transaction ends."""
    if not ids:
        return set()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id FROM {model._meta.db_table} WHERE id = ANY(%s) ORDER BY id FOR KEY SHARE",
            [ids],
        )
        return {row[0] for row in cursor.fetchall()}


def _vectors_upsert(vector_model, key: str, rows: list[tuple]) -> None:
    # Binary COPY into a scratch table, then one upsert: sending vectors as text in
    # an INSERT costs more than a tenth of embedding them (bench/embed.py).
    from pgvector.psycopg import register_vector

    table = vector_model._meta.db_table
    with connection.cursor() as cursor:
        raw = cursor.connection
        register_vector(raw)
        cursor.execute(
            "CREATE TEMP TABLE incoming_vectors (id bigint, model_id varchar(200), "
            "dimensions smallint, text_hash varchar(64), vector vector)"
        )
        with raw.cursor().copy("COPY incoming_vectors FROM STDIN WITH (FORMAT BINARY)") as copy:
            copy.set_types(["int8", "varchar", "int2", "varchar", "vector"])
            for row in rows:
                copy.write_row(row)
        cursor.execute(
            f"INSERT INTO {table} ({key}_id, model_id, dimensions, text_hash, vector, "
            "updated_at, eligible) "
            "SELECT id, model_id, dimensions, text_hash, vector, %s, false "
            "FROM incoming_vectors "
            f"ON CONFLICT ({key}_id) DO UPDATE SET model_id = EXCLUDED.model_id, "
            "dimensions = EXCLUDED.dimensions, text_hash = EXCLUDED.text_hash, "
            "vector = EXCLUDED.vector, updated_at = EXCLUDED.updated_at, match_vector = NULL",
            [timezone.now()],
        )
        cursor.execute("DROP TABLE incoming_vectors")


def embeddings_eligibility_sync(*, user_ids: Iterable[int] | None = None) -> int:
    """Copy owner, organisation, industry and "may be matched now" onto the vectors of
    these members (or everyone's), writing only rows that change; returns how many did.
    A vector whose owner changed industry gets its match vector again.

    Called by every service that changes who may be matched (memberships, consent,
    organisation, a challenge's status or visibility), and hourly for memberships
    that end by date alone.
    """
    ids = None if user_ids is None else sorted(set(user_ids))
    if ids == []:
        return 0
    matchable = members_matchable() if ids is None else members_matchable().filter(pk__in=ids)
    matchable_sql, matchable_params = matchable.values("pk").query.sql_with_params()
    owner_filter = "" if ids is None else "WHERE {owner} = ANY(%s)"
    owner_params = [] if ids is None else [ids]
    # Each source row: the vector's key, its owner, their organisation, and whether it
    # may be matched now.
    challenges = f"""
        SELECT c.id, c.author_id, p.organisation_id, p.industry_id,
               (c.status = ANY(%s) AND c.visibility = %s AND c.author_id IN ({matchable_sql}))
        FROM {Challenge._meta.db_table} AS c
        LEFT JOIN {Profile._meta.db_table} AS p ON p.user_id = c.author_id
        {owner_filter.format(owner="c.author_id")}
    """
    profiles = f"""
        SELECT p.id, p.user_id, p.organisation_id, p.industry_id, (p.user_id IN ({matchable_sql}))
        FROM {Profile._meta.db_table} AS p
        {owner_filter.format(owner="p.user_id")}
    """
    changed = 0
    with transaction.atomic(), connection.cursor() as cursor:
        for vector_model, key, source, params in (
            (
                ChallengeEmbedding,
                "challenge_id",
                challenges,
                [list(MATCHABLE), ChallengeVisibility.MEMBERS, *matchable_params, *owner_params],
            ),
            (ProfileEmbedding, "profile_id", profiles, [*matchable_params, *owner_params]),
        ):
            cursor.execute(
                f"""
                UPDATE {vector_model._meta.db_table} AS e
                SET owner_id = s.owner_id, organisation_id = s.organisation_id,
                    eligible = s.eligible, industry_id = s.industry_id,
                    match_vector = CASE WHEN e.industry_id IS NOT DISTINCT FROM s.industry_id
                                        THEN e.match_vector END
                FROM ({source}) AS s (id, owner_id, organisation_id, industry_id, eligible)
                WHERE e.{key} = s.id
                  AND (e.owner_id, e.organisation_id, e.industry_id, e.eligible)
                      IS DISTINCT FROM
                      (s.owner_id, s.organisation_id, s.industry_id, s.eligible)
                """,
                params,
            )
            changed += cursor.rowcount
        if changed:
            for kind in KINDS:
                match_vectors_sync(kind=kind, owner_ids=ids)
    return changed


def embedding_failure_reason(error: BaseException) -> str:
    """What staff read on the failures screen: the cause in words, not a traceback."""
    if isinstance(error, EmbeddingBackendError):
        return f"The embedding model could not be used: {error}"
    if isinstance(error, IntegrityError):
        return (
            "The database refused the vector; the text may have been changed or deleted "
            "while it was being embedded. It is retried."
        )
    if isinstance(error, OperationalError):
        return "The database could not be reached; it is retried."
    first_line = (str(error).strip().splitlines() or [""])[0][:300]
    return f"{type(error).__name__}: {first_line}" if first_line else type(error).__name__


def embedding_failure_record(*, kind: str, object_id: int, error: str) -> EmbeddingFailure | None:
    """Note that embedding failed (again), for staff to see; nothing for an object that
    no longer exists (its failure, if any, is resolved)."""
    model = KINDS[kind][0]
    if not model.objects.filter(pk=object_id).exists():
        EmbeddingFailure.objects.filter(kind=kind, object_id=object_id).delete()
        return None
    failure, created = EmbeddingFailure.objects.get_or_create(
        kind=kind, object_id=object_id, defaults={"error": error[:2000]}
    )
    if not created:
        failure.error = error[:2000]
        failure.attempts += 1
        failure.save(update_fields=["error", "attempts", "last_failed_at"])
    return failure


def embeddings_sweep(
    *,
    kind: str,
    everything: bool = False,
    batch_size: int = 256,
    backend: EmbeddingBackend | None = None,
    progress: Callable[[int], None] | None = None,
) -> EmbedResult:
    """Embed every stale challenge or profile (or, with ``everything``, all of them).

    Works in batches in id order, committing each, so an interrupted sweep loses
    nothing: a stale sweep simply finds less to do, and an ``everything`` sweep
    resumes its unfinished run, skipping what that run already wrote.
    """
    model, vector_model, key, _ = KINDS[kind]
    backend = backend or get_backend()
    # Failures of what no longer exists (deleted by any path) resolve themselves.
    EmbeddingFailure.objects.filter(kind=kind).exclude(
        object_id__in=model.objects.values("pk")
    ).delete()
    run = None
    if everything:
        run = EmbeddingRun.objects.filter(kind=kind, finished_at__isnull=True).first()
        run = run or EmbeddingRun.objects.create(kind=kind)
    result = EmbedResult()
    last_pk = 0
    while True:
        ids = list(
            model.objects.filter(pk__gt=last_pk)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if not ids:
            break
        last_pk = ids[-1]
        batch_total = len(ids)
        force = False
        if run is not None:
            done = set(
                vector_model.objects.filter(
                    **{f"{key}_id__in": ids},
                    updated_at__gte=run.started_at,
                    model_id=backend.model_id,
                ).values_list(f"{key}_id", flat=True)
            )
            result.unchanged += len(done)
            ids = [pk for pk in ids if pk not in done]
            force = True
        batch = objects_embed(kind=kind, ids=ids, force=force, backend=backend, refresh_space=False)
        result.add(batch)
        if progress:
            progress(batch_total)
    if result.embedded or result.removed:
        match_vectors_sync(kind=kind, backend=backend, refresh_drifted=True)
    if run is not None:
        run.finished_at = timezone.now()
        run.save(update_fields=["finished_at"])
    return result
