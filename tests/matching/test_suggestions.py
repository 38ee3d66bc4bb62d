"""Suggestions computed with the real model on a small community written for it."""

from datetime import timedelta

import pytest
from django.utils import timezone

from challenges.models import Challenge
from challenges.services import challenge_update
from matching.explanations import suggestion_explanation
from matching.models import (
    ChallengeEmbedding,
    MatchingSettings,
    ProfileEmbedding,
    Suggestion,
    SuggestionDismissal,
)
from matching.selectors import suggestions_for_member
from matching.services.embeddings import embeddings_eligibility_sync, objects_embed
from matching.services.space import baselines
from matching.services.suggestions import (
    suggestion_dismiss,
    suggestion_explanations_rebuild,
    suggestions_refresh_for_member,
)
from members.models import Membership, Profile
from members.services import (
    membership_cancel,
    membership_grant,
    memberships_refresh_status,
    profile_update,
)
from tests import factories

pytestmark = pytest.mark.django_db


def person(
    industry,
    function,
    organisation,
    *,
    challenge=None,
    expertise=(),
    bio="",
    lapsed=False,
    opted_in=True,
):
    make = factories.lapsed_member if lapsed else factories.member
    user = make(
        organisation=factories.OrganisationFactory(
            name=organisation, industry=factories.IndustryFactory(name=industry)
        ),
        function=factories.FunctionFactory(name=function),
        expertise=list(expertise),
        bio=bio,
        headline="",
        open_to_introductions=opted_in,
    )
    if challenge:
        factories.ChallengeFactory(
            author=user, title=challenge[0], description=challenge[1], tags=[]
        )
    return user


def embed_everything(backend):
    objects_embed(
        kind="challenge", ids=Challenge.objects.values_list("pk", flat=True), backend=backend
    )
    objects_embed(kind="profile", ids=Profile.objects.values_list("pk", flat=True), backend=backend)


VOLUNTEERS = (
    "Volunteers stop showing up after a few weeks",
    "New volunteers are keen at first, then most of them drift away within "
    "two months and we keep recruiting to stand still.",
)


@pytest.fixture
def community(real_backend):
    people = {
        "alice": person(
            "Nonprofit & Charities", "Operations", "Harbour Trust", challenge=VOLUNTEERS
        ),
        "bob": person(
            "Hospitality & Travel",
            "Human Resources",
            "Tidewell Hotels",
            challenge=(
                "Seasonal hotel staff leave after their first month",
                "We train new seasonal staff every spring and most are gone "
                "within weeks; we are always hiring to stand still.",
            ),
        ),
        "carol": person(
            "Nonprofit & Charities",
            "Operations",
            "Harbour Trust",
            challenge=(
                "Our volunteers quit soon after joining",
                "Volunteers sign up with enthusiasm but stop coming after a few shifts.",
            ),
        ),
        "dan": person(
            "Software & SaaS",
            "Engineering & IT",
            "Cloudline",
            challenge=(
                "Migrating our billing database to a new cloud provider",
                "The schema is twenty years old and the vendor contract ends in March.",
            ),
        ),
        "erin": person(
            "Healthcare",
            "Human Resources",
            "St Mary's",
            expertise=["staff retention", "onboarding new starters", "keeping volunteers engaged"],
            bio="I halved first-year turnover of our nurses and volunteers.",
        ),
        "frank": person(
            "Retail",
            "Operations",
            "Corner Shops",
            challenge=(
                "New store staff quit within weeks of starting",
                "Half of our new shop assistants leave in the first month.",
            ),
            lapsed=True,
        ),
        "gina": person(
            "Logistics & Supply Chain",
            "Operations",
            "Crosswind",
            challenge=(
                "Warehouse pickers leave before peak season",
                "We hire and train pickers in autumn and lose them within weeks.",
            ),
            opted_in=False,
        ),
    }
    embed_everything(real_backend)
    return people


def peers_of(member, backend):
    suggestions_refresh_for_member(member=member, backend=backend)
    return {s.peer_id: s for s in Suggestion.objects.filter(member=member)}


