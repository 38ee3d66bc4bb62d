"""Staff screens in the Wagtail admin that go through services."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import render
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.views.generic import CreateView, EditView, IndexView

from members.forms import MemberImportForm
from members.services import (
    MemberImportError,
    MembershipError,
    members_import_csv,
    membership_cancel,
    membership_extend,
    membership_grant,
)


class SelectRelatedIndexView(IndexView):
    """An admin listing that loads the related rows it shows in one query."""

    select_related: tuple[str, ...] = ()

    def get_base_queryset(self):
        return super().get_base_queryset().select_related(*self.select_related)


class ProfileIndexView(SelectRelatedIndexView):
    select_related = ("user", "organisation", "industry", "function")


class OrganisationIndexView(SelectRelatedIndexView):
    select_related = ("industry",)


class MembershipIndexView(SelectRelatedIndexView):
    select_related = ("user", "plan")


class MembershipCreateView(CreateView):
    """Granting a membership: one current membership per member, checked by the service."""

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            self.object = membership_grant(
                user=data["user"],
                plan=data["plan"],
                starts_on=data["starts_on"],
                ends_on=data["ends_on"],
                note=data["note"],
                external_reference=data["external_reference"],
            )
        except (MembershipError, ValidationError) as error:
            form.add_error(None, error if isinstance(error, ValidationError) else str(error))
            self.produced_error_message = "The membership could not be granted."
            return self.form_invalid(form)
        return self.save_action()


class MembershipChangeForm(WagtailAdminModelForm):
    cancel_membership = forms.BooleanField(
        required=False,
        label="Cancel this membership now",
        help_text="The member loses access at once. Leave unticked to extend instead.",
    )


class MembershipEditView(EditView):
    """Extending (new end date) or cancelling a membership."""

    def form_valid(self, form):
        data = form.cleaned_data
        membership = self.model.objects.get(pk=self.object.pk)
        try:
            if data.get("cancel_membership"):
                self.object = membership_cancel(membership=membership, note=data.get("note", ""))
            else:
                self.object = membership_extend(
                    membership=membership, ends_on=data["ends_on"], note=data.get("note", "")
                )
        except (MembershipError, ValidationError) as error:
            form.add_error(None, error if isinstance(error, ValidationError) else str(error))
            self.produced_error_message = "The membership could not be changed."
            return self.form_invalid(form)
        return self.save_action()


def member_import(request):
    """Upload a CSV of members and their challenges; shows a per-row report."""
    if not request.user.has_perm("members.add_membership"):
        raise PermissionDenied
    form = (
        MemberImportForm(request.POST, request.FILES)
        if request.method == "POST"
        else MemberImportForm()
    )
    report = None
    if request.method == "POST" and form.is_valid():
        try:
            report = members_import_csv(
                data=form.cleaned_data["file"].read(),
                plan=form.cleaned_data["plan"],
                create_unknown_terms=form.cleaned_data["create_unknown_terms"],
            )
        except MemberImportError as error:
            form.add_error("file", str(error))
        else:
            level = messages.WARNING if report.errors else messages.SUCCESS
            messages.add_message(
                request,
                level,
                f"Imported {report.rows_ok} row(s); {len(report.errors)} row(s) rejected.",
            )
    return render(
        request,
        "members/admin/import.html",
        {
            "form": form,
            "report": report,
            "page_title": "Import members",
            "header_icon": "upload",
        },
    )
