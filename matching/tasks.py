"""Background work for matching. Tasks take ids, are safe to run twice, and are queued
after the transaction that changed the data commits."""

import logging

from celery import shared_task

from challenges.models import Challenge
from core.tasks import enqueue_on_commit
from matching.models import ClusteringRun
from matching.services.embeddings import (
    embedding_failure_reason,
    embedding_failure_record,
    embeddings_sweep,
    objects_embed,
)
from matching.services.group_clustering import (
    working_group_assign_challenge,
    working_groups_recluster,
)
from matching.services.introductions import introductions_expire, introductions_request_feedback
from matching.services.space import space_rebuild
from matching.services.suggestions import (
    members_affected,
    suggestion_explanations_rebuild,
    suggestions_refresh_all,
    suggestions_refresh_for_member,
)
from matching.services.switch import embeddings_model_switch
from members.models import Profile, User

logger = logging.getLogger(__name__)

MAX_RETRIES = 8


def _backoff(retries: int) -> int:
    # 10 s, 20 s, 40 s ... capped at 30 minutes.
    return min(10 * 2**retries, 1800)


def _embed_then_refresh(task, *, kind: str, object_id: int, author_id: int | None) -> None:
    try:
        objects_embed(kind=kind, ids=[object_id])
    except Exception as error:
        try:
            failure = embedding_failure_record(
                kind=kind, object_id=object_id, error=embedding_failure_reason(error)
            )
        except Exception:
            logger.exception("Could not record the embedding failure of %s %s", kind, object_id)
        else:
            if failure is None:
                # Deleted while it was being embedded: nothing left to do.
                return
        raise task.retry(exc=error, countdown=_backoff(task.request.retries)) from error
    if kind == "challenge":
        _assign_to_group(object_id)
    affected = members_affected(
        challenge_id=object_id if kind == "challenge" else None,
        profile_id=object_id if kind == "profile" else None,
    )
    if author_id is not None:
        member_suggestions_refresh_task(author_id)
        affected.discard(author_id)
    for user_id in sorted(affected):
        member_suggestions_refresh_task.delay(user_id)


def _assign_to_group(challenge_id: int) -> None:
    # A working group is a convenience on top of the member's suggestions: a failure
    # here must not hold those up (the nightly re-clustering catches up).
    try:
        working_group_assign_challenge(challenge_id=challenge_id)
    except Exception:
        logger.exception("Could not assign challenge %s to a working group", challenge_id)


@shared_task(bind=True, max_retries=MAX_RETRIES, acks_late=True)
def challenge_embed_task(self, challenge_id: int) -> None:
    """Embed a saved challenge, then refresh its author's and its neighbours' suggestions."""
    author_id = (
        Challenge.objects.filter(pk=challenge_id).values_list("author_id", flat=True).first()
    )
    if author_id is None:
        return
    _embed_then_refresh(self, kind="challenge", object_id=challenge_id, author_id=author_id)


@shared_task(bind=True, max_retries=MAX_RETRIES, acks_late=True)
def profile_embed_task(self, profile_id: int) -> None:
    """Embed what a member can help with, then refresh the suggestions it touches."""
    user_id = Profile.objects.filter(pk=profile_id).values_list("user_id", flat=True).first()
    if user_id is None:
        return
    _embed_then_refresh(self, kind="profile", object_id=profile_id, author_id=user_id)


@shared_task(acks_late=True)
def member_suggestions_refresh_task(user_id: int) -> None:
    member = User.objects.filter(pk=user_id).first()
    if member is not None:
        suggestions_refresh_for_member(member=member)


@shared_task(acks_late=True)
def members_suggestions_refresh_task(user_ids: list[int]) -> None:
    for user_id in user_ids:
        member_suggestions_refresh_task(user_id)


# What a suggestion shows of each side that staff can rename.
RENAMEABLE = ("industry", "function", "organisation")


@shared_task(acks_late=True)
def suggestion_explanations_rebuild_task(field: str, object_id: int) -> int:
    """After staff rename an industry, function or organisation: the suggestions that
    show a member carrying it show the new name."""
    if field not in RENAMEABLE:
        raise ValueError(f"field must be one of {RENAMEABLE}, not {field!r}")
    user_ids = Profile.objects.filter(**{f"{field}_id": object_id}).values_list(
        "user_id", flat=True
    )
    return suggestion_explanations_rebuild(user_ids=user_ids)


@shared_task(acks_late=True)
def embeddings_sweep_task() -> dict[str, int]:
    """Embed anything stale (missed queue messages); run by beat. When the configured
    model changed, first move every vector to it while the previous one serves."""
    done = {}
    # The switch first gives vectors without a match vector (an upgrade) theirs.
    if embeddings_model_switch():
        suggestions_refresh_all()
        # Working groups' centres are in the previous model's space: cluster again so
        # they are matched and assigned to in the new one.
        enqueue_on_commit(working_groups_recluster_task)
        done["switched"] = 1
    for kind in ("challenge", "profile"):
        result = embeddings_sweep(kind=kind)
        done[kind] = result.embedded
    return done


@shared_task(acks_late=True)
def introductions_housekeeping_task() -> dict[str, int]:
    """Expire unanswered introductions and ask connected members how it went (beat)."""
    return {
        "expired": introductions_expire(),
        "feedback_requested": introductions_request_feedback(),
    }


@shared_task(acks_late=True)
def suggestions_refresh_all_task() -> int:
    """Every member's list, nightly: memberships end and consents change; the industry
    means and baselines are taken again first (and a changed correction applies)."""
    space_rebuild()
    return suggestions_refresh_all()


@shared_task(acks_late=True)
def working_groups_recluster_task(run_id: int | None = None) -> int:
    """Cluster the open challenges again (nightly, or the run staff started from the
    admin); returns the run's id. A run already finished is not done again."""
    run = ClusteringRun.objects.filter(pk=run_id).first() if run_id is not None else None
    if run_id is not None and run is None:
        return 0
    return working_groups_recluster(run=run).pk
