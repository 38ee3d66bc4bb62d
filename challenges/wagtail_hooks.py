from django.forms import modelform_factory
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.viewsets.model import ModelViewSet

from challenges import admin_views
from challenges.models import Challenge
from challenges.services import EDITABLE_FIELDS
from core.admin_views import StaffPermissionMenuItem


class ChallengeViewSet(ModelViewSet):
    model = Challenge
    icon = "help"
    menu_order = 220
    add_to_admin_menu = True
    index_view_class = admin_views.ChallengeIndexView
    add_view_class = admin_views.ChallengeCreateView
    edit_view_class = admin_views.ChallengeEditView
    delete_view_class = admin_views.ChallengeDeleteView
    list_display = ["title", "author", "status", "visibility", "created_at"]
    list_filter = ["status", "visibility", "author__profile__industry", "created_at"]
    search_fields = ["title", "description"]  # and the author, by ChallengeIndexView
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        fields = [*([] if for_update else ["author"]), *EDITABLE_FIELDS]
        return modelform_factory(self.model, form=WagtailAdminModelForm, fields=fields)


@hooks.register("register_admin_viewset")
def register_challenge_viewset():
    return ChallengeViewSet()


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("members/import/", admin_views.member_import, name="members_import")]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return StaffPermissionMenuItem(
        "Import members",
        reverse("members_import"),
        icon_name="upload",
        order=210,
        permission="members.add_membership",
    )
