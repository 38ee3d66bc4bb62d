"""Membership application services: submit, approve, decline, withdraw."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from matching.models import Notification
from members.access import is_member_in_good_standing
from members.models import ApplicationStatus, Membership, MembershipApplication
from members.services import (
    MembershipApplicationError,
    membership_application_approve,
    membership_application_decline,
    membership_application_submit,
    membership_application_withdraw,
    membership_grant,
)
from tests import factories
from tests.clients import signed_in
from tests.members.conftest import permissions

pytestmark = pytest.mark.django_db

MOTIVATION = "Our volunteers leave after a month; I want to meet people who fixed that."


def submit(user, plan, **overrides):
    return membership_application_submit(
        user=user,
        plan=plan,
        **{"motivation": MOTIVATION, "organisation_name": "Harbour Trust", **overrides},
    )


# Submit


def test_submit_saves_a_pending_application_and_tells_deciders(
    newcomer, plan, staff, decider, editor, django_capture_on_commit_callbacks
):
    # when
    with django_capture_on_commit_callbacks(execute=True):
        application = submit(newcomer, plan, organisation_name="  Harbour   Trust ")

    # then
    application.refresh_from_db()
    assert application.status == ApplicationStatus.PENDING
    assert (application.applicant, application.plan) == (newcomer, plan)
    assert application.organisation_name == "Harbour Trust"
    assert application.decided_at is None
    # only staff who may decide are told, once each
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert sorted(message.to) == [decider.email, staff.email]
    assert "New membership application" in message.subject
    assert MOTIVATION in message.body
    assert reverse("membershipapplication:edit", args=[application.pk]) in message.body


def test_submit_refuses_a_plan_that_is_not_offered(newcomer):
    hidden = factories.PlanFactory(is_public=False)

    with pytest.raises(ValidationError) as error:
        submit(newcomer, hidden)

    assert error.value.message_dict == {
        "plan": ["This plan is not offered; choose one of the plans listed."]
    }
    assert not MembershipApplication.objects.exists()


def test_submit_refuses_a_member_with_a_current_membership(alice, plan):
    with pytest.raises(MembershipApplicationError) as error:
        submit(alice, plan)

    assert "You already have a current" in error.value.messages[0]
    assert not MembershipApplication.objects.exists()


def test_submit_accepts_a_lapsed_member(lapsed, plan):
    application = submit(lapsed, plan)

    assert application.is_pending


def test_submit_refuses_a_second_pending_application(newcomer, plan):
    submit(newcomer, plan)

    with pytest.raises(MembershipApplicationError) as error:
        submit(newcomer, factories.PlanFactory())

    assert "already have an application waiting" in error.value.messages[0]
    assert MembershipApplication.objects.count() == 1


def test_database_allows_one_pending_application_per_person(newcomer, plan):
    factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)

    with pytest.raises(IntegrityError), transaction.atomic():
        MembershipApplication.objects.create(applicant=newcomer, plan=plan, motivation="Again")


def test_submit_needs_a_motivation_and_writes_nothing(newcomer, plan):
    with pytest.raises(ValidationError) as error:
        submit(newcomer, plan, motivation="   ")

    assert "motivation" in error.value.message_dict
    assert not MembershipApplication.objects.exists()


def test_submit_after_a_decline_is_allowed(newcomer, plan, staff):
    first = submit(newcomer, plan)
    membership_application_decline(application=first, staff=staff, note="Not yet")

    second = submit(newcomer, plan)

    assert second.is_pending and second.pk != first.pk


# Approve


def test_approve_grants_an_active_membership_and_opens_the_dashboard(
    newcomer, plan, staff, django_capture_on_commit_callbacks
):
    # given
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)
    client = signed_in(newcomer)
    assert client.get(reverse("dashboard")).status_code == 403

    # when
    with django_capture_on_commit_callbacks(execute=True):
        approved = membership_application_approve(
            application=application, staff=staff, note="Welcome aboard"
        )

    # then
    approved.refresh_from_db()
    assert approved.status == ApplicationStatus.APPROVED
    assert (approved.decided_by, approved.staff_note) == (staff, "Welcome aboard")
    assert approved.decided_at is not None
    membership = Membership.objects.get(user=newcomer)
    assert approved.membership == membership
    assert (membership.plan, membership.status) == (plan, "active")
    assert membership.ends_on == timezone.localdate() + timedelta(days=365)
    assert is_member_in_good_standing(newcomer)
    assert client.get(reverse("dashboard")).status_code == 200
    # told by e-mail and in the inbox
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [newcomer.email]
    assert "approved" in mail.outbox[0].subject
    assert "Welcome aboard" in mail.outbox[0].body
    notification = Notification.objects.get(user=newcomer)
    assert notification.message == f"Your application for the {plan} plan was approved: welcome!"
    assert notification.url == reverse("dashboard")


def test_approve_twice_is_refused(newcomer, plan, staff):
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)
    membership_application_approve(application=application, staff=staff)

    with pytest.raises(MembershipApplicationError) as error:
        membership_application_approve(application=application, staff=staff)

    assert "already approved" in error.value.messages[0]
    assert "cannot be decided again" in error.value.messages[0]
    assert Membership.objects.filter(user=newcomer).count() == 1


def test_decline_after_approval_is_refused(newcomer, plan, staff):
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)
    membership_application_approve(application=application, staff=staff)

    with pytest.raises(MembershipApplicationError):
        membership_application_decline(application=application, staff=staff, note="Oops")

    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED


def test_approve_for_someone_who_got_a_membership_meanwhile_writes_nothing(newcomer, plan, staff):
    # given staff granted a membership directly while the application waited
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)
    membership_grant(user=newcomer, plan=plan)

    # when
    with pytest.raises(MembershipApplicationError) as error:
        membership_application_approve(application=application, staff=staff)

    # then
    assert "already has a current membership" in error.value.messages[0]
    application.refresh_from_db()
    assert application.is_pending
    assert Membership.objects.filter(user=newcomer).count() == 1
    assert not Notification.objects.filter(user=newcomer).exists()


def test_approve_needs_the_decide_and_the_grant_permissions(newcomer, plan, editor):
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)

    # staff without any permission
    with pytest.raises(PermissionDenied):
        membership_application_approve(application=application, staff=editor)

    # may decide applications, but not grant memberships: may decline only
    editor.user_permissions.add(*permissions("members.change_membershipapplication"))
    editor = type(editor).objects.get(pk=editor.pk)  # fresh permission cache
    with pytest.raises(PermissionDenied):
        membership_application_approve(application=application, staff=editor)
    assert not Membership.objects.filter(user=newcomer).exists()
    declined = membership_application_decline(application=application, staff=editor, note="No")
    assert declined.status == ApplicationStatus.DECLINED


def test_a_member_cannot_decide_applications(newcomer, plan, alice):
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)

    with pytest.raises(PermissionDenied):
        membership_application_decline(application=application, staff=alice, note="No")


# Decline


def test_decline_keeps_the_note_and_tells_the_applicant(
    newcomer, plan, decider, django_capture_on_commit_callbacks
):
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)
    note = "We are for practitioners in charities; please reapply once you are in post."

    with django_capture_on_commit_callbacks(execute=True):
        declined = membership_application_decline(
            application=application, staff=decider, note=f"  {note} "
        )

    declined.refresh_from_db()
    assert (declined.status, declined.staff_note, declined.decided_by) == (
        ApplicationStatus.DECLINED,
        note,
        decider,
    )
    assert declined.membership is None
    assert not Membership.objects.filter(user=newcomer).exists()
    assert len(mail.outbox) == 1
    assert "declined" in mail.outbox[0].subject
    assert note in mail.outbox[0].body
    assert reverse("membership") in mail.outbox[0].body
    notification = Notification.objects.get(user=newcomer)
    assert note in notification.message
    assert notification.url == reverse("membership")


def test_decline_needs_a_note(newcomer, plan, staff):
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)

    with pytest.raises(ValidationError) as error:
        membership_application_decline(application=application, staff=staff, note="  ")

    assert error.value.message_dict == {
        "staff_note": ["Write a note for the applicant saying why."]
    }
    application.refresh_from_db()
    assert application.is_pending


def test_no_mail_leaves_before_the_decision_commits(newcomer, plan, staff):
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)

    # the test's transaction never commits: nothing may have been sent
    membership_application_decline(application=application, staff=staff, note="No")

    assert mail.outbox == []


# Withdraw


def test_withdraw_by_the_applicant(newcomer, plan):
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)

    withdrawn = membership_application_withdraw(application=application, user=newcomer)

    withdrawn.refresh_from_db()
    assert withdrawn.status == ApplicationStatus.WITHDRAWN
    assert withdrawn.decided_at is not None and withdrawn.decided_by is None
    # and they may apply again
    assert submit(newcomer, plan).is_pending


def test_withdraw_by_someone_else_is_refused(newcomer, plan, bob):
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)

    with pytest.raises(PermissionDenied):
        membership_application_withdraw(application=application, user=bob)

    application.refresh_from_db()
    assert application.is_pending


def test_withdraw_of_a_decided_application_is_refused(newcomer, plan, staff):
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)
    membership_application_decline(application=application, staff=staff, note="No")

    with pytest.raises(MembershipApplicationError) as error:
        membership_application_withdraw(application=application, user=newcomer)

    assert "already declined" in error.value.messages[0]
