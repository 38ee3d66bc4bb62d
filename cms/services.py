"""Writes for the site: the legal pages and the demo community."""

import random
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Site

from challenges.models import Challenge
from challenges.services import tags_normalise
from cms.demo import DEMO_MEMBER_EMAIL, build_community
from cms.models import HomePage, SiteSettings, StandardPage
from members.models import (
    Function,
    Industry,
    Membership,
    MembershipPlan,
    MembershipStatus,
    Organisation,
    Profile,
    User,
)
from members.services import expertise_normalise, vocabulary_term_get_or_create

DEMO_PASSWORD = "confer-demo"
DEMO_STAFF_EMAIL = "staff@confer.example"

DEMO_PLANS = [
    {
        "slug": "standard",
        "name": "Standard",
        "price": Decimal("480.00"),
        "period": "year",
        "description": "For practitioners who want peers, introductions and working groups.",
        "includes": "Peer suggestions and introductions\nWorking groups\nResearch library",
    },
    {
        "slug": "leadership",
        "name": "Leadership Circle",
        "price": Decimal("1200.00"),
        "period": "year",
        "description": "For senior leaders: everything in Standard plus facilitated roundtables.",
        "includes": "Everything in Standard\nFacilitated roundtables\nCo-author research reports",
    },
    {
        "slug": "monthly",
        "name": "Monthly",
        "price": Decimal("45.00"),
        "period": "month",
        "description": "Try the community month by month.",
        "includes": "Peer suggestions and introductions\nResearch library",
    },
]

DEMO_PAGES = [
    (
        "How it works",
        "how-it-works",
        "Say what you are stuck on; we find the members who share the problem in other "
        "industries and introduce you.",
        [
            "Members describe their challenges in their own words.",
            "Confer matches challenges by meaning, across industries and functions, and proposes "
            "introductions that both sides accept before anyone shares contact details.",
            "Staff turn clusters of shared challenges into working groups and roundtables, "
            "and what is learned becomes co-authored research.",
        ],
    ),
    (
        "About",
        "about",
        "A community of purpose for people who solve problems together.",
        ["Confer is run by its members and a small staff team."],
    ),
]


LEGAL_PLACEHOLDER = (
    "Placeholder: this page was created automatically so that the footer and the "
    "sign-up form have something to link to. It is not a legal text. Staff must "
    "replace it, with advice from whoever handles the community's legal matters, "
    "before members are asked to agree to it (Admin, Pages)."
)

# (SiteSettings field, title, slug, intro, what such a page usually covers); migration
# cms/0005 holds a frozen copy for databases created before this service existed.
LEGAL_PAGES = [
    (
        "terms_page",
        "Terms of membership",
        "terms",
        "The rules members agree to when they create an account.",
        "Terms usually say who may join and how membership is paid for, renewed and "
        "cancelled; how members treat each other and the introductions they receive; "
        "what members may post and what staff may remove; liability; how the terms "
        "change; and how to reach the team.",
    ),
    (
        "privacy_page",
        "Privacy policy",
        "privacy",
        "What the community stores about members, who sees it, and members' rights.",
        "A privacy policy usually says what is stored about members (account and "
        "profile details, challenges, introductions and notifications), what other "
        "members and staff can see, which services process it (hosting, e-mail, "
        "payments), how long it is kept, and how members can see, correct, export or "
        "delete their data and whom to contact.",
    ),
]


@transaction.atomic
def legal_pages_ensure() -> list[Page]:
    """Give the site its terms and privacy pages, with placeholder text for staff to
    replace, and link them from SiteSettings; pages already linked are left alone.

    A page with the expected slug under the home page is linked rather than
    duplicated, so calling this again changes nothing. Returns the pages created.
    """
    site_settings = SiteSettings.load()
    home = Site.objects.get(is_default_site=True).root_page
    created: list[Page] = []
    for field, title, slug, intro, outline in LEGAL_PAGES:
        if getattr(site_settings, f"{field}_id"):
            continue
        page = home.get_children().filter(slug=slug).first()
        if page is None:
            page = StandardPage(
                title=title,
                slug=slug,
                intro=intro,
                body=[
                    ("paragraph", f"<p>{LEGAL_PLACEHOLDER}</p>"),
                    ("paragraph", f"<p>{outline}</p>"),
                ],
            )
            home.add_child(instance=page)
            page.save_revision().publish()
            created.append(page)
        setattr(site_settings, field, page)
    site_settings.save()
    return created


@dataclass
class SeedResult:
    created: bool
    members: int
    challenges: int


def _plans() -> dict[str, MembershipPlan]:
    plans = {}
    for spec in DEMO_PLANS:
        plan, _ = MembershipPlan.objects.get_or_create(slug=spec["slug"], defaults=spec)
        plans[plan.slug] = plan
    return plans


