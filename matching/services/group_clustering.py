"""Proposing working groups: full re-clustering and incremental assignment.

Clustering reads the *match vectors* (matching.services.space) of open, members-visible
challenges of matchable members, under the current model, and hands them to the pure
functions of ``matching.clustering``. What comes back is stored here:

- proposals (``WorkingGroup`` with status proposed) are replaced by each re-clustering;
- active groups (approved by staff) are matched to the new clusters by their centres
  and keep their name, purpose, members and challenges; one whose problem no longer
  forms a cluster keeps all of that and is flagged for staff (``needs_review``);
- a new or changed challenge joins the nearest group centre it passes the cut-off of,
  without waiting for the next re-clustering.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
from django.db import connection, transaction
from django.db.models import Count, F
from django.utils import dateformat, timezone

from challenges.models import Challenge, ChallengeVisibility
from matching.backends import EmbeddingBackend, get_backend
from matching.clustering import (
    Cluster,
    ClusterResult,
    cluster_labels,
    clusters_assign,
    clusters_find,
    clusters_match,
    clusters_rank,
)
from matching.models import (
    ChallengeEmbedding,
    ClusteringRun,
    ClusteringRunStatus,
    GroupChallengeSource,
    WorkingGroup,
    WorkingGroupChallenge,
    WorkingGroupStatus,
)
from matching.selectors import SEEKING, members_matchable

logger = logging.getLogger(__name__)

# The smallest group worth proposing, and so the fewest open challenges that can be
# clustered at all (two such groups).
MIN_GROUP_SIZE = 3
MIN_CHALLENGES = 2 * MIN_GROUP_SIZE
MIN_INDUSTRIES = 3
KEY_PHRASES = 4
# A queued or running run that has not written progress for this long is taken for
# dead (its worker was stopped): a new one may start.
RUN_STALE_AFTER_SECONDS = 30 * 60
# Taken by the writers of group contents (re-clustering's store, incremental
# assignment) so that one never adds to a proposal the other is replacing.
_LOCK_KEY = 0x57_47_52_50  # "WGRP"


def _lock_groups() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK_KEY])


@dataclass(frozen=True)
class OpenChallenges:
    """The clustered rows: challenge ids, their owners' industries, match vectors."""

    ids: list[int]
    industries: list[str]
    vectors: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)


def open_challenge_vectors(*, backend: EmbeddingBackend) -> OpenChallenges:
    """Match vectors of open, members-visible challenges of matchable members, under
    ``backend``'s model, in challenge id order."""
    rows = (
        ChallengeEmbedding.objects.current(model_id=backend.model_id, dimensions=backend.dimensions)
        .filter(
            match_vector__isnull=False,
            challenge__status__in=SEEKING,
            challenge__visibility=ChallengeVisibility.MEMBERS,
            challenge__author__in=members_matchable(),
        )
        .order_by("challenge_id")
        .values_list("challenge_id", "industry_id", "match_vector")
    )
    ids, industries, vectors = [], [], []
    for challenge_id, industry_id, vector in rows.iterator(chunk_size=2000):
        ids.append(challenge_id)
        industries.append(f"industry-{industry_id}" if industry_id else "no industry")
        vectors.append(np.asarray(vector, dtype=np.float32))
    dims = int(backend.dimensions)
    matrix = np.vstack(vectors) if vectors else np.zeros((0, dims), dtype=np.float32)
    return OpenChallenges(ids=ids, industries=industries, vectors=matrix)


def too_few_message(count: int) -> str:
    noun = "challenge" if count == 1 else "challenges"
    return (
        f"Only {count} open {noun}: at least {MIN_CHALLENGES} are needed to propose groups. "
        "No groups were proposed."
    )


def group_score(*, cohesion: float, industries: list[str]) -> float:
    """The rank of one group of challenges (one industry per challenge), by the same rule
    as a clustering's (``clusters_rank``: size, cohesion, industry spread)."""
    if not industries:
        return 0.0
    rows = np.arange(len(industries))
    single = Cluster(members=rows, centre=np.zeros(1), cohesion=cohesion, cutoff=math.nan)
    result = ClusterResult(labels=np.zeros(len(rows), dtype=int), clusters=[single])
    return float(clusters_rank(result, industries)[0][1])


