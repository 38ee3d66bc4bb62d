from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

BODY_BLOCKS = [
    ("heading", blocks.CharBlock(form_classname="title", icon="title")),
    ("paragraph", blocks.RichTextBlock()),
    ("quote", blocks.BlockQuoteBlock()),
]


class HomePage(Page):
    intro = models.CharField(max_length=300, blank=True)
    body = StreamField(BODY_BLOCKS, blank=True)
    call_to_action = models.CharField(max_length=80, default="Join the community")

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("call_to_action"),
    ]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]


class StandardPage(Page):
    intro = models.CharField(max_length=300, blank=True)
    body = StreamField(BODY_BLOCKS, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]


class IndexPage(Page):
    """A section page that lists its child pages."""

    intro = RichTextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["cms.StandardPage", "cms.IndexPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().live().public().specific()
        return context


@register_setting(icon="site")
class SiteSettings(BaseGenericSetting):
    community_name = models.CharField(max_length=100, default="Confer")
    tagline = models.CharField(
        max_length=200, blank=True, default="Find the peers who share your problem."
    )
    contact_email = models.EmailField(blank=True)
    # Links, not slugs: the footer and the sign-up form keep working when staff
    # rename or move these pages.
    terms_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Linked from the footer of every page and from the sign-up form.",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Linked from the footer of every page and from the sign-up form.",
    )

    panels = [
        FieldPanel("community_name"),
        FieldPanel("tagline"),
        FieldPanel("contact_email"),
        FieldPanel("terms_page"),
        FieldPanel("privacy_page"),
    ]
