import pytest
from django.conf import settings
from django.urls import reverse

from challenges.models import Challenge
from tests import factories
from tests.factories import ChallengeFactory

pytestmark = pytest.mark.django_db


def _cards(response) -> int:
    return response.content.decode().count('data-testid="challenge-card"')


def _form_data(**overrides):
    data = {
        "title": "Volunteers drift away after onboarding",
        "description": "Half of our new volunteers stop coming within three months.",
        "tags": "Volunteer Retention, onboarding, volunteer retention",
        "status": "open",
        "visibility": "members",
    }
    return {**data, **overrides}


def _field_errors(response, field: str) -> list[str]:
    return list(response.context["form"].errors.get(field, []))


# Who may see the pages


@pytest.mark.parametrize(
    "url_name",
    ["challenge_index", "challenge_new"],
)
def test_challenge_pages_send_visitor_to_login(client, url_name):
    response = client.get(reverse(url_name))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert f"next={reverse(url_name)}" in response["Location"]


@pytest.mark.parametrize(
    "url_name",
    ["challenge_detail", "challenge_edit", "challenge_remove", "challenge_set_status"],
)
def test_challenge_object_pages_send_visitor_to_login(client, url_name):
    challenge = ChallengeFactory(title="Private worry")

    response = client.get(reverse(url_name, args=[challenge.pk]))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "Private worry" not in response.content.decode()


def test_challenge_post_by_visitor_writes_nothing(client):
    response = client.post(reverse("challenge_new"), _form_data())

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert Challenge.objects.count() == 0


@pytest.mark.parametrize("url_name", ["challenge_index", "challenge_new"])
def test_challenge_pages_refuse_lapsed_member_with_membership_page(lapsed_client, url_name):
    ChallengeFactory(title="Members only worry")

    response = lapsed_client.get(reverse(url_name))

    assert response.status_code == 403
    body = response.content.decode()
    assert 'data-testid="membership-required"' in body
    assert "Members only worry" not in body


def test_challenge_detail_refuses_lapsed_member_even_for_own_challenge(lapsed_client, lapsed):
    challenge = ChallengeFactory(author=lapsed, title="My old worry")

    response = lapsed_client.get(reverse("challenge_detail", args=[challenge.pk]))

    assert response.status_code == 403
    assert 'data-testid="membership-required"' in response.content.decode()


def test_challenge_new_post_by_lapsed_member_writes_nothing(lapsed_client):
    response = lapsed_client.post(reverse("challenge_new"), _form_data())

    assert response.status_code == 403
    assert Challenge.objects.count() == 0


def test_challenge_edit_post_by_lapsed_author_changes_nothing(lapsed_client, lapsed):
    challenge = ChallengeFactory(author=lapsed, title="My old worry")

    response = lapsed_client.post(
        reverse("challenge_edit", args=[challenge.pk]), _form_data(title="Changed")
    )

    assert response.status_code == 403
    assert Challenge.objects.get(pk=challenge.pk).title == "My old worry"


def test_challenge_delete_post_by_lapsed_author_keeps_row(lapsed_client, lapsed):
    challenge = ChallengeFactory(author=lapsed)

    response = lapsed_client.post(reverse("challenge_remove", args=[challenge.pk]))

    assert response.status_code == 403
    assert Challenge.objects.filter(pk=challenge.pk).exists()


# List, filters, search, pagination


def test_challenge_index_lists_members_visible_challenges_of_others(alice_client, bob):
    ChallengeFactory(author=bob, title="Board meetings run over")

    response = alice_client.get(reverse("challenge_index"))

    assert response.status_code == 200
    body = response.content.decode()
    assert "Board meetings run over" in body
    assert bob.get_full_name() in body
    assert bob.profile.organisation.name in body


def test_challenge_index_hides_staff_only_challenges_of_others(alice_client, bob):
    ChallengeFactory(author=bob, title="Confidential funding gap", visibility="staff")
    ChallengeFactory(author=bob, title="Board meetings run over")

    response = alice_client.get(reverse("challenge_index"))

    body = response.content.decode()
    assert "Confidential funding gap" not in body
    assert _cards(response) == 1
    assert response.context["page"].paginator.count == 1


