from rest_framework import serializers

from challenges.models import Challenge, ChallengeStatus
from members.api.serializers import LIST_QUERY_LENGTH


class ChallengeListParamsSerializer(serializers.Serializer):
    """The challenge list's query parameters."""

    q = serializers.CharField(
        default="",
        allow_blank=True,
        help_text=f"Keywords in title, description or tags (the first {LIST_QUERY_LENGTH} "
        "characters count).",
    )
    status = serializers.ChoiceField(choices=ChallengeStatus.choices, default="", allow_blank=True)
    tag = serializers.CharField(default="", allow_blank=True)
    industry = serializers.SlugField(
        default="", allow_blank=True, help_text="Industry slug of the author."
    )
    mine = serializers.BooleanField(
        default=False, help_text="Only the signed-in member's challenges."
    )

    def validate_q(self, value: str) -> str:
        return value[:LIST_QUERY_LENGTH]


class ChallengeAuthorSerializer(serializers.Serializer):
    # Methods, not dotted sources with ``default=""``: DRF leaves a defaulted field out of
    # a partial (PATCH) response, and staff made with createsuperuser have no profile.
    id = serializers.SerializerMethodField(help_text="The author's profile id.")
    name = serializers.CharField(source="get_full_name")
    organisation = serializers.SerializerMethodField()
    industry = serializers.SerializerMethodField(help_text="Industry slug; blank if none.")
    function = serializers.SerializerMethodField(help_text="Function slug; blank if none.")

    def get_id(self, user) -> int | None:
        profile = getattr(user, "profile", None)
        return profile.pk if profile else None

    def get_organisation(self, user) -> str:
        organisation = getattr(getattr(user, "profile", None), "organisation", None)
        return organisation.name if organisation else ""

    def get_industry(self, user) -> str:
        industry = getattr(getattr(user, "profile", None), "industry", None)
        return industry.slug if industry else ""

    def get_function(self, user) -> str:
        function = getattr(getattr(user, "profile", None), "function", None)
        return function.slug if function else ""


class ChallengeSerializer(serializers.ModelSerializer):
    author = ChallengeAuthorSerializer(read_only=True)
    tags = serializers.ListField(
        child=serializers.CharField(max_length=40), max_length=10, required=False
    )
    is_mine = serializers.SerializerMethodField()

    class Meta:
        model = Challenge
        fields = [
            "id",
            "title",
            "description",
            "tags",
            "status",
            "visibility",
            "author",
            "is_mine",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]
        # Uniqueness per author is checked by the service, which knows the author.
        validators: list = []

    def get_is_mine(self, obj) -> bool:
        return obj.author_id == self.context["request"].user.pk
