import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from challenges.models import Challenge
from challenges.services import (
    challenge_create,
    challenge_delete,
    challenge_update,
    tags_normalise,
)
from tests.factories import ChallengeFactory

pytestmark = pytest.mark.django_db


def _fields(**overrides):
    fields = {
        "title": "Volunteers drift away after onboarding",
        "description": "Half of our new volunteers stop coming within three months.",
    }
    return {**fields, **overrides}


def test_tags_normalise_lowercases_hyphenates_and_deduplicates_in_order():
    assert tags_normalise(["Board Governance", " retention ", "RETENTION", "board governance"]) == [
        "board-governance",
        "retention",
    ]


def test_tags_normalise_drops_empty_tags_and_cuts_to_forty_characters():
    assert tags_normalise(["", "  ", "!!", "a" * 50]) == ["a" * 40]


def test_challenge_create_saves_with_normalised_tags_and_stripped_text(alice):
    challenge = challenge_create(
        author=alice,
        title="  Volunteers drift away  ",
        description="  Half of them leave.  ",
        tags=["Volunteer Retention", "volunteer retention", "Onboarding"],
        status="exploring",
        visibility="staff",
    )

    challenge.refresh_from_db()
    assert challenge.author == alice
    assert challenge.title == "Volunteers drift away"
    assert challenge.description == "Half of them leave."
    assert challenge.tags == ["volunteer-retention", "onboarding"]
    assert challenge.status == "exploring"
    assert challenge.visibility == "staff"


def test_challenge_create_defaults_to_open_members_visible_without_tags(alice):
    challenge = challenge_create(author=alice, **_fields())

    challenge.refresh_from_db()
    assert (challenge.status, challenge.visibility, challenge.tags) == ("open", "members", [])


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "   "}, "title"),
        ({"title": "x" * 141}, "title"),
        ({"description": ""}, "description"),
        ({"tags": [f"tag-{n}" for n in range(11)]}, "tags"),
        ({"status": "abandoned"}, "status"),
        ({"visibility": "public"}, "visibility"),
    ],
)
def test_challenge_create_rejects_invalid_field_and_writes_nothing(alice, overrides, field):
    with pytest.raises(ValidationError) as error:
        challenge_create(author=alice, **_fields(**overrides))

    assert field in error.value.message_dict
    assert Challenge.objects.count() == 0


def test_challenge_create_accepts_title_of_exactly_140_characters(alice):
    challenge = challenge_create(author=alice, **_fields(title="x" * 140))

    assert Challenge.objects.get().pk == challenge.pk


def test_challenge_create_counts_ten_tags_after_removing_duplicates(alice):
    tags = [f"tag-{n}" for n in range(10)] + ["TAG-0"]

    challenge = challenge_create(author=alice, **_fields(tags=tags))

    assert len(challenge.tags) == 10


def test_challenge_create_rejects_duplicate_title_of_same_author_on_title_field(alice):
    ChallengeFactory(author=alice, title="Volunteers drift away after onboarding")

    with pytest.raises(ValidationError) as error:
        challenge_create(author=alice, **_fields(title=" Volunteers drift away after onboarding "))

    assert error.value.message_dict == {"title": ["You already have a challenge with this title."]}


def test_challenge_create_rejects_same_title_in_other_letter_case(alice):
    ChallengeFactory(author=alice, title="Volunteers drift away after onboarding")

    with pytest.raises(ValidationError) as error:
        challenge_create(author=alice, **_fields(title="VOLUNTEERS drift away after Onboarding"))

    assert error.value.message_dict == {"title": ["You already have a challenge with this title."]}
    assert Challenge.objects.filter(author=alice).count() == 1
    assert Challenge.objects.count() == 1


def test_challenge_create_allows_same_title_for_another_author(alice, bob):
    ChallengeFactory(author=alice, title="Volunteers drift away after onboarding")

    challenge_create(author=bob, **_fields(title="Volunteers drift away after onboarding"))

    assert Challenge.objects.filter(title="Volunteers drift away after onboarding").count() == 2