class _Progress:
    """Writes a run's progress as it goes, each write committed at once (the storing
    transaction, which must commit as a whole, runs apart from these)."""

    def __init__(self, run: ClusteringRun):
        self.run = run

    def save(self, **fields) -> None:
        for name, value in fields.items():
            setattr(self.run, name, value)
        ClusteringRun.objects.filter(pk=self.run.pk).update(**fields, updated_at=timezone.now())

    def step(self, text: str, *, advance: int = 1) -> None:
        self.run.done += advance
        self.save(done=min(self.run.done, self.run.total), step=text)


def clustering_run_start(*, requested_by=None) -> tuple[ClusteringRun, bool]:
    """The run to show: one still in progress, else a new queued one. Returns
    (run, created); queue ``working_groups_recluster_task`` for a created one."""
    with transaction.atomic():
        _lock_groups()
        current = clustering_run_in_progress()
        if current is not None:
            return current, False
        return ClusteringRun.objects.create(requested_by=requested_by), True


def clustering_run_in_progress() -> ClusteringRun | None:
    """A queued or running run that has written progress recently, if there is one."""
    fresh = timezone.now() - timedelta(seconds=RUN_STALE_AFTER_SECONDS)
    return (
        ClusteringRun.objects.filter(
            status__in=[ClusteringRunStatus.QUEUED, ClusteringRunStatus.RUNNING],
            updated_at__gte=fresh,
        )
        .order_by("-created_at")
        .first()
    )


def working_groups_recluster(
    *, run: ClusteringRun | None = None, backend: EmbeddingBackend | None = None
) -> ClusteringRun:
    """Cluster every open challenge again: new proposals replace the old ones, active
    groups are carried over by their centres (or flagged when their problem has gone).

    The result is written in one transaction at the end, so a failure leaves the
    previous proposals and groups as they were; ``run`` records the progress, and what
    came of it (or why nothing was proposed). Call it outside a transaction so the
    progress is seen while it runs.
    """
    backend = backend or get_backend()
    run = run or ClusteringRun.objects.create()
    if run.status == ClusteringRunStatus.FINISHED:
        return run  # a task delivered twice
    progress = _Progress(run)
    progress.save(
        status=ClusteringRunStatus.RUNNING,
        started_at=timezone.now(),
        total=3,
        done=0,
        step="Reading the open challenges",
        model_id=backend.model_id,
        message="",
    )
    try:
        _recluster(run, progress, backend)
    except Exception as error:
        logger.exception("Re-clustering %s failed", run.pk)
        progress.save(
            status=ClusteringRunStatus.FAILED,
            finished_at=timezone.now(),
            message=f"The re-clustering failed and nothing was changed: {error}",
        )
        raise
    return run


def _recluster(run: ClusteringRun, progress: _Progress, backend: EmbeddingBackend) -> None:
    rows = open_challenge_vectors(backend=backend)
    progress.save(challenges=len(rows))
    if len(rows) < MIN_CHALLENGES:
        # Too few to say anything: the old proposals are not kept either (they were
        # made from challenges most of which are no longer open).
        with transaction.atomic():
            _lock_groups()
            WorkingGroup.objects.proposed().delete()
        progress.save(
            status=ClusteringRunStatus.FINISHED,
            finished_at=timezone.now(),
            done=progress.run.total,
            step="",
            proposals=0,
            message=too_few_message(len(rows)),
        )
        return
    progress.step("Finding groups of challenges that state the same problem")
    # A working group brings several industries together around one problem.
    result = clusters_find(
        rows.vectors,
        min_size=MIN_GROUP_SIZE,
        industries=rows.industries,
        min_industries=MIN_INDUSTRIES,
    )
    progress.step("Naming the groups by their key phrases")
    labels = _labels(rows, result, backend, progress)
    scores = dict(clusters_rank(result, rows.industries))
    progress.save(step="Storing the proposals and carrying approved groups over")
    with transaction.atomic():
        _lock_groups()
        kept, flagged = _carry_over_active_groups(rows, result, labels, scores, backend)
        set_aside = _dismissed_again(result, exclude=set(kept), backend=backend)
        WorkingGroup.objects.proposed().delete()
        new_labels = [
            label
            for label in range(len(result.clusters))
            if label not in kept and label not in set_aside
        ]
        created = WorkingGroup.objects.bulk_create(
            [
                _proposal(run, result, label, labels[label], scores[label], backend)
                for label in new_labels
            ]
        )
        WorkingGroupChallenge.objects.bulk_create(
            [
                link
                for group, label in zip(created, new_labels, strict=True)
                for link in _links(
                    group, rows, result.clusters[label], GroupChallengeSource.CLUSTERING
                )
            ]
        )
    parts = [
        f"{len(rows)} open challenges; {len(created)} proposal{'s' if len(created) != 1 else ''}"
    ]
    if kept:
        parts.append(f"{len(kept)} active group{'s' if len(kept) != 1 else ''} carried over")
    if flagged:
        parts.append(
            f"{flagged} active group{'s' if flagged != 1 else ''} whose problem formed no "
            "cluster (flagged for review)"
        )
    if set_aside:
        parts.append(
            f"{len(set_aside)} cluster{'s' if len(set_aside) != 1 else ''} like proposals "
            "staff dismissed not proposed again"
        )
    message = "; ".join(parts) + "."
    if not result.clusters and result.reason:
        message += f" {result.reason}"
    progress.save(
        status=ClusteringRunStatus.FINISHED,
        finished_at=timezone.now(),
        done=progress.run.total,
        step="",
        proposals=len(created),
        groups_kept=len(kept),
        groups_flagged=flagged,
        message=message,
    )


