"""A new account's way in: the plans, the application, its status, after a decline."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client
from django.urls import reverse

from members.models import ApplicationStatus, MembershipApplication
from members.services import membership_application_approve, membership_application_decline
from tests import factories
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

MOTIVATION = "Rostering volunteers across three sites keeps failing; I want to meet peers."


def apply(client, chosen, **overrides):
    data = {"plan": chosen.pk, "motivation": MOTIVATION, "organisation_name": "Harbour Trust"}
    return client.post(reverse("membership_apply"), {**data, **overrides})


def test_new_account_sees_plans_and_a_prefilled_application_form(newcomer_client, plan):
    hidden = factories.PlanFactory(name="Founders", is_public=False)

    response = newcomer_client.get(reverse("membership"))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-testid="application-form"' in html
    assert f'value="{plan.pk}"' in html and "Standard · EUR 480 · yearly" in html
    assert hidden.name not in html
    assert 'name="organisation_name" value="Harbour Trust"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert "renew" not in html


def test_member_pages_show_the_application_form_instead_of_a_dead_end(newcomer_client, plan):
    response = newcomer_client.get(reverse("dashboard"))

    assert response.status_code == 403
    html = response.content.decode()
    assert "Apply to join" in html
    assert 'data-testid="membership-required"' in html
    assert 'data-testid="application-form"' in html
    assert reverse("membership_apply") in html


def test_applying_shows_the_pending_status(
    newcomer_client, newcomer, plan, django_capture_on_commit_callbacks
):
    # when
    response = apply(newcomer_client, plan)

    # then
    assert response.status_code == 302
    assert response["Location"] == reverse("membership")
    application = MembershipApplication.objects.get(applicant=newcomer)
    assert (application.plan, application.motivation, application.organisation_name) == (
        plan,
        MOTIVATION,
        "Harbour Trust",
    )
    page = newcomer_client.get(reverse("membership")).content.decode()
    assert "Your application is sent" in page
    assert 'data-testid="application-pending"' in page
    assert 'data-testid="application-form"' not in page
    assert reverse("membership_application_withdraw", args=[application.pk]) in page
    # the member pages say so too, without a second form
    dashboard = newcomer_client.get(reverse("dashboard")).content.decode()
    assert 'data-testid="application-pending"' in dashboard
    assert 'data-testid="application-form"' not in dashboard


def test_application_errors_are_shown_and_nothing_is_written(newcomer_client, plan):
    response = apply(newcomer_client, plan, motivation="", plan="")

    assert response.status_code == 200
    form = response.context["application_form"]
    assert set(form.errors) == {"plan", "motivation"}
    html = response.content.decode()
    assert html.count("This field is required.") == 2
    # what was typed is kept
    assert 'value="Harbour Trust"' in html
    assert not MembershipApplication.objects.exists()


def test_applying_on_a_plan_not_offered_is_refused(newcomer_client, plan):
    hidden = factories.PlanFactory(is_public=False)

    response = apply(newcomer_client, hidden)

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not MembershipApplication.objects.exists()


def test_applying_twice_shows_the_reason(newcomer_client, newcomer, plan):
    apply(newcomer_client, plan)

    response = apply(newcomer_client, plan)

    assert response.status_code == 200
    assert "already have an application waiting" in response.content.decode()
    assert MembershipApplication.objects.filter(applicant=newcomer).count() == 1


def test_member_with_a_current_membership_is_told_there_is_nothing_to_apply_for(alice_client, plan):
    response = apply(alice_client, plan)

    assert response.status_code == 200
    assert "You already have a current" in response.content.decode()
    assert not MembershipApplication.objects.exists()


def test_withdraw_then_apply_again(newcomer_client, newcomer, plan):
    apply(newcomer_client, plan)
    application = MembershipApplication.objects.get()

    response = newcomer_client.post(
        reverse("membership_application_withdraw", args=[application.pk])
    )

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN
    page = newcomer_client.get(reverse("membership")).content.decode()
    assert "You withdrew your application" in page
    assert 'data-testid="application-form"' in page
    assert apply(newcomer_client, plan).status_code == 302


def test_withdrawing_someone_elses_application_is_404(bob_client, plan):
    application = factories.MembershipApplicationFactory(plan=plan)

    response = bob_client.post(reverse("membership_application_withdraw", args=[application.pk]))

    assert response.status_code == 404
    application.refresh_from_db()
    assert application.is_pending


def test_decline_note_is_shown_with_a_way_to_apply_again(newcomer_client, newcomer, plan, staff):
    application = factories.MembershipApplicationFactory(
        applicant=newcomer, plan=plan, motivation="First try"
    )
    membership_application_decline(
        application=application, staff=staff, note="Tell us more about your role, please."
    )

    html = newcomer_client.get(reverse("membership")).content.decode()

    assert 'data-testid="application-declined"' in html
    assert "Tell us more about your role, please." in html
    assert 'data-testid="application-form"' in html
    assert "First try" in html  # prefilled from the declined application
    assert apply(newcomer_client, plan).status_code == 302


def test_approved_applicant_reaches_the_dashboard(newcomer_client, newcomer, plan, staff):
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)
    membership_application_approve(application=application, staff=staff)

    assert newcomer_client.get(reverse("dashboard")).status_code == 200
    own = newcomer_client.get(reverse("membership")).content.decode()
    assert 'data-testid="application-form"' not in own
    inbox = newcomer_client.get(reverse("inbox")).content.decode()
    assert "was approved: welcome!" in inbox


def test_apply_needs_post_and_a_signed_in_person(client, newcomer_client, plan):
    assert newcomer_client.get(reverse("membership_apply")).status_code == 405
    response = apply(client, plan)
    assert response.status_code == 302 and "login" in response["Location"]
    assert not MembershipApplication.objects.exists()


def test_apply_without_csrf_token_is_refused(newcomer, plan):
    client = Client(enforce_csrf_checks=True)
    client.force_login(newcomer)

    response = apply(client, plan)

    assert response.status_code == 403
    assert not MembershipApplication.objects.exists()


def test_membership_page_query_count_does_not_grow_with_applications_or_plans(
    newcomer_client, newcomer, plan, queries_for
):
    def withdrawn_application():
        application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)
        application.status = "withdrawn"
        application.decided_at = application.created_at
        application.save()

    withdrawn_application()
    one = queries_for(newcomer_client, reverse("membership"))
    for _ in range(5):
        withdrawn_application()
        factories.PlanFactory()
    assert queries_for(newcomer_client, reverse("membership")) == one


# Sign-up and login lead there


def test_sign_up_then_login_lands_on_the_application_page(client, plan):
    # (an address no other test signs up with: allauth rate-limits confirmation e-mails
    # per address)
    client.post(
        reverse("account_signup"),
        {
            "email": "kira@example.org",
            "first_name": "Kira",
            "last_name": "Li",
            "password1": "a-long-pass-phrase-42",
            "password2": "a-long-pass-phrase-42",
        },
    )
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    client.post(link.split("testserver", 1)[-1])

    response = client.post(
        reverse("account_login"), {"login": "kira@example.org", "password": "a-long-pass-phrase-42"}
    )

    assert response["Location"] == reverse("membership")
    page = client.get(response["Location"]).content.decode()
    assert 'data-testid="application-form"' in page and plan.name in page


def test_sign_up_without_verification_lands_on_the_application_page(client, plan, settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "optional"

    response = client.post(
        reverse("account_signup"),
        {
            "email": "lee@example.org",
            "first_name": "Lee",
            "last_name": "Chan",
            "password1": "a-long-pass-phrase-42",
            "password2": "a-long-pass-phrase-42",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("membership")


def test_members_still_land_on_the_dashboard(client, alice):
    EmailAddress.objects.create(user=alice, email=alice.email, verified=True, primary=True)

    response = client.post(reverse("account_login"), {"login": alice.email, "password": PASSWORD})

    assert response["Location"] == reverse("dashboard")
