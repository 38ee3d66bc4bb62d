"""Staff screens for challenges and the member import, through the services."""

from django.conf import settings
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
from members.services import INVITE_PERMISSION, member_invitations_send


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
    """Upload a CSV of members and their challenges; shows a per-row report, and sends
    the new members their invitations if staff ask (and may)."""
    if not request.user.has_perm("members.add_membership"):
        raise PermissionDenied
    may_invite = request.user.has_perm(INVITE_PERMISSION)
    form = (
        MemberImportForm(request.POST, request.FILES, may_invite=may_invite)
        if request.method == "POST"
        else MemberImportForm(may_invite=may_invite)
    )
    report = invitations = None
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
            level = messages.WARNING if report.errors or report.warnings else messages.SUCCESS
            messages.add_message(request, level, report.summary)
            if form.cleaned_data.get("send_invitations"):
                invitations = member_invitations_send(
                    user_ids=report.user_ids, sent_by=request.user
                )
                level = messages.WARNING if invitations.failed else messages.SUCCESS
                messages.add_message(request, level, invitations.summary)
    return render(
        request,
        "challenges/admin/import.html",
        {
            "form": form,
            "report": report,
            "invitations": invitations,
            "columns": IMPORT_COLUMNS,
            "optional_columns": OPTIONAL_COLUMNS,
            "seniority_levels": Seniority.values,
            "invitation_valid_days": settings.INVITATION_VALID_DAYS,
            "page_title": "Import members",
            "header_icon": "upload",
        },
    )
