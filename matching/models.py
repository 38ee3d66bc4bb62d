from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Cast, Lower
from django.utils import dateformat, timezone
from pgvector.django import CosineDistance, VectorField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class EmbeddingQuerySet(models.QuerySet):
    def current(self, *, model_id: str, dimensions: int) -> "EmbeddingQuerySet":
        """Vectors made by the configured model (others are stale)."""
        return self.filter(model_id=model_id, dimensions=dimensions)

    def nearest_to(self, vector, *, dimensions: int, column: str = "vector") -> "EmbeddingQuerySet":
        """Ordered by cosine distance of ``column`` ("vector", or "match_vector" for
        matching peers) to ``vector``, annotated with ``similarity``.

        The cast to a fixed dimension is what lets PostgreSQL use the HNSW index
        built for that dimension.
        """
        if column == "match_vector":
            self = self.filter(match_vector__isnull=False)
        distance = CosineDistance(Cast(column, VectorField(dimensions=dimensions)), vector)
        return self.annotate(distance=distance, similarity=1 - distance).order_by("distance")


class Embedding(models.Model):
    """A vector with the model that made it and a hash of the text it came from.

    ``owner``, ``organisation`` and ``eligible`` copy who the vector belongs to and
    whether it may be matched now (see ``embeddings_eligibility_sync``), so that a
    nearest-neighbour query filters one table instead of joining five.
    """

    model_id = models.CharField(max_length=200)
    dimensions = models.PositiveSmallIntegerField()
    text_hash = models.CharField(max_length=64)
    vector = VectorField()
    updated_at = models.DateTimeField(auto_now=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.CASCADE, related_name="+"
    )
    organisation = models.ForeignKey(
        "members.Organisation",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
    )
    eligible = models.BooleanField(default=False)
    # The owner's industry (copied like the organisation) and the vector peers are
    # matched on: this one minus what texts of that industry have in common
    # (matching.services.space). Search compares queries with ``vector`` itself.
    industry = models.ForeignKey(
        "members.Industry", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    match_vector = VectorField(null=True)
    # While the community switches to another model (EmbeddingModelState), the new
    # model's vector waits here; ``vector`` keeps serving until every row has one.
    next_model_id = models.CharField(max_length=200, blank=True, db_default="")
    next_text_hash = models.CharField(max_length=64, blank=True, db_default="")
    next_vector = VectorField(null=True)

    objects = EmbeddingQuerySet.as_manager()

    class Meta:
        abstract = True


class ChallengeEmbedding(Embedding):
    """What a challenge is about: title, description and tags."""

    challenge = models.OneToOneField(
        "challenges.Challenge",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="embedding",
    )

    def __str__(self) -> str:
        return f"vector of challenge {self.challenge_id}"


class ProfileEmbedding(Embedding):
    """What a member can help with: headline, expertise and bio."""

    profile = models.OneToOneField(
        "members.Profile", on_delete=models.CASCADE, primary_key=True, related_name="embedding"
    )

    def __str__(self) -> str:
        return f"vector of profile {self.profile_id}"


class SpaceKind(models.TextChoices):
    CHALLENGE = "challenge", "Challenge"
    PROFILE = "profile", "Profile"


class IndustryCentroid(models.Model):
    """What one industry's challenges (or profiles) have in common under one model.

    ``offset`` is the mean of their vectors times the industry correction in force
    when it was computed; match vectors are ``vector - offset``, normalised.
    ``count`` is how many vectors the mean was taken over: when the industry has
    grown or shrunk by a twentieth since, the mean is taken again.
    """

    kind = models.CharField(max_length=10, choices=SpaceKind.choices)
    model_id = models.CharField(max_length=200)
    dimensions = models.PositiveSmallIntegerField()
    industry = models.ForeignKey(
        "members.Industry", null=True, on_delete=models.CASCADE, related_name="+"
    )
    count = models.PositiveIntegerField()
    correction = models.FloatField()
    offset = VectorField()
    computed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "model_id", "dimensions", "industry"],
                name="one_centroid_per_industry",
                nulls_distinct=False,
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} centroid of industry {self.industry_id} ({self.count})"


