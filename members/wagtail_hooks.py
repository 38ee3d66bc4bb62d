from django.forms import modelform_factory
from wagtail import hooks
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from members import admin_views
from members.admin_views import MembershipChangeForm
from members.models import Function, Industry, Membership, MembershipPlan, Organisation, Profile


class ProfileViewSet(ModelViewSet):
    model = Profile
    icon = "user"
    menu_label = "Member profiles"
    index_view_class = admin_views.ProfileIndexView
    list_display = [
        "user",
        "organisation",
        "industry",
        "function",
        "seniority",
        BooleanColumn("open_to_introductions", label="Open to introductions"),
    ]
    list_filter = ["industry", "function", "seniority", "open_to_introductions"]
    # Members are found by name and e-mail through the index view's member_paths.
    search_fields = ["organisation__name", "headline"]
    add_view_class = admin_views.ProfileCreateView
    edit_view_class = admin_views.ProfileEditView
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        # A profile's account is chosen once, when staff add a profile for it.
        fields = [*([] if for_update else ["user"]), *Profile.EDITABLE_FIELDS]
        return modelform_factory(self.model, form=WagtailAdminModelForm, fields=fields)


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    icon = "group"
    index_view_class = admin_views.OrganisationIndexView
    list_display = ["name", "industry", "website"]
    list_filter = ["industry"]
    search_fields = ["name"]
    form_fields = ["name", "industry", "website"]
    add_view_class = admin_views.OrganisationCreateView
    edit_view_class = admin_views.OrganisationEditView
    copy_view_enabled = False


class VocabularyViewSet(ModelViewSet):
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    form_fields = ["name"]
    add_view_class = admin_views.VocabularyTermCreateView
    edit_view_class = admin_views.VocabularyTermEditView
    copy_view_enabled = False


class IndustryViewSet(VocabularyViewSet):
    model = Industry


class FunctionViewSet(VocabularyViewSet):
    model = Function


class MembershipPlanViewSet(ModelViewSet):
    model = MembershipPlan
    icon = "tasks"
    menu_label = "Plans"
    list_display = ["name", "price", "currency", "period", "is_public"]
    list_filter = ["period", "is_public"]
    search_fields = ["name"]
    form_fields = [
        "name",
        "slug",
        "description",
        "price",
        "currency",
        "period",
        "includes",
        "is_public",
        "introductions_per_month",
    ]


class MembershipViewSet(ModelViewSet):
    model = Membership
    icon = "pick"
    index_view_class = admin_views.MembershipIndexView
    add_view_class = admin_views.MembershipCreateView
    edit_view_class = admin_views.MembershipEditView
    list_display = ["user", "plan", "status", "starts_on", "ends_on"]
    list_filter = ["status", "plan", "ends_on"]
    search_fields = ["external_reference"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        # Granting and changing go through different services, so they take different fields.
        if for_update:
            return modelform_factory(
                self.model, form=MembershipChangeForm, fields=["ends_on", "note"]
            )
        return modelform_factory(
            self.model,
            form=WagtailAdminModelForm,
            fields=["user", "plan", "starts_on", "ends_on", "note", "external_reference"],
        )


class CommunityGroup(ModelViewSetGroup):
    menu_label = "Community"
    menu_icon = "group"
    menu_order = 200
    items = [
        ProfileViewSet,
        OrganisationViewSet,
        IndustryViewSet,
        FunctionViewSet,
        MembershipPlanViewSet,
        MembershipViewSet,
    ]


@hooks.register("register_admin_viewset")
def register_community_viewsets():
    return CommunityGroup()
