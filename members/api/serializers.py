from rest_framework import serializers

from members.models import (
    Function,
    Industry,
    MembershipApplication,
    MembershipPlan,
    Profile,
    Seniority,
)

# Keyword filters use the first this many characters (the search endpoint takes more).
LIST_QUERY_LENGTH = 200


class TermSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()


class MyProfileSerializer(serializers.ModelSerializer):
    """The signed-in member's own profile, read and write."""

    email = serializers.EmailField(source="user.email", read_only=True)
    first_name = serializers.CharField(source="user.first_name", max_length=150)
    last_name = serializers.CharField(source="user.last_name", max_length=150)
    # A method, not ``default=""`` on a dotted source: DRF leaves a defaulted field out of
    # a partial (PATCH) response when the member has no organisation.
    organisation = serializers.SerializerMethodField()
    organisation_name = serializers.CharField(
        write_only=True,
        required=False,
        allow_blank=True,
        max_length=200,
        help_text="Finds or creates the organisation; blank clears it.",
    )
    industry = serializers.SlugRelatedField(
        slug_field="slug", queryset=Industry.objects.all(), allow_null=True, required=False
    )
    function = serializers.SlugRelatedField(
        slug_field="slug", queryset=Function.objects.all(), allow_null=True, required=False
    )
    expertise = serializers.ListField(
        child=serializers.CharField(max_length=80), max_length=20, required=False
    )
    completeness = serializers.IntegerField(read_only=True)

    class Meta:
        model = Profile
        fields = [
            "id",
            "email",
            "first_name",
            "last_name",
            "headline",
            "organisation",
            "organisation_name",
            "industry",
            "function",
            "seniority",
            "bio",
            "expertise",
            "goals",
            "location",
            "timezone",
            "open_to_introductions",
            "completeness",
        ]

    def get_organisation(self, profile) -> str:
        return profile.organisation.name if profile.organisation else ""

    def to_service_kwargs(self) -> dict:
        data = dict(self.validated_data)
        user = data.pop("user", {})
        return {**data, **user}


class DirectoryParamsSerializer(serializers.Serializer):
    """The directory's query parameters."""

    q = serializers.CharField(
        default="",
        allow_blank=True,
        help_text=f"Name, organisation, headline or expertise (the first {LIST_QUERY_LENGTH} "
        "characters count).",
    )
    industry = serializers.SlugField(default="", allow_blank=True, help_text="Industry slug.")
    function = serializers.SlugField(default="", allow_blank=True, help_text="Function slug.")
    seniority = serializers.ChoiceField(choices=Seniority.choices, default="", allow_blank=True)

    def validate_q(self, value: str) -> str:
        return value[:LIST_QUERY_LENGTH]


class DirectoryMemberSerializer(serializers.ModelSerializer):
    """What other members see of a member (no contact details)."""

    name = serializers.CharField(source="user.get_full_name")
    organisation = serializers.CharField(source="organisation.name", default="")
    industry = TermSerializer(allow_null=True)
    function = TermSerializer(allow_null=True)

    class Meta:
        model = Profile
        fields = [
            "id",
            "name",
            "headline",
            "organisation",
            "industry",
            "function",
            "seniority",
            "expertise",
            "bio",
            "goals",
            "location",
            "timezone",
        ]


class TokenRequestSerializer(serializers.Serializer):
    email = serializers.EmailField()
    password = serializers.CharField(style={"input_type": "password"}, trim_whitespace=False)


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField()


class MembershipPlanSerializer(serializers.ModelSerializer):
    included_items = serializers.ListField(child=serializers.CharField(), read_only=True)

    class Meta:
        model = MembershipPlan
        fields = ["slug", "name", "description", "price", "currency", "period", "included_items"]


class MembershipApplicationSerializer(serializers.ModelSerializer):
    """One of your membership applications; ``staff_note`` is what the community team
    wrote with their decision."""

    plan = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=MembershipPlan.objects.all(),
        help_text="Slug of one of the plans offered (GET /api/v1/membership/plans/).",
    )
    plan_name = serializers.CharField(source="plan.name", read_only=True)

    class Meta:
        model = MembershipApplication
        fields = [
            "id",
            "plan",
            "plan_name",
            "motivation",
            "organisation_name",
            "status",
            "staff_note",
            "created_at",
            "decided_at",
        ]
        read_only_fields = ["status", "staff_note", "created_at", "decided_at"]
