from rest_framework import serializers

from challenges.models import Challenge


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
