"""The matching listings in the Wagtail admin: suggestions and introductions."""

import pytest
from django.urls import reverse

from matching.services.introductions import introduction_request
from members.models import User
from tests import factories

pytestmark = pytest.mark.django_db

# Each listing shows pairs of members: (viewset, how to store a row between two).
PAIR_ROWS = {
    "suggestion": lambda a, b: factories.suggestion(a, b),
    "introduction": lambda a, b: introduction_request(requester=a, peer=b),
}


def person(first: str, last: str) -> User:
    return factories.member(
        user__first_name=first,
        user__last_name=last,
        user__email=f"{first}.{last}@example.org".lower(),
    )


def listing(client, viewset: str, **params) -> str:
    response = client.get(reverse(f"{viewset}:index"), params)
    assert response.status_code == 200
    return response.content.decode()


def row_url(viewset: str, row) -> str:
    # Both listings are read-only for rows Confer computes: each row links to inspect.
    return reverse(f"{viewset}:inspect", args=[row.pk])


@pytest.mark.parametrize("viewset", PAIR_ROWS)
@pytest.mark.parametrize("query", ["Kavya Reddy", "reddy kavya", "Reddy, Kavya", "kavya.reddy@"])
def test_admin_search_finds_a_member_on_either_side_by_full_name(staff_client, viewset, query):
    # given Kavya Reddy on each side of a row, and a row between a Kavya and a Reddy
    kavya = person("Kavya", "Reddy")
    namesake, relative = person("Kavya", "Sharma"), person("Arjun", "Reddy")
    hers = PAIR_ROWS[viewset](kavya, person("Lena", "Fischer"))
    to_her = PAIR_ROWS[viewset](person("Tom", "Okafor"), kavya)
    mixed = PAIR_ROWS[viewset](namesake, relative)

    # when
    html = listing(staff_client, viewset, q=query)

    # then
    assert row_url(viewset, hers) in html
    assert row_url(viewset, to_her) in html
    assert row_url(viewset, mixed) not in html


@pytest.mark.parametrize("viewset", PAIR_ROWS)
def test_admin_search_by_full_name_query_count_does_not_grow_with_rows(
    staff_client, queries_for, viewset
):
    # given 2 rows with a Kavya Reddy, the listing loaded once (caches warm)
    url = reverse(f"{viewset}:index")
    search = {"q": "Reddy Kavya"}

    def add_rows(count: int) -> None:
        for _ in range(count):
            kavya = factories.member(user__first_name="Kavya", user__last_name="Reddy")
            PAIR_ROWS[viewset](kavya, factories.member())

    add_rows(2)
    assert staff_client.get(url, search).content.decode().count("Kavya Reddy") >= 2
    few = queries_for(staff_client, url, search)

    # when there are 12
    add_rows(10)

    # then
    assert staff_client.get(url, search).content.decode().count("Kavya Reddy") >= 12
    assert queries_for(staff_client, url, search) == few