def _dismissed_again(
    result: ClusterResult, *, exclude: set[int], backend: EmbeddingBackend
) -> set[int]:
    """Clusters that are a proposal staff dismissed, not grown to twice its size since:
    they are not proposed again."""
    dismissed = list(
        WorkingGroup.objects.filter(
            status=WorkingGroupStatus.ARCHIVED,
            dismissed=True,
            model_id=backend.model_id,
            dimensions=backend.dimensions,
            centre__isnull=False,
        )
        .annotate(size=Count("group_challenges"))
        .order_by("pk")
    )
    open_labels = [label for label in range(len(result.clusters)) if label not in exclude]
    if not dismissed or not open_labels:
        return set()
    pairs = clusters_match(
        np.stack([np.asarray(g.centre, dtype=np.float32) for g in dismissed]),
        np.stack([result.clusters[label].centre for label in open_labels]),
    )
    return {
        open_labels[new]
        for old, new in pairs.items()
        if result.clusters[open_labels[new]].size < 2 * max(dismissed[old].size, 1)
    }


PHRASE_BATCH = 64


def label_texts(challenge: Challenge) -> list[str]:
    """A challenge's words for its group's key phrases: title, description and each tag
    as texts of their own, so that no phrase runs from one into the next (and the
    "Tags:" of the embedded text never becomes one)."""
    return [challenge.title, challenge.description, *(t.replace("-", " ") for t in challenge.tags)]


def _labels(
    rows: OpenChallenges, result: ClusterResult, backend: EmbeddingBackend, progress: _Progress
) -> list[list[str]]:
    """Key phrases per cluster (``cluster_labels``), reranked with the model.

    The candidate phrases of every cluster are gathered first (a pass that reranks
    nothing), then embedded together in batches, each batch a step of the progress:
    one call per cluster would cost a model call for a handful of words each time.
    """
    if not result.clusters:
        return []
    ids = [[rows.ids[i] for i in cluster.members] for cluster in result.clusters]
    texts = {
        c.pk: label_texts(c)
        for c in Challenge.objects.filter(pk__in=[pk for group in ids for pk in group]).only(
            "pk", "title", "description", "tags"
        )
    }
    per_cluster = [[text for pk in group for text in texts.get(pk, [])] for group in ids]
    centres = np.stack([c.centre for c in result.clusters])
    wanted: dict[str, None] = {}

    def gather(phrases: list[str]) -> np.ndarray:
        wanted.update(dict.fromkeys(phrases))
        return np.zeros((len(phrases), centres.shape[1]), dtype=np.float32)

    cluster_labels(per_cluster, top=KEY_PHRASES, embed=gather, centres=centres)
    phrases = list(wanted)
    batches = range(0, len(phrases), PHRASE_BATCH)
    # Reading, clustering and storing, and one step per batch of phrases.
    progress.save(total=3 + len(batches))
    vectors: dict[str, np.ndarray] = {}
    for start in batches:
        batch = phrases[start : start + PHRASE_BATCH]
        vectors.update(zip(batch, backend.embed_documents(batch), strict=True))
        progress.step("Naming the groups by their key phrases")
    return cluster_labels(
        per_cluster,
        top=KEY_PHRASES,
        embed=lambda found: np.stack([vectors[p] for p in found]),
        centres=centres,
    )


