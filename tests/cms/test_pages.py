import re

import pytest
from django.urls import reverse
from wagtail.models import Page, Site

from cms.models import IndexPage, SiteSettings, StandardPage
from tests.factories import ChallengeFactory

pytestmark = pytest.mark.django_db


def test_home_page_serves_visitors_with_join_and_login(client):
    response = client.get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert reverse("account_login") in body
    assert reverse("plans") in body
    assert reverse("directory") not in body


def test_navigation_shows_member_features_when_logged_in(alice_client):
    body = alice_client.get("/").content.decode()
    assert reverse("directory") in body
    assert reverse("challenge_index") in body
    assert "Log out" in body


def test_dashboard_lists_my_challenges_and_completeness(alice_client, alice):
    ChallengeFactory(author=alice, title="Volunteers quit after their first month")
    response = alice_client.get(reverse("dashboard"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Volunteers quit after their first month" in body
    assert f"{alice.profile.completeness}%" in body


def test_dashboard_empty_state_tells_what_to_do(alice_client):
    body = alice_client.get(reverse("dashboard")).content.decode()
    assert 'data-testid="no-challenges"' in body
    assert reverse("challenge_new") in body


def test_dashboard_refuses_lapsed_member_with_renewal_page(client, lapsed):
    client.force_login(lapsed)
    response = client.get(reverse("dashboard"))
    assert response.status_code == 403
    body = response.content.decode()
    assert "lapsed" in body
    assert "How to renew" in body


def test_dashboard_sends_visitor_to_login(client):
    response = client.get(reverse("dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_dashboard_query_count_does_not_grow_with_challenges(alice_client, alice, queries_for):
    for _ in range(3):
        ChallengeFactory(author=alice)
        ChallengeFactory()
    few = queries_for(alice_client, reverse("dashboard"))
    for _ in range(20):
        ChallengeFactory(author=alice)
        ChallengeFactory()
    assert queries_for(alice_client, reverse("dashboard")) == few


# Terms and privacy


def legal_links(html: str) -> dict[str, str]:
    """The footer's legal links, by text."""
    footer = html[html.index('data-testid="legal-links"') :]
    footer = footer[: footer.index("</nav>")]
    return dict((text, href) for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', footer))


def test_legal_pages_exist_after_migrate_with_placeholder_text(client):
    site_settings = SiteSettings.load()
    pages = {"terms": site_settings.terms_page, "privacy": site_settings.privacy_page}

    for slug, page in pages.items():
        assert isinstance(page.specific, StandardPage)
        assert (page.slug, page.live, page.show_in_menus) == (slug, True, False)
        response = client.get(page.url)
        assert response.status_code == 200
        assert "Staff must replace it" in response.content.decode()
    # the hand-built tree is one Wagtail can work with
    assert not any(Page.find_problems())
    home = Site.objects.get(is_default_site=True).root_page
    assert set(pages.values()) <= set(home.get_children())


def test_staff_find_and_open_the_legal_pages_in_the_admin(staff_client):
    terms = SiteSettings.load().terms_page

    edit = reverse("wagtailadmin_pages:edit", args=[terms.pk])
    explorer = reverse("wagtailadmin_explore", args=[terms.get_parent().pk])

    assert edit in staff_client.get(explorer).content.decode()
    assert staff_client.get(edit).status_code == 200
    # and which pages the footer links to is a setting they can change
    site_settings = staff_client.get(
        reverse("wagtailsettings:edit", args=["cms", "sitesettings"]), follow=True
    )
    assert site_settings.status_code == 200
    assert 'name="terms_page"' in site_settings.content.decode()
    assert 'name="privacy_page"' in site_settings.content.decode()


@pytest.mark.parametrize("who", ["visitor", "member"])
def test_footer_links_to_terms_and_privacy(client, alice, who):
    if who == "member":
        client.force_login(alice)
    url = "/" if who == "visitor" else reverse("dashboard")

    links = legal_links(client.get(url).content.decode())

    assert links == {"Terms of membership": "/terms/", "Privacy policy": "/privacy/"}
    for href in links.values():
        assert client.get(href).status_code == 200


def test_footer_links_follow_legal_pages_that_staff_move_and_rename(client):
    # given staff move the privacy page into a section, renamed, and retitle the terms
    site_settings = SiteSettings.load()
    home = Site.objects.get(is_default_site=True).root_page
    section = home.add_child(instance=IndexPage(title="Legal", slug="legal"))
    privacy = site_settings.privacy_page.specific
    privacy.move(section, pos="last-child")
    privacy = StandardPage.objects.get(pk=privacy.pk)
    privacy.slug = "data-protection"
    privacy.save_revision().publish()
    terms = site_settings.terms_page.specific
    terms.title = "Community rules"
    terms.save_revision().publish()

    # when
    links = legal_links(client.get("/").content.decode())

    # then
    assert links == {"Community rules": "/terms/", "Privacy policy": "/legal/data-protection/"}
    assert "Staff must replace it" in client.get("/legal/data-protection/").content.decode()


def test_footer_leaves_out_an_unpublished_legal_page(client):
    SiteSettings.load().terms_page.specific.unpublish()

    links = legal_links(client.get("/").content.decode())

    assert links == {"Privacy policy": "/privacy/"}


def test_signup_form_says_what_members_agree_to_with_links(client):
    html = client.get(reverse("account_signup")).content.decode()

    assert html.count('data-testid="signup-agreement"') == 1
    assert html.index('data-testid="signup-agreement"') < html.index(
        'type="submit"', html.index("<main")
    )
    agreement = html[html.index('data-testid="signup-agreement"') :]
    agreement = agreement[: agreement.index("</p>")]
    assert re.sub(r"<[^>]+>", "", agreement.split(">", 1)[1]) == (
        "By creating an account you agree to the Terms of membership and the Privacy policy."
    )
    assert 'href="/terms/"' in agreement
    assert 'href="/privacy/"' in agreement
