from django.core.management.base import BaseCommand
from tqdm import tqdm

from matching.selectors import members_matchable
from matching.services.suggestions import suggestions_refresh_all


class Command(BaseCommand):
    help = "Recompute every member's peer suggestions (they also refresh on their own)."

    def handle(self, *args, **options):
        with tqdm(
            total=members_matchable().count(),
            desc="members",
            unit="member",
            file=self.stderr,
            disable=options["verbosity"] == 0,
        ) as bar:
            count = suggestions_refresh_all(progress=bar.update)
        self.stdout.write(self.style.SUCCESS(f"Suggestions refreshed for {count} members."))
