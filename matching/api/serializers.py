from django.core.validators import RegexValidator
from rest_framework import serializers

from challenges.models import ChallengeStatus
from matching.explanations import suggestion_explanation
from matching.models import SuggestionDismissal
from matching.selectors.search import MAX_QUERY_LENGTH


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
    strength = serializers.ChoiceField(
        choices=["strong", "possible"],
        help_text=(
            "strong: as alike as only the top one in a hundred random pairs of this "
            "community's texts; possible: a weaker match, shown lower."
        ),
    )
    strength_label = serializers.CharField()
    similarity = serializers.FloatField(
        help_text="Cosine similarity of the two texts once what their industries' texts "
        "have in common is taken out."
    )
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
    reason = serializers.ChoiceField(
        choices=SuggestionDismissal.Reason.choices,
        help_text="`not_now`: the peer may be suggested again after the number of days "
        "staff set (90 by default); any other reason: never again.",
    )
    note = serializers.CharField(required=False, allow_blank=True, max_length=300, default="")


class DismissalResultSerializer(serializers.Serializer):
    """What a dismissal does."""

    peer = serializers.IntegerField(source="peer.profile.id", help_text="Profile id.")
    reason = serializers.ChoiceField(choices=SuggestionDismissal.Reason.choices)
    final = serializers.BooleanField(
        source="is_final", help_text="True: the peer is never suggested to you again."
    )
    suggest_again_after = serializers.DateTimeField(
        allow_null=True,
        help_text="When the peer may be suggested again (if you still match); null: never.",
    )
    message = serializers.CharField(source="outcome", help_text="The same, in words.")


class PersonSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="profile.id", help_text="Profile id.")
    name = serializers.CharField(source="get_full_name")


class IntroductionSerializer(serializers.Serializer):
    """An introduction as one of its two members sees it."""

    id = serializers.IntegerField()
    status = serializers.CharField()
    other = serializers.SerializerMethodField()
    by_staff = serializers.BooleanField()
    note = serializers.CharField()
    my_response = serializers.SerializerMethodField()
    their_response = serializers.SerializerMethodField()
    contact_email = serializers.SerializerMethodField(
        help_text="The other member's e-mail, once you are both connected."
    )
    created_at = serializers.DateTimeField()
    expires_at = serializers.DateTimeField()

    def _me(self):
        return self.context["request"].user

    def get_other(self, obj) -> dict:
        return PersonSerializer(obj.other_party(self._me())).data

    def get_my_response(self, obj) -> str:
        return getattr(obj, f"{obj.side_of(self._me())}_response")

    def get_their_response(self, obj) -> str:
        side = "to" if obj.side_of(self._me()) == "from" else "from"
        return getattr(obj, f"{side}_response")

    def get_contact_email(self, obj) -> str | None:
        return obj.other_party(self._me()).email if obj.status == "connected" else None


class IntroductionRequestSerializer(serializers.Serializer):
    peer = serializers.IntegerField(help_text="Profile id of the member you would like to meet.")
    note = serializers.CharField(required=False, allow_blank=True, max_length=1000, default="")


class IntroductionAnswerSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, max_length=500, default="")


class FeedbackSerializer(serializers.Serializer):
    met = serializers.BooleanField()
    usefulness = serializers.IntegerField(
        required=False, allow_null=True, min_value=1, max_value=5, default=None
    )
    note = serializers.CharField(required=False, allow_blank=True, max_length=500, default="")


class ConnectionSerializer(serializers.Serializer):
    other = serializers.SerializerMethodField()
    email = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()

    def _other(self, obj):
        me = self.context["request"].user
        return obj.member_b if obj.member_a_id == me.pk else obj.member_a

    def get_other(self, obj) -> dict:
        return PersonSerializer(self._other(obj)).data

    def get_email(self, obj) -> str:
        return self._other(obj).email


class NotificationSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    message = serializers.CharField()
    url = serializers.CharField()
    created_at = serializers.DateTimeField()
    read = serializers.SerializerMethodField()

    def get_read(self, obj) -> bool:
        return obj.read_at is not None


class MarkReadSerializer(serializers.Serializer):
    ids = serializers.ListField(
        child=serializers.IntegerField(),
        required=False,
        help_text="Leave out to mark everything read.",
    )


class SearchParamsSerializer(serializers.Serializer):
    q = serializers.CharField(
        max_length=MAX_QUERY_LENGTH,
        # Spaces alone are blank once trimmed; the pattern tells the schema so.
        validators=[RegexValidator(r"\S", message="Type what you are looking for.")],
        error_messages={"blank": "Type what you are looking for."},
        help_text="What you are looking for: words, or a whole challenge pasted in "
        f"(up to {MAX_QUERY_LENGTH} characters, as long as a challenge description).",
    )
    industry = serializers.SlugField(default="", allow_blank=True, help_text="Industry slug.")
    function = serializers.SlugField(default="", allow_blank=True, help_text="Function slug.")
    status = serializers.ChoiceField(
        choices=ChallengeStatus.choices,
        default="",
        allow_blank=True,
        help_text="Only challenges of this status (and no members).",
    )


class SearchResultSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["challenge", "member"])
    id = serializers.IntegerField(help_text="Challenge id, or the member's profile id.")
    title = serializers.CharField()
    snippet = serializers.CharField(help_text="HTML: escaped text, matched words in <mark>.")
    score = serializers.FloatField()
    industry = serializers.CharField()
    function = serializers.CharField()
    status = serializers.CharField()
    headline = serializers.CharField(help_text="A member's headline; empty for challenges.")


class GroupChallengeSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Challenge id (see /api/v1/challenges/{id}/).")
    title = serializers.CharField()
    status = serializers.CharField()


class GroupForYouSerializer(serializers.Serializer):
    """An active working group whose problem matches one of your open challenges, and why."""

    id = serializers.IntegerField(source="group.id")
    slug = serializers.CharField(source="group.slug")
    name = serializers.CharField(source="group.name")
    purpose = serializers.CharField(source="group.purpose")
    key_phrases = serializers.ListField(
        child=serializers.CharField(), help_text="The group's problem in key phrases."
    )
    challenge = GroupChallengeSerializer(help_text="Your open challenge that matched.")
    similarity = serializers.FloatField(
        help_text="How similar your challenge is to the group's problem (cosine, 0-1)."
    )
    challenge_in_group = serializers.BooleanField(source="in_group")
    my_status = serializers.SerializerMethodField(
        help_text="`requested` or `declined` when you asked to join; null otherwise."
    )

    def get_my_status(self, obj) -> str | None:
        return obj.place.status if obj.place else None


class GroupMemberSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="place.member.profile.id", help_text="Profile id.")
    name = serializers.CharField(source="place.member.get_full_name")
    role = serializers.CharField(source="place.role")
    headline = serializers.CharField(source="place.member.profile.headline")
    industry = serializers.SerializerMethodField()
    function = serializers.SerializerMethodField()
    challenges = GroupChallengeSerializer(
        many=True, help_text="Their challenges in this group that you may read."
    )

    def get_industry(self, obj) -> str:
        industry = obj.place.member.profile.industry
        return industry.name if industry else ""

    def get_function(self, obj) -> str:
        function = obj.place.member.profile.function
        return function.name if function else ""


class GroupOtherChallengeSerializer(GroupChallengeSerializer):
    author = serializers.CharField(source="author.get_full_name")


class WorkingGroupDetailSerializer(serializers.Serializer):
    """A working group as its page shows it to you."""

    id = serializers.IntegerField(source="group.id")
    slug = serializers.CharField(source="group.slug")
    name = serializers.CharField(source="group.label")
    status = serializers.CharField(source="group.status")
    purpose = serializers.CharField(source="group.purpose")
    key_phrases = serializers.ListField(child=serializers.CharField(), source="group.key_phrases")
    members = GroupMemberSerializer(many=True)
    other_challenges = GroupOtherChallengeSerializer(
        many=True, help_text="Open challenges in the group by members who have not joined."
    )
    my_status = serializers.SerializerMethodField(
        help_text="`member`, `requested`, `declined`, or null."
    )
    my_role = serializers.SerializerMethodField(help_text="`member`, `facilitator`, or null.")
    can_decide_requests = serializers.BooleanField(
        source="can_decide", help_text="Whether you decide who joins (facilitator or staff)."
    )
    requests_waiting = serializers.IntegerField(
        help_text="Requests to join waiting for a decision (0 unless you decide them)."
    )

    def get_my_status(self, obj) -> str | None:
        return obj.place.status if obj.place else None

    def get_my_role(self, obj) -> str | None:
        return obj.place.role if obj.place else None


class GroupJoinSerializer(serializers.Serializer):
    note = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=500,
        default="",
        help_text="What you hope to bring or find; the facilitator reads it.",
    )


class JoinRequestMemberSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="profile.id", help_text="Profile id.")
    name = serializers.CharField(source="get_full_name")
    headline = serializers.CharField(source="profile.headline")
    organisation = serializers.SerializerMethodField()
    industry = serializers.SerializerMethodField()
    function = serializers.SerializerMethodField()

    def get_organisation(self, obj) -> str:
        return obj.profile.organisation.name if obj.profile.organisation else ""

    def get_industry(self, obj) -> str:
        return obj.profile.industry.name if obj.profile.industry else ""

    def get_function(self, obj) -> str:
        return obj.profile.function.name if obj.profile.function else ""


class JoinRequestSerializer(serializers.Serializer):
    """A member's request to join a working group (or the place it gave them)."""

    id = serializers.IntegerField()
    group = serializers.IntegerField(source="group_id")
    member = JoinRequestMemberSerializer()
    status = serializers.ChoiceField(choices=["requested", "member", "declined"])
    role = serializers.ChoiceField(choices=["member", "facilitator"])
    note = serializers.CharField()
    created_at = serializers.DateTimeField()
    decided_at = serializers.DateTimeField(allow_null=True)
