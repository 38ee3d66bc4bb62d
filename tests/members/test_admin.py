from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from challenges.models import Challenge
from challenges.services import IMPORT_COLUMNS
from members.access import is_member_in_good_standing
from members.models import (
    Function,
    Industry,
    Membership,
    MembershipStatus,
    Organisation,
    SenioritySynonym,
    User,
)
from tests import factories

pytestmark = pytest.mark.django_db

VIEWSETS = [
    "profile",
    "organisation",
    "industry",
    "function",
    "senioritysynonym",
    "membershipplan",
    "membership",
]
ALL_VIEWSETS = [*VIEWSETS, "challenge"]


def edit_url(viewset: str, obj) -> str:
    return reverse(f"{viewset}:edit", args=[obj.pk])


def industry(name: str) -> Industry:
    return Industry.objects.get(name=name)


def listing(client, viewset: str, **params) -> str:
    response = client.get(reverse(f"{viewset}:index"), params)
    assert response.status_code == 200
    return response.content.decode()


def named_member(name: str, organisation: str, industry_name: str, seniority: str) -> User:
    first, last = name.split()
    return factories.member(
        user__first_name=first,
        user__last_name=last,
        user__email=f"{first.lower()}@example.org",
        organisation=factories.OrganisationFactory(
            name=organisation, industry=industry(industry_name)
        ),
        seniority=seniority,
    )


@pytest.fixture
def ada(db):
    return named_member("Ada Lovelace", "Analytical Engines", "Healthcare", "senior")


@pytest.fixture
def grace(db):
    return named_member("Grace Hopper", "Compilers Inc", "Retail", "junior")


@pytest.fixture
def newcomer(db):
    """An account without any membership."""
    return factories.ProfileFactory(user__email="newcomer@example.org").user


# Menu and access


def test_admin_community_menu_lists_the_viewsets_and_the_import(staff_client):
    # when
    html = staff_client.get(reverse("wagtailadmin_home")).content.decode()

    # then
    assert '"label": "Community"' in html
    for viewset in ALL_VIEWSETS:
        assert f'"url": "{reverse(f"{viewset}:index")}"' in html
    assert f'"url": "{reverse("members_import")}"' in html


@pytest.mark.parametrize("viewset", ALL_VIEWSETS)
def test_admin_listing_loads_for_staff(staff_client, ada, viewset):
    # given one row of each kind
    rows = {
        "profile": ada.profile,
        "organisation": ada.profile.organisation,
        "industry": ada.profile.industry,
        "function": ada.profile.function,
        "senioritysynonym": SenioritySynonym.objects.get(name="Head"),
        "membershipplan": ada.memberships.get().plan,
        "membership": ada.memberships.get(),
        "challenge": factories.ChallengeFactory(author=ada),
    }

    # when
    html = listing(staff_client, viewset)

    # then
    assert edit_url(viewset, rows[viewset]) in html


@pytest.mark.parametrize("viewset", ALL_VIEWSETS)
def test_admin_listing_refuses_a_member_who_is_not_staff(client, alice, viewset):
    # given
    client.force_login(alice)
    url = reverse(f"{viewset}:index")

    # when
    response = client.get(url)

    # then
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('wagtailadmin_login')}?next={url}"


