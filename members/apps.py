from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = "Members"


class UsersAdminConfig(WagtailUsersAppConfig):
    """Wagtail's Users admin, with a listing whose search finds people by full name."""

    user_viewset = "members.admin_views.UserViewSet"
