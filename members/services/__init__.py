"""Every write to members/: accounts, profiles, organisations, memberships and
membership applications."""

from members.services.applications import (
    MembershipApplicationError,
    membership_application_approve,
    membership_application_decline,
    membership_application_submit,
    membership_application_withdraw,
)
from members.services.memberships import (
    MembershipError,
    StatusRefresh,
    membership_cancel,
    membership_extend,
    membership_grant,
    memberships_refresh_status,
)
from members.services.profiles import (
    PROFILE_FIELDS,
    ApiTokenError,
    api_token_issue,
    api_token_regenerate,
    expertise_normalise,
    member_create,
    organisation_get_or_create,
    organisation_save,
    profile_ensure,
    profile_update,
    vocabulary_term_get_or_create,
    vocabulary_term_save,
)

__all__ = [
    "PROFILE_FIELDS",
    "ApiTokenError",
    "MembershipApplicationError",
    "MembershipError",
    "StatusRefresh",
    "api_token_issue",
    "api_token_regenerate",
    "expertise_normalise",
    "member_create",
    "membership_application_approve",
    "membership_application_decline",
    "membership_application_submit",
    "membership_application_withdraw",
    "membership_cancel",
    "membership_extend",
    "membership_grant",
    "memberships_refresh_status",
    "organisation_get_or_create",
    "organisation_save",
    "profile_ensure",
    "profile_update",
    "vocabulary_term_get_or_create",
    "vocabulary_term_save",
]
