"""A member with realistic, awkward data for the member-pages layout test: a very long
name and e-mail, a long unbroken word in a challenge title, long URLs and organisation
names, suggestions, introductions in every state, notifications and an API token.

``python -m tests.browser.member_pages_data`` adds this data to the (migrated) database
of the test's server and prints what the test needs as JSON.
"""

import json
from datetime import timedelta

from django.utils import timezone

FIRST_NAME = "Maximiliana-Josefina"
LAST_NAME = "Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh"
EMAIL = "maximiliana-josefina.wolfeschlegelsteinhausenbergerdorff@krankenhausverwaltung.example"
PASSWORD = "correct-horse-battery"  # tests.factories.PASSWORD
LONG_WORD = "Arbeitszeiterfassungsverordnungsumsetzungsleitfaden"
TITLE = f"Rolling out the {LONG_WORD} without losing our volunteers"
SEARCH = "volunteers"


def hashing_backend(**settings):
    """The embedding backend of the test server: layout does not care what vectors mean."""
    from tests.matching.conftest import HashingBackend

    return HashingBackend()


def build() -> dict[str, int | str]:
    from allauth.account.models import EmailAddress
    from rest_framework.authtoken.models import Token
    from wagtail.models import Site

    from challenges.models import Challenge
    from cms.models import StandardPage
    from matching.services.introductions import introduction_request, introduction_respond
    from members.models import Function, Industry, Membership
    from tests import factories

    def term(model, name):
        return model.objects.get(name=name)

    organisation = factories.OrganisationFactory(
        name="Internationale Arbeitsgemeinschaft für Krankenhausverwaltungsinformatik e.V.",
        industry=term(Industry, "Healthcare"),
    )
    me = factories.member(
        user__first_name=FIRST_NAME,
        user__last_name=LAST_NAME,
        user__email=EMAIL,
        organisation=organisation,
        function=term(Function, "Human Resources"),
        timezone="Europe/Berlin",
        headline="Leiterin Personalplanung und Dienstplangestaltung, Universitätsklinikum",
        bio=(
            "I run rostering for 2,300 nurses across four hospitals. Our handbook lives at "
            "https://intranet.krankenhausverwaltung.example/personalplanung/dienstplanung/"
            "leitfaeden/2026/arbeitszeiterfassung-umsetzung-final-v7.pdf and nobody reads it."
        ),
        expertise=["Dienstplangestaltung", "shift planning", LONG_WORD],
        goals="Find peers outside healthcare who made a new time-recording law stick.",
        location="Frankfurt am Main",
    )
    EmailAddress.objects.create(user=me, email=EMAIL, verified=True, primary=True)
    plan = factories.PlanFactory(name="Leadership Circle", slug="leadership")
    Membership.objects.filter(user=me).update(plan=plan)
    factories.MembershipFactory(
        user=me,
        plan=factories.PlanFactory(name="Monthly", slug="monthly", period="month"),
        status="lapsed",
        starts_on=timezone.localdate() - timedelta(days=800),
        ends_on=timezone.localdate() - timedelta(days=435),
    )
    mine = factories.ChallengeFactory(
        author=me,
        title=TITLE,
        description=(
            "Volunteers wait weeks for their shifts because every rota change goes through "
            "the new time-recording rules. Details: https://wiki.krankenhausverwaltung.example/"
            "spaces/PERSONAL/pages/884422/Arbeitszeiterfassung+Umsetzung+Freiwillige"
        ),
        tags=["volunteer-retention", "rostering", "arbeitszeiterfassungsverordnung"],
    )
    factories.ChallengeFactory(author=me, title="Keeping volunteers after their first month")

    def peer(name, organisation, industry, function, headline, email=""):
        first, last = name.split(" ", 1)
        return factories.member(
            user__first_name=first,
            user__last_name=last,
            user__email=email or f"{first}.{last}@example.org".lower(),
            organisation=factories.OrganisationFactory(
                name=organisation, industry=term(Industry, industry)
            ),
            function=term(Function, function),
            headline=headline,
        )

    asks_me = peer(
        "Oluwaseun Adebayo-Richardson",
        "Royal Society for the Protection of Volunteer Coordinators",
        "Nonprofit & Charities",
        "Operations",
        "Head of Volunteer Experience",
    )
    i_asked = peer(
        "Kavya Reddy",
        "Lakeside Logistics",
        "Logistics & Supply Chain",
        "Operations",
        "Operations Director",
    )
    connected = peer(
        "Bartholomew Featherstonehaugh-Cholmondeley",
        "Featherstonehaugh-Cholmondeley Associates",
        "Professional Services",
        "Executive Leadership",
        "Managing Partner",
        email="bartholomew.featherstonehaughcholmondeley@featherstonehaughcholmondeley.example",
    )
    for other in (asks_me, i_asked, connected):
        factories.ChallengeFactory(author=other, title="Our volunteers leave after onboarding")
        factories.suggestion(me, other)
    introduction_request(
        requester=asks_me, peer=me, note=f"We went through the same {LONG_WORD} pain."
    )
    introduction_request(requester=me, peer=i_asked)
    introduction_respond(
        introduction=introduction_request(requester=connected, peer=me),
        member=me,
        accept=True,
        note="Gladly; write to me at any time.",
    )
    # A page of other members' challenges, so the list and the dashboard are full.
    for n in range(6):
        factories.ChallengeFactory(title=f"Volunteers drop out of our rota in week {n + 2}")
    Token.objects.create(user=me)
    home = Site.objects.get(is_default_site=True).root_page
    for title in ("How it works", "About"):
        menu_page = StandardPage(title=title, show_in_menus=True)
        home.add_child(instance=menu_page)
        menu_page.save_revision().publish()
    return {
        "email": EMAIL,
        "password": PASSWORD,
        "challenge": mine.pk,
        "profile": me.profile.pk,
        "challenges": Challenge.objects.count(),
        "name": f"{FIRST_NAME} {LAST_NAME}",
    }


if __name__ == "__main__":
    import django

    django.setup()
    print(json.dumps(build()))
