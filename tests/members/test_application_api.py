"""The membership application API: apply, see your own, withdraw."""

import pytest

from members.models import ApplicationStatus, MembershipApplication
from members.services import membership_application_decline
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/api/v1/membership/applications/"
MOTIVATION = "Our field teams solve the same scheduling problem five different ways."


def test_anonymous_calls_get_401(api, plan):
    application = factories.MembershipApplicationFactory(plan=plan)

    responses = [
        api.get(URL),
        api.post(URL, {"plan": plan.slug, "motivation": MOTIVATION}, format="json"),
        api.get(f"{URL}{application.pk}/"),
        api.post(f"{URL}{application.pk}/withdraw/"),
    ]

    assert [r.status_code for r in responses] == [401] * 4
    assert not MembershipApplication.objects.exclude(pk=application.pk).exists()


def test_account_without_membership_applies(newcomer_api, newcomer, plan):
    response = newcomer_api.post(
        URL,
        {"plan": plan.slug, "motivation": MOTIVATION, "organisation_name": "Harbour Trust"},
        format="json",
    )

    assert response.status_code == 201, response.json()
    data = response.json()
    assert (data["plan"], data["plan_name"], data["status"]) == (plan.slug, plan.name, "pending")
    assert data["staff_note"] == "" and data["decided_at"] is None
    application = MembershipApplication.objects.get(pk=data["id"])
    assert (application.applicant, application.motivation) == (newcomer, MOTIVATION)


def test_apply_errors_are_400_with_the_reason(newcomer_api, alice_api, plan):
    hidden = factories.PlanFactory(is_public=False)

    not_offered = newcomer_api.post(URL, {"plan": hidden.slug, "motivation": "x"}, format="json")
    missing = newcomer_api.post(URL, {"plan": plan.slug}, format="json")
    member = alice_api.post(URL, {"plan": plan.slug, "motivation": MOTIVATION}, format="json")
    newcomer_api.post(URL, {"plan": plan.slug, "motivation": MOTIVATION}, format="json")
    second = newcomer_api.post(URL, {"plan": plan.slug, "motivation": MOTIVATION}, format="json")

    assert not_offered.status_code == 400
    assert not_offered.json() == {
        "plan": ["This plan is not offered; choose one of the plans listed."]
    }
    assert missing.status_code == 400 and "motivation" in missing.json()
    assert member.status_code == 400
    assert "You already have a current" in member.json()["non_field_errors"][0]
    assert second.status_code == 400
    assert "already have an application waiting" in second.json()["non_field_errors"][0]
    assert MembershipApplication.objects.count() == 1


def test_members_see_only_their_own_applications(newcomer_api, newcomer, bob_api, plan, staff):
    mine = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)
    membership_application_decline(application=mine, staff=staff, note="Tell us more.")
    factories.MembershipApplicationFactory(plan=plan)  # someone else's

    listed = newcomer_api.get(URL).json()
    detail = newcomer_api.get(f"{URL}{mine.pk}/")
    others_view = bob_api.get(f"{URL}{mine.pk}/")

    assert [a["id"] for a in listed["results"]] == [mine.pk]
    assert listed["results"][0]["staff_note"] == "Tell us more."
    assert detail.status_code == 200 and detail.json()["status"] == "declined"
    assert "decided_by" not in detail.json()
    assert others_view.status_code == 404
    assert bob_api.get(URL).json()["results"] == []


def test_withdraw_own_application(newcomer_api, newcomer, plan):
    application = factories.MembershipApplicationFactory(applicant=newcomer, plan=plan)

    response = newcomer_api.post(f"{URL}{application.pk}/withdraw/")
    again = newcomer_api.post(f"{URL}{application.pk}/withdraw/")

    assert response.status_code == 200
    assert response.json()["status"] == ApplicationStatus.WITHDRAWN
    assert again.status_code == 400
    assert "already withdrawn" in again.json()["non_field_errors"][0]


def test_withdrawing_another_members_application_is_404(bob_api, plan):
    application = factories.MembershipApplicationFactory(plan=plan)

    response = bob_api.post(f"{URL}{application.pk}/withdraw/")

    assert response.status_code == 404
    application.refresh_from_db()
    assert application.is_pending


def test_application_list_query_count_does_not_grow(newcomer_api, newcomer, plan, queries_for):
    def withdrawn_application():
        application = factories.MembershipApplicationFactory(
            applicant=newcomer, plan=factories.PlanFactory()
        )
        application.status = "withdrawn"
        application.decided_at = application.created_at
        application.save()

    for _ in range(2):
        withdrawn_application()
    two = queries_for(newcomer_api, URL)
    for _ in range(15):
        withdrawn_application()
    assert queries_for(newcomer_api, URL) == two


def test_plans_offered_are_public(api, plan):
    factories.PlanFactory(is_public=False, slug="founders")

    response = api.get("/api/v1/membership/plans/")

    assert response.status_code == 200
    assert [p["slug"] for p in response.json()["results"]] == [plan.slug]
    assert response.json()["results"][0]["included_items"] == ["Introductions", "Working groups"]


def test_schema_documents_the_application_endpoints(client):
    paths = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()["paths"]

    assert set(paths[URL]) >= {"get", "post"}
    assert "get" in paths["/api/v1/membership/applications/{id}/"]
    assert "post" in paths["/api/v1/membership/applications/{id}/withdraw/"]
    assert "get" in paths["/api/v1/membership/plans/"]
