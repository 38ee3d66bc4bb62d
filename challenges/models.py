from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower

from members.models import Membership

# Also the longest search query: a member may paste a whole challenge to find its like.
DESCRIPTION_MAX_LENGTH = 5000


class ChallengeStatus(models.TextChoices):
    OPEN = "open", "Open"
    EXPLORING = "exploring", "Exploring"
    SOLVED = "solved", "Solved"
    ARCHIVED = "archived", "Archived"


class ChallengeVisibility(models.TextChoices):
    MEMBERS = "members", "Members"
    STAFF = "staff", "Staff only"


class ChallengeQuerySet(models.QuerySet["Challenge"]):
    def visible_to(self, user) -> "ChallengeQuerySet":
        """Staff see every challenge; members see their own and members-visible ones by
        current members."""
        if user.is_staff:
            return self
        # A lapsed or deactivated member's challenges leave the community with them.
        author_current = Membership.objects.in_good_standing().filter(
            user_id=models.OuterRef("author_id")
        )
        shown = Q(visibility=ChallengeVisibility.MEMBERS, author__is_active=True) & (
            Q(models.Exists(author_current)) | Q(author__is_staff=True)
        )
        return self.filter(shown | Q(author_id=user.pk))

    def matching_text(self, text: str) -> "ChallengeQuerySet":
        """Keyword search over title, description and tags (English stemming), annotated
        with ``rank`` (higher is more relevant)."""
        query = SearchQuery(text, search_type="websearch", config="english")
        vector = SearchVector("title", "description", config="english") + SearchVector(
            models.Func(
                models.F("tags"),
                models.Value(" "),
                function="array_to_string",
                output_field=models.TextField(),
            ),
            config="english",
        )
        return self.annotate(search=vector, rank=SearchRank(vector, query)).filter(search=query)


class Challenge(models.Model):
    """Something a member is working on or stuck on."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="challenges"
    )
    title = models.CharField(max_length=140)
    description = models.TextField(
        max_length=DESCRIPTION_MAX_LENGTH, validators=[MaxLengthValidator(DESCRIPTION_MAX_LENGTH)]
    )
    tags = ArrayField(models.CharField(max_length=40), default=list, blank=True, size=10)
    status = models.CharField(
        max_length=10, choices=ChallengeStatus.choices, default=ChallengeStatus.OPEN
    )
    visibility = models.CharField(
        max_length=10, choices=ChallengeVisibility.choices, default=ChallengeVisibility.MEMBERS
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ChallengeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            GinIndex(fields=["tags"], name="challenge_tags_gin"),
            models.Index(fields=["status", "-created_at"], name="challenge_status_created"),
        ]
        constraints = [
            # "Volunteers drop off" and "volunteers drop off" are the same challenge.
            models.UniqueConstraint(
                F("author"),
                Lower("title"),
                name="challenge_title_unique_per_author",
                violation_error_message="You already have a challenge with this title.",
            ),
        ]

    def __str__(self) -> str:
        return self.title
