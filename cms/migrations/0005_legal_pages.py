"""Placeholder terms and privacy pages under the home page, linked from SiteSettings.

The text is a frozen copy of ``cms.services.LEGAL_PAGES``: this migration works on
historical models (a page tree built by hand, as in 0002) so that it still runs on a
fresh database after later migrations change Page or StandardPage.
"""

import json
import uuid

from django.db import migrations
from django.utils import timezone

PLACEHOLDER = (
    "Placeholder: this page was created automatically so that the footer and the "
    "sign-up form have something to link to. It is not a legal text. Staff must "
    "replace it, with advice from whoever handles the community's legal matters, "
    "before members are asked to agree to it (Admin, Pages)."
)

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

STEPLEN = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _step(number):
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEPLEN, "0")


def create_legal_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    StandardPage = apps.get_model("cms", "StandardPage")
    SiteSettings = apps.get_model("cms", "SiteSettings")

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return
    home = site.root_page
    site_settings, _ = SiteSettings.objects.get_or_create(id=1)
    content_type, _ = ContentType.objects.get_or_create(app_label="cms", model="standardpage")
    now = timezone.now()
    for field, title, slug, intro, outline in LEGAL_PAGES:
        if getattr(site_settings, f"{field}_id"):
            continue
        children = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1)
        page = children.filter(slug=slug).first()
        if page is None:
            last = children.order_by("-path").first()
            number = int(last.path[-STEPLEN:], len(ALPHABET)) + 1 if last else 1
            body = [
                {"type": "paragraph", "value": f"<p>{PLACEHOLDER}</p>", "id": str(uuid.uuid4())},
                {"type": "paragraph", "value": f"<p>{outline}</p>", "id": str(uuid.uuid4())},
            ]
            page = StandardPage.objects.create(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=home.path + _step(number),
                depth=home.depth + 1,
                numchild=0,
                url_path=f"{home.url_path}{slug}/",
                locale_id=home.locale_id,
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                show_in_menus=False,
                intro=intro,
                body=json.dumps(body),
            )
            Page.objects.filter(pk=home.pk).update(numchild=children.count())
        setattr(site_settings, f"{field}_id", page.pk)
        site_settings.save()


class Migration(migrations.Migration):
    dependencies = [("cms", "0004_site_settings_legal_pages")]
    operations = [migrations.RunPython(create_legal_pages, migrations.RunPython.noop)]
