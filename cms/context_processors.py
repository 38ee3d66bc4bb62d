from wagtail.models import Site

from members.access import request_has_member_access


def navigation(request):
    """Menu pages of the current site, and whether the visitor may use member features."""
    site = Site.find_for_request(request)
    menu = []
    if site is not None:
        menu = list(site.root_page.get_children().live().in_menu().public())
    return {"menu_pages": menu, "is_member": request_has_member_access(request)}