def test_admin_listing_refuses_anonymous(client):
    response = client.get(reverse("membership:index"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


@pytest.mark.parametrize(
    ("viewset", "make_row"),
    [
        ("profile", lambda: factories.member().profile),
        ("organisation", lambda: factories.OrganisationFactory()),
        ("membership", lambda: factories.member().memberships.get()),
        ("challenge", lambda: factories.ChallengeFactory()),
    ],
)
def test_admin_listing_query_count_does_not_grow_with_rows(
    staff_client, queries_for, viewset, make_row
):
    # given a listing that was loaded once (caches warm) with 2 rows
    url = reverse(f"{viewset}:index")
    for _ in range(2):
        make_row()
    few = queries_for(staff_client, url)

    # when there are 12 rows
    for _ in range(10):
        make_row()

    # then the page costs the same number of queries
    assert queries_for(staff_client, url) == few


# Search and filters


def test_admin_profiles_search_and_filter(staff_client, ada, grace):
    # search by e-mail, name and organisation
    for query in ("ada@example", "lovelace", "analytical"):
        html = listing(staff_client, "profile", q=query)
        assert edit_url("profile", ada.profile) in html
        assert edit_url("profile", grace.profile) not in html
    # filter by seniority and by industry
    html = listing(staff_client, "profile", seniority="junior")
    assert edit_url("profile", grace.profile) in html
    assert edit_url("profile", ada.profile) not in html
    html = listing(staff_client, "profile", industry=industry("Healthcare").pk)
    assert edit_url("profile", ada.profile) in html
    assert edit_url("profile", grace.profile) not in html


def test_admin_profiles_search_finds_expertise(staff_client, ada, grace):
    grace.profile.expertise = ["compiler design", "Volunteer retention"]
    grace.profile.save()

    html = listing(staff_client, "profile", q="retention")

    assert edit_url("profile", grace.profile) in html
    assert edit_url("profile", ada.profile) not in html


def test_admin_profiles_show_consent_as_a_tick_not_true_or_false(staff_client, ada):
    html = listing(staff_client, "profile")

    assert "Open to introductions" in html
    assert ">True<" not in html and ">False<" not in html
    assert "icon-check" in html


def test_admin_organisations_search_and_filter(staff_client, ada, grace):
    engines, compilers = ada.profile.organisation, grace.profile.organisation

    html = listing(staff_client, "organisation", q="engines")
    assert edit_url("organisation", engines) in html
    assert edit_url("organisation", compilers) not in html

    html = listing(staff_client, "organisation", industry=industry("Retail").pk)
    assert edit_url("organisation", compilers) in html
    assert edit_url("organisation", engines) not in html


@pytest.mark.parametrize(
    ("viewset", "query", "found", "not_found"),
    [
        ("industry", "health", "Healthcare", "Retail"),
        ("function", "finan", "Finance", "Marketing"),
    ],
)
def test_admin_vocabulary_search(staff_client, viewset, query, found, not_found):
    # given the seeded vocabulary
    model = Industry if viewset == "industry" else Function

    # when
    html = listing(staff_client, viewset, q=query)

    # then
    assert edit_url(viewset, model.objects.get(name=found)) in html
    assert edit_url(viewset, model.objects.get(name=not_found)) not in html


def test_admin_plans_search_and_filter(staff_client, plan):
    # given a yearly public plan and a lifetime private one
    patron = factories.PlanFactory(name="Patron", slug="patron", period="lifetime", is_public=False)

    html = listing(staff_client, "membershipplan", q="patr")
    assert edit_url("membershipplan", patron) in html
    assert edit_url("membershipplan", plan) not in html

    html = listing(staff_client, "membershipplan", period="year")
    assert edit_url("membershipplan", plan) in html
    assert edit_url("membershipplan", patron) not in html

    html = listing(staff_client, "membershipplan", is_public="false")
    assert edit_url("membershipplan", patron) in html
    assert edit_url("membershipplan", plan) not in html


def test_admin_memberships_search_and_filter(staff_client, ada, lapsed, plan):
    # given a current membership, a lapsed one, and one on another plan
    current = ada.memberships.get()
    old = lapsed.memberships.get()
    other = factories.MembershipFactory(plan=plan, external_reference="sub_42")

    html = listing(staff_client, "membership", q="lovelace")
    assert edit_url("membership", current) in html
    assert edit_url("membership", old) not in html

    html = listing(staff_client, "membership", q="sub_42")
    assert edit_url("membership", other) in html
    assert edit_url("membership", current) not in html

    html = listing(staff_client, "membership", status="lapsed")
    assert edit_url("membership", old) in html
    assert edit_url("membership", current) not in html

    html = listing(staff_client, "membership", plan=plan.pk)
    assert edit_url("membership", other) in html
    assert edit_url("membership", current) not in html


def test_admin_challenges_search_and_filter(staff_client, ada, grace):
    # given
    volunteers = factories.ChallengeFactory(author=ada, title="Keeping volunteers engaged")
    hiring = factories.ChallengeFactory(author=grace, title="Hiring a data lead", status="solved")

    html = listing(staff_client, "challenge", q="engaged")
    assert edit_url("challenge", volunteers) in html
    assert edit_url("challenge", hiring) not in html

    html = listing(staff_client, "challenge", q="grace@example")
    assert edit_url("challenge", hiring) in html
    assert edit_url("challenge", volunteers) not in html

    html = listing(staff_client, "challenge", status="solved")
    assert edit_url("challenge", hiring) in html
    assert edit_url("challenge", volunteers) not in html

    html = listing(staff_client, "challenge", author__profile__industry=industry("Healthcare").pk)
    assert edit_url("challenge", volunteers) in html
    assert edit_url("challenge", hiring) not in html


# Search by full name: every word must match, and the name words the same member

MEMBER_ROWS = {
    "profile": lambda user: user.profile,
    "membership": lambda user: user.memberships.get(),
    "challenge": lambda user: factories.ChallengeFactory(author=user, title="Rostering nurses"),
}


def person(first: str, last: str) -> User:
    return factories.member(
        user__first_name=first,
        user__last_name=last,
        user__email=f"{first}.{last}@example.org".lower(),
    )


@pytest.mark.parametrize("viewset", MEMBER_ROWS)
@pytest.mark.parametrize(
    "query", ["Kavya Reddy", "reddy kavya", "Reddy, Kavya", "  KAVYA   REDDY ", "kavya.reddy@exam"]
)
def test_admin_search_finds_a_member_by_full_name_in_either_order(staff_client, viewset, query):
    # given Kavya Reddy and two members who share one of her names
    kavya = person("Kavya", "Reddy")
    namesake, relative = person("Kavya", "Sharma"), person("Arjun", "Reddy")
    rows = {user: MEMBER_ROWS[viewset](user) for user in (kavya, namesake, relative)}

    # when
    html = listing(staff_client, viewset, q=query)

    # then
    assert edit_url(viewset, rows[kavya]) in html
    assert edit_url(viewset, rows[namesake]) not in html
    assert edit_url(viewset, rows[relative]) not in html


def test_admin_search_mixes_a_name_with_the_row_fields(staff_client):
    # given
    kavya, arjun = person("Kavya", "Reddy"), person("Arjun", "Reddy")
    nurses = factories.ChallengeFactory(author=kavya, title="Rostering nurses")
    kavya_other = factories.ChallengeFactory(author=kavya, title="Hiring a data lead")
    arjun_nurses = factories.ChallengeFactory(author=arjun, title="Rostering nurses")
    kavya.profile.expertise = ["Shift planning"]
    kavya.profile.save()

    # when / then: the author's name and the title
    html = listing(staff_client, "challenge", q="reddy kavya rostering")
    assert edit_url("challenge", nurses) in html
    assert edit_url("challenge", kavya_other) not in html
    assert edit_url("challenge", arjun_nurses) not in html
    # and the member's name and expertise
    html = listing(staff_client, "profile", q="Reddy shift")
    assert edit_url("profile", kavya.profile) in html
    assert edit_url("profile", arjun.profile) not in html


@pytest.mark.parametrize("viewset", MEMBER_ROWS)
def test_admin_search_by_full_name_query_count_does_not_grow_with_rows(
    staff_client, queries_for, viewset
):
    # given 2 matching rows, the listing loaded once (caches warm)
    url = reverse(f"{viewset}:index")
    search = {"q": "Reddy Kavya"}
    for _ in range(2):
        MEMBER_ROWS[viewset](factories.member(user__first_name="Kavya", user__last_name="Reddy"))
    assert staff_client.get(url, search).content.decode().count("Kavya Reddy") >= 2
    few = queries_for(staff_client, url, search)

    # when there are 12
    for _ in range(10):
        MEMBER_ROWS[viewset](factories.member(user__first_name="Kavya", user__last_name="Reddy"))

    # then
    assert staff_client.get(url, search).content.decode().count("Kavya Reddy") >= 12
    assert queries_for(staff_client, url, search) == few


# Granting, extending and cancelling memberships


def grant_form(user, plan, **overrides) -> dict:
    today = timezone.localdate()
    return {
        "user": user.pk,
        "plan": plan.pk,
        "starts_on": today.isoformat(),
        "ends_on": (today + timedelta(days=90)).isoformat(),
        "note": "Comped for the pilot",
        "external_reference": "sub_123",
        **overrides,
    }


def test_admin_grant_membership_makes_the_member_current(staff_client, newcomer, plan):
    # given
    assert not is_member_in_good_standing(newcomer)

    # when
    response = staff_client.post(reverse("membership:add"), grant_form(newcomer, plan))

    # then
    assert response.status_code == 302
    membership = Membership.objects.get(user=newcomer)
    assert membership.status == MembershipStatus.ACTIVE
    assert membership.plan == plan
    assert membership.ends_on == timezone.localdate() + timedelta(days=90)
    assert (membership.note, membership.external_reference) == ("Comped for the pilot", "sub_123")
    assert is_member_in_good_standing(User.objects.get(pk=newcomer.pk))


def test_admin_grant_without_end_date_lasts_one_plan_period(staff_client, newcomer, plan):
    # when
    staff_client.post(reverse("membership:add"), grant_form(newcomer, plan, ends_on=""))

    # then
    membership = Membership.objects.get(user=newcomer)
    assert membership.ends_on == timezone.localdate() + timedelta(days=365)


def test_admin_grant_second_current_membership_is_refused(staff_client, alice, plan):
    # given a member with a current membership
    before = list(Membership.objects.values_list("pk", flat=True))

    # when
    response = staff_client.post(reverse("membership:add"), grant_form(alice, plan))

    # then
    assert response.status_code == 200
    assert "already has a current membership" in response.content.decode()
    assert list(Membership.objects.values_list("pk", flat=True)) == before


def test_admin_grant_ending_before_it_starts_is_refused(staff_client, newcomer, plan):
    # when
    yesterday = timezone.localdate() - timedelta(days=1)
    response = staff_client.post(
        reverse("membership:add"), grant_form(newcomer, plan, ends_on=yesterday.isoformat())
    )

    # then
    assert response.status_code == 200
    assert "cannot end before it starts" in response.content.decode()
    assert not Membership.objects.filter(user=newcomer).exists()


def test_admin_extend_lapsed_membership_makes_it_active(staff_client, lapsed):
    # given
    membership = lapsed.memberships.get()
    new_end = timezone.localdate() + timedelta(days=200)

    # when
    response = staff_client.post(
        edit_url("membership", membership),
        {"ends_on": new_end.isoformat(), "note": "Renewed by phone"},
    )

    # then
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.ACTIVE
    assert membership.ends_on == new_end
    assert membership.note == "Renewed by phone"
    assert is_member_in_good_standing(User.objects.get(pk=lapsed.pk))


def test_admin_extend_to_a_past_date_is_refused(staff_client, lapsed):
    # given
    membership = lapsed.memberships.get()
    old_end = membership.ends_on

    # when
    response = staff_client.post(
        edit_url("membership", membership),
        {"ends_on": (timezone.localdate() - timedelta(days=1)).isoformat(), "note": ""},
    )

    # then
    assert response.status_code == 200
    assert "The new end date is in the past." in response.content.decode()
    membership.refresh_from_db()
    assert (membership.status, membership.ends_on) == (MembershipStatus.LAPSED, old_end)


def test_admin_cancel_membership_removes_access_at_once(staff_client, alice):
    # given a member in good standing
    membership = alice.memberships.get()
    assert is_member_in_good_standing(User.objects.get(pk=alice.pk))

    # when
    response = staff_client.post(
        edit_url("membership", membership),
        {
            "ends_on": membership.ends_on.isoformat(),
            "note": "Asked to leave",
            "cancel_membership": "on",
        },
    )

    # then
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.CANCELLED
    assert membership.ends_on == timezone.localdate()
    assert membership.note == "Asked to leave"
    assert not is_member_in_good_standing(User.objects.get(pk=alice.pk))


def test_admin_cancelled_membership_cannot_be_extended(staff_client, alice):
    # given
    membership = alice.memberships.get()
    membership.status = MembershipStatus.CANCELLED
    membership.save()

    # when
    response = staff_client.post(
        edit_url("membership", membership),
        {"ends_on": (timezone.localdate() + timedelta(days=30)).isoformat(), "note": ""},
    )

    # then
    assert response.status_code == 200
    assert "cannot be extended" in response.content.decode()
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.CANCELLED
    assert not is_member_in_good_standing(User.objects.get(pk=alice.pk))


def test_admin_membership_pages_refuse_non_staff(client, alice, newcomer, plan):
    # given
    client.force_login(alice)
    membership = alice.memberships.get()

    # when
    add = client.post(reverse("membership:add"), grant_form(newcomer, plan))
    cancel = client.post(
        edit_url("membership", membership),
        {"ends_on": "", "note": "", "cancel_membership": "on"},
    )

    # then
    assert add.status_code == cancel.status_code == 302
    assert add["Location"].startswith(reverse("wagtailadmin_login"))
    assert not Membership.objects.filter(user=newcomer).exists()
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.ACTIVE


# The import page

IMPORT_ROWS = [
    {
        "email": "ada@example.org",
        "first_name": "Ada",
        "industry": "healthcare",
        "challenge_title": "Keeping volunteers engaged",
        "challenge_description": "We lose half our volunteers.",
    },
    {"email": "not-an-email"},
    {"email": "grace@example.org", "industry": "Basket Weaving"},
    {"email": "linus@example.org", "seniority": "boss"},
    {"email": "mary@example.org", "first_name": "Mary", "seniority": "Director"},
]


def upload(content: bytes, name: str = "members.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="text/csv")


def test_admin_import_page_shows_the_form(staff_client, plan):
    response = staff_client.get(reverse("members_import"))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="file"' in html
    assert 'name="create_unknown_terms"' in html
    assert f'<option value="{plan.pk}">' in html


def test_admin_import_reports_rejected_rows_and_imports_good_ones(staff_client, plan, csv_text):
    # given
    data = csv_text(*IMPORT_ROWS).encode()

    # when
    response = staff_client.post(reverse("members_import"), {"file": upload(data), "plan": plan.pk})

    # then the report shows the counts and each rejected row with its line
    assert response.status_code == 200
    html = response.content.decode()
    assert '<td data-testid="rows-ok">3</td>' in html
    assert (
        "3 row(s) read: 3 member(s) created, 0 updated, 3 membership(s) granted, "
        "1 challenge(s) created; 2 row(s) rejected; 1 warning(s)." in html
    )
    for line, reason in [
        (3, 'invalid e-mail "not-an-email"'),
        (4, 'unknown industry "Basket Weaving"'),
    ]:
        assert f"<tr><td>{line}</td><td>{escape(reason)}" in html
    # and the line with an unknown seniority imported, with its warning shown
    warnings = html.split("Imported with warnings", 1)[1].split("Rejected rows", 1)[0]
    assert (
        "<tr><td>5</td><td>"
        + escape('unknown seniority "boss" not imported (left blank): neither a level')
    ) in warnings
    # and the good rows landed
    assert set(User.objects.values_list("email", flat=True)) >= {
        "ada@example.org",
        "linus@example.org",
        "mary@example.org",
    }
    assert not User.objects.filter(email="grace@example.org").exists()
    assert User.objects.get(email="linus@example.org").profile.seniority == ""
    ada = User.objects.get(email="ada@example.org")
    assert ada.profile.industry.name == "Healthcare"
    assert ada.challenges.get().title == "Keeping volunteers engaged"
    assert is_member_in_good_standing(ada)
    assert ada.memberships.get().plan == plan


def test_admin_import_says_how_many_members_are_open_to_introductions(staff_client, plan, csv_text):
    # given a file carrying over the consent of one of its two members
    columns = (*IMPORT_COLUMNS, "open_to_introductions")
    data = csv_text(
        {"email": "ada@example.org", "open_to_introductions": "Yes"},
        {"email": "grace@example.org", "open_to_introductions": "no"},
        columns=columns,
    ).encode()

    # when
    response = staff_client.post(reverse("members_import"), {"file": upload(data), "plan": plan.pk})

    # then the result says what it means for introductions
    html = response.content.decode()
    assert '<td data-testid="open-to-introductions">1 of 2</td>' in html
    assert (
        "1 of 2 imported members are open to introductions: they can be suggested to other "
        "members and introduced. The other 1 is not suggested to anyone until they opt in "
        "themselves on their profile."
    ) in html
    assert User.objects.get(email="ada@example.org").profile.open_to_introductions


def test_admin_import_page_documents_consent_and_seniority_synonyms(staff_client, plan):
    html = staff_client.get(reverse("members_import")).content.decode()

    assert "optional: <code>open_to_introductions</code>" in html
    assert "never changed by a file" in html
    assert f'<a href="{reverse("senioritysynonym:index")}">Seniority synonyms</a>' in html


def test_admin_import_with_create_unknown_terms_accepts_new_industry(staff_client, plan, csv_text):
    # given
    data = csv_text({"email": "grace@example.org", "industry": "Basket Weaving"}).encode()

    # when
    response = staff_client.post(
        reverse("members_import"),
        {"file": upload(data), "plan": plan.pk, "create_unknown_terms": "on"},
    )

    # then
    assert "1 row(s) read: 1 member(s) created" in response.content.decode()
    grace = User.objects.get(email="grace@example.org")
    assert grace.profile.industry.name == "Basket Weaving"


def test_admin_import_of_an_unchanged_file_says_nothing_changed(staff_client, plan, csv_text):
    data = csv_text({"email": "grace@example.org", "industry": "Healthcare"}).encode()
    staff_client.post(reverse("members_import"), {"file": upload(data), "plan": plan.pk})

    again = staff_client.post(reverse("members_import"), {"file": upload(data), "plan": plan.pk})

    html = again.content.decode()
    assert "Nothing to change: 1 row(s) already up to date." in html
    assert "row(s) read:" not in html
    assert User.objects.filter(email="grace@example.org").count() == 1


def test_admin_import_rerun_changes_nothing(staff_client, plan, csv_text):
    # given a file imported once
    data = csv_text(*IMPORT_ROWS).encode()
    staff_client.post(reverse("members_import"), {"file": upload(data), "plan": plan.pk})
    counts = (User.objects.count(), Membership.objects.count(), Challenge.objects.count())

    # when
    response = staff_client.post(reverse("members_import"), {"file": upload(data), "plan": plan.pk})

    # then
    html = response.content.decode()
    assert "<tr><th>Members created</th><td>0</td></tr>" in html
    assert "<tr><th>Challenges created</th><td>0</td></tr>" in html
    assert "<tr><th>Memberships granted</th><td>0</td></tr>" in html
    assert (User.objects.count(), Membership.objects.count(), Challenge.objects.count()) == counts


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"email,first_name\nada@example.org,Ada\n", "Missing column(s):", id="column"),
        pytest.param(None, "The file is not UTF-8 text", id="encoding"),
    ],
)
def test_admin_import_rejects_unreadable_file_on_the_form(
    staff_client, plan, csv_text, content, message
):
    # given
    if content is None:
        content = csv_text({"email": "jose@example.org", "first_name": "José"}).encode("latin-1")

    # when
    response = staff_client.post(
        reverse("members_import"), {"file": upload(content), "plan": plan.pk}
    )

    # then
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'data-testid="rows-ok"' not in html
    assert not User.objects.exclude(is_staff=True).exists()


