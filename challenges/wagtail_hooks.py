from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from challenges.models import Challenge
from members.admin_views import SelectRelatedIndexView


class ChallengeIndexView(SelectRelatedIndexView):
    select_related = ("author",)


class ChallengeViewSet(ModelViewSet):
    model = Challenge
    icon = "help"
    menu_order = 220
    add_to_admin_menu = True
    index_view_class = ChallengeIndexView
    list_display = ["title", "author", "status", "visibility", "created_at"]
    list_filter = ["status", "visibility", "author__profile__industry", "created_at"]
    search_fields = ["title", "description", "author__email", "author__last_name"]
    form_fields = ["author", "title", "description", "tags", "status", "visibility"]
    copy_view_enabled = False
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_challenge_viewset():
    return ChallengeViewSet()
