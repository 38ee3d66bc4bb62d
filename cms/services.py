"""Writes for the site: the pages every community needs."""

from django.db import transaction
from wagtail.models import Page, Site

from cms.models import SiteSettings, StandardPage

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
