import pytest
from django.contrib.auth.models import Permission

from tests import factories


@pytest.fixture
def editor(db):
    """Staff who may enter the Wagtail admin but may not grant memberships."""
    user = factories.UserFactory(is_staff=True, email="editor@example.org")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return user
