"""Staff screens for challenges and the member import, through the services."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from wagtail.admin.views.generic import DeleteView

from challenges.forms import MemberImportForm
from challenges.services import (
    IMPORT_COLUMNS,
    OPTIONAL_COLUMNS,
    MemberImportError,
    challenge_create,
    challenge_delete,
    challenge_update,
    members_import_csv,
)
from core.admin_views import MemberSearchIndexView, ServiceCreateView, ServiceEditView
from members.models import Seniority


class ChallengeIndexView(MemberSearchIndexView):
    select_related = ("author",)
    member_paths = ("author",)


class ChallengeCreateView(ServiceCreateView):
    """Staff post a challenge on a member's behalf."""

    def call_service(self, form):
        return challenge_create(**form.cleaned_data)


class ChallengeDeleteView(DeleteView):
    """Staff remove a challenge through the same service as its author (row lock,
    matching told), not a bare ``delete()``."""

    def delete_action(self):
        challenge_delete(challenge=self.object, user=self.request.user)


class ChallengeEditView(ServiceEditView):
    """Staff moderate a challenge (the author stays the same)."""

    def call_service(self, form):
        return challenge_update(
            challenge=self.saved_object(), user=self.request.user, **form.cleaned_data
        )


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
            messages.add_message(request, level, report.summary)
    return render(
        request,
        "challenges/admin/import.html",
        {
            "form": form,
            "report": report,
            "columns": IMPORT_COLUMNS,
            "optional_columns": OPTIONAL_COLUMNS,
            "seniority_levels": Seniority.values,
            "page_title": "Import members",
            "header_icon": "upload",
        },
    )