class SimilarityBaseline(models.Model):
    """How alike random pairs of this community's texts are, under one model.

    ``target`` "challenge": a member's challenge against another member's challenge;
    "profile": against another member's "can help" profile. ``typical`` (the median)
    is what a pair with nothing in common scores here: nothing below it is suggested.
    ``strong`` (the 99th percentile) is what only one random pair in a hundred
    reaches: suggestions below it are shown as "possible match". Both come from the
    community's own texts, never from a constant.
    """

    target = models.CharField(max_length=10, choices=SpaceKind.choices)
    model_id = models.CharField(max_length=200)
    dimensions = models.PositiveSmallIntegerField()
    typical = models.FloatField()
    strong = models.FloatField()
    pairs = models.PositiveIntegerField()
    computed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["target", "model_id", "dimensions"], name="one_baseline_per_target"
            )
        ]

    def __str__(self) -> str:
        return f"{self.target} baseline: typical {self.typical:.3f}, strong {self.strong:.3f}"


class EmbeddingFailure(models.Model):
    """A text that could not be embedded yet; cleared when it finally is."""

    class Kind(models.TextChoices):
        CHALLENGE = "challenge", "Challenge"
        PROFILE = "profile", "Profile"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    object_id = models.BigIntegerField()
    error = models.TextField()
    attempts = models.PositiveIntegerField(default=1)
    first_failed_at = models.DateTimeField(auto_now_add=True)
    last_failed_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-last_failed_at"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="one_failure_per_object")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.object_id}: {self.error[:80]}"


class EmbeddingModelState(models.Model):
    """Which model's vectors serve members now, and a switch to another under way.

    ``serving`` is the backend configuration (as in ``settings.MATCHING_EMBEDDING``)
    whose vectors are read; when the configured model differs, every challenge and
    profile is embedded again in the background into ``next_vector``, and only once
    all are done do the new vectors replace the old, in one transaction.
    """

    serving = models.JSONField()
    serving_model_id = models.CharField(max_length=200)
    target = models.JSONField(null=True, blank=True)
    target_model_id = models.CharField(max_length=200, blank=True)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    def __str__(self) -> str:
        if self.target_model_id:
            return f"{self.serving_model_id}, switching to {self.target_model_id}"
        return self.serving_model_id

    @property
    def switching(self) -> bool:
        return bool(self.target_model_id)

    @property
    def percent(self) -> int:
        return int(100 * self.done / self.total) if self.total else 0


class EmbeddingRun(models.Model):
    """A full re-embedding (``embed --all``); an unfinished one is resumed, not restarted."""

    kind = models.CharField(max_length=10, choices=EmbeddingFailure.Kind.choices)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.kind} re-embedding from {self.started_at:%Y-%m-%d %H:%M}"


class SuggestionKind(models.TextChoices):
    SHARED_PROBLEM = "shared_problem", "Shared problem"
    CAN_HELP = "can_help", "Can help"


class SuggestionStrength(models.TextChoices):
    STRONG = "strong", "Strong match"
    POSSIBLE = "possible", "Possible match"