def test_shared_problem_across_industries_is_suggested_with_its_reason(community, real_backend):
    alice, bob = community["alice"], community["bob"]
    peers = peers_of(alice, real_backend)
    suggestion = peers[bob.pk]
    assert suggestion.kind == "shared_problem"
    assert suggestion.member_challenge.author == alice
    assert suggestion.peer_challenge.author == bob
    assert 0 < suggestion.similarity <= 1
    # The evidence is where the similarity stands in this community; another industry
    # and another function: both boosts apply.
    evidence = baselines(backend=real_backend)["challenge"].strength(suggestion.similarity)
    assert suggestion.score == pytest.approx(evidence * 1.15 * 1.05, abs=1e-3)


def test_expertise_that_can_help_is_suggested(community, real_backend):
    peers = peers_of(community["alice"], real_backend)
    erin = peers[community["erin"].pk]
    assert erin.kind == "can_help"
    assert erin.peer_challenge is None


def test_exclusions_self_same_organisation_lapsed_and_opted_out(community, real_backend):
    alice = community["alice"]
    peers = peers_of(alice, real_backend)
    for name in ("carol", "frank", "gina"):
        assert community[name].pk not in peers, name
    assert alice.pk not in peers


def test_an_unrelated_peer_is_at_most_a_possible_match_below_the_same_problem(
    community, real_backend
):
    # Seven members are too few to know what a random pair looks like here: nothing
    # is hidden, nothing is called more than a possible match, and the ranking does
    # the work.
    alice = community["alice"]
    peers = peers_of(alice, real_backend)
    bob, dan = peers[community["bob"].pk], peers[community["dan"].pk]
    assert {s.strength for s in peers.values()} == {"possible"}
    assert dan.rank > bob.rank


def test_same_organisation_can_be_allowed_by_staff(community, real_backend):
    config = MatchingSettings.load()
    config.exclude_same_organisation = False
    config.save()
    assert community["carol"].pk in peers_of(community["alice"], real_backend)


def test_expertise_counts_less_than_a_stated_problem_as_staff_set_it(community, real_backend):
    alice, erin = community["alice"], community["erin"]
    half = peers_of(alice, real_backend)[erin.pk]

    config = MatchingSettings.load()
    config.can_help_weight = 1.0
    config.save()
    full = peers_of(alice, real_backend)[erin.pk]

    assert half.similarity == full.similarity
    assert half.score == pytest.approx(full.score / 2, abs=1e-3)

    config.can_help_weight = 0.0
    config.save()
    assert erin.pk not in peers_of(alice, real_backend)


def test_lapsed_or_opted_out_members_get_no_suggestions(community, real_backend):
    assert peers_of(community["frank"], real_backend) == {}
    assert peers_of(community["gina"], real_backend) == {}


def test_dismissed_peer_is_never_suggested_again(community, real_backend):
    alice, bob = community["alice"], community["bob"]
    SuggestionDismissal.objects.create(member=alice, peer=bob, reason="already_know")
    assert bob.pk not in peers_of(alice, real_backend)


def days_pass(dismissal: SuggestionDismissal, days: int) -> None:
    """As if the dismissal had been made ``days`` days earlier."""
    shift = timedelta(days=days)
    dismissal.created_at -= shift
    if dismissal.suggest_again_after is not None:
        dismissal.suggest_again_after -= shift
    dismissal.save(update_fields=["created_at", "suggest_again_after"])


def test_peer_dismissed_as_not_now_returns_after_the_period(community, real_backend):
    # given Alice is suggested Bob and dismisses him as "not the right time"
    alice, bob = community["alice"], community["bob"]
    assert bob.pk in peers_of(alice, real_backend)
    dismissal = suggestion_dismiss(member=alice, peer=bob, reason="not_now")

    # then he stays away through the period (90 days by default)...
    assert bob.pk not in peers_of(alice, real_backend)
    days_pass(dismissal, 89)
    assert bob.pk not in peers_of(alice, real_backend)

    # ...and is suggested again once it is over, as she was told
    days_pass(dismissal, 2)
    assert bob.pk in peers_of(alice, real_backend)


