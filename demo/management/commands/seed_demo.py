from django.conf import settings
from django.core.management.base import BaseCommand

from demo.community import DEMO_MEMBER_EMAIL
from demo.services import DEMO_PASSWORD, DEMO_STAFF_EMAIL, demo_community_seed


class Command(BaseCommand):
    help = "Load the demo community (members, memberships, challenges, pages) once."

    def handle(self, *args, **options):
        result = demo_community_seed()
        if result.created:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo community loaded: {result.members} members, "
                    f"{result.challenges} challenges."
                )
            )
        else:
            self.stdout.write("Demo community already loaded; nothing changed.")
        if settings.DEMO_LOGINS == "none":
            self.stdout.write("  demo accounts have no password (DEMO_LOGINS=none)")
            return
        self.stdout.write(f"  member login: {DEMO_MEMBER_EMAIL} / {DEMO_PASSWORD}")
        self.stdout.write(f"  staff login:  {DEMO_STAFF_EMAIL} / {DEMO_PASSWORD}")
        if settings.DEMO_LOGINS == "everyone":
            self.stdout.write(f"  every other demo member logs in with {DEMO_PASSWORD} too")