def test_challenge_index_shows_own_staff_only_challenge_to_author(alice_client, alice):
    ChallengeFactory(author=alice, title="My confidential worry", visibility="staff")

    body = alice_client.get(reverse("challenge_index")).content.decode()

    assert "My confidential worry" in body
    assert "Staff only" in body


def test_challenge_index_shows_staff_only_challenges_to_staff(staff_client, bob):
    ChallengeFactory(author=bob, title="Confidential funding gap", visibility="staff")

    body = staff_client.get(reverse("challenge_index")).content.decode()

    assert "Confidential funding gap" in body


def test_challenge_index_lists_newest_first(alice_client):
    ChallengeFactory(title="Older worry")
    ChallengeFactory(title="Newer worry")

    body = alice_client.get(reverse("challenge_index")).content.decode()

    assert body.index("Newer worry") < body.index("Older worry")


def test_challenge_index_filters_by_status(alice_client):
    ChallengeFactory(title="Still open", status="open")
    ChallengeFactory(title="Already solved", status="solved")

    response = alice_client.get(reverse("challenge_index"), {"status": "solved"})

    body = response.content.decode()
    assert "Already solved" in body
    assert "Still open" not in body
    assert _cards(response) == 1


def test_challenge_index_filters_by_tag(alice_client):
    ChallengeFactory(title="About retention", tags=["retention", "volunteers"])
    ChallengeFactory(title="About budgets", tags=["budgeting"])

    response = alice_client.get(reverse("challenge_index"), {"tag": "volunteers"})

    body = response.content.decode()
    assert "About retention" in body
    assert "About budgets" not in body


def test_challenge_index_filters_by_author_industry(alice_client):
    health = factories.member(organisation__industry__name="Health Care")
    arts = factories.member(organisation__industry__name="Arts")
    ChallengeFactory(author=health, title="Clinic waiting lists")
    ChallengeFactory(author=arts, title="Empty gallery weekdays")

    response = alice_client.get(reverse("challenge_index"), {"industry": "health-care"})

    body = response.content.decode()
    assert "Clinic waiting lists" in body
    assert "Empty gallery weekdays" not in body
    assert _cards(response) == 1


def test_challenge_index_searches_keywords_in_title_description_and_tags(alice_client):
    ChallengeFactory(title="Volunteers quit", description="They leave after a month.", tags=[])
    ChallengeFactory(title="Slow board", description="Our trustees rarely decide.", tags=[])
    ChallengeFactory(title="Grants", description="Too much paperwork.", tags=["fundraising"])

    by_title = alice_client.get(reverse("challenge_index"), {"q": "volunteer"})
    by_description = alice_client.get(reverse("challenge_index"), {"q": "trustees"})
    by_tag = alice_client.get(reverse("challenge_index"), {"q": "fundraising"})

    assert [c.title for c in by_title.context["page"]] == ["Volunteers quit"]
    assert [c.title for c in by_description.context["page"]] == ["Slow board"]
    assert [c.title for c in by_tag.context["page"]] == ["Grants"]


def test_challenge_index_search_puts_the_most_relevant_first_not_the_newest(alice_client):
    ChallengeFactory(
        title="Volunteers leave",
        description="Volunteers stop coming; keeping volunteers is our volunteer problem.",
    )
    ChallengeFactory(title="Board papers", description="One volunteer asked about minutes.")

    response = alice_client.get(reverse("challenge_index"), {"q": "volunteers"})

    assert [c.title for c in response.context["page"]] == ["Volunteers leave", "Board papers"]


def test_challenge_index_search_never_finds_staff_only_challenges_of_others(alice_client):
    ChallengeFactory(title="Secret volunteers plan", visibility="staff")

    response = alice_client.get(reverse("challenge_index"), {"q": "volunteers"})

    assert _cards(response) == 0
    assert "Secret volunteers plan" not in response.content.decode()


