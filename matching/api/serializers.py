from rest_framework import serializers

from matching.explanations import suggestion_explanation
from matching.models import SuggestionDismissal


class SidePeerSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="The peer's profile id (see /api/v1/members/{id}/).")
    user_id = serializers.IntegerField()
    name = serializers.CharField()
    headline = serializers.CharField()
    organisation = serializers.CharField()
    industry = serializers.CharField()
    function = serializers.CharField()


class SideMemberSerializer(serializers.Serializer):
    industry = serializers.CharField()
    function = serializers.CharField()


class SuggestionSerializer(serializers.Serializer):
    """A suggested peer and why: the pair that matched, how similar, words in common."""

    rank = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=["shared_problem", "can_help"])
    kind_label = serializers.CharField()
    summary = serializers.CharField()
    score = serializers.FloatField()
    similarity = serializers.FloatField()
    shared_terms = serializers.ListField(child=serializers.CharField())
    member_challenge_id = serializers.IntegerField()
    member_text = serializers.CharField()
    peer_challenge_id = serializers.IntegerField(allow_null=True)
    peer_text = serializers.CharField()
    other_industry = serializers.BooleanField()
    member = SideMemberSerializer()
    peer = SidePeerSerializer()

    def to_representation(self, instance):
        return super().to_representation(suggestion_explanation(instance))


class DismissalSerializer(serializers.Serializer):
    peer = serializers.IntegerField(help_text="Profile id of the suggested peer.")
    reason = serializers.ChoiceField(choices=SuggestionDismissal.Reason.choices)
    note = serializers.CharField(required=False, allow_blank=True, max_length=300, default="")
