from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from members.access import is_member_in_good_standing
from members.models import Membership, Profile, SenioritySynonym, User
from members.selectors import seniority_terms
from members.services import (
    MembershipError,
    member_create,
    membership_cancel,
    membership_extend,
    membership_grant,
    memberships_refresh_status,
    profile_update,
    seniority_synonym_save,
)
from tests.factories import IndustryFactory, MembershipFactory, PlanFactory, UserFactory

pytestmark = pytest.mark.django_db


def fresh(user: User) -> User:
    return User.objects.get(pk=user.pk)


def test_profile_update_saves_fields_and_creates_organisation(alice):
    industry = IndustryFactory(name="Healthcare")
    profile_update(
        user=alice,
        first_name="Alice",
        headline="COO",
        industry=industry,
        organisation_name="St Mary's Trust",
        expertise=["Rostering", "rostering", " Lean "],
    )
    profile = Profile.objects.get(user=alice)
    assert profile.organisation.name == "St Mary's Trust"
    assert profile.organisation.industry == industry
    assert profile.expertise == ["Rostering", "Lean"]
    assert fresh(alice).first_name == "Alice"


def test_profile_update_with_bad_field_writes_nothing(alice):
    before = Profile.objects.get(user=alice)
    with pytest.raises(ValidationError) as error:
        profile_update(
            user=alice, first_name="Changed", headline="x" * 161, timezone="Mars/Olympus"
        )
    assert set(error.value.message_dict) == {"headline", "timezone"}
    after = Profile.objects.get(user=alice)
    assert after.headline == before.headline
    assert after.timezone == before.timezone
    assert fresh(alice).first_name != "Changed"


def test_member_create_without_password_has_profile_and_cannot_log_in(db):
    user = member_create(email="New@Example.org", first_name="Nia")
    assert user.email == "new@example.org"
    assert Profile.objects.filter(user=user).exists()
    assert not user.has_usable_password()


def test_membership_grant_defaults_end_to_one_period(alice):
    user = UserFactory()
    membership = membership_grant(user=user, plan=PlanFactory(period="year"))
    assert membership.status == "active"
    assert membership.ends_on == membership.starts_on + timedelta(days=365)
    assert is_member_in_good_standing(fresh(user))


def test_membership_grant_refuses_second_current_membership(alice):
    with pytest.raises(MembershipError):
        membership_grant(user=alice, plan=PlanFactory())
    assert Membership.objects.filter(user=alice).count() == 1


def test_membership_cancel_removes_access_at_once(alice):
    membership_cancel(membership=alice.memberships.get(), note="Asked to leave")
    assert alice.memberships.get().status == "cancelled"
    assert not is_member_in_good_standing(fresh(alice))


def test_membership_extend_reactivates_a_grace_membership(alice):
    membership = alice.memberships.get()
    membership.status = "grace"
    membership.save()
    new_end = timezone.localdate() + timedelta(days=100)
    membership_extend(membership=membership, ends_on=new_end)
    membership.refresh_from_db()
    assert (membership.status, membership.ends_on) == ("active", new_end)


def test_membership_extend_refuses_past_date_and_cancelled(alice):
    membership = alice.memberships.get()
    with pytest.raises(MembershipError):
        membership_extend(membership=membership, ends_on=timezone.localdate() - timedelta(days=1))
    membership_cancel(membership=membership)
    with pytest.raises(MembershipError):
        membership_extend(membership=membership, ends_on=None)


def test_memberships_refresh_status_moves_to_grace_then_lapsed(settings):
    settings.MEMBERSHIP_GRACE_DAYS = 14
    today = timezone.localdate()
    ended_yesterday = MembershipFactory(ends_on=today - timedelta(days=1))
    ended_long_ago = MembershipFactory(ends_on=today - timedelta(days=15))
    current = MembershipFactory(ends_on=today + timedelta(days=10))

    result = memberships_refresh_status(today=today)
    again = memberships_refresh_status(today=today)

    assert (result.to_grace, result.to_lapsed) == (1, 1)
    assert (again.to_grace, again.to_lapsed) == (0, 0)
    statuses = {m.pk: m.status for m in Membership.objects.all()}
    assert statuses[ended_yesterday.pk] == "grace"
    assert statuses[ended_long_ago.pk] == "lapsed"
    assert statuses[current.pk] == "active"
    assert is_member_in_good_standing(fresh(ended_yesterday.user))
    assert not is_member_in_good_standing(fresh(ended_long_ago.user))


def test_good_standing_follows_dates_even_before_the_refresh_runs(settings):
    settings.MEMBERSHIP_GRACE_DAYS = 14
    stale = MembershipFactory(ends_on=timezone.localdate() - timedelta(days=20))
    assert stale.status == "active"
    assert not is_member_in_good_standing(fresh(stale.user))


def test_staff_need_no_membership(staff):
    assert is_member_in_good_standing(staff)


def test_membership_grant_replaces_a_stale_membership_not_yet_marked_lapsed(settings):
    settings.MEMBERSHIP_GRACE_DAYS = 14
    stale = MembershipFactory(
        starts_on=timezone.localdate() - timedelta(days=400),
        ends_on=timezone.localdate() - timedelta(days=40),
    )
    membership = membership_grant(user=stale.user, plan=PlanFactory())
    stale.refresh_from_db()
    assert stale.status == "lapsed"
    assert membership.status == "active"
    assert is_member_in_good_standing(fresh(stale.user))


def test_seniority_synonym_save_normalises_and_refuses_clashes():
    # given the seeded "Head" (director)
    synonym = seniority_synonym_save(
        synonym=SenioritySynonym(), name="  Big   Cheese ", seniority="executive"
    )
    assert synonym.name == "Big Cheese"

    # then another spelling of an existing synonym, or of a level, is refused
    with pytest.raises(ValidationError, match=r'"Head" already means Director\.'):
        seniority_synonym_save(synonym=SenioritySynonym(), name="head", seniority="senior")
    with pytest.raises(ValidationError, match=r'"Senior" is a seniority level already\.'):
        seniority_synonym_save(synonym=SenioritySynonym(), name="Senior", seniority="senior")
    assert seniority_terms()["big cheese"] == "executive"
    assert seniority_terms()["head"] == "director"
