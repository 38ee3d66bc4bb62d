"""Every write to members/: profiles, memberships and the CSV import."""

from members.services.importing import (
    IMPORT_COLUMNS,
    ImportReport,
    MemberImportError,
    members_import_csv,
)
from members.services.memberships import (
    MembershipError,
    StatusRefresh,
    membership_cancel,
    membership_current,
    membership_extend,
    membership_grant,
    memberships_refresh_status,
)
from members.services.profiles import (
    PROFILE_FIELDS,
    expertise_normalise,
    member_create,
    organisation_get_or_create,
    profile_ensure,
    profile_update,
)

__all__ = [
    "IMPORT_COLUMNS",
    "PROFILE_FIELDS",
    "ImportReport",
    "MemberImportError",
    "MembershipError",
    "StatusRefresh",
    "expertise_normalise",
    "member_create",
    "members_import_csv",
    "membership_cancel",
    "membership_current",
    "membership_extend",
    "membership_grant",
    "memberships_refresh_status",
    "organisation_get_or_create",
    "profile_ensure",
    "profile_update",
]
