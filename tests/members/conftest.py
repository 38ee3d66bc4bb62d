import csv
import io

import pytest
from django.contrib.auth.models import Permission

from members.services import IMPORT_COLUMNS
from tests import factories


@pytest.fixture
def editor(db):
    """Staff who may enter the Wagtail admin but may not grant memberships."""
    user = factories.UserFactory(is_staff=True, email="editor@example.org")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return user


@pytest.fixture
def csv_text():
    """Builds import CSV text from row dicts; columns a row leaves out are blank."""

    def build(*rows: dict[str, str], columns: tuple[str, ...] = IMPORT_COLUMNS) -> str:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({name: row.get(name, "") for name in columns})
        return out.getvalue()

    return build