def test_not_now_period_is_staff_tunable(community, real_backend):
    config = MatchingSettings.load()
    config.not_now_dismissal_days = 7
    config.save()
    alice, bob = community["alice"], community["bob"]

    dismissal = suggestion_dismiss(member=alice, peer=bob, reason="not_now")
    assert "suggested again after 7 days" in dismissal.outcome
    days_pass(dismissal, 8)

    assert bob.pk in peers_of(alice, real_backend)


@pytest.mark.parametrize("reason", ["not_relevant", "already_know", "other"])
def test_peer_dismissed_for_any_other_reason_never_returns(community, real_backend, reason):
    alice, bob = community["alice"], community["bob"]
    dismissal = suggestion_dismiss(member=alice, peer=bob, reason=reason)

    days_pass(dismissal, 3650)

    assert dismissal.is_final
    assert bob.pk not in peers_of(alice, real_backend)


def test_dismissing_a_returned_peer_again_starts_afresh(community, real_backend):
    # given Bob came back after a "not now" and Alice dismisses him once more
    alice, bob = community["alice"], community["bob"]
    days_pass(suggestion_dismiss(member=alice, peer=bob, reason="not_now"), 91)
    assert bob.pk in peers_of(alice, real_backend)

    # when she says "not relevant" this time
    suggestion_dismiss(member=alice, peer=bob, reason="not_relevant")

    # then he is gone for good
    assert SuggestionDismissal.objects.get(member=alice, peer=bob).suggest_again_after is None
    assert bob.pk not in peers_of(alice, real_backend)


def test_popular_member_stops_appearing_past_the_cap(community, real_backend):
    config = MatchingSettings.load()
    config.max_appearances = 1
    config.exclude_same_organisation = False
    config.save()
    bob = community["bob"]
    assert bob.pk in peers_of(community["carol"], real_backend)
    assert bob.pk not in peers_of(community["alice"], real_backend)


def test_explanation_names_both_sides(community, real_backend):
    alice, bob = community["alice"], community["bob"]
    peers_of(alice, real_backend)
    explained = {
        e["peer"]["user_id"]: e
        for e in map(suggestion_explanation, suggestions_for_member(member=alice))
    }[bob.pk]
    assert explained["member_text"] == VOLUNTEERS[0]
    assert explained["peer_text"] == "Seasonal hotel staff leave after their first month"
    assert explained["peer"]["industry"] == "Hospitality & Travel"
    assert explained["member"]["industry"] == "Nonprofit & Charities"
    assert explained["other_industry"] is True
    assert explained["similarity"] == Suggestion.objects.get(member=alice, peer=bob).similarity


def _one_sided_community(other_industries):
    alice = person("Nonprofit & Charities", "Operations", "Harbour Trust", challenge=VOLUNTEERS)
    for n in range(9):
        person(
            "Hospitality & Travel",
            "Human Resources",
            f"Hotel {n}",
            challenge=(
                f"Seasonal staff leave after their first month ({n})",
                "Most new seasonal staff are gone within weeks of training.",
            ),
        )
    for n, industry in enumerate(other_industries):
        person(
            industry,
            "Human Resources",
            f"Org {n}",
            challenge=(
                f"New starters leave within weeks ({n})",
                "People we hire and train drift away in the first months.",
            ),
        )
    return alice


def test_no_industry_takes_more_than_half_of_the_top_ten(real_backend):
    alice = _one_sided_community(
        [
            "Retail",
            "Healthcare",
            "Public Sector",
            "Insurance",
            "Manufacturing",
            "Energy & Utilities",
        ]
    )
    embed_everything(real_backend)
    suggestions_refresh_for_member(member=alice, backend=real_backend)
    industries = [s.peer.profile.industry.name for s in suggestions_for_member(member=alice)]
    assert len(industries) == 15
    assert industries[:10].count("Hospitality & Travel") <= 5
    assert industries.count("Hospitality & Travel") == 9