class Suggestion(models.Model):
    """A peer for ``member`` to meet, and why: the pair of texts that matched."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="suggestions"
    )
    peer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="suggested_to"
    )
    kind = models.CharField(max_length=20, choices=SuggestionKind.choices)
    member_challenge = models.ForeignKey(
        "challenges.Challenge", on_delete=models.CASCADE, related_name="+"
    )
    # The peer's challenge for a shared problem; empty when the peer can help (expertise).
    peer_challenge = models.ForeignKey(
        "challenges.Challenge", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    similarity = models.FloatField()
    score = models.FloatField()
    # "possible": no more alike than the top one in a hundred random pairs of this
    # community (SimilarityBaseline); shown, ranked lower, and labelled so.
    strength = models.CharField(
        max_length=10, choices=SuggestionStrength.choices, default=SuggestionStrength.STRONG
    )
    shared_terms = ArrayField(models.CharField(max_length=60), default=list, blank=True)
    rank = models.PositiveSmallIntegerField()
    # What the page, the API and the CLI show of it (matching.explanations), written
    # when the list is computed.
    explanation = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["member", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["member", "peer"], name="one_suggestion_per_pair"),
            models.CheckConstraint(
                condition=~Q(member=models.F("peer")), name="no_self_suggestion"
            ),
            models.CheckConstraint(
                condition=Q(kind="can_help", peer_challenge__isnull=True)
                | Q(kind="shared_problem", peer_challenge__isnull=False),
                name="suggestion_kind_matches_reason",
            ),
        ]
        indexes = [models.Index(fields=["peer"], name="suggestion_peer")]

    def __str__(self) -> str:
        return f"{self.peer} for {self.member} ({self.get_kind_display()})"


class SuggestionDismissalQuerySet(models.QuerySet["SuggestionDismissal"]):
    def in_force(self, now=None) -> "SuggestionDismissalQuerySet":
        """Dismissals that still keep their peer out of the member's list: every final
        one, and a "not now" one until its time is up."""
        now = now or timezone.now()
        return self.filter(Q(suggest_again_after__isnull=True) | Q(suggest_again_after__gt=now))


class SuggestionDismissal(models.Model):
    """A member said no to a suggested peer: for good, or for now ("not the right
    time"), in which case the peer may be suggested again after ``suggest_again_after``
    (``MatchingSettings.not_now_dismissal_days`` after the dismissal)."""

    class Reason(models.TextChoices):
        NOT_RELEVANT = "not_relevant", "Not relevant to me"
        ALREADY_KNOW = "already_know", "I already know them"
        NOT_NOW = "not_now", "Not the right time"
        OTHER = "other", "Another reason"

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="dismissals"
    )
    peer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=20, choices=Reason.choices)
    note = models.CharField(max_length=300, blank=True)
    # When the member (last) dismissed the peer: dismissing again starts afresh.
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    suggest_again_after = models.DateTimeField(
        null=True, blank=True, help_text="Empty: the peer is never suggested again."
    )

    objects = SuggestionDismissalQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["member", "peer"], name="one_dismissal_per_pair")
        ]

    def __str__(self) -> str:
        return f"{self.member} dismissed {self.peer}"

    @property
    def is_final(self) -> bool:
        return self.suggest_again_after is None

    @property
    def outcome(self) -> str:
        """What the dismissal does, in the member's words: for good, or for now."""
        name = self.peer.get_full_name() or "this member"
        if self.suggest_again_after is None:
            return f"We won't suggest {name} to you again."
        days = round((self.suggest_again_after - self.created_at).total_seconds() / 86400)
        after = dateformat.format(timezone.localtime(self.suggest_again_after), "j F Y")
        return (
            f"We'll stop suggesting {name} for now; they may be suggested again after "
            f"{days} days ({after}), if you still match."
        )


@register_setting(icon="cogs")
class MatchingSettings(BaseGenericSetting):
    """How peers are suggested; staff tune these in Settings > Matching."""

    industry_correction = models.FloatField(
        default=0.5,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
        help_text=(
            "How much of what an industry's texts have in common is removed before "
            "comparing them (0 = nothing, 1 = all of their mean). Texts of one industry "
            "share vocabulary whatever their problem; removing half of it lets the same "
            "problem in other industries' words rank first."
        ),
    )
    can_help_weight = models.FloatField(
        default=0.5,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
        help_text=(
            "How much a peer's stated expertise counts next to a peer who states the "
            "same problem (1 = as much, 0.5 = half)."
        ),
    )
    other_industry_boost = models.FloatField(
        default=0.15,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
        help_text="Score bonus (0.15 = +15%) when the peer works in another industry.",
    )
    other_function_boost = models.FloatField(
        default=0.05,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
        help_text="Score bonus when the peer works in another function.",
    )
    suggestions_per_member = models.PositiveSmallIntegerField(
        default=20, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    max_share_one_industry = models.FloatField(
        default=0.5,
        validators=[MinValueValidator(0.1), MaxValueValidator(1.0)],
        help_text="At most this share of a member's top 10 from any one industry.",
    )
    max_appearances = models.PositiveIntegerField(
        default=25,
        validators=[MinValueValidator(1)],
        help_text="A member is suggested in at most this many other members' lists.",
    )
    exclude_same_organisation = models.BooleanField(
        default=True, help_text="Never suggest colleagues from the same organisation."
    )
    introduction_expiry_days = models.PositiveSmallIntegerField(
        default=14,
        validators=[MinValueValidator(1)],
        help_text="Unanswered introductions expire after this many days.",
    )
    feedback_delay_days = models.PositiveSmallIntegerField(
        default=21,
        validators=[MinValueValidator(1)],
        help_text="Days after connecting that both are asked whether they met.",
    )
    not_now_dismissal_days = models.PositiveSmallIntegerField(
        "“not the right time” lasts (days)",
        default=90,
        validators=[MinValueValidator(1)],
        help_text="A peer a member dismisses as “not the right time” may be suggested to "
        "them again after this many days, if they still match; any other reason is for "
        "good. Applies to dismissals made from now on (members are told the date).",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("industry_correction"),
                FieldPanel("can_help_weight"),
                FieldPanel("other_industry_boost"),
                FieldPanel("other_function_boost"),
            ],
            heading="Score",
        ),
        MultiFieldPanel(
            [
                FieldPanel("suggestions_per_member"),
                FieldPanel("max_share_one_industry"),
                FieldPanel("max_appearances"),
                FieldPanel("exclude_same_organisation"),
                FieldPanel("not_now_dismissal_days"),
            ],
            heading="Lists",
        ),
        MultiFieldPanel(
            [FieldPanel("introduction_expiry_days"), FieldPanel("feedback_delay_days")],
            heading="Introductions",
        ),
    ]

    class Meta:
        verbose_name = "matching"


