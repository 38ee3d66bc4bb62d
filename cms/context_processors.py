from wagtail.models import Site

from members.access import is_member_in_good_standing


def navigation(request):
    """Menu pages of the current site, and whether the visitor may use member features."""
    site = Site.find_for_request(request)
    menu = []
    if site is not None:
        menu = list(site.root_page.get_children().live().in_menu().public())
    user = getattr(request, "user", None)
    return {
        "menu_pages": menu,
        "is_member": bool(user and is_member_in_good_standing(user)),
    }
