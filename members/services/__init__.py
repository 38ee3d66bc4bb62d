"""Every write to members/: accounts, login lockouts, profiles, organisations and memberships."""

from members.services.login_throttle import (
    LoginLockout,
    login_attempt_check,
    login_client_ip,
    login_failure_record,
    login_success_record,
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
    "LoginLockout",
    "MembershipError",
    "StatusRefresh",
    "api_token_issue",
    "api_token_regenerate",
    "expertise_normalise",
    "login_attempt_check",
    "login_client_ip",
    "login_failure_record",
    "login_success_record",
    "member_create",
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