class IntroductionStatus(models.TextChoices):
    PENDING = "pending", "Waiting for answers"
    CONNECTED = "connected", "Connected"
    DECLINED = "declined", "Declined"
    EXPIRED = "expired", "Expired"


class Response(models.TextChoices):
    PENDING = "pending", "Not answered yet"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"


class IntroductionQuerySet(models.QuerySet["Introduction"]):
    def involving(self, user) -> "IntroductionQuerySet":
        return self.filter(Q(from_member=user) | Q(to_member=user))

    def between(self, a, b) -> "IntroductionQuerySet":
        return self.filter(Q(from_member=a, to_member=b) | Q(from_member=b, to_member=a))


class Introduction(models.Model):
    """A double opt-in introduction between two members.

    A member asks (their side is accepted at once) or staff propose (both sides
    answer). Contact details are shared only once both have accepted.
    """

    from_member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="introductions_from"
    )
    to_member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="introductions_to"
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text="The member who asked, or the staff member who proposed it.",
    )
    by_staff = models.BooleanField(default=False)
    note = models.TextField(
        max_length=1000,
        blank=True,
        validators=[MaxLengthValidator(1000)],
        help_text="Why these two should meet.",
    )
    from_response = models.CharField(
        max_length=10, choices=Response.choices, default=Response.PENDING
    )
    to_response = models.CharField(
        max_length=10, choices=Response.choices, default=Response.PENDING
    )
    from_note = models.CharField(max_length=500, blank=True)
    to_note = models.CharField(max_length=500, blank=True)
    status = models.CharField(
        max_length=10, choices=IntroductionStatus.choices, default=IntroductionStatus.PENDING
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)
    feedback_requested_at = models.DateTimeField(null=True, blank=True)

    objects = IntroductionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(from_member=models.F("to_member")), name="no_self_introduction"
            ),
        ]
        indexes = [models.Index(fields=["status", "expires_at"], name="introduction_status")]

    def __str__(self) -> str:
        return f"{self.from_member} ↔ {self.to_member} ({self.get_status_display()})"

    def side_of(self, user) -> str | None:
        """ "from" or "to" for a party to this introduction, else None."""
        if user.pk == self.from_member_id:
            return "from"
        if user.pk == self.to_member_id:
            return "to"
        return None

    def other_party(self, user):
        return self.to_member if user.pk == self.from_member_id else self.from_member