def test_challenge_update_changes_fields_and_normalises_tags(alice):
    challenge = ChallengeFactory(author=alice)

    challenge_update(
        challenge=challenge,
        user=alice,
        title=" Board meetings run over ",
        tags=["Board Governance", "board-governance"],
        status="solved",
        visibility="staff",
    )

    challenge.refresh_from_db()
    assert challenge.title == "Board meetings run over"
    assert challenge.tags == ["board-governance"]
    assert challenge.status == "solved"
    assert challenge.visibility == "staff"


def test_challenge_update_leaves_unmentioned_fields_alone(alice):
    challenge = ChallengeFactory(author=alice, tags=["retention"], description="The context.")

    challenge_update(challenge=challenge, user=alice, status="exploring")

    challenge.refresh_from_db()
    assert (challenge.status, challenge.tags, challenge.description) == (
        "exploring",
        ["retention"],
        "The context.",
    )


def test_challenge_update_refuses_another_member_and_writes_nothing(alice, bob):
    challenge = ChallengeFactory(author=alice, title="Original title")

    with pytest.raises(PermissionDenied):
        challenge_update(challenge=challenge, user=bob, title="Taken over")

    assert Challenge.objects.get(pk=challenge.pk).title == "Original title"


def test_challenge_update_lets_staff_moderate(alice, staff):
    challenge = ChallengeFactory(author=alice, status="open")

    challenge_update(challenge=challenge, user=staff, status="archived")

    assert Challenge.objects.get(pk=challenge.pk).status == "archived"
    assert Challenge.objects.get(pk=challenge.pk).author == alice


def test_challenge_update_refuses_fields_that_are_not_editable(alice, bob):
    challenge = ChallengeFactory(author=alice)

    with pytest.raises(ValueError, match="author"):
        challenge_update(challenge=challenge, user=alice, author=bob)

    assert Challenge.objects.get(pk=challenge.pk).author == alice


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 141}, "title"),
        ({"description": "  "}, "description"),
        ({"tags": [f"tag-{n}" for n in range(11)]}, "tags"),
        ({"status": "abandoned"}, "status"),
    ],
)
def test_challenge_update_rejects_invalid_field_and_leaves_row_unchanged(alice, changes, field):
    challenge = ChallengeFactory(author=alice, title="Original title", tags=["retention"])
    before = Challenge.objects.values().get(pk=challenge.pk)

    with pytest.raises(ValidationError) as error:
        challenge_update(challenge=challenge, user=alice, **changes)

    assert field in error.value.message_dict
    assert Challenge.objects.values().get(pk=challenge.pk) == before


def test_challenge_update_rejects_title_of_another_own_challenge_on_title_field(alice):
    ChallengeFactory(author=alice, title="First challenge")
    challenge = ChallengeFactory(author=alice, title="Second challenge")

    with pytest.raises(ValidationError) as error:
        challenge_update(challenge=challenge, user=alice, title="First challenge")

    assert error.value.message_dict == {"title": ["You already have a challenge with this title."]}
    assert Challenge.objects.get(pk=challenge.pk).title == "Second challenge"


def test_challenge_update_keeping_own_title_is_not_a_duplicate(alice):
    challenge = ChallengeFactory(author=alice, title="Same title")

    challenge_update(challenge=challenge, user=alice, title="Same title", status="solved")

    assert Challenge.objects.get(pk=challenge.pk).status == "solved"


def test_challenge_delete_removes_own_challenge(alice):
    challenge = ChallengeFactory(author=alice)
    other = ChallengeFactory()

    challenge_delete(challenge=challenge, user=alice)

    assert list(Challenge.objects.all()) == [other]


def test_challenge_delete_refuses_another_member_and_keeps_row(alice, bob):
    challenge = ChallengeFactory(author=alice)

    with pytest.raises(PermissionDenied):
        challenge_delete(challenge=challenge, user=bob)

    assert Challenge.objects.filter(pk=challenge.pk).exists()


def test_challenge_create_reports_duplicate_title_with_other_field_errors(alice):
    ChallengeFactory(author=alice, title="Same title")

    with pytest.raises(ValidationError) as error:
        challenge_create(**_fields(author=alice, title="Same title", status="nonsense"))

    assert {"title", "status"} <= set(error.value.message_dict)
    assert Challenge.objects.filter(author=alice).count() == 1
