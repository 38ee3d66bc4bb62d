import pytest
from django.urls import reverse

from challenges.models import Challenge
from matching.selectors.search import MAX_QUERY_LENGTH, _snippet_html, search
from matching.services.embeddings import objects_embed
from members.models import Profile
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def searchable(real_backend, use_backend):
    """A few challenges and members, embedded with the real model (also used by pages)."""
    use_backend(real_backend)
    nurse = factories.member(
        headline="Head of Nursing Education",
        expertise=["nurse retention", "preceptorship programmes"],
        organisation=factories.OrganisationFactory(
            name="St Mary's", industry=factories.IndustryFactory(name="Healthcare")
        ),
        bio="I run our preceptorship scheme for new nurses.",
    )
    hotel = factories.member(
        headline="General Manager",
        organisation=factories.OrganisationFactory(
            name="Tidewell", industry=factories.IndustryFactory(name="Hospitality & Travel")
        ),
    )
    factories.ChallengeFactory(
        author=hotel,
        title="Seasonal staff don't come back after their first summer",
        description="We train new seasonal staff every spring and most never return.",
        tags=["turnover"],
    )
    factories.ChallengeFactory(
        author=hotel,
        title="Replacing our booking engine",
        description="The vendor ends support next year and the migration looks risky.",
        tags=["systems"],
    )
    secret = factories.ChallengeFactory(
        author=hotel,
        title="Staff-only: a retention problem we keep private",
        description="New starters keep leaving; please keep this between us.",
        visibility="staff",
    )
    objects_embed(
        kind="challenge", ids=Challenge.objects.values_list("pk", flat=True), backend=real_backend
    )
    objects_embed(
        kind="profile", ids=Profile.objects.values_list("pk", flat=True), backend=real_backend
    )
    return {"nurse": nurse, "hotel": hotel, "secret": secret}


def test_search_finds_by_meaning_members_and_challenges(searchable, alice, real_backend):
    tax = factories.member(expertise=["corporate tax law", "VAT returns"], bio="", headline="")
    objects_embed(kind="profile", ids=[tax.profile.pk], backend=real_backend)

    results = search(user=alice, q="keeping new employees after onboarding", backend=real_backend)

    titles = [r.title for r in results]
    assert titles.index("Seasonal staff don't come back after their first summer") < titles.index(
        "Replacing our booking engine"
    )
    assert searchable["nurse"].get_full_name() in titles[:4]
    # neither near in meaning nor a match for the words: not padded in
    assert tax.get_full_name() not in titles


def test_search_never_shows_staff_only_challenges_to_members(searchable, alice, real_backend):
    results = search(user=alice, q="retention problem new starters leaving", backend=real_backend)
    assert searchable["secret"].title not in [r.title for r in results]


def test_search_filters_by_industry_and_status(searchable, alice, real_backend):
    results = search(user=alice, q="staff leaving", industry="healthcare", backend=real_backend)
    assert {r.industry for r in results} == {"Healthcare"}
    results = search(user=alice, q="staff leaving", status="solved", backend=real_backend)
    assert results == []


def test_snippet_marks_words_and_escapes_member_text(alice, real_backend, use_backend):
    use_backend(real_backend)
    challenge = factories.ChallengeFactory(
        title="Script test",
        description="<script>alert(1)</script> volunteers vanish",
    )
    objects_embed(kind="challenge", ids=[challenge.pk], backend=real_backend)
    result = next(
        r for r in search(user=alice, q="volunteers", backend=real_backend) if r.id == challenge.pk
    )
    assert "<script>" not in result.snippet
    assert "<mark>volunteers</mark>" in result.snippet


def test_control_characters_typed_by_a_member_never_become_marks(alice, real_backend, use_backend):
    use_backend(real_backend)
    challenge = factories.ChallengeFactory(title="Controls", description="plain")
    # Stored before input was cleaned (factories write rows directly).
    Challenge.objects.filter(pk=challenge.pk).update(
        description="volunteers \x02vanish\x03 and \x03 leave \x02 early"
    )
    objects_embed(kind="challenge", ids=[challenge.pk], backend=real_backend)
    result = next(
        r for r in search(user=alice, q="volunteers", backend=real_backend) if r.id == challenge.pk
    )
    assert result.snippet.count("<mark>") == result.snippet.count("</mark>") == 1
    assert "<mark>volunteers</mark>" in result.snippet