def test_admin_import_requires_file_and_plan(staff_client, plan):
    # given what a browser sends when nothing was chosen
    form = {"file": "", "plan": ""}

    # when
    response = staff_client.post(reverse("members_import"), form)

    # then

    assert response.status_code == 200
    assert response.content.decode().count("This field is required.") == 2


def test_admin_import_refuses_non_staff_member(client, alice, plan, csv_text):
    # given
    client.force_login(alice)
    data = csv_text(*IMPORT_ROWS).encode()

    # when
    response = client.post(reverse("members_import"), {"file": upload(data), "plan": plan.pk})

    # then
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert not User.objects.filter(email="ada@example.org").exists()


def test_admin_import_refuses_staff_without_add_membership_permission(
    client, editor, plan, csv_text
):
    # given staff who may use the admin but not grant memberships
    client.force_login(editor)
    data = csv_text(*IMPORT_ROWS).encode()

    # when
    page = client.get(reverse("members_import"))
    xhr = client.get(reverse("members_import"), headers={"x-requested-with": "XMLHttpRequest"})
    post = client.post(reverse("members_import"), {"file": upload(data), "plan": plan.pk})

    # then the view denies permission: Wagtail turns that into a 403 for scripts and a
    # redirect to the dashboard with an error message for pages
    assert xhr.status_code == 403
    assert page.status_code == post.status_code == 302
    assert page["Location"] == reverse("wagtailadmin_home")
    assert not User.objects.filter(email="ada@example.org").exists()
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "you do not have permission" in home
    assert reverse("members_import") not in home


