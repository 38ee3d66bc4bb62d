from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from challenges.services import MemberImportError, members_import_csv
from members.models import MembershipPlan
from members.services import member_invitations_send


class Command(BaseCommand):
    help = "Import members and their challenges from a UTF-8 CSV file (see the README)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--plan", required=True, help="Slug of the plan imported members get.")
        parser.add_argument(
            "--create-unknown",
            action="store_true",
            help="Create unknown industries and functions instead of rejecting rows.",
        )
        parser.add_argument(
            "--send-invitations",
            action="store_true",
            help="E-mail imported members who have no password and were never invited a link "
            "to set their password, complete their profile and opt in to introductions.",
        )

    def handle(
        self,
        *args,
        file: Path,
        plan: str,
        create_unknown: bool,
        send_invitations: bool,
        **options,
    ):
        try:
            plan_obj = MembershipPlan.objects.get(slug=plan)
        except MembershipPlan.DoesNotExist:
            slugs = ", ".join(MembershipPlan.objects.values_list("slug", flat=True)) or "none yet"
            raise CommandError(f'No plan "{plan}". Plans: {slugs}.') from None
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from None
        try:
            report = members_import_csv(
                data=data, plan=plan_obj, create_unknown_terms=create_unknown
            )
        except MemberImportError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(report.summary)
        if report.consent_summary:
            self.stdout.write(report.consent_summary)
        for line, reason in report.warnings:
            self.stderr.write(f"line {line}: warning: {reason}")
        for line, reason in report.errors:
            self.stderr.write(f"line {line}: {reason}")
        if report.errors:
            self.stderr.write(self.style.WARNING(f"{len(report.errors)} row(s) rejected."))
        if send_invitations:
            invitations = member_invitations_send(user_ids=report.user_ids, sent_by=None)
            self.stdout.write(invitations.summary)
            for user in invitations.failed:
                self.stderr.write(f"invitation not sent: {user.email}")
