import os
import subprocess
import sys

import pytest
from django.core.management import call_command

from challenges.models import Challenge
from cms.models import SiteSettings, StandardPage
from demo.community import DEMO_MEMBER_EMAIL
from demo.services import DEMO_STAFF_EMAIL
from members.access import is_member_in_good_standing
from members.models import Membership, MembershipApplication, Profile, User

pytestmark = pytest.mark.django_db


def test_seed_demo_loads_the_community_once_as_described(client, settings):
    # One seed (twice over) for every promise of the default demo: seeding takes
    # seconds, and each of these reads the same community.
    settings.DEMO_LOGINS = "demo-and-staff"
    call_command("seed_demo")
    counts = (User.objects.count(), Challenge.objects.count(), Membership.objects.count())
    call_command("seed_demo")
    assert (User.objects.count(), Challenge.objects.count(), Membership.objects.count()) == counts

    profiles = Profile.objects.all()
    assert profiles.count() >= 200
    assert profiles.values("industry").distinct().count() >= 12
    assert profiles.values("function").distinct().count() >= 8
    assert Challenge.objects.count() >= 400
    newest, oldest = (
        Challenge.objects.latest("created_at").created_at,
        Challenge.objects.earliest("created_at").created_at,
    )
    assert (newest - oldest).days > 30  # posting times spread out, not all "just now"

    demo = User.objects.get(email=DEMO_MEMBER_EMAIL)
    assert is_member_in_good_standing(demo)
    assert demo.challenges.count() == 3
    assert User.objects.get(email=DEMO_STAFF_EMAIL).is_superuser
    assert client.login(email=DEMO_MEMBER_EMAIL, password="confer-demo")
    assert "How it works" in client.get("/").content.decode()

    # By default only the demo member and staff have the demo password.
    other = Profile.objects.exclude(user__email=DEMO_MEMBER_EMAIL).select_related("user").first()
    assert not other.user.has_usable_password()
    assert client.login(email=DEMO_STAFF_EMAIL, password="confer-demo")

    # Members in grace and lapsed too, and no challenge copied from another.
    statuses = set(Membership.objects.values_list("status", flat=True))
    assert {"active", "grace", "lapsed"} <= statuses
    titles = list(Challenge.objects.values_list("title", flat=True))
    descriptions = list(Challenge.objects.values_list("description", flat=True))
    assert len(set(titles)) == len(titles)
    assert len(set(descriptions)) == len(descriptions)

    # Applications waiting for staff, their applicants without a membership.
    waiting = MembershipApplication.objects.filter(status="pending")
    assert waiting.count() == 3
    assert not Membership.objects.filter(user__in=waiting.values("applicant")).exists()

    # One terms page and one privacy page, linked from the site settings.
    site_settings = SiteSettings.load()
    assert StandardPage.objects.filter(slug="terms").get() == site_settings.terms_page.specific
    assert StandardPage.objects.filter(slug="privacy").get() == site_settings.privacy_page.specific


def test_users_admin_works_with_email_login(client, staff, alice):
    client.force_login(staff)
    response = client.get("/admin/users/", {"q": alice.email})
    assert response.status_code == 200
    assert alice.email in response.content.decode()


def test_seed_demo_every_member_logs_in_where_settings_allow(client, settings):
    settings.DEMO_LOGINS = "everyone"
    call_command("seed_demo")
    other = Profile.objects.exclude(user__email=DEMO_MEMBER_EMAIL).select_related("user").first()
    assert client.login(email=other.user.email, password="confer-demo")


def test_production_settings_never_give_demo_members_the_password():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "confer.example.org",
        "DATABASE_URL": "postgres://confer:confer@db.invalid:5432/confer",
        "REDIS_URL": "redis://redis.invalid:6379/0",
        "DEMO_LOGINS": "everyone",
    }
    code = "import django; django.setup(); from django.conf import settings as s; "
    code += "print(s.DEMO_LOGINS)"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "none", result.stderr


def test_seed_demo_with_production_logins_leaves_no_usable_password(settings):
    settings.DEMO_LOGINS = "none"
    call_command("seed_demo")
    assert (
        not User.objects.filter(email__endswith=".example")
        .exclude(password__startswith="!")
        .exists()
    )
    assert User.objects.filter(email=DEMO_STAFF_EMAIL).get().is_superuser


def test_seed_demo_never_changes_an_existing_staff_accounts_password(settings):
    from tests import factories

    existing = factories.UserFactory(email=DEMO_STAFF_EMAIL, is_staff=True)
    existing.set_password("their-own-secret")
    existing.save()
    call_command("seed_demo")
    existing.refresh_from_db()
    assert existing.check_password("their-own-secret")