def test_challenge_index_mine_shows_only_own_challenges(alice_client, alice):
    ChallengeFactory(author=alice, title="My own worry")
    ChallengeFactory(title="Somebody else's worry")

    response = alice_client.get(reverse("challenge_index"), {"mine": "on"})

    assert [c.title for c in response.context["page"]] == ["My own worry"]


def test_challenge_index_with_no_match_shows_empty_state(alice_client):
    ChallengeFactory(status="open")

    response = alice_client.get(reverse("challenge_index"), {"status": "archived"})

    assert response.status_code == 200
    assert _cards(response) == 0
    assert "No challenges match" in response.content.decode()


def test_challenge_index_paginates_by_page_size(alice_client, alice):
    page_size = settings.CHALLENGES_PAGE_SIZE
    ChallengeFactory.create_batch(page_size + 5, author=alice)

    first = alice_client.get(reverse("challenge_index"))
    second = alice_client.get(reverse("challenge_index"), {"page": 2})

    assert page_size == 20
    assert _cards(first) == page_size
    assert _cards(second) == 5
    assert "page=2" in first.content.decode()
    first_titles = {c.title for c in first.context["page"]}
    second_titles = {c.title for c in second.context["page"]}
    assert not first_titles & second_titles


def test_challenge_index_pagination_keeps_filters(alice_client, alice):
    ChallengeFactory.create_batch(settings.CHALLENGES_PAGE_SIZE + 1, author=alice, status="solved")

    body = alice_client.get(reverse("challenge_index"), {"status": "solved"}).content.decode()

    assert "status=solved&amp;page=2" in body


def test_challenge_index_title_keeps_site_name_on_later_pages(alice_client, alice):
    ChallengeFactory.create_batch(settings.CHALLENGES_PAGE_SIZE + 1, author=alice)

    body = alice_client.get(reverse("challenge_index"), {"page": 2}).content.decode()

    title = body.split("<title>", 1)[1].split("</title>", 1)[0]
    assert " ".join(title.split()) == "Challenges · Confer"


def test_challenge_index_costs_the_same_queries_for_5_and_50_challenges(alice_client, queries_for):
    # Every challenge by a different author, each with organisation, industry and function.
    ChallengeFactory.create_batch(5)
    five = queries_for(alice_client, reverse("challenge_index"))
    ChallengeFactory.create_batch(45)

    assert queries_for(alice_client, reverse("challenge_index")) == five
    response = alice_client.get(reverse("challenge_index"))

    assert Challenge.objects.values("author").distinct().count() == 50
    assert _cards(response) == settings.CHALLENGES_PAGE_SIZE


def test_challenge_index_suggests_tags_only_from_readable_challenges(alice_client):
    ChallengeFactory(tags=["volunteering"])
    ChallengeFactory(tags=["redundancies"], visibility="staff")

    response = alice_client.get(reverse("challenge_index"))

    assert response.context["tags"] == ["volunteering"]
    assert "redundancies" not in response.content.decode()


# Detail


def test_challenge_detail_shows_challenge_to_other_member(alice_client, bob):
    challenge = ChallengeFactory(
        author=bob,
        title="Board meetings run over",
        description="Every meeting runs an hour late.",
        tags=["governance"],
        status="exploring",
    )

    response = alice_client.get(reverse("challenge_detail", args=[challenge.pk]))

    assert response.status_code == 200
    body = response.content.decode()
    assert "Board meetings run over" in body
    assert "Every meeting runs an hour late." in body
    assert "governance" in body
    assert "Exploring" in body
    assert bob.get_full_name() in body
    assert reverse("challenge_edit", args=[challenge.pk]) not in body
    assert reverse("challenge_remove", args=[challenge.pk]) not in body


def test_challenge_detail_offers_edit_and_delete_to_author(alice_client, alice):
    challenge = ChallengeFactory(author=alice)

    body = alice_client.get(reverse("challenge_detail", args=[challenge.pk])).content.decode()

    assert reverse("challenge_edit", args=[challenge.pk]) in body
    assert reverse("challenge_remove", args=[challenge.pk]) in body
    assert reverse("challenge_set_status", args=[challenge.pk]) in body