def _pages() -> None:
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if isinstance(home, HomePage) and not home.body:
        home.body = [
            (
                "paragraph",
                "<p>Members of this community work in many industries, "
                "and the problems they are stuck on are often the same. Confer finds "
                "those shared problems and introduces the people behind them.</p>",
            )
        ]
        home.save_revision().publish()
    for title, slug, intro, paragraphs in DEMO_PAGES:
        if not StandardPage.objects.filter(slug=slug).exists():
            page = StandardPage(
                title=title,
                slug=slug,
                intro=intro,
                show_in_menus=True,
                body=[("paragraph", f"<p>{p}</p>") for p in paragraphs],
            )
            home.add_child(instance=page)
            page.save_revision().publish()
    legal_pages_ensure()
    settings = SiteSettings.load()
    if not settings.contact_email:
        settings.contact_email = "team@confer.example"
        settings.save()


@transaction.atomic
def demo_community_seed() -> SeedResult:
    """Load the deterministic demo community once; a second call changes nothing."""
    if User.objects.filter(email=DEMO_MEMBER_EMAIL).exists():
        return SeedResult(created=False, members=0, challenges=0)
    community = build_community()
    plans = _plans()
    industries = {}
    functions = {}
    for m in community.members:
        if m.industry not in industries:
            industries[m.industry] = vocabulary_term_get_or_create(model=Industry, name=m.industry)
        if m.function not in functions:
            functions[m.function] = vocabulary_term_get_or_create(model=Function, name=m.function)
    organisations = {}
    for m in community.members:
        if m.organisation not in organisations:
            organisations[m.organisation], _ = Organisation.objects.get_or_create(
                name=m.organisation, defaults={"industry": industries[m.industry]}
            )

    if not User.objects.filter(email=DEMO_STAFF_EMAIL).exists():
        User.objects.create_superuser(
            email=DEMO_STAFF_EMAIL, password=DEMO_PASSWORD, first_name="Sam", last_name="Staff"
        )

    today = timezone.localdate()
    users = {}
    for m in community.members:
        user = User(email=m.email, first_name=m.first_name, last_name=m.last_name)
        if m.email == DEMO_MEMBER_EMAIL:
            user.set_password(DEMO_PASSWORD)
        else:
            user.set_unusable_password()
        users[m.email] = user
    User.objects.bulk_create(users.values())
    Profile.objects.bulk_create(
        [
            Profile(
                user=users[m.email],
                headline=m.headline,
                organisation=organisations[m.organisation],
                industry=industries[m.industry],
                function=functions[m.function],
                seniority=m.seniority,
                bio=m.bio,
                expertise=expertise_normalise(list(m.expertise)),
                goals=m.goals,
                location=m.location,
                timezone=m.timezone,
                open_to_introductions=m.open_to_introductions,
            )
            for m in community.members
        ]
    )
    memberships = []
    for index, m in enumerate(community.members):
        # A realistic roster: most current, a few in grace or lapsed (never the demo member).
        starts_on = today - timedelta(days=30 + (index * 37) % 700)
        ends_on = starts_on + timedelta(days=365)
        status = MembershipStatus.ACTIVE
        if index and index % 29 == 0:
            ends_on, status = today - timedelta(days=60), MembershipStatus.LAPSED
        elif index and index % 31 == 0:
            ends_on, status = today - timedelta(days=5), MembershipStatus.GRACE
        elif ends_on < today:
            ends_on = today + timedelta(days=30 + index % 300)
        memberships.append(
            Membership(
                user=users[m.email],
                plan=plans[m.plan],
                status=status,
                starts_on=starts_on,
                ends_on=ends_on,
                note="Demo community",
            )
        )
    Membership.objects.bulk_create(memberships)
    now = timezone.now()
    # Spread posting times over months, industries interleaved, the same on every run.
    ages = list(range(1, len(community.challenges) + 1))
    random.Random(7).shuffle(ages)
    posted = [now - timedelta(hours=7 * age) for age in ages]
    challenges = Challenge.objects.bulk_create(
        [
            Challenge(
                author=users[c.author_email],
                title=c.title,
                description=c.description,
                tags=tags_normalise(list(c.tags)),
                status=c.status,
                visibility=c.visibility,
            )
            for c in community.challenges
        ]
    )
    # auto_now_add stamps every row "now" on insert; give them their posting times.
    for challenge, when in zip(challenges, posted, strict=True):
        challenge.created_at = challenge.updated_at = when
    Challenge.objects.bulk_update(challenges, ["created_at", "updated_at"])
    _pages()
    return SeedResult(created=True, members=len(users), challenges=len(challenges))
