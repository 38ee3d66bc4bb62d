"""Reads of members, profiles, memberships and membership applications."""

from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db.models import F, Func, QuerySet, TextField, Value
from rest_framework.authtoken.models import Token

from members.models import (
    Function,
    Industry,
    Membership,
    MembershipApplication,
    MembershipPlan,
    Profile,
    Seniority,
    SenioritySynonym,
)


@dataclass(frozen=True)
class DirectoryFilters:
    q: str = ""
    industry: str = ""  # slug
    function: str = ""  # slug
    seniority: str = ""


def directory_profiles(*, filters: DirectoryFilters | None = None) -> QuerySet[Profile]:
    """Profiles of members in good standing, filtered, with everything a card shows loaded."""
    filters = filters or DirectoryFilters()
    qs = Profile.objects.in_directory()
    if filters.q:
        vector = (
            SearchVector("user__first_name", "user__last_name", weight="A", config="simple")
            + SearchVector("organisation__name", "headline", weight="B", config="simple")
            + SearchVector(
                Func(
                    F("expertise"), Value(" "), function="array_to_string", output_field=TextField()
                ),
                weight="B",
                config="english",
            )
        )
        words = " ".join(filters.q.split())
        query = SearchQuery(words, search_type="websearch", config="english") | SearchQuery(
            words, search_type="websearch", config="simple"
        )
        qs = qs.annotate(search=vector).filter(search=query)
    if filters.industry:
        qs = qs.filter(industry__slug=filters.industry)
    if filters.function:
        qs = qs.filter(function__slug=filters.function)
    if filters.seniority:
        qs = qs.filter(seniority=filters.seniority)
    return qs.select_related("user", "organisation", "industry", "function").order_by(
        "user__last_name", "user__first_name", "pk"
    )


def directory_profile_get(*, pk: int) -> Profile:
    """One directory profile by id; raises Profile.DoesNotExist if not in the directory."""
    return directory_profiles().get(pk=pk)


def vocabularies() -> dict[str, QuerySet]:
    return {"industries": Industry.objects.all(), "functions": Function.objects.all()}


def seniority_terms() -> dict[str, str]:
    """Every spelling of a seniority level, lower case, to its level: the levels
    ("mid"), their labels ("mid-level") and staff's synonyms ("head")."""
    terms = {
        synonym.lower(): level
        for synonym, level in SenioritySynonym.objects.values_list("name", "seniority")
    }
    for level, label in Seniority.choices:
        terms[level] = terms[label.lower()] = level
    return terms


def profile_for_user(*, user) -> Profile:
    """The user's profile with what pages show loaded; an unsaved empty one if none yet."""
    profile = (
        Profile.objects.select_related("user", "organisation", "industry", "function")
        .filter(user=user)
        .first()
    )
    return profile or Profile(user=user)


def api_token_for_user(*, user) -> Token | None:
    return Token.objects.filter(user=user).first()


def memberships_of(*, user) -> QuerySet[Membership]:
    """The user's memberships, newest first, with their plans."""
    return Membership.objects.filter(user=user).select_related("plan")


def plans_offered() -> QuerySet[MembershipPlan]:
    return MembershipPlan.objects.filter(is_public=True)


def membership_current(*, user) -> Membership | None:
    """The membership that gives ``user`` access today, if any."""
    return Membership.objects.in_good_standing().filter(user=user).select_related("plan").first()


def membership_applications_of(*, user) -> QuerySet[MembershipApplication]:
    """The user's own applications, newest first, with their plans."""
    return MembershipApplication.objects.filter(applicant=user).select_related("plan")


def membership_application_latest(*, user) -> MembershipApplication | None:
    """The user's most recent application (the one their membership page shows)."""
    return membership_applications_of(user=user).first()


def membership_applications_for_staff() -> QuerySet[MembershipApplication]:
    """Every application, waiting ones first (oldest first), with what the admin shows."""
    return MembershipApplication.objects.select_related(
        "applicant", "plan", "decided_by"
    ).pending_first()


def membership_applications_pending_count() -> int:
    return MembershipApplication.objects.pending().count()
