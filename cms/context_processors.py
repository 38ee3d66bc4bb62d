from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from cms.models import SiteSettings
from cms.selectors import legal_pages
from matching.selectors import notifications_unread_count
from members.access import request_has_member_access


def navigation(request):
    """Menu pages of the current site, the legal pages for the footer and the sign-up
    form, and whether the visitor may use member features."""
    site = Site.find_for_request(request)
    menu = []
    if site is not None:
        menu = list(site.root_page.get_children().live().in_menu().public())
    user = getattr(request, "user", None)
    unread = (
        notifications_unread_count(user=user) if user is not None and user.is_authenticated else 0
    )
    return {
        "menu_pages": menu,
        "is_member": request_has_member_access(request),
        "unread_notifications": unread,
        # Lazy: admin screens render with this context too but show no footer.
        "legal_pages": SimpleLazyObject(
            lambda: legal_pages(site_settings=SiteSettings.load(request_or_site=request))
        ),
    }