def _proposal(
    run: ClusteringRun,
    result: ClusterResult,
    label: int,
    phrases: list[str],
    score: float,
    backend: EmbeddingBackend,
) -> WorkingGroup:
    cluster = result.clusters[label]
    return WorkingGroup(
        status=WorkingGroupStatus.PROPOSED,
        key_phrases=phrases,
        centre=cluster.centre,
        cutoff=cluster.cutoff,
        cohesion=cluster.cohesion,
        threshold=result.threshold,
        score=score,
        model_id=backend.model_id,
        dimensions=backend.dimensions,
        clustering_run=run,
    )


def _links(
    group: WorkingGroup, rows: OpenChallenges, cluster: Cluster, source: str, skip=frozenset()
) -> list[WorkingGroupChallenge]:
    similarity = rows.vectors[cluster.members] @ cluster.centre
    return [
        WorkingGroupChallenge(
            group=group,
            challenge_id=rows.ids[row],
            source=source,
            similarity=float(sim),
        )
        for row, sim in zip(cluster.members, similarity, strict=True)
        if rows.ids[row] not in skip
    ]


def _carry_over_active_groups(
    rows: OpenChallenges,
    result: ClusterResult,
    labels: list[list[str]],
    scores: dict[int, float],
    backend: EmbeddingBackend,
) -> tuple[dict[int, WorkingGroup], int]:
    """Match active groups to the new clusters by centre; returns {cluster: group} for
    the groups carried over, and how many were flagged for review."""
    active = list(WorkingGroup.objects.active().select_for_update().order_by("pk"))
    if not active:
        return {}, 0
    centres = group_centres(active, backend=backend)
    with_centre = [g for g in active if g.pk in centres]
    pairs = (
        clusters_match(
            np.stack([centres[g.pk] for g in with_centre]),
            np.stack([c.centre for c in result.clusters]),
        )
        if with_centre and result.clusters
        else {}
    )
    kept: dict[int, WorkingGroup] = {}
    for index, label in pairs.items():
        group = with_centre[index]
        cluster = result.clusters[label]
        kept[label] = group
        present = set(
            WorkingGroupChallenge.objects.filter(group=group).values_list("challenge_id", flat=True)
        )
        WorkingGroupChallenge.objects.bulk_create(
            _links(
                group,
                rows,
                cluster,
                GroupChallengeSource.CLUSTERING,
                skip=present | set(group.excluded_challenge_ids),
            )
        )
        group.key_phrases = labels[label]
        group.centre = cluster.centre
        group.cutoff = cluster.cutoff
        group.cohesion = cluster.cohesion
        group.threshold = result.threshold
        group.score = scores[label]
        group.model_id = backend.model_id
        group.dimensions = backend.dimensions
        group.needs_review = False
        group.review_note = ""
        group.save()
    flagged = 0
    when = dateformat.format(timezone.localtime(), "j F Y")
    for group in active:
        if group in kept.values():
            continue
        count = WorkingGroupChallenge.objects.filter(group=group).count()
        group.needs_review = True
        group.review_note = (
            f"The re-clustering of {when} found no cluster of open challenges for this "
            f"group's problem. Its {count} challenge{'s' if count != 1 else ''} and its "
            "members are kept: rename, merge or archive it, or leave it as it is."
        )
        group.save(update_fields=["needs_review", "review_note", "updated_at"])
        flagged += 1
    return kept, flagged


def group_centres(
    groups: list[WorkingGroup], *, backend: EmbeddingBackend
) -> dict[int, np.ndarray]:
    """Each group's centre in the space of ``backend``'s match vectors: the stored one
    when it was made there, else the mean of its challenges' current match vectors
    (after a change of model). Groups with neither are left out."""
    centres: dict[int, np.ndarray] = {}
    redo = []
    for group in groups:
        same_space = (group.model_id, group.dimensions) == (backend.model_id, backend.dimensions)
        if same_space and group.centre is not None:
            centres[group.pk] = np.asarray(group.centre, dtype=np.float32)
        else:
            redo.append(group.pk)
    if redo:
        for group_id, vectors in _member_vectors(redo, backend=backend).items():
            centres[group_id] = _unit(vectors.mean(axis=0))
    return centres


