"""Invitation e-mails for members staff imported: set a password, complete the profile,
opt in to introductions."""

import re
from datetime import UTC, datetime, timedelta
from io import StringIO
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from challenges.services import IMPORT_COLUMNS, members_import_csv
from members.models import Profile, User
from members.services import member_invitation_send, member_invitations_send
from members.services.invitations import invitation_token_generator
from tests import factories
from tests.browser.conftest import free_port
from tests.members.conftest import permissions

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "violet-harbour-lantern-42"
LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)


@pytest.fixture
def imported(plan, csv_text):
    """Two members just imported: no password, never logged in; Ada opted in by the file."""
    data = csv_text(
        {"email": "ada@example.org", "first_name": "Ada", "open_to_introductions": "yes"},
        {"email": "grace@example.org", "first_name": "Grace"},
        columns=(*IMPORT_COLUMNS, "open_to_introductions"),
    )
    members_import_csv(data=data, plan=plan)
    return {u.first_name.lower(): u for u in User.objects.filter(first_name__in=["Ada", "Grace"])}


@pytest.fixture
def inviter(db):
    """Staff (not superuser) who may send invitations, and nothing else of members/."""
    user = factories.UserFactory(is_staff=True, email="inviter@example.org")
    user.user_permissions.add(
        *permissions("wagtailadmin.access_admin", "members.view_profile", "members.send_invitation")
    )
    return user


def link_in(message) -> str:
    """The set-your-password link of an invitation e-mail, as a path for the test client."""
    url = re.search(r"https?://\S+/invitation/\S+/\S+/", message.body).group(0)
    return urlparse(url).path


def invited_at(user: User):
    return Profile.objects.get(user=user).invitation_sent_at


# The e-mail and its link


def test_invitation_link_sets_a_password_then_the_member_logs_in(client, imported, staff):
    ada = imported["ada"]

    # given staff sent Ada her invitation
    report = member_invitations_send(user_ids=[ada.pk], sent_by=staff)
    assert [u.email for u in report.sent] == ["ada@example.org"]
    [message] = mail.outbox
    assert message.to == ["ada@example.org"]

    # when she follows the link and chooses a password
    form_page = client.get(link_in(message), follow=True)
    assert form_page.status_code == 200
    assert "Set your password" in form_page.content.decode()
    set_password_url = form_page.redirect_chain[-1][0]
    response = client.post(
        set_password_url,
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )

    # then she is signed in on her profile, told what to do next
    assert response.redirect_chain[-1][0] == reverse("profile_edit")
    html = response.content.decode()
    assert "your password is set" in html
    assert "You are open to introductions" in html

    # and she can log in with it on the site, her address counting as verified
    client.logout()
    login = client.post(reverse("account_login"), {"login": ada.email, "password": NEW_PASSWORD})
    assert login.status_code == 302
    assert login["Location"] == reverse("dashboard")
    assert client.get(reverse("dashboard")).status_code == 200


