import pytest
from django.core.management import call_command
from wagtail.models import Page

from challenges.models import Challenge
from cms.demo import DEMO_MEMBER_EMAIL
from cms.models import SiteSettings, StandardPage
from cms.services import DEMO_STAFF_EMAIL, legal_pages_ensure
from members.access import is_member_in_good_standing
from members.models import Membership, Profile, User

pytestmark = pytest.mark.django_db


def test_seed_demo_loads_the_community_once(client):
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


def test_users_admin_works_with_email_login(client, staff, alice):
    client.force_login(staff)
    response = client.get("/admin/users/", {"q": alice.email})
    assert response.status_code == 200
    assert alice.email in response.content.decode()


def test_seed_demo_keeps_one_terms_and_one_privacy_page():
    call_command("seed_demo")
    call_command("seed_demo")

    site_settings = SiteSettings.load()
    assert StandardPage.objects.filter(slug="terms").get() == site_settings.terms_page.specific
    assert StandardPage.objects.filter(slug="privacy").get() == site_settings.privacy_page.specific


def test_legal_pages_ensure_recreates_deleted_pages_once():
    # given staff deleted both pages (the links are cleared with them)
    site_settings = SiteSettings.load()
    site_settings.terms_page.delete()
    site_settings.privacy_page.delete()
    assert SiteSettings.load().terms_page is None

    # when
    created = legal_pages_ensure()
    again = legal_pages_ensure()

    # then
    assert [page.slug for page in created] == ["terms", "privacy"]
    assert again == []
    site_settings = SiteSettings.load()
    assert site_settings.terms_page.live and site_settings.privacy_page.live
    assert StandardPage.objects.filter(slug__in=["terms", "privacy"]).count() == 2
    assert not any(Page.find_problems())


def test_legal_pages_ensure_links_an_existing_page_instead_of_adding_another():
    # given the link was cleared but the page is still there
    site_settings = SiteSettings.load()
    privacy = site_settings.privacy_page
    site_settings.privacy_page = None
    site_settings.save()

    # when
    created = legal_pages_ensure()

    # then
    assert created == []
    assert SiteSettings.load().privacy_page == privacy
    assert StandardPage.objects.filter(slug="privacy").count() == 1