def test_challenge_detail_is_404_for_staff_only_challenge_of_another(alice_client, bob):
    challenge = ChallengeFactory(author=bob, title="Confidential funding gap", visibility="staff")

    response = alice_client.get(reverse("challenge_detail", args=[challenge.pk]))

    assert response.status_code == 404
    assert "Confidential funding gap" not in response.content.decode()


def test_challenge_detail_shows_staff_only_challenge_to_its_author(alice_client, alice):
    challenge = ChallengeFactory(author=alice, title="My confidential worry", visibility="staff")

    response = alice_client.get(reverse("challenge_detail", args=[challenge.pk]))

    assert response.status_code == 200
    assert "My confidential worry" in response.content.decode()


def test_challenge_detail_shows_staff_only_challenge_to_staff(staff_client, bob):
    challenge = ChallengeFactory(author=bob, title="Confidential funding gap", visibility="staff")

    response = staff_client.get(reverse("challenge_detail", args=[challenge.pk]))

    assert response.status_code == 200
    assert "Confidential funding gap" in response.content.decode()


def test_challenge_detail_links_author_to_their_directory_entry(alice_client, bob):
    challenge = ChallengeFactory(author=bob)

    body = alice_client.get(reverse("challenge_detail", args=[challenge.pk])).content.decode()

    assert reverse("member_detail", args=[bob.profile.pk]) in body


def test_challenge_detail_renders_when_author_has_no_profile_yet(alice_client, staff):
    # Profiles are created lazily; a staff account can post before it has one.
    challenge = ChallengeFactory(author=staff, title="Staff worry")

    response = alice_client.get(reverse("challenge_detail", args=[challenge.pk]))

    assert response.status_code == 200
    body = response.content.decode()
    assert "Staff worry" in body
    assert staff.get_full_name() in body


def test_challenge_new_by_staff_without_profile_lands_on_the_new_challenge(staff_client):
    response = staff_client.post(reverse("challenge_new"), _form_data(), follow=True)

    assert response.status_code == 200
    assert "Your challenge is posted." in response.content.decode()
    assert Challenge.objects.get().title == "Volunteers drift away after onboarding"


def test_challenge_detail_is_404_for_unknown_id(alice_client):
    response = alice_client.get(reverse("challenge_detail", args=[999999]))

    assert response.status_code == 404


# Create


def test_challenge_new_form_renders(alice_client):
    response = alice_client.get(reverse("challenge_new"))

    assert response.status_code == 200
    assert 'name="title"' in response.content.decode()


def test_challenge_new_creates_challenge_with_normalised_tags(alice_client, alice):
    response = alice_client.post(reverse("challenge_new"), _form_data(visibility="staff"))

    challenge = Challenge.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("challenge_detail", args=[challenge.pk])
    assert challenge.author == alice
    assert challenge.title == "Volunteers drift away after onboarding"
    assert challenge.tags == ["volunteer-retention", "onboarding"]
    assert challenge.visibility == "staff"


def test_challenge_new_confirms_with_message(alice_client):
    response = alice_client.post(reverse("challenge_new"), _form_data(), follow=True)

    assert "Your challenge is posted." in response.content.decode()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"title": ""}, "title", "This field is required."),
        ({"title": "x" * 141}, "title", "Ensure this value has at most 140 characters"),
        ({"description": ""}, "description", "This field is required."),
        (
            {"tags": ",".join(f"tag{n}" for n in range(11))},
            "tags",
            "List contains 11 items, it should contain no more than 10.",
        ),
        ({"status": "abandoned"}, "status", "Select a valid choice."),
        ({"visibility": "public"}, "visibility", "Select a valid choice."),
    ],
)
def test_challenge_new_rerenders_form_with_field_error_and_writes_nothing(
    alice_client, overrides, field, message
):
    response = alice_client.post(reverse("challenge_new"), _form_data(**overrides))

    assert response.status_code == 200
    assert any(message in error for error in _field_errors(response, field))
    assert message.replace("'", "&#x27;") in response.content.decode()
    assert Challenge.objects.count() == 0