# Saves go through the services


def test_admin_adds_a_profile_for_an_account_without_one(staff_client):
    # given an account created outside sign-up (e.g. createsuperuser)
    user = factories.UserFactory(email="loner@example.org")

    # when
    response = staff_client.post(
        reverse("profile:add"),
        {
            "user": user.pk,
            "headline": "Chief Operating Officer",
            "seniority": "executive",
            "expertise": "Rostering, rostering, lean",
            "timezone": "Europe/Paris",
        },
    )

    # then
    assert response.status_code == 302
    profile = user.profile
    assert profile.headline == "Chief Operating Officer"
    assert profile.expertise == ["Rostering", "lean"]


def test_admin_consent_change_is_recorded_as_made_by_staff(staff_client, alice):
    # given a member who opted in on their profile
    profile = alice.profile
    profile.open_to_introductions, profile.consent_source = True, "member"
    profile.save()

    # when staff untick "open to introductions" in the admin (e.g. the member asked by phone)
    response = staff_client.post(
        reverse("profile:edit", args=[profile.pk]),
        {"seniority": "senior", "expertise": "budgeting", "timezone": ""},
    )

    # then the change is recorded as staff's, and shown on the member's inspect page
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.open_to_introductions is False
    assert profile.consent_source == "staff"
    assert profile.consent_changed_at is not None
    html = staff_client.get(reverse("profile:inspect", args=[profile.pk])).content.decode()
    assert "Consent last changed by" in html
    assert "Staff, in the admin" in html


