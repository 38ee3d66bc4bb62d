from django.contrib.auth.models import Permission
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from core.admin_views import (
    LimitedPermissionPolicy,
    MemberSearchIndexView,
    StaffPermissionMenuItem,
)
from matching import admin_views
from matching.models import EmbeddingFailure, Introduction, Suggestion
from matching.selectors import embedding_status
from matching.selectors.working_groups import working_groups_waiting_counts

# Computed rows: staff look, Confer writes.
register_permission_policy(Suggestion, LimitedPermissionPolicy(Suggestion))
# Staff may dismiss a failure (delete it); a text that still fails is recorded again.
register_permission_policy(
    EmbeddingFailure, LimitedPermissionPolicy(EmbeddingFailure, allowed=("view", "delete"))
)
# Introductions change only through their services: staff propose and look.
register_permission_policy(
    Introduction, LimitedPermissionPolicy(Introduction, allowed=("view", "add"))
)


class IntroductionViewSet(ModelViewSet):
    """Pending and stale introductions for staff; "Add" proposes one."""

    model = Introduction
    icon = "link"
    index_view_class = admin_views.IntroductionIndexView
    add_view_class = admin_views.IntroductionProposeView
    list_display = ["from_member", "to_member", "status", "by_staff", "created_at", "expires_at"]
    list_filter = ["status", "by_staff", "expires_at"]
    search_fields: list[str] = []  # members are found by IntroductionIndexView
    form_fields = ["from_member", "to_member", "note"]
    inspect_view_enabled = True
    copy_view_enabled = False


class SuggestionIndexView(MemberSearchIndexView):
    select_related = ("member", "peer", "member_challenge", "peer_challenge")
    member_paths = ("member", "peer")


class SuggestionViewSet(ModelViewSet):
    """Every member's current suggestions with their reasons (computed, read-only)."""

    model = Suggestion
    icon = "link"
    index_view_class = SuggestionIndexView
    list_display = [
        "member",
        "rank",
        "peer",
        "kind",
        "member_challenge",
        "peer_challenge",
        "similarity",
        "score",
        "shared_terms",
    ]
    list_filter = ["kind"]
    search_fields: list[str] = []  # members are found by SuggestionIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["rank"]


class EmbeddingFailureViewSet(ModelViewSet):
    """Texts that could not be embedded yet; they are retried with backoff."""

    model = EmbeddingFailure
    icon = "warning"
    menu_label = "Embedding failures"
    list_display = ["kind", "object_id", "attempts", "error", "last_failed_at"]
    list_filter = ["kind"]
    search_fields = ["error"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["error"]


class MatchingGroup(ModelViewSetGroup):
    menu_label = "Matching"
    menu_icon = "link"
    menu_order = 230
    items = [IntroductionViewSet, SuggestionViewSet, EmbeddingFailureViewSet]


@hooks.register("register_admin_viewset")
def register_matching_viewsets():
    return MatchingGroup()


class EmbeddingStatusPanel(Component):
    """On the admin home page: how many texts wait for a vector, and failures."""

    name = "embedding_status"
    order = 150
    template_name = "matching/admin/embedding_status_panel.html"

    def get_context_data(self, parent_context=None):
        return {"status": embedding_status()}


@hooks.register("construct_homepage_panels")
def add_embedding_status_panel(request, panels):
    if request.user.is_staff:
        panels.append(EmbeddingStatusPanel())


@hooks.register("register_admin_urls")
def register_matching_admin_urls():
    return [
        path(
            "matching/propose/",
            admin_views.introductions_bulk_propose,
            name="matching_bulk_propose",
        ),
        path("matching/outcomes/", admin_views.introduction_outcomes, name="matching_outcomes"),
        path(
            "working-groups/", admin_views.working_groups_index, name="working_groups_admin_index"
        ),
        path(
            "working-groups/recluster/",
            admin_views.working_groups_recluster_now,
            name="working_groups_admin_recluster",
        ),
        path(
            "working-groups/<int:pk>/",
            admin_views.working_group_admin_detail,
            name="working_group_admin",
        ),
        path(
            "working-groups/<int:pk>/<slug:action>/",
            admin_views.working_group_admin_action,
            name="working_group_admin_action",
        ),
        path(
            "working-groups/<int:pk>/<slug:action>/<int:row>/",
            admin_views.working_group_admin_row_action,
            name="working_group_admin_row_action",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_propose_menu_item():
    return StaffPermissionMenuItem(
        "Propose introductions",
        reverse("matching_bulk_propose"),
        icon_name="link",
        order=231,
        permission="matching.add_introduction",
    )


@hooks.register("register_admin_menu_item")
def register_outcomes_menu_item():
    return StaffPermissionMenuItem(
        "Introduction outcomes",
        reverse("matching_outcomes"),
        icon_name="table",
        order=232,
        permission="matching.add_introduction",
    )


@hooks.register("register_admin_menu_item")
def register_working_groups_menu_item():
    return StaffPermissionMenuItem(
        "Working groups",
        reverse("working_groups_admin_index"),
        icon_name="group",
        order=233,
        permission="matching.view_workinggroup",
    )


@hooks.register("register_permissions")
def register_working_group_permissions():
    # Staff groups are given these in Settings > Groups: view to look, change to act.
    return Permission.objects.filter(
        content_type__app_label="matching",
        codename__in=["view_workinggroup", "change_workinggroup"],
    )


class WorkingGroupsSummaryItem(SummaryItem):
    """On the admin home page: proposals, join requests and groups to review."""

    order = 160
    template_name = "matching/admin/working_groups_summary.html"

    def get_context_data(self, parent_context):
        return {
            "counts": working_groups_waiting_counts(),
            "url": reverse("working_groups_admin_index"),
        }

    def is_shown(self):
        return self.request.user.has_perm("matching.view_workinggroup")


@hooks.register("construct_homepage_summary_items")
def add_working_groups_summary_item(request, items):
    items.append(WorkingGroupsSummaryItem(request))