def test_challenge_new_omitting_description_is_a_field_error(alice_client):
    data = _form_data()
    del data["description"]

    response = alice_client.post(reverse("challenge_new"), data)

    assert response.status_code == 200
    assert _field_errors(response, "description") == ["This field is required."]
    assert Challenge.objects.count() == 0


def test_challenge_new_duplicate_title_is_error_on_title_field(alice_client, alice):
    ChallengeFactory(author=alice, title="Volunteers drift away after onboarding")

    response = alice_client.post(reverse("challenge_new"), _form_data())

    assert response.status_code == 200
    assert _field_errors(response, "title") == ["You already have a challenge with this title."]
    body = response.content.decode()
    title_field = body[body.index('name="title"') : body.index('name="description"')]
    assert "You already have a challenge with this title." in title_field
    assert Challenge.objects.count() == 1


def test_challenge_new_allows_title_another_member_already_used(alice_client, bob):
    ChallengeFactory(author=bob, title="Volunteers drift away after onboarding")

    response = alice_client.post(reverse("challenge_new"), _form_data())

    assert response.status_code == 302
    assert Challenge.objects.count() == 2


# Edit


def test_challenge_edit_form_shows_current_values(alice_client, alice):
    challenge = ChallengeFactory(author=alice, title="Board meetings run over")

    response = alice_client.get(reverse("challenge_edit", args=[challenge.pk]))

    assert response.status_code == 200
    assert 'value="Board meetings run over"' in response.content.decode()


def test_challenge_edit_saves_changes_of_author(alice_client, alice):
    challenge = ChallengeFactory(author=alice, title="Old title")

    response = alice_client.post(
        reverse("challenge_edit", args=[challenge.pk]),
        _form_data(title="New title", tags="Board Governance, board-governance", status="solved"),
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("challenge_detail", args=[challenge.pk])
    challenge.refresh_from_db()
    assert challenge.title == "New title"
    assert challenge.tags == ["board-governance"]
    assert challenge.status == "solved"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 141}, "title"),
        ({"description": ""}, "description"),
        ({"tags": ",".join(f"tag{n}" for n in range(11))}, "tags"),
        ({"status": "abandoned"}, "status"),
    ],
)
def test_challenge_edit_rerenders_form_with_field_error_and_changes_nothing(
    alice_client, alice, overrides, field
):
    challenge = ChallengeFactory(author=alice, title="Old title", tags=["retention"])
    before = Challenge.objects.values().get(pk=challenge.pk)

    response = alice_client.post(
        reverse("challenge_edit", args=[challenge.pk]), _form_data(**overrides)
    )

    assert response.status_code == 200
    assert _field_errors(response, field)
    assert Challenge.objects.values().get(pk=challenge.pk) == before


def test_challenge_edit_duplicate_title_is_error_on_title_field(alice_client, alice):
    ChallengeFactory(author=alice, title="First challenge")
    challenge = ChallengeFactory(author=alice, title="Second challenge")

    response = alice_client.post(
        reverse("challenge_edit", args=[challenge.pk]), _form_data(title="First challenge")
    )

    assert response.status_code == 200
    assert _field_errors(response, "title") == ["You already have a challenge with this title."]
    assert Challenge.objects.get(pk=challenge.pk).title == "Second challenge"


@pytest.mark.parametrize("visibility", ["members", "staff"])
def test_challenge_edit_is_404_for_another_member(bob_client, alice, visibility):
    challenge = ChallengeFactory(author=alice, title="Alice's worry", visibility=visibility)
    before = Challenge.objects.values().get(pk=challenge.pk)

    get = bob_client.get(reverse("challenge_edit", args=[challenge.pk]))
    post = bob_client.post(
        reverse("challenge_edit", args=[challenge.pk]), _form_data(title="Bob's now")
    )

    assert get.status_code == 404
    assert post.status_code == 404
    assert Challenge.objects.values().get(pk=challenge.pk) == before


def test_challenge_edit_is_404_for_staff_who_are_not_the_author(staff_client, alice):
    challenge = ChallengeFactory(author=alice, title="Alice's worry")

    response = staff_client.post(
        reverse("challenge_edit", args=[challenge.pk]), _form_data(title="Staff's now")
    )

    assert response.status_code == 404
    assert Challenge.objects.get(pk=challenge.pk).title == "Alice's worry"