def test_admin_profile_add_for_an_account_with_a_profile_is_refused(staff_client, alice):
    response = staff_client.post(reverse("profile:add"), {"user": alice.pk, "headline": "Twin"})
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert alice.profile.headline != "Twin"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Retail!", "Too close to the existing"),
        ("!!!", "Use letters or digits"),
    ],
)
def test_admin_industry_name_that_cannot_be_a_term_is_refused(staff_client, name, message):
    before = Industry.objects.count()
    response = staff_client.post(reverse("industry:add"), {"name": name})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Industry.objects.count() == before


def test_admin_staff_add_a_seniority_synonym_the_import_then_uses(staff_client, plan, csv_text):
    # when staff add "Boss" as another word for executive
    response = staff_client.post(
        reverse("senioritysynonym:add"), {"name": " Boss ", "seniority": "executive"}
    )

    # then a file saying "BOSS" imports as executive, without a warning
    assert response.status_code == 302
    data = csv_text({"email": "ada@example.org", "seniority": "BOSS"}).encode()
    html = staff_client.post(
        reverse("members_import"), {"file": upload(data), "plan": plan.pk}
    ).content.decode()
    assert "Imported with warnings" not in html
    assert User.objects.get(email="ada@example.org").profile.seniority == "executive"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("HEAD", "This synonym already exists."),
        ("mid-level", "&quot;mid-level&quot; is a seniority level already."),
        ("", "This field is required."),
    ],
)
def test_admin_seniority_synonym_that_clashes_is_refused(staff_client, name, message):
    before = SenioritySynonym.objects.count()

    response = staff_client.post(
        reverse("senioritysynonym:add"), {"name": name, "seniority": "senior"}
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert SenioritySynonym.objects.count() == before


def test_admin_renaming_a_function_renames_its_slug(staff_client):
    function = Function.objects.get(name="Finance")
    response = staff_client.post(edit_url("function", function), {"name": "Finance & Accounting"})
    assert response.status_code == 302
    function.refresh_from_db()
    assert (function.name, function.slug) == ("Finance & Accounting", "finance-accounting")


def test_admin_challenge_edit_normalises_tags_and_keeps_author(staff_client, alice):
    challenge = factories.ChallengeFactory(author=alice)
    response = staff_client.post(
        edit_url("challenge", challenge),
        {
            "title": challenge.title,
            "description": challenge.description,
            "tags": "Volunteer Retention, volunteer retention, Onboarding",
            "status": "exploring",
            "visibility": "members",
        },
    )
    assert response.status_code == 302
    challenge.refresh_from_db()
    assert challenge.tags == ["volunteer-retention", "onboarding"]
    assert (challenge.status, challenge.author) == ("exploring", alice)


def test_admin_note_on_a_grace_membership_can_change_without_extending(staff_client, alice):
    membership = alice.memberships.get()
    membership.status = MembershipStatus.GRACE
    membership.ends_on = timezone.localdate() - timedelta(days=3)
    membership.save()

    response = staff_client.post(
        edit_url("membership", membership),
        {
            "ends_on": membership.ends_on.isoformat(),
            "note": "Called, renewing next week",
        },
    )

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.GRACE
    assert membership.note == "Called, renewing next week"


@pytest.fixture
def tasks_run_at_once():
    """Queued tasks run where they are queued (on commit) instead of on a worker."""
    from config.celery import app

    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = False


def shown_peer(suggestion) -> dict:
    suggestion.refresh_from_db()
    return suggestion.explanation["peer"]


def test_admin_renames_show_at_once_in_suggestions_that_show_the_member(
    staff_client, alice, bob, bob_client, tasks_run_at_once, django_capture_on_commit_callbacks
):
    # Given Alice is suggested to Bob, with her industry, function and organisation shown
    suggestion = factories.suggestion(bob, alice)
    profile = alice.profile
    organisation = profile.organisation

    # When staff rename each of them in the admin
    with django_capture_on_commit_callbacks(execute=True) as queued:
        staff_client.post(edit_url("industry", profile.industry), {"name": "Charities & Causes"})
        staff_client.post(edit_url("function", profile.function), {"name": "People & Culture"})
        staff_client.post(
            edit_url("organisation", organisation),
            {"name": "Harbour Trust", "industry": organisation.industry_id or "", "website": ""},
        )
    assert len(queued) == 3

    # Then Bob's list shows the new names without waiting for the nightly refresh
    shown = shown_peer(suggestion)
    assert shown["industry"] == "Charities & Causes"
    assert shown["function"] == "People & Culture"
    assert shown["organisation"] == "Harbour Trust"
    page = bob_client.get(reverse("people")).content.decode()
    assert "Harbour Trust" in page
    assert "People &amp; Culture" in page


def test_admin_organisation_name_taken_in_another_case_is_refused(staff_client, alice, bob):
    bob.profile.organisation.name = "Harbour Trust"
    bob.profile.organisation.save()
    organisation = alice.profile.organisation
    before = organisation.name

    response = staff_client.post(
        edit_url("organisation", organisation), {"name": "harbour trust", "website": ""}
    )

    assert response.status_code == 200
    assert "&quot;Harbour Trust&quot; already exists." in response.content.decode()
    organisation.refresh_from_db()
    assert organisation.name == before


def test_admin_adds_an_organisation(staff_client):
    response = staff_client.post(
        reverse("organisation:add"),
        {"name": "  New   Co-op ", "industry": industry("Retail").pk, "website": ""},
    )

    assert response.status_code == 302
    assert Organisation.objects.get(name="New Co-op").industry.name == "Retail"


def test_admin_sends_no_staff_email_hash_to_gravatar(staff_client):
    body = staff_client.get(reverse("wagtailadmin_home")).content.decode()

    assert "gravatar.com" not in body


def test_admin_users_listing_finds_people_by_full_name(staff_client):
    kavya = factories.member(user__first_name="Kavya", user__last_name="Reddy")
    other = factories.member(user__first_name="Kavya", user__last_name="Sharma")
    for query in ("Kavya Reddy", "reddy kavya", kavya.email):
        html = staff_client.get("/admin/users/", {"q": query}).content.decode()
        assert kavya.email in html, query
        assert other.email not in html, query


def test_admin_users_screens_still_work(staff_client):
    kavya = factories.member(user__first_name="Kavya", user__last_name="Reddy")
    assert staff_client.get("/admin/users/").status_code == 200
    assert staff_client.get(reverse("wagtailusers_users:add")).status_code == 200
    assert staff_client.get(reverse("wagtailusers_users:edit", args=[kavya.pk])).status_code == 200
