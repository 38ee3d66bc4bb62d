"""Working groups with the real model, where what the texts mean matters: problems
stated in different industries' words become proposals, a new statement of an approved
group's problem joins it as soon as it is embedded, and a re-clustering keeps the group."""

import pytest

from matching.models import GroupChallengeSource, WorkingGroup, WorkingGroupChallenge
from matching.services.embeddings import objects_embed
from matching.services.group_clustering import working_groups_recluster
from matching.services.working_groups import working_group_approve
from matching.tasks import challenge_embed_task
from tests import factories

pytestmark = pytest.mark.django_db

# Four problems, each stated by five members of different industries in their own words,
# and challenges nobody shares. (How well clustering separates problems is measured on
# ../shared/validation/ elsewhere; this community is only big enough for what is
# asserted here.)
PROBLEMS = {
    "retention": [
        (
            "New volunteers drop out",
            "Half of the volunteers we train stop coming within three months of their first shift.",
        ),
        (
            "Nurses leave in their first year",
            "Newly qualified nurses resign within a year of "
            "joining the ward; induction does not keep them.",
        ),
        (
            "Seasonal staff quit after onboarding",
            "Shop assistants we hire and train for the season leave after a few weeks.",
        ),
        (
            "Junior developers churn early",
            "Graduates we onboard leave the engineering team before their first anniversary.",
        ),
        (
            "Drivers do not stay",
            "Delivery drivers quit within weeks of finishing their induction training.",
        ),
    ],
    "alarms": [
        (
            "Alarm fatigue on the ward",
            "Bedside monitors beep all day and nurses have started to ignore the alarms.",
        ),
        (
            "Too many security alerts",
            "Our analysts get thousands of false positive alerts and miss the real intrusions.",
        ),
        (
            "Operators silence every alarm",
            "In the control room so many alarms go off that "
            "operators acknowledge them without reading.",
        ),
        (
            "Machine warnings ignored",
            "Line workers tune out the constant warning lights on the packaging machines.",
        ),
        (
            "Pager noise for on-call engineers",
            "On-call engineers are paged for alerts that "
            "need no action, so they stop responding quickly.",
        ),
    ],
    "no_shows": [
        (
            "Patients miss appointments",
            "One in eight patients does not turn up for a booked "
            "clinic appointment and the slot is wasted.",
        ),
        ("Salon no-shows", "Clients book haircuts and never arrive, leaving stylists idle."),
        (
            "Missed service bookings",
            "Customers who book a car service often fail to bring the car in on the day.",
        ),
        (
            "Students skip advising sessions",
            "Students sign up for advising meetings and do not show up.",
        ),
        (
            "Restaurant reservations not honoured",
            "Diners reserve tables and do not come, so we turn away walk-ins for empty tables.",
        ),
    ],
    "duplicates": [
        (
            "Duplicate customer records",
            "The same customer appears three or four times in our CRM with different spellings.",
        ),
        (
            "Donor database full of duplicates",
            "Donors are recorded twice and receive two letters for every appeal.",
        ),
        (
            "Guest profiles duplicated",
            "Hotel guests get a new profile at every stay, so we cannot see their history.",
        ),
        (
            "Patient records split across systems",
            "One patient ends up with several records and clinicians miss earlier results.",
        ),
        (
            "Policyholders entered twice",
            "Our insurance system holds duplicate policyholder entries that break renewals.",
        ),
    ],
}
UNSHARED = [
    (
        "Choosing a new office location",
        "We must decide between two cities for our headquarters before the lease ends.",
    ),
    ("Translating the website", "Our website needs a Spanish version for new markets."),
    (
        "Negotiating a licence renewal",
        "The vendor wants to double the price of our database licence at renewal.",
    ),
]


@pytest.fixture
def community(real_backend, use_backend):
    """Every statement as a challenge by its own member, embedded with the real model."""
    use_backend(real_backend)
    challenges = {
        problem: [
            factories.ChallengeFactory(title=t, description=d, tags=[]) for t, d in statements
        ]
        for problem, statements in PROBLEMS.items()
    }
    unshared = [factories.ChallengeFactory(title=t, description=d, tags=[]) for t, d in UNSHARED]
    every = [c.pk for group in challenges.values() for c in group] + [c.pk for c in unshared]
    objects_embed(kind="challenge", ids=every, backend=real_backend)
    return challenges, unshared


def members(group) -> set[int]:
    return set(
        WorkingGroupChallenge.objects.filter(group=group).values_list("challenge_id", flat=True)
    )


def test_an_approved_group_takes_in_new_statements_and_survives_reclustering(community, staff):
    challenges, _ = community
    retention = {c.pk for c in challenges["retention"]}

    # given a clustering, and the proposal about retention approved
    run = working_groups_recluster()
    run.refresh_from_db()
    assert run.proposals >= 3, run.message
    proposal = max(WorkingGroup.objects.proposed(), key=lambda g: len(members(g) & retention))
    assert len(members(proposal) & retention) >= 3
    assert len(members(proposal) & retention) / len(members(proposal)) >= 0.6
    assert proposal.key_phrases
    group = working_group_approve(group=proposal, staff=staff, name="Keeping new people")
    before = members(group)

    # when a member writes the same problem in their own words, and another writes
    # something unrelated
    newcomer = factories.ChallengeFactory(
        title="Apprentices leave soon after starting",
        description="Our apprentices resign within a couple of months of their induction.",
        tags=[],
    )
    unrelated = factories.ChallengeFactory(
        title="Car park floods",
        description="Our car park floods whenever it rains heavily.",
        tags=[],
    )
    for challenge in (newcomer, unrelated):
        challenge_embed_task.apply(args=[challenge.pk])

    # then the first joins the group at once, the second joins nothing
    link = WorkingGroupChallenge.objects.get(challenge=newcomer)
    assert link.group_id == group.pk and link.source == GroupChallengeSource.ASSIGNED
    assert not WorkingGroupChallenge.objects.filter(challenge=unrelated).exists()

    # and a full re-clustering keeps the group: same name, every challenge kept
    working_groups_recluster()
    group.refresh_from_db()
    assert group.name == "Keeping new people" and not group.needs_review
    assert members(group) >= before | {newcomer.pk}
    assert not any(members(p) & retention for p in WorkingGroup.objects.proposed()), (
        "the approved group's problem is not proposed a second time"
    )
