"""The whole API schema, fuzzed in-process by schemathesis against the real database.

Every operation gets schemathesis' coverage cases (boundary values of every field)
and a few generated requests, valid and invalid, as a member in good standing without
an organisation. Responses must not be server errors and must match the schema:
status codes documented, content types and bodies as described.
"""

import hypothesis
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from rest_framework.authtoken.models import Token

from matching.backends import backends_reset
from matching.models import WorkingGroup, WorkingGroupMembership, WorkingGroupStatus
from matching.services.introductions import introduction_request
from matching.services.working_groups import working_group_join_request
from tests import factories

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": 20240601,
        "generation": {"max-examples": 10, "deterministic": True, "database": "none"},
        "phases": {
            # Invalid requests come from fuzzing; the coverage phase's own invalid cases
            # (every wrong type of every field) would triple the run for little more.
            "coverage": {"generation": {"mode": "positive"}},
            "stateful": {"enabled": False},
        },
        "checks": {
            # Both judge a request by the schema alone, but the API also refuses input by
            # business rules the schema cannot state (an unknown slug or peer, a wrong
            # password, a duplicate title): those 400s are documented, not failures.
            "positive_data_acceptance": {"enabled": False},
            "negative_data_rejection": {"enabled": False},
        },
    }
)

schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application(), config=CONFIG)


@pytest.fixture(autouse=True)
def wsgi_in_test_transaction(settings):
    """Requests through the WSGI handler share the test's connection and transaction
    (as with Django's test client), and search embeds with a fake model."""
    settings.MATCHING_EMBEDDING = {"BACKEND": "tests.matching.conftest.HashingBackend"}
    backends_reset()
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)
    backends_reset()


@pytest.fixture
def fuzzed(db):
    """A member without an organisation, with a token, a challenge, a suggested peer and
    an introduction waiting for their answer; ids for each path with an ``{id}``."""
    member = factories.member(organisation=None, industry=None)
    peer = factories.member()
    factories.ChallengeFactory(author=peer)
    factories.suggestion(member, peer)
    introduction = introduction_request(requester=peer, peer=member, note="Hello")
    application = factories.MembershipApplicationFactory(applicant=member)
    # A working group the member facilitates, with a request to join from the peer.
    group = WorkingGroup.objects.create(
        name="Alarm fatigue", slug="alarm-fatigue", status=WorkingGroupStatus.ACTIVE
    )
    WorkingGroupMembership.objects.create(
        group=group, member=member, status="member", role="facilitator"
    )
    group.facilitator = member
    group.save()
    join_request = working_group_join_request(group=group, member=peer)
    return {
        "token": Token.objects.create(user=member).key,
        "ids": {
            "/api/v1/challenges/{id}/": factories.ChallengeFactory(author=member).pk,
            "/api/v1/members/{id}/": peer.profile.pk,
            "/api/v1/introductions/{id}/accept/": introduction.pk,
            "/api/v1/introductions/{id}/decline/": introduction.pk,
            "/api/v1/introductions/{id}/feedback/": introduction.pk,
            "/api/v1/membership/applications/{id}/": application.pk,
            "/api/v1/membership/applications/{id}/withdraw/": application.pk,
            "/api/v1/working-groups/{id}/": group.pk,
            "/api/v1/working-groups/{id}/join/": group.pk,
            "/api/v1/working-groups/{id}/leave/": group.pk,
            "/api/v1/working-groups/{id}/requests/": group.pk,
            "/api/v1/working-groups/join-requests/{id}/approve/": join_request.pk,
            "/api/v1/working-groups/join-requests/{id}/decline/": join_request.pk,
        },
    }


@schema.parametrize()
# One member and their data serve every example of an operation, in one transaction.
@hypothesis.settings(suppress_health_check=[hypothesis.HealthCheck.function_scoped_fixture])
def test_api_conforms_to_its_schema(case, fuzzed):
    if case.path_parameters and "id" in case.path_parameters:
        # Real objects: unknown ids only ever give a 404, tested elsewhere.
        case.path_parameters["id"] = fuzzed["ids"][case.path]
    case.call_and_validate(headers={"Authorization": f"Token {fuzzed['token']}"})
