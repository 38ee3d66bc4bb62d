"""Staff screens in the Wagtail admin that go through services."""

from functools import cached_property
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Expression, F, Func, TextField, Value
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import FormView, TemplateView
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.views.generic import InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button, MenuItem
from wagtail.users.views import users as wagtail_users

from core.admin_views import (
    MemberSearchIndexView,
    MemberSearchMixin,
    SelectRelatedIndexView,
    ServiceCreateView,
    ServiceEditView,
)
from core.forms import form_add_service_error
from members.models import ConsentSource, Organisation, Profile
from members.selectors import (
    membership_applications_for_staff,
    membership_applications_of,
    memberships_of,
    profile_for_user,
)
from members.services import (
    INVITE_PERMISSION,
    MembershipError,
    member_invitation_send,
    membership_application_approve,
    membership_application_decline,
    membership_cancel,
    membership_extend,
    membership_grant,
    organisation_save,
    profile_update,
    seniority_synonym_save,
    vocabulary_term_save,
)
from members.services.invitations import member_is_set_up

INVITE_URL_NAME = "profile:invite"


def invitation_label(profile: Profile) -> str:
    return "Resend invitation" if profile.invitation_sent_at else "Send invitation"


def may_invite(user, profile: Profile) -> bool:
    return profile.user.is_active and user.has_perm(INVITE_PERMISSION)


class ProfileIndexView(MemberSearchIndexView):
    select_related = ("user", "organisation", "industry", "function")
    member_paths = ("user",)

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if may_invite(self.request.user, instance):
            url = reverse(INVITE_URL_NAME, args=[instance.pk])
            buttons.append(
                MenuItem(invitation_label(instance), url=url, icon_name="mail", priority=30)
            )
        return buttons

    def search_annotations(self) -> dict[str, Expression]:
        # Expertise is a list; staff look for "retention" inside any of its items.
        return {
            "expertise_text": Func(
                F("expertise"), Value(" | "), function="array_to_string", output_field=TextField()
            )
        }


class OrganisationIndexView(SelectRelatedIndexView):
    select_related = ("industry",)


class MembershipIndexView(MemberSearchIndexView):
    select_related = ("user", "plan")
    member_paths = ("user",)


class ProfileCreateView(ServiceCreateView):
    """A profile for an account that has none yet (accounts normally get one at sign-up)."""

    def call_service(self, form):
        data = dict(form.cleaned_data)
        return profile_update(user=data.pop("user"), consent_source=ConsentSource.STAFF, **data)


class InvitationButtonMixin:
    """A "Send invitation" button in the header of a profile's admin pages."""

    object: Profile
    request: Any

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)  # type: ignore[misc]
        if may_invite(self.request.user, self.object):
            url = reverse(INVITE_URL_NAME, args=[self.object.pk])
            buttons.append(
                Button(invitation_label(self.object), url=url, icon_name="mail", priority=30)
            )
        return buttons


class ProfileInspectView(InvitationButtonMixin, InspectView):
    pass


class ProfileEditView(InvitationButtonMixin, ServiceEditView):
    def call_service(self, form):
        return profile_update(
            user=self.object.user, consent_source=ConsentSource.STAFF, **form.cleaned_data
        )


