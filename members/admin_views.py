"""Staff screens in the Wagtail admin that go through services."""

from django import forms
from django.db.models import Expression, F, Func, TextField, Value
from wagtail.admin.forms.models import WagtailAdminModelForm

from core.admin_views import (
    MemberSearchIndexView,
    SelectRelatedIndexView,
    ServiceCreateView,
    ServiceEditView,
)
from members.models import Organisation
from members.services import (
    MembershipError,
    membership_cancel,
    membership_extend,
    membership_grant,
    organisation_save,
    profile_update,
    vocabulary_term_save,
)


class ProfileIndexView(MemberSearchIndexView):
    select_related = ("user", "organisation", "industry", "function")
    member_paths = ("user",)

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
        return profile_update(user=data.pop("user"), **data)


class ProfileEditView(ServiceEditView):
    def call_service(self, form):
        return profile_update(user=self.object.user, **form.cleaned_data)


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
