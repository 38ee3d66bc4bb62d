from rest_framework import serializers

from challenges.models import Challenge, ChallengeStatus

# Keyword filters use the first this many characters (the search endpoint takes more).
LIST_QUERY_LENGTH = 200


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
    id = serializers.IntegerField(source="profile.id")
    name = serializers.CharField(source="get_full_name")
    organisation = serializers.CharField(source="profile.organisation.name", default="")
    industry = serializers.CharField(source="profile.industry.slug", default="")
    function = serializers.CharField(source="profile.function.slug", default="")


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