def _member_vectors(group_ids: list[int], *, backend: EmbeddingBackend) -> dict[int, np.ndarray]:
    rows = (
        WorkingGroupChallenge.objects.filter(
            group_id__in=group_ids,
            challenge__embedding__model_id=backend.model_id,
            challenge__embedding__dimensions=backend.dimensions,
            challenge__embedding__match_vector__isnull=False,
        )
        .order_by("group_id", "challenge_id")
        .values_list("group_id", "challenge__embedding__match_vector")
    )
    found: dict[int, list[np.ndarray]] = {}
    for group_id, vector in rows:
        found.setdefault(group_id, []).append(np.asarray(vector, dtype=np.float32))
    return {group_id: np.vstack(vectors) for group_id, vectors in found.items()}


def _unit(vector: np.ndarray) -> np.ndarray:
    return (vector / max(float(np.linalg.norm(vector)), 1e-12)).astype(np.float32)


def working_group_geometry_refresh(
    *, group: WorkingGroup, backend: EmbeddingBackend | None = None
) -> WorkingGroup:
    """Take a changed group's centre, cohesion, cut-off and rank again from its
    challenges' current match vectors (after a merge, a split, a challenge added or
    removed). A group none of whose challenges has a vector keeps what it had."""
    backend = backend or get_backend()
    vectors = _member_vectors([group.pk], backend=backend).get(group.pk)
    if vectors is None:
        return group
    mean = vectors.astype(np.float64).mean(axis=0)
    length = max(float(np.linalg.norm(mean)), 1e-12)
    centre = (mean / length).astype(np.float32)
    group.centre = centre
    group.cohesion = float((vectors @ centre).mean())
    if group.threshold is not None and group.model_id == backend.model_id:
        # The clustering's rule (matching.clustering.Cluster.cutoff): a new vector
        # joins when its mean similarity to the members reaches the threshold, i.e.
        # its similarity to the centre reaches threshold / |mean of the members|.
        group.cutoff = float(group.threshold / length)
    group.model_id = backend.model_id
    group.dimensions = backend.dimensions
    group.score = group_score(
        cohesion=group.cohesion,
        industries=list(
            WorkingGroupChallenge.objects.filter(group=group)
            .annotate(industry=F("challenge__author__profile__industry_id"))
            .values_list("industry", flat=True)
            .order_by("pk")
            .iterator()
        ),
    )
    group.save()
    return group


def working_group_assign_challenge(
    *, challenge_id: int, backend: EmbeddingBackend | None = None
) -> WorkingGroup | None:
    """Put a new or changed challenge into the nearest live group whose cut-off its
    match vector passes (or none); returns that group.

    A challenge that is no longer open, members-visible and by a matchable member
    leaves the proposals it was in; one that moved leaves the proposals it no longer
    fits. Active groups are only ever added to here: staff take challenges out.
    """
    backend = backend or get_backend()
    with transaction.atomic():
        _lock_groups()
        embedding = (
            ChallengeEmbedding.objects.current(
                model_id=backend.model_id, dimensions=backend.dimensions
            )
            .filter(
                challenge_id=challenge_id,
                match_vector__isnull=False,
                challenge__status__in=SEEKING,
                challenge__visibility=ChallengeVisibility.MEMBERS,
                challenge__author__in=members_matchable(),
            )
            .first()
        )
        in_proposals = WorkingGroupChallenge.objects.filter(
            challenge_id=challenge_id, group__status=WorkingGroupStatus.PROPOSED
        ).exclude(source=GroupChallengeSource.STAFF)
        if embedding is None:
            in_proposals.delete()
            return None
        groups = [
            g
            for g in WorkingGroup.objects.live()
            .filter(
                model_id=backend.model_id,
                dimensions=backend.dimensions,
                centre__isnull=False,
                cutoff__isnull=False,
            )
            .order_by("pk")
            if challenge_id not in g.excluded_challenge_ids
        ]
        vector = np.asarray(embedding.match_vector, dtype=np.float32)
        target = None
        if groups:
            centres = np.stack([np.asarray(g.centre, dtype=np.float32) for g in groups])
            best = int(
                clusters_assign(
                    vector, centres=centres, cutoffs=np.array([g.cutoff for g in groups])
                )[0]
            )
            if best >= 0:
                target = groups[best]
                WorkingGroupChallenge.objects.get_or_create(
                    group=target,
                    challenge_id=challenge_id,
                    defaults={
                        "source": GroupChallengeSource.ASSIGNED,
                        "similarity": float(_unit(vector) @ centres[best]),
                    },
                )
        (in_proposals.exclude(group=target) if target else in_proposals).delete()
    return target