class Connection(models.Model):
    """Two members who both accepted an introduction (stored once, lower id first)."""

    member_a = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    member_b = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    introduction = models.OneToOneField(
        Introduction, on_delete=models.SET_NULL, null=True, related_name="connection"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["member_a", "member_b"], name="one_connection_per_pair"
            ),
            models.CheckConstraint(
                condition=Q(member_a__lt=models.F("member_b")), name="connection_pair_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member_a} ↔ {self.member_b}"


class IntroductionFeedback(models.Model):
    """After an introduction: did the two meet, and how useful was it (1-5)?"""

    introduction = models.ForeignKey(
        Introduction, on_delete=models.CASCADE, related_name="feedback"
    )
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    met = models.BooleanField()
    usefulness = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    note = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["introduction", "member"], name="one_feedback_per_member"
            ),
            models.CheckConstraint(
                condition=Q(met=True, usefulness__isnull=False) | Q(met=False),
                name="usefulness_when_met",
            ),
        ]

    def __str__(self) -> str:
        return f"feedback of {self.member} on {self.introduction_id}"


class Notification(models.Model):
    """Something that happened for a member: shown in their inbox and e-mailed."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    message = models.CharField(max_length=300)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "read_at"], name="notification_unread")]

    def __str__(self) -> str:
        return self.message


class ClusteringRunStatus(models.TextChoices):
    QUEUED = "queued", "Waiting to start"
    RUNNING = "running", "Running"
    FINISHED = "finished", "Finished"
    FAILED = "failed", "Failed"


class ClusteringRun(models.Model):
    """One full re-clustering of the open challenges into proposed working groups.

    ``done`` of ``total`` steps is what the admin's progress bar shows; the row is
    written as the work goes (outside the transaction that stores the result, so the
    progress is visible while it runs). ``message`` says what came of it, or why
    nothing was proposed ("Only 4 open challenges...").
    """

    status = models.CharField(
        max_length=10, choices=ClusteringRunStatus.choices, default=ClusteringRunStatus.QUEUED
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty: the nightly run.",
    )
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    step = models.CharField(max_length=200, blank=True)
    message = models.TextField(blank=True)
    challenges = models.PositiveIntegerField(default=0)
    proposals = models.PositiveIntegerField(default=0)
    groups_kept = models.PositiveIntegerField(default=0)
    groups_flagged = models.PositiveIntegerField(default=0)
    model_id = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"clustering run {self.pk} ({self.get_status_display()})"

    @property
    def percent(self) -> int:
        if self.status == ClusteringRunStatus.FINISHED:
            return 100
        return int(100 * self.done / self.total) if self.total else 0

    @property
    def in_progress(self) -> bool:
        return self.status in (ClusteringRunStatus.QUEUED, ClusteringRunStatus.RUNNING)

    @property
    def waiting_long(self) -> bool:
        """Queued for over a minute: no worker has taken it (is one running?)."""
        return (
            self.status == ClusteringRunStatus.QUEUED
            and (timezone.now() - self.created_at).total_seconds() > 60
        )


class WorkingGroupStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    ACTIVE = "active", "Active"
    ARCHIVED = "archived", "Archived"


class WorkingGroupQuerySet(models.QuerySet["WorkingGroup"]):
    def live(self) -> "WorkingGroupQuerySet":
        return self.exclude(status=WorkingGroupStatus.ARCHIVED)

    def active(self) -> "WorkingGroupQuerySet":
        return self.filter(status=WorkingGroupStatus.ACTIVE)

    def proposed(self) -> "WorkingGroupQuerySet":
        return self.filter(status=WorkingGroupStatus.PROPOSED)


class WorkingGroup(models.Model):
    """Members who share a problem, working on it together.

    A *proposal* comes from clustering open challenges (``status`` proposed, no name
    yet: its key phrases stand for it) and is replaced by the next re-clustering;
    staff approve it into an *active* group with a name and a purpose, which later
    re-clusterings keep (matched by ``centre``, never renamed or emptied). ``centre``
    and ``cutoff`` are in the space of the match vectors of ``model_id``: a challenge
    whose match vector is at least ``cutoff`` similar to the centre belongs here.
    """

    name = models.CharField(
        max_length=120, blank=True, help_text="Empty while a proposal: its key phrases name it."
    )
    slug = models.SlugField(max_length=140, blank=True)
    purpose = models.TextField(max_length=2000, blank=True, validators=[MaxLengthValidator(2000)])
    status = models.CharField(
        max_length=10, choices=WorkingGroupStatus.choices, default=WorkingGroupStatus.PROPOSED
    )
    key_phrases = ArrayField(models.CharField(max_length=100), default=list, blank=True)
    centre = VectorField(null=True, blank=True)
    cutoff = models.FloatField(null=True, blank=True)
    cohesion = models.FloatField(null=True, blank=True)
    # The mean pairwise similarity the clustering required; the cut-off of a changed
    # group (merged, split) is taken again from it.
    threshold = models.FloatField(null=True, blank=True)
    score = models.FloatField(default=0.0, help_text="Rank: size, cohesion, industry spread.")
    model_id = models.CharField(max_length=200, blank=True)
    dimensions = models.PositiveSmallIntegerField(null=True, blank=True)
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="facilitated_working_groups",
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    # Set by a re-clustering that found no cluster for an active group's problem: the
    # group keeps its challenges, and staff decide.
    needs_review = models.BooleanField(default=False)
    review_note = models.CharField(max_length=300, blank=True)
    # A proposal staff set aside: a later re-clustering does not propose its cluster
    # again until it has grown to twice the size.
    dismissed = models.BooleanField(default=False)
    # Challenges staff took out: never put back by the incremental assignment.
    excluded_challenge_ids = ArrayField(models.BigIntegerField(), default=list, blank=True)
    clustering_run = models.ForeignKey(
        ClusteringRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="groups"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = WorkingGroupQuerySet.as_manager()

    class Meta:
        ordering = ["-score", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                condition=~Q(status="archived") & ~Q(name=""),
                name="working_group_name_unique_live",
                violation_error_message="A working group with this name already exists; "
                "choose another name.",
            ),
            models.UniqueConstraint(
                fields=["slug"], condition=~Q(slug=""), name="working_group_slug_unique"
            ),
            # Proposals have no name yet, nor do archived ones that never became a
            # group (dismissed, or merged into another).
            models.CheckConstraint(
                condition=~Q(status="active") | ~Q(name=""),
                name="working_group_active_is_named",
            ),
        ]
        indexes = [models.Index(fields=["status", "-score"], name="working_group_status")]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The name, or for a proposal its key phrases."""
        return self.name or ", ".join(self.key_phrases[:3]) or f"Proposal {self.pk}"

    @property
    def is_active(self) -> bool:
        return self.status == WorkingGroupStatus.ACTIVE


