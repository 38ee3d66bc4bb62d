"""factory_boy factories for Confer's models."""

from datetime import timedelta
from decimal import Decimal

import factory
from django.utils import timezone
from django.utils.text import slugify

from challenges.models import Challenge
from members.models import (
    Function,
    Industry,
    Membership,
    MembershipApplication,
    MembershipPlan,
    Organisation,
    Profile,
    User,
)

PASSWORD = "correct-horse-battery"


class IndustryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Industry
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Industry {n}")
    slug = factory.LazyAttribute(lambda term: slugify(term.name))


class FunctionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Function
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Function {n}")
    slug = factory.LazyAttribute(lambda term: slugify(term.name))


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Organisation {n}")
    industry = factory.SubFactory(IndustryFactory)


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MembershipPlan
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Plan {n}")
    slug = factory.Sequence(lambda n: f"plan-{n}")
    price = Decimal("480.00")
    period = "year"
    includes = "Introductions\nWorking groups"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save(update_fields=["password"])


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile
        django_get_or_create = ("user",)

    user = factory.SubFactory(UserFactory)
    headline = factory.Faker("job")
    organisation = factory.SubFactory(OrganisationFactory)
    industry = factory.SelfAttribute("organisation.industry")
    function = factory.SubFactory(FunctionFactory)
    seniority = "senior"
    bio = "I run operations for a mid-sized organisation."
    expertise = factory.LazyFunction(lambda: ["change management", "budgeting"])
    open_to_introductions = True


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    plan = factory.SubFactory(PlanFactory)
    status = "active"
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))
    ends_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=335))


class MembershipApplicationFactory(factory.django.DjangoModelFactory):
    """A waiting application from an account with a profile and no membership."""

    class Meta:
        model = MembershipApplication

    applicant = factory.LazyFunction(lambda: ProfileFactory().user)
    plan = factory.SubFactory(PlanFactory)
    motivation = "We keep losing volunteers after onboarding and want to learn from peers."
    organisation_name = factory.Sequence(lambda n: f"Applicant Organisation {n}")


def member(**profile_fields) -> User:
    """A member in good standing with a full profile."""
    profile = ProfileFactory(**profile_fields)
    MembershipFactory(user=profile.user)
    return profile.user


def lapsed_member(**profile_fields) -> User:
    profile = ProfileFactory(**profile_fields)
    MembershipFactory(
        user=profile.user,
        status="lapsed",
        starts_on=timezone.localdate() - timedelta(days=500),
        ends_on=timezone.localdate() - timedelta(days=135),
    )
    return profile.user


class ChallengeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Challenge

    author = factory.LazyFunction(member)
    title = factory.Sequence(lambda n: f"Keeping volunteers engaged after onboarding ({n})")
    description = "We lose half of our new volunteers within three months of their first shift."
    tags = factory.LazyFunction(lambda: ["retention", "onboarding"])
    status = "open"
    visibility = "members"


def suggestion(member, peer, *, rank=1, kind="shared_problem", similarity=0.62, score=0.7):
    """A stored suggestion (as the matching service would write it) between two members."""
    from matching.explanations import explanation_build
    from matching.models import Suggestion

    mine = ChallengeFactory(author=member)
    theirs = ChallengeFactory(author=peer) if kind == "shared_problem" else None
    return Suggestion.objects.create(
        member=member,
        peer=peer,
        kind=kind,
        member_challenge=mine,
        peer_challenge=theirs,
        similarity=similarity,
        score=score,
        rank=rank,
        shared_terms=["volunteers"],
        explanation=explanation_build(
            member_challenge=mine,
            peer_challenge=theirs,
            mine=member.profile,
            theirs=peer.profile,
        ),
    )
