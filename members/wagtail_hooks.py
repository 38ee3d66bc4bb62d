from django.forms import modelform_factory
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from core.admin_views import LimitedPermissionPolicy
from members import admin_views
from members.admin_views import MembershipChangeForm
from members.models import (
    Function,
    Industry,
    Membership,
    MembershipApplication,
    MembershipPlan,
    Organisation,
    Profile,
    SenioritySynonym,
)
from members.selectors import membership_applications_pending_count

# Applications come from applicants and change only by a decision (the "change"
# permission; approving also needs members.add_membership): staff look and decide.
application_permission_policy = LimitedPermissionPolicy(
    MembershipApplication, allowed=("view", "change")
)
register_permission_policy(MembershipApplication, application_permission_policy)


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
        DateColumn("invitation_sent_at", label="Invited", sort_key="invitation_sent_at"),
    ]
    list_filter = ["industry", "function", "seniority", "open_to_introductions"]
    # Members are found by name and e-mail through the index view's member_paths.
    search_fields = ["organisation__name", "headline"]
    add_view_class = admin_views.ProfileCreateView
    edit_view_class = admin_views.ProfileEditView
    inspect_view_class = admin_views.ProfileInspectView
    copy_view_enabled = False
    inspect_view_enabled = True

    @property
    def invite_view(self):
        return admin_views.ProfileInviteView.as_view(
            index_url_name=self.get_url_name("index"), edit_url_name=self.get_url_name("edit")
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("invite/<int:pk>/", self.invite_view, name="invite"),
        ]

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


class SenioritySynonymViewSet(ModelViewSet):
    """Other words for seniority levels ("Head" means director): the import maps a
    value it finds here; one it finds nowhere is left blank with a warning."""

    model = SenioritySynonym
    icon = "tag"
    menu_label = "Seniority synonyms"
    list_display = ["name", "seniority"]
    list_filter = ["seniority"]
    search_fields = ["name"]
    form_fields = ["name", "seniority"]
    add_view_class = admin_views.SenioritySynonymCreateView
    edit_view_class = admin_views.SenioritySynonymEditView
    copy_view_enabled = False


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


class MembershipApplicationViewSet(ModelViewSet):
    """Applications to join: waiting ones first; approve (grants the membership) or
    decline with a note. "Edit" is the decision page."""

    model = MembershipApplication
    icon = "mail"
    menu_label = "Applications"
    index_view_class = admin_views.MembershipApplicationIndexView
    inspect_view_class = admin_views.MembershipApplicationInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "applicant",
        Column("email", label="E-mail", accessor="applicant.email"),
        "plan",
        "organisation_name",
        "status",
        DateColumn("created_at", label="Applied", sort_key="created_at"),
        DateColumn("decided_at", label="Decided", sort_key="decided_at"),
    ]
    list_filter = ["status", "plan"]
    search_fields = ["organisation_name"]
    # Only the generic add and edit views would use it; the permission policy refuses
    # adding, and editing is replaced by the decision page below.
    form_fields = ["staff_note"]

    @property
    def decide_view(self):
        return admin_views.MembershipApplicationDecideView.as_view(
            index_url_name=self.get_url_name("index"),
            inspect_url_name=self.get_url_name("inspect"),
        )

    def get_urlpatterns(self):
        return [
            path("edit/<int:pk>/", self.decide_view, name="edit")
            if getattr(pattern, "name", None) == "edit"
            else pattern
            for pattern in super().get_urlpatterns()
        ]


class CommunityGroup(ModelViewSetGroup):
    menu_label = "Community"
    menu_icon = "group"
    menu_order = 200
    items = [
        ProfileViewSet,
        OrganisationViewSet,
        IndustryViewSet,
        FunctionViewSet,
        SenioritySynonymViewSet,
        MembershipPlanViewSet,
        MembershipViewSet,
        MembershipApplicationViewSet,
    ]


@hooks.register("register_admin_viewset")
def register_community_viewsets():
    return CommunityGroup()


class PendingApplicationsSummaryItem(SummaryItem):
    """On the admin home page: how many membership applications wait for a decision."""

    order = 150
    template_name = "members/admin/applications_summary.html"

    def get_context_data(self, parent_context):
        return {
            "count": membership_applications_pending_count(),
            "url": reverse("membershipapplication:index") + "?status=pending",
        }

    def is_shown(self):
        return application_permission_policy.user_has_any_permission(
            self.request.user, ["view", "change"]
        )


@hooks.register("construct_homepage_summary_items")
def add_pending_applications_summary_item(request, items):
    items.append(PendingApplicationsSummaryItem(request))
