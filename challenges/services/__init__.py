"""Every write to challenges/: challenges themselves and the CSV import of members
with their challenges (it spans members and challenges, so it lives here)."""

from challenges.services.challenges import (
    EDITABLE_FIELDS,
    challenge_create,
    challenge_delete,
    challenge_update,
    tags_normalise,
)
from challenges.services.importing import (
    IMPORT_COLUMNS,
    OPTIONAL_COLUMNS,
    ImportReport,
    MemberImportError,
    members_import_csv,
)

__all__ = [
    "EDITABLE_FIELDS",
    "IMPORT_COLUMNS",
    "OPTIONAL_COLUMNS",
    "ImportReport",
    "MemberImportError",
    "challenge_create",
    "challenge_delete",
    "challenge_update",
    "members_import_csv",
    "tags_normalise",
]
