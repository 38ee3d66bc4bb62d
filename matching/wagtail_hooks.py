from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from cms.admin_views import ReadOnlyPermissionPolicy, SelectRelatedIndexView
from matching.models import EmbeddingFailure, Suggestion
from matching.selectors import embedding_status

# Computed rows: staff look, Confer writes.
register_permission_policy(Suggestion, ReadOnlyPermissionPolicy(Suggestion))
register_permission_policy(EmbeddingFailure, ReadOnlyPermissionPolicy(EmbeddingFailure))


class SuggestionIndexView(SelectRelatedIndexView):
    select_related = ("member", "peer", "member_challenge", "peer_challenge")


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
    search_fields = ["member__email", "member__last_name", "peer__email", "peer__last_name"]
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
    items = [SuggestionViewSet, EmbeddingFailureViewSet]


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