def test_control_characters_are_stripped_when_a_challenge_is_saved(alice):
    from challenges.services import challenge_create

    challenge = challenge_create(
        author=alice, title="Bell\x07 rings\x00", description="a\x02b\x03c\r\nd\te"
    )
    assert challenge.title == "Bell rings"
    assert challenge.description == "abc\nd\te"


def test_snippet_html_escapes_everything_but_the_marks():
    assert _snippet_html("a & b \x02x\x03 <i>") == "a &amp; b <mark>x</mark> &lt;i&gt;"


@pytest.mark.parametrize("q", ["", "   ", "x" * (MAX_QUERY_LENGTH + 1)])
def test_empty_or_overlong_search_is_refused_on_the_page(alice_client, q):
    response = alice_client.get(reverse("search"), {"q": q})
    assert response.status_code == 200
    body = response.content.decode()
    assert ("Type what you are looking for" in body) or (f"{MAX_QUERY_LENGTH} characters" in body)
    assert 'data-testid="search-result"' not in body


@pytest.mark.parametrize("q", ["", "   ", "x" * (MAX_QUERY_LENGTH + 1)])
def test_empty_or_overlong_search_is_400_in_the_api(alice_token_api, q):
    response = alice_token_api.get("/api/v1/search/", {"q": q})
    assert response.status_code == 400
    assert "q" in response.json()


@pytest.mark.parametrize("param", ["q", "industry", "function", "status"])
def test_search_api_refuses_nul_in_a_parameter_with_400_naming_it(alice_token_api, param):
    response = alice_token_api.get("/api/v1/search/", {"q": "volunteers", param: "a\x00b"})
    assert response.status_code == 400
    assert param in response.json()


def test_search_takes_as_many_characters_as_a_challenge_description():
    assert MAX_QUERY_LENGTH == Challenge._meta.get_field("description").max_length


def test_search_api_documents_its_query_limit(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    [q] = [p for p in schema["paths"]["/api/v1/search/"]["get"]["parameters"] if p["name"] == "q"]
    assert q["required"] is True
    assert (q["schema"]["minLength"], q["schema"]["maxLength"]) == (1, MAX_QUERY_LENGTH)


def test_a_whole_pasted_challenge_finds_its_like(searchable, alice, alice_client, alice_token_api):
    pasted = _long_challenge_text()
    assert len(pasted) == MAX_QUERY_LENGTH

    rows = alice_token_api.get("/api/v1/search/", {"q": pasted}).json()
    body = alice_client.get(reverse("search"), {"q": pasted}).content.decode()

    assert rows[0]["title"] == "Seasonal staff don't come back after their first summer"
    assert "Seasonal staff don&#x27;t come back" in body


def _long_challenge_text() -> str:
    """A member's challenge of the longest kind: hotel staff who leave after a season."""
    sentences = [
        "Every spring we hire and train seasonal staff for our hotels on the coast.",
        "Most of them never come back for a second summer, so we train new people again.",
        "Housekeeping and kitchen teams lose the most; reception keeps a few returners.",
        "We have tried end-of-season bonuses, but few people stay for them.",
        "Exit surveys say the work is fine but the housing is poor and the hours uncertain.",
        "We would like to hear how others keep seasonal workers coming back every year.",
    ]
    paragraph = " ".join(sentences) + "\n\n"
    return (paragraph * (MAX_QUERY_LENGTH // len(paragraph) + 1))[:MAX_QUERY_LENGTH]


def test_search_page_and_api_return_results(searchable, alice_client, alice_token_api):
    body = alice_client.get(reverse("search"), {"q": "nurses leaving"}).content.decode()
    assert 'data-testid="search-result"' in body
    assert "Head of Nursing Education" in body  # a member result says who they are
    rows = alice_token_api.get("/api/v1/search/", {"q": "nurses leaving"}).json()
    assert rows and {"kind", "title", "snippet", "score", "headline"} <= set(rows[0])
    assert "Head of Nursing Education" in {r["headline"] for r in rows if r["kind"] == "member"}


def test_search_refuses_lapsed_members(client, lapsed):
    client.force_login(lapsed)
    assert client.get(reverse("search"), {"q": "anything"}).status_code == 403


def test_snippet_marks_where_it_was_cut_from_a_longer_text():
    source = "We run food banks in six towns. Volunteers leave after their first month of shifts."
    cut = "Volunteers leave after their first \x02month\x03"

    html = _snippet_html(cut, source)

    assert html == "… Volunteers leave after their first <mark>month</mark> …"
    assert _snippet_html("We run food banks in six towns.", "We run food banks in six towns.") == (
        "We run food banks in six towns."
    )