def test_invitation_link_works_once(client, imported, staff):
    member_invitations_send(user_ids=[imported["grace"].pk], sent_by=staff)
    link = link_in(mail.outbox[0])
    page = client.get(link, follow=True)
    client.post(
        page.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    client.logout()

    again = client.get(link, follow=True)

    assert 'data-testid="invitation-invalid"' in again.content.decode()
    assert "expired or was already used" in again.content.decode()


def test_invitation_link_refuses_a_weak_or_mismatched_password(client, imported, staff):
    grace = imported["grace"]
    member_invitations_send(user_ids=[grace.pk], sent_by=staff)
    page = client.get(link_in(mail.outbox[0]), follow=True)

    response = client.post(
        page.redirect_chain[-1][0], {"new_password1": "12345678", "new_password2": "12345678"}
    )

    assert response.status_code == 200
    assert "This password is too common." in response.content.decode()
    assert not User.objects.get(pk=grace.pk).has_usable_password()


def test_invitation_link_expires_after_the_valid_days(client, imported, settings):
    # given a link made longer ago than invitations stay valid
    grace = imported["grace"]
    made = invitation_token_generator._now() - timedelta(days=settings.INVITATION_VALID_DAYS + 1)
    token = invitation_token_generator._make_token_with_timestamp(
        grace, invitation_token_generator._num_seconds(made), invitation_token_generator.secret
    )
    uid = urlsafe_base64_encode(force_bytes(grace.pk))

    # when
    page = client.get(reverse("invitation_accept", args=[uid, token]), follow=True)

    # then
    assert "expired or was already used" in page.content.decode()


def test_invitation_email_asks_to_complete_profile_and_opt_in(imported, staff):
    member_invitations_send(
        user_ids=[imported["ada"].pk, imported["grace"].pk], sent_by=staff, resend=True
    )

    ada, grace = sorted(mail.outbox, key=lambda m: m.to[0])
    for message in (ada, grace):
        assert "Set your password" in message.body
        assert "http://127.0.0.1:8000/profile/" in message.body
        assert "open to introductions" in message.body
    # Ada's consent came with the import: she is told, and how to withdraw it
    assert "The community team recorded that you agreed to this before" in ada.body
    assert "Untick it on your profile" in ada.body
    assert "Until you tick it, you are not suggested to other members" in grace.body


# Who gets one


def test_resend_sends_again_and_updates_the_time(imported, staff):
    ada = imported["ada"]
    member_invitation_send(user=ada, sent_by=staff)
    Profile.objects.filter(user=ada).update(invitation_sent_at=LONG_AGO)

    report = member_invitation_send(user=ada, sent_by=staff)

    assert report.sent == [ada]
    assert len(mail.outbox) == 2
    assert invited_at(ada) > LONG_AGO


def test_bulk_send_skips_invited_set_up_and_inactive_members(imported, staff, alice):
    # given Ada invited already, Alice with a password, and an inactive imported account
    ada, grace = imported["ada"], imported["grace"]
    member_invitation_send(user=ada, sent_by=staff)
    mail.outbox.clear()
    gone = factories.UserFactory(email="gone@example.org", is_active=False)
    gone.set_unusable_password()
    gone.save()

    # when
    report = member_invitations_send(user_ids=[ada.pk, grace.pk, alice.pk, gone.pk], sent_by=staff)

    # then only Grace is e-mailed, and the report says why the others were not
    assert [m.to for m in mail.outbox] == [["grace@example.org"]]
    assert (report.sent, report.not_sent_invited_before) == ([grace], [ada])
    assert (report.not_sent_set_up, report.not_sent_inactive) == ([alice], [gone])
    assert report.summary == (
        "Invitations sent: 1; not sent: 1 invited before (resend from Member profiles), "
        "1 already have a password or have logged in, 1 inactive (never invited)."
    )


def test_resend_to_a_member_with_a_password_is_allowed_and_said(alice, staff):
    report = member_invitation_send(user=alice, sent_by=staff)

    assert report.sent_to_set_up == [alice]
    assert "(1 to members who already had a password)" in report.summary
    assert len(mail.outbox) == 1
    assert "You already have a password" in mail.outbox[0].body


def test_never_sent_to_an_inactive_account(imported, staff):
    grace = imported["grace"]
    User.objects.filter(pk=grace.pk).update(is_active=False)

    report = member_invitation_send(user=grace, sent_by=staff)

    assert report.not_sent_inactive == [grace]
    assert mail.outbox == []
    assert invited_at(grace) is None


def test_link_of_a_member_deactivated_since_does_not_work(client, imported, staff):
    grace = imported["grace"]
    member_invitation_send(user=grace, sent_by=staff)
    User.objects.filter(pk=grace.pk).update(is_active=False)

    page = client.get(link_in(mail.outbox[0]), follow=True)

    assert "expired or was already used" in page.content.decode()


def test_failed_send_is_reported_and_not_recorded(imported, staff, settings):
    # given a mail server that cannot be reached (nothing listens on a free port)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()

    report = member_invitation_send(user=imported["grace"], sent_by=staff)

    assert report.failed == [imported["grace"]]
    assert "1 could not be sent" in report.summary
    assert invited_at(imported["grace"]) is None


# Permissions


def test_only_staff_with_the_permission_may_send(imported, editor, alice, inviter):
    grace = imported["grace"]
    for person in (editor, alice):
        with pytest.raises(PermissionDenied):
            member_invitation_send(user=grace, sent_by=person)
    assert mail.outbox == []

    member_invitation_send(user=grace, sent_by=inviter)

    assert len(mail.outbox) == 1


# The admin


def test_admin_member_page_sends_and_resends_the_invitation(client, imported, inviter):
    grace = imported["grace"]
    profile = grace.profile
    client.force_login(inviter)
    invite_url = reverse("profile:invite", args=[profile.pk])

    # the listing offers it, with an empty Invited column
    listing = client.get(reverse("profile:index")).content.decode()
    assert "Invited" in listing
    assert f'href="{invite_url}"' in listing
    assert "Send invitation" in listing

    # the page says what the e-mail does
    page = client.get(invite_url).content.decode()
    assert "Invitation last sent</dt><dd>Never" in page
    assert "already has a password" not in page

    # when staff send it
    response = client.post(invite_url, follow=True)

    # then it is sent, recorded, and shown
    assert "Invitation sent to Grace" in response.content.decode()
    assert [m.to for m in mail.outbox] == [["grace@example.org"]]
    sent_at = invited_at(grace)
    assert sent_at is not None
    assert "Resend invitation" in client.get(reverse("profile:index")).content.decode()
    inspect = client.get(reverse("profile:inspect", args=[profile.pk])).content.decode()
    assert "Resend invitation" in inspect
    assert "Invitation last sent" in inspect

    # and resending updates the time
    Profile.objects.filter(pk=profile.pk).update(invitation_sent_at=LONG_AGO)
    client.post(invite_url)
    assert len(mail.outbox) == 2
    assert invited_at(grace) > LONG_AGO


def test_admin_resend_to_a_member_who_logged_in_says_so(staff_client, alice):
    alice.last_login = timezone.now()
    alice.save(update_fields=["last_login"])
    invite_url = reverse("profile:invite", args=[alice.profile.pk])

    page = staff_client.get(invite_url).content.decode()
    response = staff_client.post(invite_url, follow=True)

    assert 'data-testid="already-set-up"' in page
    assert "already has a password and last logged in" in page
    edit = staff_client.get(reverse("profile:edit", args=[alice.profile.pk])).content.decode()
    assert f'href="{invite_url}"' in edit
    assert "who already had a password or had logged in" in response.content.decode()
    assert len(mail.outbox) == 1


def test_admin_does_not_send_to_an_inactive_account(staff_client, imported):
    grace = imported["grace"]
    User.objects.filter(pk=grace.pk).update(is_active=False)
    invite_url = reverse("profile:invite", args=[grace.profile.pk])

    page = staff_client.get(invite_url).content.decode()
    response = staff_client.post(invite_url, follow=True)

    assert "invitations are never sent to inactive accounts" in page
    assert "Send invitation</button>" not in page
    assert "inactive account: no invitation sent" in response.content.decode()
    assert mail.outbox == []
    listing = staff_client.get(reverse("profile:index")).content.decode()
    assert f'href="{invite_url}"' not in listing


def test_admin_invitation_refused_to_staff_without_the_permission(client, editor, imported):
    grace = imported["grace"]
    editor.user_permissions.add(*permissions("members.view_profile"))
    client.force_login(editor)
    invite_url = reverse("profile:invite", args=[grace.profile.pk])

    listing = client.get(reverse("profile:index")).content.decode()
    xhr = client.post(invite_url, headers={"x-requested-with": "XMLHttpRequest"})
    post = client.post(invite_url)

    assert f'href="{invite_url}"' not in listing
    assert xhr.status_code == 403
    assert post.status_code == 302
    assert post["Location"] == reverse("wagtailadmin_home")
    assert mail.outbox == []
    assert invited_at(grace) is None


def test_admin_invitation_refused_to_members(client, alice, imported):
    client.force_login(alice)

    response = client.post(reverse("profile:invite", args=[imported["grace"].profile.pk]))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert mail.outbox == []


# The import screen and command


def upload(content: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("members.csv", content.encode(), content_type="text/csv")


def test_admin_import_sends_invitations_when_asked_once(staff_client, plan, csv_text, alice):
    # given a file with two new members and one who already uses Confer
    rows = [{"email": "ada@example.org"}, {"email": "grace@example.org"}, {"email": alice.email}]
    form = {"plan": plan.pk, "send_invitations": "on"}

    # when imported with "send invitations now"
    response = staff_client.post(
        reverse("members_import"), {**form, "file": upload(csv_text(*rows))}
    )

    # then the two new members are e-mailed, and the result says who was not
    html = response.content.decode()
    assert sorted(m.to[0] for m in mail.outbox) == ["ada@example.org", "grace@example.org"]
    assert "Invitations sent: 2; not sent: 1 already have a password or have logged in." in html

    # and importing the same file again e-mails nobody twice
    again = staff_client.post(reverse("members_import"), {**form, "file": upload(csv_text(*rows))})
    assert len(mail.outbox) == 2
    assert "Invitations sent: 0; not sent: 2 invited before" in again.content.decode()


def test_admin_import_without_the_box_sends_nothing(staff_client, plan, csv_text):
    staff_client.post(
        reverse("members_import"),
        {"plan": plan.pk, "file": upload(csv_text({"email": "ada@example.org"}))},
    )

    assert mail.outbox == []
    assert invited_at(User.objects.get(email="ada@example.org")) is None


def test_admin_import_offers_invitations_only_to_staff_who_may_send_them(
    client, staff_client, editor, plan, csv_text
):
    # given staff who may import (grant memberships) but not send invitations
    editor.user_permissions.add(*permissions("members.add_membership"))
    client.force_login(editor)

    page = client.get(reverse("members_import")).content.decode()
    client.post(
        reverse("members_import"),
        {
            "plan": plan.pk,
            "file": upload(csv_text({"email": "ada@example.org"})),
            "send_invitations": "on",
        },
    )

    assert 'name="send_invitations"' not in page
    assert 'name="send_invitations"' in staff_client.get(reverse("members_import")).content.decode()
    assert User.objects.filter(email="ada@example.org").exists()
    assert mail.outbox == []


def test_import_command_sends_invitations_with_the_flag(plan, csv_text, tmp_path):
    path = tmp_path / "members.csv"
    path.write_text(csv_text({"email": "ada@example.org"}, {"email": "grace@example.org"}))
    out = StringIO()

    call_command("import_members", str(path), "--plan", "standard", stdout=out)
    assert mail.outbox == []
    call_command(
        "import_members", str(path), "--plan", "standard", "--send-invitations", stdout=out
    )

    assert "Invitations sent: 2." in out.getvalue()
    assert sorted(m.to[0] for m in mail.outbox) == ["ada@example.org", "grace@example.org"]


def test_staff_can_grant_the_invitation_permission_to_a_group(staff_client):
    html = staff_client.get(reverse("wagtailusers_groups:add")).content.decode()

    assert "Can send members their invitation e-mail" in html
