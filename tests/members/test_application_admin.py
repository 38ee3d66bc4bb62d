"""Staff screens for membership applications: listing, dashboard count, decisions."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from matching.models import Notification
from members.models import ApplicationStatus, Membership, MembershipApplication
from tests import factories
from tests.clients import signed_in
from tests.members.conftest import permissions

pytestmark = pytest.mark.django_db

INDEX = "membershipapplication:index"


def decide_url(application) -> str:
    return reverse("membershipapplication:edit", args=[application.pk])


def applicant(first: str, last: str, email: str):
    return factories.ProfileFactory(
        user__first_name=first, user__last_name=last, user__email=email
    ).user


def decided(status: str, *, days_ago: int, **fields) -> MembershipApplication:
    application = factories.MembershipApplicationFactory(**fields)
    application.status = status
    application.decided_at = timezone.now() - timedelta(days=days_ago)
    application.staff_note = "Decided earlier"
    application.save()
    return application


def row_order(html: str, *texts: str) -> list[int]:
    return [html.index(text) for text in texts]


# Listing


def test_listing_shows_waiting_applications_first_oldest_first(staff_client, plan):
    # given
    old_decline = decided("declined", days_ago=1, applicant=applicant("Dee", "Clined", "d@x.org"))
    newer = factories.MembershipApplicationFactory(
        applicant=applicant("Nora", "Newer", "n@x.org"), plan=plan
    )
    older = factories.MembershipApplicationFactory(
        applicant=applicant("Otto", "Older", "o@x.org"), plan=plan
    )
    MembershipApplication.objects.filter(pk=older.pk).update(
        created_at=timezone.now() - timedelta(days=3)
    )

    # when
    response = staff_client.get(reverse(INDEX))

    # then
    assert response.status_code == 200
    html = response.content.decode()
    positions = row_order(html, "Otto Older", "Nora Newer", "Dee Clined")
    assert positions == sorted(positions)
    assert "o@x.org" in html and str(plan) in html
    assert decide_url(newer) in html and decide_url(older) in html
    # a decided application has nothing left to decide
    assert decide_url(old_decline) not in html


def test_listing_filters_by_status_and_searches_name_and_email(staff_client):
    ada = factories.MembershipApplicationFactory(
        applicant=applicant("Ada", "Lovelace", "ada@engines.org")
    )
    decided("declined", days_ago=2, applicant=applicant("Grace", "Hopper", "grace@cobol.org"))

    pending = staff_client.get(reverse(INDEX), {"status": "pending"}).content.decode()
    by_name = staff_client.get(reverse(INDEX), {"q": "ada lovelace"}).content.decode()
    by_email = staff_client.get(reverse(INDEX), {"q": "cobol.org"}).content.decode()

    assert "Ada Lovelace" in pending and "Grace Hopper" not in pending
    assert "Ada Lovelace" in by_name and "Grace Hopper" not in by_name
    assert "Grace Hopper" in by_email and "Ada Lovelace" not in by_email
    assert ada.is_pending


def test_listing_query_count_does_not_grow_with_applications(staff_client, queries_for):
    for _ in range(5):
        factories.MembershipApplicationFactory()
    five = queries_for(staff_client, reverse(INDEX))
    for _ in range(15):
        factories.MembershipApplicationFactory()
    for days in range(10):
        decided("declined", days_ago=days + 1)

    assert queries_for(staff_client, reverse(INDEX)) == five


def test_admin_home_counts_waiting_applications(staff_client, decider):
    factories.MembershipApplicationFactory.create_batch(3)
    decided("approved", days_ago=1)

    html = staff_client.get(reverse("wagtailadmin_home")).content.decode()

    assert "<span>3</span> membership applications waiting" in html
    assert reverse(INDEX) + "?status=pending" in html


def test_admin_home_shows_no_count_to_staff_who_cannot_see_applications(client, editor):
    factories.MembershipApplicationFactory()
    client.force_login(editor)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "membership application" not in html


def test_applications_cannot_be_added_or_deleted_in_the_admin(staff_client):
    application = factories.MembershipApplicationFactory()

    add = staff_client.get(reverse("membershipapplication:add"))
    delete = staff_client.post(reverse("membershipapplication:delete", args=[application.pk]))

    assert add.status_code == delete.status_code == 302
    assert MembershipApplication.objects.filter(pk=application.pk).exists()


# Deciding


def test_decide_page_shows_the_application_and_both_actions(staff_client, newcomer, plan):
    application = factories.MembershipApplicationFactory(
        applicant=newcomer, plan=plan, motivation="Peers who solved rostering"
    )

    response = staff_client.get(decide_url(application))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Peers who solved rostering" in html
    assert newcomer.email in html
    assert 'value="approve"' in html and 'value="decline"' in html


def test_staff_approve_grants_membership_and_tells_the_applicant(
    client, decider, newcomer, plan, django_capture_on_commit_callbacks
):
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)
    client.force_login(decider)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(decide_url(application), {"decision": "approve", "staff_note": ""})

    assert response.status_code == 302
    assert response["Location"] == reverse(INDEX)
    application.refresh_from_db()
    assert (application.status, application.decided_by) == (ApplicationStatus.APPROVED, decider)
    assert Membership.objects.get(user=newcomer).status == "active"
    assert [m.to for m in mail.outbox] == [[newcomer.email]]
    assert Notification.objects.filter(user=newcomer).count() == 1
    assert signed_in(newcomer).get(reverse("dashboard")).status_code == 200


def test_staff_decline_with_note(staff_client, newcomer, plan, django_capture_on_commit_callbacks):
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            decide_url(application), {"decision": "decline", "staff_note": "Only for charities."}
        )

    assert response.status_code == 302
    application.refresh_from_db()
    assert (application.status, application.staff_note) == ("declined", "Only for charities.")
    assert not Membership.objects.filter(user=newcomer).exists()
    assert "Only for charities." in mail.outbox[0].body
    assert "Only for charities." in Notification.objects.get(user=newcomer).message


def test_staff_decline_without_note_shows_the_error_and_changes_nothing(staff_client, plan):
    application = factories.MembershipApplicationFactory(plan=plan)

    response = staff_client.post(decide_url(application), {"decision": "decline", "staff_note": ""})

    assert response.status_code == 200
    assert "Write a note for the applicant saying why." in response.content.decode()
    application.refresh_from_db()
    assert application.is_pending
    assert not Notification.objects.exists()


def test_deciding_a_decided_application_again_is_refused_with_a_clear_error(staff_client):
    application = decided("declined", days_ago=1)

    page = staff_client.get(decide_url(application)).content.decode()
    response = staff_client.post(decide_url(application), {"decision": "approve"})

    assert 'data-testid="decision-outcome"' in page and 'value="approve"' not in page
    assert response.status_code == 200
    assert "cannot be decided again" in response.content.decode()
    application.refresh_from_db()
    assert application.status == "declined"
    assert not Membership.objects.exists()


def test_staff_without_the_permission_are_refused_and_nothing_changes(client, editor, plan):
    application = factories.MembershipApplicationFactory(plan=plan)
    client.force_login(editor)
    xhr = {"x-requested-with": "XMLHttpRequest"}

    page = client.get(decide_url(application))
    approve = client.post(decide_url(application), {"decision": "approve"})
    decline = client.post(decide_url(application), {"decision": "decline", "staff_note": "No"})
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    scripted = client.post(decide_url(application), {"decision": "approve"}, headers=xhr)

    # Wagtail answers a denied permission with 403 to scripts and, for pages, a redirect
    # to the admin home with an error message (as every other admin screen here does)
    assert scripted.status_code == 403
    assert {page.status_code, approve.status_code, decline.status_code} == {302}
    assert page["Location"] == reverse("wagtailadmin_home")
    assert "you do not have permission" in home
    application.refresh_from_db()
    assert application.is_pending
    assert not Membership.objects.exists()


def test_staff_who_may_decide_but_not_grant_can_only_decline(client, editor, plan):
    application = factories.MembershipApplicationFactory(plan=plan)
    editor.user_permissions.add(
        *permissions("members.view_membershipapplication", "members.change_membershipapplication")
    )
    client.force_login(editor)

    page = client.get(decide_url(application)).content.decode()
    approve = client.post(
        decide_url(application),
        {"decision": "approve"},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert 'value="approve"' not in page and 'value="decline"' in page
    assert approve.status_code == 403
    application.refresh_from_db()
    assert application.is_pending


def test_member_is_sent_to_the_admin_login(alice_client):
    application = factories.MembershipApplicationFactory()

    response = alice_client.post(decide_url(application), {"decision": "approve"})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    application.refresh_from_db()
    assert application.is_pending


def test_inspect_page_offers_the_decision_only_while_waiting(staff_client):
    waiting = factories.MembershipApplicationFactory(motivation="Peers in logistics")
    done = decided("approved", days_ago=1)

    waiting_page = staff_client.get(reverse("membershipapplication:inspect", args=[waiting.pk]))
    done_page = staff_client.get(reverse("membershipapplication:inspect", args=[done.pk]))

    assert waiting_page.status_code == done_page.status_code == 200
    assert "Peers in logistics" in waiting_page.content.decode()
    assert decide_url(waiting) in waiting_page.content.decode()
    assert decide_url(done) not in done_page.content.decode()