class GroupChallengeSource(models.TextChoices):
    CLUSTERING = "clustering", "Clustering"
    ASSIGNED = "assigned", "Assigned when written or changed"
    STAFF = "staff", "Added by staff"


class WorkingGroupChallenge(models.Model):
    """A challenge in a working group, and how it got there."""

    group = models.ForeignKey(
        WorkingGroup, on_delete=models.CASCADE, related_name="group_challenges"
    )
    challenge = models.ForeignKey(
        "challenges.Challenge", on_delete=models.CASCADE, related_name="working_group_links"
    )
    source = models.CharField(max_length=12, choices=GroupChallengeSource.choices)
    # Similarity of its match vector to the group's centre when it joined.
    similarity = models.FloatField(null=True, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["group", "-similarity", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["group", "challenge"], name="one_link_per_challenge")
        ]

    def __str__(self) -> str:
        return f"challenge {self.challenge_id} in {self.group_id}"


class GroupMembershipStatus(models.TextChoices):
    REQUESTED = "requested", "Asked to join"
    MEMBER = "member", "Member"
    DECLINED = "declined", "Declined"


class GroupRole(models.TextChoices):
    MEMBER = "member", "Member"
    FACILITATOR = "facilitator", "Facilitator"


class WorkingGroupMembership(models.Model):
    """A member's place in a working group: asked to join, in it, or declined."""

    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="memberships")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="working_group_memberships"
    )
    status = models.CharField(max_length=10, choices=GroupMembershipStatus.choices)
    role = models.CharField(max_length=12, choices=GroupRole.choices, default=GroupRole.MEMBER)
    note = models.CharField(max_length=500, blank=True, help_text="Why they would like to join.")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["group", "-role", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["group", "member"], name="one_place_per_group"),
            models.CheckConstraint(
                condition=Q(role="member") | Q(status="member"),
                name="facilitator_is_a_member",
            ),
        ]
        indexes = [models.Index(fields=["group", "status"], name="group_membership_status")]

    def __str__(self) -> str:
        return f"{self.member} in {self.group} ({self.get_status_display()})"
