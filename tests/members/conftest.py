import pytest
from django.contrib.auth.models import Permission

from tests import factories
from tests.clients import signed_in_fixture


def permissions(*names: str) -> list[Permission]:
    """Permissions from "app_label.codename" names."""
    found = []
    for name in names:
        app_label, codename = name.split(".")
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


@pytest.fixture
def editor(db):
    """Staff who may enter the Wagtail admin but may not grant memberships."""
    user = factories.UserFactory(is_staff=True, email="editor@example.org")
    user.user_permissions.add(*permissions("wagtailadmin.access_admin"))
    return user


@pytest.fixture
def decider(db):
    """Staff (not superuser) who may decide membership applications and grant memberships."""
    user = factories.UserFactory(is_staff=True, email="decider@example.org")
    user.user_permissions.add(
        *permissions(
            "wagtailadmin.access_admin",
            "members.view_membershipapplication",
            "members.change_membershipapplication",
            "members.add_membership",
        )
    )
    return user


@pytest.fixture
def newcomer(db):
    """A new account with a profile (at Harbour Trust) and no membership."""
    return factories.ProfileFactory(
        user__email="newcomer@example.org",
        user__first_name="Nia",
        user__last_name="Obi",
        organisation=factories.OrganisationFactory(name="Harbour Trust"),
    ).user


newcomer_client = signed_in_fixture("newcomer", "page")
newcomer_api = signed_in_fixture("newcomer", "api")