class ProfileInviteView(WagtailAdminTemplateMixin, TemplateView):
    """Send, or send again, one member's invitation e-mail (set a password, complete
    the profile, opt in to introductions), after saying what staff should know."""

    template_name = "members/admin/profile_invite.html"
    page_title = "Send invitation"
    header_icon = "mail"
    index_url_name = ""
    edit_url_name = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(INVITE_PERMISSION):
            raise PermissionDenied
        self.object = get_object_or_404(Profile.objects.select_related("user"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object.user)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": "Member profiles"},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            profile=self.object,
            member=self.object.user,
            set_up=member_is_set_up(self.object.user),
            valid_days=settings.INVITATION_VALID_DAYS,
            edit_url=reverse(self.edit_url_name, args=[self.object.pk]),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        member = self.object.user
        if not member.is_active:
            messages.error(request, f"{member} has an inactive account: no invitation sent.")
            return redirect(self.edit_url_name, self.object.pk)
        report = member_invitation_send(user=member, sent_by=request.user)
        if report.failed:
            messages.error(
                request,
                f"The invitation to {member} <{member.email}> could not be sent: the mail "
                "server refused it. Try again later.",
            )
        elif report.sent_to_set_up:
            messages.warning(
                request,
                f"Invitation sent to {member} <{member.email}>, who already had a password "
                "or had logged in: the link lets them choose a new password.",
            )
        else:
            messages.success(request, f"Invitation sent to {member} <{member.email}>.")
        return redirect(self.index_url_name)


class OrganisationCreateView(ServiceCreateView):
    def call_service(self, form):
        return organisation_save(organisation=Organisation(), **form.cleaned_data)


class OrganisationEditView(ServiceEditView):
    def call_service(self, form):
        return organisation_save(organisation=self.saved_object(), **form.cleaned_data)


class VocabularyTermCreateView(ServiceCreateView):
    def call_service(self, form):
        return vocabulary_term_save(term=self.model(), name=form.cleaned_data["name"])


class VocabularyTermEditView(ServiceEditView):
    def call_service(self, form):
        return vocabulary_term_save(term=self.saved_object(), name=form.cleaned_data["name"])


class SenioritySynonymCreateView(ServiceCreateView):
    def call_service(self, form):
        return seniority_synonym_save(synonym=self.model(), **form.cleaned_data)


class SenioritySynonymEditView(ServiceEditView):
    def call_service(self, form):
        return seniority_synonym_save(synonym=self.saved_object(), **form.cleaned_data)


class MembershipCreateView(ServiceCreateView):
    """Granting a membership: one current membership per member, checked by the service."""

    service_errors = (MembershipError,)
    failure_message = "The membership could not be granted."

    def call_service(self, form):
        return membership_grant(**form.cleaned_data)


class MembershipChangeForm(WagtailAdminModelForm):
    cancel_membership = forms.BooleanField(
        required=False,
        label="Cancel this membership now",
        help_text="The member loses access at once. Leave unticked to extend instead.",
    )


class MembershipEditView(ServiceEditView):
    """Extending (new end date), cancelling, or annotating a membership."""

    service_errors = (MembershipError,)
    failure_message = "The membership could not be changed."

    def call_service(self, form):
        data = form.cleaned_data
        membership = self.saved_object()
        if data.get("cancel_membership"):
            return membership_cancel(membership=membership, note=data["note"])
        return membership_extend(membership=membership, ends_on=data["ends_on"], note=data["note"])


# Membership applications: staff look at them and decide; nothing else changes them.

DECIDE_LABEL = "Approve or decline"


class MembershipApplicationIndexView(MemberSearchIndexView):
    """Applications, waiting ones first (oldest first) unless staff sort by a column;
    search by the applicant's name, e-mail or organisation."""

    member_paths = ("applicant",)

    def get_base_queryset(self):
        return membership_applications_for_staff()

    def get_edit_url(self, instance):
        # The only change to an application is its decision, while it waits.
        return super().get_edit_url(instance) if instance.is_pending else None

    def get_list_more_buttons(self, instance):
        buttons = []
        if edit_url := self.get_edit_url(instance):
            buttons.append(MenuItem(DECIDE_LABEL, url=edit_url, icon_name="check", priority=10))
        if inspect_url := self.get_inspect_url(instance):
            buttons.append(
                MenuItem("Inspect", url=inspect_url, icon_name="info-circle", priority=20)
            )
        return buttons


class MembershipApplicationInspectView(InspectView):
    fields = [
        "applicant",
        "plan",
        "motivation",
        "organisation_name",
        "status",
        "staff_note",
        "decided_by",
        "decided_at",
        "membership",
        "created_at",
    ]

    def get_edit_url(self):
        return super().get_edit_url() if self.object.is_pending else None

    @property
    def header_more_buttons(self):
        edit_url = self.get_edit_url()
        return [Button(DECIDE_LABEL, url=edit_url, icon_name="check")] if edit_url else []


class ApplicationDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("approve", "Approve"), ("decline", "Decline")],
        error_messages={"required": "Choose Approve or Decline."},
    )
    staff_note = forms.CharField(
        label="Note to the applicant",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Needed to decline: the applicant reads it in their inbox and e-mail. "
        "Optional when approving (a welcome, say).",
    )


class MembershipApplicationDecideView(WagtailAdminTemplateMixin, FormView):
    """Approve (grants the membership on the plan) or decline with a note. Only staff who
    may change applications (and, to approve, grant memberships) get this far; the
    services check again."""

    template_name = "members/admin/application_decide.html"
    form_class = ApplicationDecisionForm
    page_title = "Membership application"
    header_icon = "mail"
    index_url_name = ""
    inspect_url_name = ""
    decide_permission = "members.change_membershipapplication"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.decide_permission):
            raise PermissionDenied
        self.object = get_object_or_404(membership_applications_for_staff(), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object.applicant)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": "Membership applications"},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        applicant = self.object.applicant
        return super().get_context_data(
            application=self.object,
            profile=profile_for_user(user=applicant),
            memberships=memberships_of(user=applicant),
            earlier_applications=membership_applications_of(user=applicant).exclude(
                pk=self.object.pk
            ),
            may_approve=self.request.user.has_perm("members.add_membership"),
            inspect_url=reverse(self.inspect_url_name, args=[self.object.pk]),
            **kwargs,
        )

    def form_valid(self, form):
        note = form.cleaned_data["staff_note"]
        approving = form.cleaned_data["decision"] == "approve"
        try:
            if approving:
                application = membership_application_approve(
                    application=self.object, staff=self.request.user, note=note
                )
            else:
                application = membership_application_decline(
                    application=self.object, staff=self.request.user, note=note
                )
        except ValidationError as error:
            form_add_service_error(form, error)
            return self.form_invalid(form)
        applicant = application.applicant
        if approving:
            messages.success(
                self.request,
                f"Approved: {applicant} now has an active {application.plan} membership and "
                "is told by e-mail and in their inbox.",
            )
        else:
            messages.success(
                self.request, f"Declined: {applicant} is told, with your note, and may apply again."
            )
        return redirect(self.index_url_name)


class UserIndexView(MemberSearchMixin, wagtail_users.IndexView):
    """Settings > Users: "Kavya Reddy" finds her, as in every other listing."""

    member_paths = ("",)
    search_fields: list[str] | None = []  # type: ignore[assignment]


class UserViewSet(wagtail_users.UserViewSet):
    index_view_class = UserIndexView
