import json as _json

from django.core.management.base import BaseCommand, CommandError

from matching.explanations import suggestion_explanation
from matching.selectors import suggestions_for_member
from members.models import User


class Command(BaseCommand):
    help = "Print a member's current suggestions with their explanations."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--json", action="store_true", help="Machine-readable output.")

    def handle(self, *args, email: str, json: bool, **options):
        member = User.objects.filter(email__iexact=email.strip()).first()
        if member is None:
            raise CommandError(f"No member with e-mail {email}.")
        explained = [suggestion_explanation(s) for s in suggestions_for_member(member=member)]
        if json:
            self.stdout.write(_json.dumps(explained, indent=2, ensure_ascii=False))
            return
        if not explained:
            self.stdout.write(f"No suggestions for {member.email} (yet).")
            return
        for e in explained:
            self.stdout.write(
                f"{e['rank']:>2}. {e['peer']['name']} ({e['peer']['organisation']}; "
                f"{e['peer']['industry']}, {e['peer']['function']}) "
                f"score {e['score']:.3f}, similarity {e['similarity']:.3f}, {e['kind_label']}, "
                f"{e['strength_label'].lower()}"
            )
            self.stdout.write(f"    yours:  {e['member_text']}")
            self.stdout.write(f"    theirs: {e['peer_text']}")
            if e["shared_terms"]:
                self.stdout.write(f"    shared terms: {', '.join(e['shared_terms'])}")
