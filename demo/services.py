"""Loading the demo community into the database, through the same services as
members, staff and the CSV import use."""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from challenges.listeners import challenge_listeners
from challenges.models import Challenge
from challenges.services import challenge_create
from cms.models import HomePage, SiteSettings, StandardPage
from cms.services import legal_pages_ensure
from demo.community import DATA_DIR, DEMO_MEMBER_EMAIL, DemoMember, build_community
from members.listeners import member_listeners
from members.models import Function, Industry, MembershipPlan, User
from members.services import (
    member_create,
    membership_application_submit,
    membership_grant,
    memberships_refresh_status,
    profile_update,
    vocabulary_term_get_or_create,
)

DEMO_PASSWORD = "confer-demo"


@cache
def site_data() -> dict[str, Any]:
    """Plans, pages and the staff account of the demo site (demo/data/site.toml)."""
    with (DATA_DIR / "site.toml").open("rb") as file:
        return tomllib.load(file)


DEMO_STAFF_EMAIL: str = site_data()["staff"]["email"]


@dataclass
class SeedResult:
    created: bool
    members: int
    challenges: int


def _plans() -> dict[str, MembershipPlan]:
    plans = {}
    for spec in site_data()["plans"]:
        plan, _ = MembershipPlan.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                **spec,
                "price": Decimal(spec["price"]),
                "includes": "\n".join(spec["includes"]),
            },
        )
        plans[plan.slug] = plan
    return plans


def _pages() -> None:
    data = site_data()
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if isinstance(home, HomePage) and not home.body:
        home.body = [("paragraph", f"<p>{p}</p>") for p in data["home"]["paragraphs"]]
        home.save_revision().publish()
    for spec in data["pages"]:
        if not StandardPage.objects.filter(slug=spec["slug"]).exists():
            page = StandardPage(
                title=spec["title"],
                slug=spec["slug"],
                intro=spec["intro"],
                show_in_menus=True,
                body=[("paragraph", f"<p>{p}</p>") for p in spec["paragraphs"]],
            )
            home.add_child(instance=page)
            page.save_revision().publish()
    legal_pages_ensure()
    site_settings = SiteSettings.load()
    if not site_settings.contact_email:
        site_settings.contact_email = data["settings"]["contact_email"]
        site_settings.save()


def _membership_dates(index: int, today) -> tuple:
    """A realistic roster from dates alone: most current, every 29th lapsed, every 31st
    in grace (never the demo member, who comes first)."""
    starts_on = today - timedelta(days=30 + (index * 37) % 700)
    ends_on = starts_on + timedelta(days=365)
    if index and index % 29 == 0:
        ends_on = today - timedelta(days=settings.MEMBERSHIP_GRACE_DAYS + 46)
    elif index and index % 31 == 0:
        ends_on = today - timedelta(days=min(5, settings.MEMBERSHIP_GRACE_DAYS - 1))
    elif ends_on < today:
        ends_on = today + timedelta(days=30 + index % 300)
    return starts_on, ends_on


def _member_write(m: DemoMember, index: int, plans, terms, today) -> User:
    user = member_create(email=m.email, first_name=m.first_name, last_name=m.last_name)
    profile_update(
        user=user,
        organisation_name=m.organisation,
        headline=m.headline,
        industry=terms[Industry, m.industry],
        function=terms[Function, m.function],
        seniority=m.seniority,
        bio=m.bio,
        expertise=list(m.expertise),
        goals=m.goals,
        location=m.location,
        timezone=m.timezone,
        open_to_introductions=m.open_to_introductions,
    )
    starts_on, ends_on = _membership_dates(index, today)
    membership_grant(
        user=user, plan=plans[m.plan], starts_on=starts_on, ends_on=ends_on, note="Demo community"
    )
    return user


DEMO_LOGINS = ("everyone", "demo-and-staff", "none")


def _passwords_set(users: list[User], staff: User | None) -> None:
    """The demo password for the accounts ``settings.DEMO_LOGINS`` names: everyone (local
    runs, so both sides of an introduction can be tried), the demo member and a staff
    account this seed created, or none (production). Others keep unusable passwords."""
    if settings.DEMO_LOGINS not in DEMO_LOGINS:
        raise ValueError(f"DEMO_LOGINS must be one of {DEMO_LOGINS}, not {settings.DEMO_LOGINS!r}")
    if settings.DEMO_LOGINS == "none":
        return
    emails = {DEMO_MEMBER_EMAIL} | ({staff.email} if staff else set())
    if settings.DEMO_LOGINS == "everyone":
        emails |= {user.email for user in users}
    # One PBKDF2 hash for every demo account instead of one each (seconds, not minutes).
    User.objects.filter(email__in=emails).update(password=make_password(DEMO_PASSWORD))


@transaction.atomic
def demo_community_seed() -> SeedResult:
    """Load the deterministic demo community once; a second call changes nothing.

    Members, profiles, memberships and challenges are written through the services.
    Matching is not told of each row (that would queue a task per row); run
    ``manage.py embed --stale --refresh-suggestions`` afterwards, as ``make run`` does.
    """
    if User.objects.filter(email=DEMO_MEMBER_EMAIL).exists():
        return SeedResult(created=False, members=0, challenges=0)
    community = build_community()
    plans = _plans()
    terms = {}
    for m in community.members:
        for model, name in ((Industry, m.industry), (Function, m.function)):
            if (model, name) not in terms:
                terms[model, name] = vocabulary_term_get_or_create(model=model, name=name)
    # An existing account of that address is left as it is, password and all.
    staff = None
    if not User.objects.filter(email=DEMO_STAFF_EMAIL).exists():
        spec = site_data()["staff"]
        staff = User.objects.create_superuser(
            email=spec["email"], first_name=spec["first_name"], last_name=spec["last_name"]
        )

    today = timezone.localdate()
    with member_listeners.paused(), challenge_listeners.paused():
        users = {
            m.email: _member_write(m, index, plans, terms, today)
            for index, m in enumerate(community.members)
        }
        # Memberships past their end date move to grace or lapsed, as hourly in real use.
        memberships_refresh_status(today=today)
        challenges = [
            challenge_create(
                author=users[c.author_email],
                title=c.title,
                description=c.description,
                tags=list(c.tags),
                status=c.status,
                visibility=c.visibility,
            )
            for c in community.challenges
        ]
    _passwords_set(list(users.values()), staff)
    # Posting times spread over months, industries interleaved, the same on every run;
    # no service backdates a challenge, so this demo-only touch writes the columns.
    ages = list(range(1, len(challenges) + 1))
    random.Random(7).shuffle(ages)
    now = timezone.now()
    for challenge, age in zip(challenges, ages, strict=True):
        challenge.created_at = challenge.updated_at = now - timedelta(hours=7 * age)
    Challenge.objects.bulk_update(challenges, ["created_at", "updated_at"])
    for spec in site_data()["applicants"]:
        applicant = member_create(
            email=spec["email"], first_name=spec["first_name"], last_name=spec["last_name"]
        )
        membership_application_submit(
            user=applicant,
            plan=plans[spec["plan"]],
            motivation=spec["motivation"],
            organisation_name=spec["organisation"],
        )
    _pages()
    return SeedResult(created=True, members=len(users), challenges=len(challenges))
