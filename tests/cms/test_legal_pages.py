import pytest
from wagtail.models import Page

from cms.models import SiteSettings, StandardPage
from cms.services import legal_pages_ensure

pytestmark = pytest.mark.django_db


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
