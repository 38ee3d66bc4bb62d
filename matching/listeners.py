"""Matching's answers to what members/ and challenges/ announce: keep vectors,
eligibility and suggestion lists current, and put membership decisions in the inbox.
Registered in ``MatchingConfig.ready()``."""

from __future__ import annotations

from django.urls import reverse

from core.tasks import enqueue_on_commit
from matching.models import EmbeddingFailure
from matching.selectors import members_with_suggestions_of
from matching.services.embeddings import embeddings_eligibility_sync
from matching.services.notifications import notify
from matching.tasks import (
    challenge_embed_task,
    members_suggestions_refresh_task,
    profile_embed_task,
    suggestion_explanations_rebuild_task,
)
from members.listeners import RenamedField
from members.models import ApplicationStatus, MembershipApplication


class MatchingMemberListener:
    def members_standing_changed(self, *, user_ids: list[int] | None) -> None:
        # At once, in the same transaction: a lapsed member or a withdrawn consent must
        # not be matched for a moment longer.
        embeddings_eligibility_sync(user_ids=user_ids)

    def profile_saved(self, *, profile_id: int) -> None:
        # The task re-embeds only if the text changed, then refreshes suggestions.
        enqueue_on_commit(profile_embed_task, profile_id)

    def term_renamed(self, *, field: RenamedField, object_id: int) -> None:
        enqueue_on_commit(suggestion_explanations_rebuild_task, field, object_id)

    def membership_application_decided(self, *, application_id: int) -> None:
        # The inbox lives here; members/ sends the e-mail itself.
        application = MembershipApplication.objects.select_related("applicant", "plan").get(
            pk=application_id
        )
        approved = application.status == ApplicationStatus.APPROVED
        notify(
            user=application.applicant,
            message=application.decision_message,
            url=reverse("dashboard" if approved else "membership"),
            send_email=False,
        )


class MatchingChallengeListener:
    def challenge_saved(self, *, challenge_id: int) -> None:
        # Re-embedding is skipped when the text is unchanged; a new status or
        # visibility still changes who may be matched with it.
        enqueue_on_commit(challenge_embed_task, challenge_id)

    def challenge_deleting(self, *, challenge_id: int) -> None:
        # Whose lists showed it must be known before its suggestions cascade away.
        affected = members_with_suggestions_of(challenge_id=challenge_id)
        enqueue_on_commit(members_suggestions_refresh_task, sorted(affected))
        # Its vector goes with it (a foreign key); a recorded failure would not.
        EmbeddingFailure.objects.filter(kind="challenge", object_id=challenge_id).delete()
