"""Reads for the site's own pages."""

from dataclasses import dataclass

from wagtail.models import Page

from cms.models import SiteSettings


@dataclass(frozen=True)
class LegalPages:
    terms: Page | None
    privacy: Page | None


def legal_pages(*, site_settings: SiteSettings) -> LegalPages:
    """The live terms and privacy pages that staff linked in the site settings, in one
    query wherever staff moved them; a page that is missing or unpublished is None."""
    ids = [site_settings.terms_page_id, site_settings.privacy_page_id]
    pages = Page.objects.live().in_bulk([pk for pk in ids if pk])
    return LegalPages(
        terms=pages.get(site_settings.terms_page_id),
        privacy=pages.get(site_settings.privacy_page_id),
    )
