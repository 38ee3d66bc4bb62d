"""Switching the community to another embedding model without emptying anyone's list.

When the configured model (``EMBEDDING_MODEL`` ...) is not the one the stored vectors
were made by, every challenge and profile is embedded again in the background into
``next_vector``, with progress in ``EmbeddingModelState``; meanwhile the previous
model keeps serving: suggestions, search and new challenges use it
(``matching.backends.get_backend``). Once every row has its new vector, one
transaction puts them in place, the industry means and baselines are taken again, and
every member's list is recomputed. Only a previous model Confer can load again (a known
model, or the configuration recorded when it was switched to) can keep serving;
otherwise the stale vectors are simply embedded again in place, as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache as shared_cache
from django.db import connection, transaction
from django.utils import timezone

from matching.backends import (
    CONFIGURED,
    SERVING_CACHE_KEY,
    EmbeddingBackend,
    backends_reset,
    configured_backend,
    get_backend,
)
from matching.model_files import known_model_of
from matching.models import ChallengeEmbedding, EmbeddingModelState, ProfileEmbedding
from matching.services.embeddings import KINDS, embedding_index_ensure
from matching.services.space import match_vectors_sync, similarity_baselines_refresh
from matching.texts import text_hash

logger = logging.getLogger(__name__)

VECTOR_MODELS = {"challenge": ChallengeEmbedding, "profile": ProfileEmbedding}
# One switch at a time, whichever process starts it.
_LOCK = 7_310_001
# Rounds of catching up with texts changed while the switch ran, before the swap.
CATCH_UP_ROUNDS = 5


def _state() -> EmbeddingModelState | None:
    return EmbeddingModelState.objects.order_by("pk").first()


def _stored_model_ids() -> dict[str, int]:
    counts: dict[str, int] = {}
    for model in VECTOR_MODELS.values():
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT model_id, count(*) FROM {model._meta.db_table} GROUP BY model_id"
            )
            for model_id, count in cursor.fetchall():
                counts[model_id] = counts.get(model_id, 0) + count
    return counts


def _serving_config(model_id: str, state: EmbeddingModelState | None) -> dict[str, Any] | None:
    """A configuration that loads the model these vectors were made by, if Confer can."""
    if state is not None and state.serving_model_id == model_id:
        return dict(state.serving)
    known = known_model_of(model_id)
    if known is None:
        return None
    config = dict(settings.MATCHING_EMBEDDING)
    config.update({"MODEL": known.name, "MODEL_PATH": "", "SHA256": "", "MODEL_ID": ""})
    config["BACKEND"] = "matching.backends.SentenceTransformerBackend"
    return config


def model_switch_status() -> EmbeddingModelState | None:
    """The switch under way (or the last one), for staff."""
    return _state()


def embeddings_model_switch(
    *,
    batch_size: int = 128,
    progress: Callable[[EmbeddingModelState], None] | None = None,
) -> bool:
    """Move every stored vector to the configured model while the previous one serves.

    Returns False when there is nothing to switch (or another process is switching,
    or the previous model cannot be loaded again: then the ordinary sweep re-embeds
    in place). Resumable: an interrupted switch continues where it stopped.
    """
    # Whatever serves now must be matchable meanwhile: vectors stored before match
    # vectors existed (an upgrade) get theirs first.
    for kind in VECTOR_MODELS:
        match_vectors_sync(kind=kind, backend=get_backend())
    target = configured_backend()
    stored = _stored_model_ids()
    others = {m: n for m, n in stored.items() if m != target.model_id}
    state = _state()
    if not others:
        _state_settle(state, target)
        return False
    previous = max(others, key=lambda m: others[m])
    serving = _serving_config(previous, state)
    if serving is None:
        logger.warning(
            "Vectors of %s cannot serve while %s is embedded: re-embedding in place",
            previous,
            target.model_id,
        )
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [_LOCK])
        if not cursor.fetchone()[0]:
            return False
    try:
        state = _switch_begin(state, serving, previous, target, sum(others.values()))
        for _ in range(CATCH_UP_ROUNDS):
            written = 0
            for kind in VECTOR_MODELS:
                written += _next_vectors_write(kind, target, state, batch_size, progress)
            if not written:
                break
        _switch_finish(state, target)
    except Exception as error:
        EmbeddingModelState.objects.filter(target_model_id=target.model_id).update(
            error=str(error)[:2000]
        )
        raise
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [_LOCK])
    return True


def _state_settle(state: EmbeddingModelState | None, target: EmbeddingBackend) -> None:
    # Nothing stored by another model: the configured one serves.
    if state is None:
        EmbeddingModelState.objects.create(
            serving=dict(settings.MATCHING_EMBEDDING), serving_model_id=target.model_id
        )
    elif state.serving_model_id != target.model_id or state.switching:
        state.serving = dict(settings.MATCHING_EMBEDDING)
        state.serving_model_id = target.model_id
        state.target, state.target_model_id = None, ""
        state.save()
    shared_cache.set(SERVING_CACHE_KEY, CONFIGURED, None)


def _switch_begin(state, serving, previous, target, total) -> EmbeddingModelState:
    if state is None:
        state = EmbeddingModelState()
    if state.target_model_id != target.model_id:
        state.started_at, state.done = timezone.now(), 0
    state.serving, state.serving_model_id = serving, previous
    state.target, state.target_model_id = dict(settings.MATCHING_EMBEDDING), target.model_id
    state.total, state.finished_at, state.error = total, None, ""
    state.save()
    shared_cache.set(SERVING_CACHE_KEY, serving, None)
    return state


def _next_vectors_write(kind, target, state, batch_size, progress) -> int:
    """Give every row whose next vector is missing or out of date one; returns how
    many were written."""
    source, _, key, make_text = KINDS[kind]
    table = VECTOR_MODELS[kind]._meta.db_table
    written = 0
    last = 0
    while True:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {key}_id FROM {table} WHERE {key}_id > %s "
                "AND (next_model_id <> %s OR next_text_hash <> text_hash OR next_vector IS NULL) "
                f"ORDER BY {key}_id LIMIT %s",
                [last, target.model_id, batch_size],
            )
            ids = [row[0] for row in cursor.fetchall()]
        if not ids:
            return written
        last = ids[-1]
        objects = list(source.objects.filter(pk__in=ids))
        texts = {obj.pk: make_text(obj) for obj in objects}
        texts = {pk: text for pk, text in texts.items() if text}
        vectors = target.embed_documents(list(texts.values())) if texts else []
        rows = [
            (pk, text_hash(text), vector)
            for (pk, text), vector in zip(texts.items(), vectors, strict=True)
        ]
        _next_vectors_store(table, key, target.model_id, rows)
        written += len(rows)
        state.done = min(state.total, state.done + len(rows))
        state.save(update_fields=["done"])
        # Kept fresh while the switch runs, so that a cleared cache cannot end it early.
        shared_cache.set(SERVING_CACHE_KEY, state.serving, None)
        if progress:
            progress(state)


def _next_vectors_store(table: str, key: str, model_id: str, rows: list[tuple]) -> None:
    if not rows:
        return
    from pgvector.psycopg import register_vector

    with transaction.atomic(), connection.cursor() as cursor:
        register_vector(cursor.connection)
        cursor.execute(
            "CREATE TEMP TABLE next_vectors (id bigint, text_hash varchar(64), vector vector)"
        )
        with cursor.connection.cursor().copy(
            "COPY next_vectors FROM STDIN WITH (FORMAT BINARY)"
        ) as copy:
            copy.set_types(["int8", "varchar", "vector"])
            for row in rows:
                copy.write_row(row)
        # Only where the text is still the one embedded: a text changed meanwhile is
        # caught up in the next round.
        cursor.execute(
            f"UPDATE {table} AS e SET next_model_id = %s, next_text_hash = n.text_hash, "
            "next_vector = n.vector FROM next_vectors AS n "
            f"WHERE e.{key}_id = n.id",
            [model_id],
        )
        cursor.execute("DROP TABLE next_vectors")


def _switch_finish(state: EmbeddingModelState, target: EmbeddingBackend) -> None:
    dims = int(target.dimensions)
    embedding_index_ensure(dimensions=dims)
    with transaction.atomic():
        with connection.cursor() as cursor:
            for model in VECTOR_MODELS.values():
                table = model._meta.db_table
                # Writers wait for the swap; readers go on with the old vectors until
                # it commits.
                cursor.execute(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")
                cursor.execute(
                    f"""
                    UPDATE {table} SET model_id = next_model_id, dimensions = %s,
                        vector = next_vector, text_hash = next_text_hash, match_vector = NULL,
                        next_model_id = '', next_text_hash = '', next_vector = NULL
                    WHERE next_model_id = %s AND next_text_hash = text_hash
                      AND next_vector IS NOT NULL
                    """,
                    [dims, target.model_id],
                )
        for kind in VECTOR_MODELS:
            match_vectors_sync(kind=kind, backend=target, refresh_all=True)
        similarity_baselines_refresh(backend=target)
        state.serving = dict(settings.MATCHING_EMBEDDING)
        state.serving_model_id = target.model_id
        state.target, state.target_model_id = None, ""
        state.finished_at = timezone.now()
        state.save()
    # Committed (unless a caller's transaction holds it): every process now reads the
    # new vectors with the new model.
    _serving_forget()


def _serving_forget() -> None:
    shared_cache.set(SERVING_CACHE_KEY, CONFIGURED, None)
    backends_reset()