# Status


def test_challenge_set_status_changes_status_of_author(alice_client, alice):
    challenge = ChallengeFactory(author=alice, status="open")

    response = alice_client.post(
        reverse("challenge_set_status", args=[challenge.pk]), {"status": "solved"}, follow=True
    )

    assert response.redirect_chain == [(reverse("challenge_detail", args=[challenge.pk]), 302)]
    assert "Status changed to solved." in response.content.decode()
    assert Challenge.objects.get(pk=challenge.pk).status == "solved"


def test_challenge_set_status_rejects_unknown_status_and_changes_nothing(alice_client, alice):
    challenge = ChallengeFactory(author=alice, status="open")

    response = alice_client.post(
        reverse("challenge_set_status", args=[challenge.pk]), {"status": "abandoned"}, follow=True
    )

    assert "Choose one of the listed statuses." in response.content.decode()
    assert Challenge.objects.get(pk=challenge.pk).status == "open"


@pytest.mark.parametrize("visibility", ["members", "staff"])
def test_challenge_set_status_is_404_for_another_member(bob_client, alice, visibility):
    challenge = ChallengeFactory(author=alice, status="open", visibility=visibility)

    response = bob_client.post(
        reverse("challenge_set_status", args=[challenge.pk]), {"status": "archived"}
    )

    assert response.status_code == 404
    assert Challenge.objects.get(pk=challenge.pk).status == "open"


# Delete


def test_challenge_remove_asks_for_confirmation_before_deleting(alice_client, alice):
    challenge = ChallengeFactory(author=alice, title="Board meetings run over")

    response = alice_client.get(reverse("challenge_remove", args=[challenge.pk]))

    assert response.status_code == 200
    assert "Board meetings run over" in response.content.decode()
    assert Challenge.objects.filter(pk=challenge.pk).exists()


def test_challenge_remove_deletes_own_challenge(alice_client, alice):
    challenge = ChallengeFactory(author=alice, title="Board meetings run over")
    other = ChallengeFactory(title="Somebody else's worry")

    response = alice_client.post(reverse("challenge_remove", args=[challenge.pk]), follow=True)

    assert response.redirect_chain == [(reverse("challenge_index"), 302)]
    assert "is deleted." in response.content.decode()
    assert list(Challenge.objects.all()) == [other]


@pytest.mark.parametrize("visibility", ["members", "staff"])
def test_challenge_remove_is_404_for_another_member(bob_client, alice, visibility):
    challenge = ChallengeFactory(author=alice, visibility=visibility)

    get = bob_client.get(reverse("challenge_remove", args=[challenge.pk]))
    post = bob_client.post(reverse("challenge_remove", args=[challenge.pk]))

    assert get.status_code == 404
    assert post.status_code == 404
    assert Challenge.objects.filter(pk=challenge.pk).exists()


# Members who leave take their challenges with them


def test_lapsed_members_challenges_are_hidden_from_members_but_not_staff(
    alice_client, alice_token_api, staff_client, lapsed
):
    challenge = ChallengeFactory(author=lapsed, title="Left-behind question")

    assert (
        "Left-behind question" not in alice_client.get(reverse("challenge_index")).content.decode()
    )
    assert alice_client.get(reverse("challenge_detail", args=[challenge.pk])).status_code == 404
    assert alice_token_api.get(f"/api/v1/challenges/{challenge.pk}/").status_code == 404
    assert staff_client.get(reverse("challenge_detail", args=[challenge.pk])).status_code == 200


def test_deactivated_members_challenges_are_hidden(alice_client, bob):
    challenge = ChallengeFactory(author=bob)
    bob.is_active = False
    bob.save()
    assert alice_client.get(reverse("challenge_detail", args=[challenge.pk])).status_code == 404


def test_challenge_tag_filter_that_normalises_to_nothing_matches_nothing(alice_client):
    ChallengeFactory()
    response = alice_client.get(reverse("challenge_index"), {"tag": "---"})
    assert _cards(response) == 0