def test_a_short_list_rather_than_a_one_sided_one(real_backend):
    alice = _one_sided_community(["Retail", "Healthcare", "Public Sector", "Insurance"])
    embed_everything(real_backend)
    suggestions_refresh_for_member(member=alice, backend=real_backend)
    industries = [s.peer.profile.industry.name for s in suggestions_for_member(member=alice)]
    assert len(industries) == 9
    assert industries.count("Hospitality & Travel") == 5


# Eligibility copied onto the vectors: every service that changes it takes effect at once


def test_withdrawn_consent_stops_suggestions_of_that_member_at_once(community, real_backend):
    alice, bob = community["alice"], community["bob"]
    assert bob.pk in peers_of(alice, real_backend)

    profile_update(user=bob, open_to_introductions=False)

    assert bob.pk not in peers_of(alice, real_backend)
    assert not ChallengeEmbedding.objects.filter(owner=bob, eligible=True).exists()


def test_cancelled_membership_stops_suggestions_and_a_new_one_brings_them_back(
    community, real_backend
):
    alice, bob = community["alice"], community["bob"]
    membership = Membership.objects.get(user=bob)

    membership_cancel(membership=membership)
    assert bob.pk not in peers_of(alice, real_backend)

    membership_grant(user=bob, plan=membership.plan)
    assert bob.pk in peers_of(alice, real_backend)


def test_membership_ending_by_date_stops_suggestions_after_the_status_refresh(
    community, real_backend
):
    alice, bob = community["alice"], community["bob"]
    long_ago = timezone.localdate() - timedelta(days=400)
    Membership.objects.filter(user=bob).update(starts_on=long_ago, ends_on=long_ago)

    memberships_refresh_status()

    assert bob.pk not in peers_of(alice, real_backend)


def test_archived_challenge_is_no_longer_matched(community, real_backend):
    alice, bob = community["alice"], community["bob"]
    challenge = Challenge.objects.get(author=bob)

    challenge_update(challenge=challenge, user=bob, status="archived")
    objects_embed(kind="challenge", ids=[challenge.pk], backend=real_backend)

    assert bob.pk not in peers_of(alice, real_backend)
    assert ChallengeEmbedding.objects.get(challenge=challenge).eligible is False


def test_moving_to_the_same_organisation_makes_a_peer_a_colleague(community, real_backend):
    alice, bob = community["alice"], community["bob"]

    profile_update(user=bob, organisation_name="Harbour Trust")

    assert bob.pk not in peers_of(alice, real_backend)


def test_eligibility_sync_writes_only_rows_that_change(community):
    erin = community["erin"]  # one vector: what she can help with
    assert embeddings_eligibility_sync() == 0

    Profile.objects.filter(user=erin).update(open_to_introductions=False)

    assert embeddings_eligibility_sync() == 1
    assert embeddings_eligibility_sync() == 0
    assert ProfileEmbedding.objects.get(owner=erin).eligible is False


def test_explanations_rebuild_shows_current_names_on_both_sides_in_chunks(alice, bob):
    # Given suggestions that show Alice, as the member and as the peer
    hers = factories.suggestion(alice, bob)
    his = factories.suggestion(bob, alice)
    unrelated = factories.suggestion(factories.member(), factories.member())
    before = dict(unrelated.explanation)
    alice.first_name = "Alicia"
    alice.save()
    alice.profile.headline = "Head of Volunteering"
    alice.profile.save()

    # When the explanations showing her are rebuilt, one suggestion at a time
    count = suggestion_explanations_rebuild(user_ids=[alice.pk], chunk=1)

    # Then both show her as she is now, and nothing else changed
    assert count == 2
    his.refresh_from_db()
    hers.refresh_from_db()
    assert his.explanation["peer"]["headline"] == "Head of Volunteering"
    assert his.explanation["peer"]["name"].startswith("Alicia")
    assert his.explanation["summary"].startswith("Alicia")
    assert hers.explanation["peer"]["user_id"] == bob.pk
    unrelated.refresh_from_db()
    assert unrelated.explanation == before
