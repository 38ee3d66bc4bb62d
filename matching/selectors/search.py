"""Reads for the member search box: challenges and members ranked by a hybrid of
full-text and vector similarity (reciprocal rank fusion), with a snippet each."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.core.exceptions import ValidationError
from django.db.models import F, Func, TextField, Value
from django.utils.safestring import mark_safe

from challenges.models import DESCRIPTION_MAX_LENGTH, Challenge
from matching.backends import EmbeddingBackend, get_backend
from matching.models import ChallengeEmbedding, ProfileEmbedding
from matching.selectors.candidates import vector_search
from members.models import Profile
from members.selectors import DirectoryFilters, directory_profiles

# A member may paste a whole challenge (its description) to find similar ones.
MAX_QUERY_LENGTH = DESCRIPTION_MAX_LENGTH
CANDIDATES = 50
RRF_K = 60  # the usual constant of reciprocal rank fusion
# Cosine similarity a text needs to be found by meaning alone. With all-MiniLM-L6-v2 a
# short query scores about 0.17-0.4 against texts about its problem and about 0
# against unrelated ones.
MIN_SIMILARITY = 0.15
# Placeholders around matched words, so the member's own text can be escaped first.
MARK_START, MARK_STOP = "\x02", "\x03"
_WORDS = re.compile(r"\w+")


def _snippet_html(text: str, source: str = "") -> str:
    """The snippet as safe HTML: the text escaped, matched words in <mark>, and "…"
    where it starts or stops inside ``source`` (the text it was cut from)."""
    text = text or ""
    escaped = html.escape(text).replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>")
    if source:
        cut = _WORDS.findall(text.replace(MARK_START, "").replace(MARK_STOP, "").lower())
        whole = _WORDS.findall(source.lower())
        if cut[:3] != whole[:3]:
            escaped = "… " + escaped
        if cut[-3:] != whole[-3:]:
            escaped += " …"
    return mark_safe(escaped)


@dataclass
class SearchResult:
    kind: str  # "challenge" or "member"
    id: int
    title: str
    snippet: str
    score: float
    industry: str
    function: str
    status: str = ""
    url_id: int = 0  # challenge id, or the member's profile id
    headline: str = ""  # a member's headline


def search_query_clean(q: str) -> str:
    """The query to search for, whitespace collapsed; ValidationError (on "q") when empty
    or longer than MAX_QUERY_LENGTH characters."""
    q = " ".join((q or "").split())
    if not q:
        raise ValidationError({"q": ["Type what you are looking for."]})
    if len(q) > MAX_QUERY_LENGTH:
        raise ValidationError({"q": [f"Keep searches to {MAX_QUERY_LENGTH} characters or fewer."]})
    return q


def _fuse(*rankings: list[int]) -> dict[int, float]:
    scores: dict[int, float] = {}
    for ranking in rankings:
        for position, pk in enumerate(ranking, start=1):
            scores[pk] = scores.get(pk, 0.0) + 1.0 / (RRF_K + position)
    return scores


def _array_text(field: str, separator: str = " "):
    return Func(F(field), Value(separator), function="array_to_string", output_field=TextField())


def _fused_ranking(
    *, candidates, document, query, vector, embeddings, key: str, backend: EmbeddingBackend
) -> dict[int, float]:
    """Reciprocal-rank fusion of the best full-text and the nearest-vector candidates."""
    # Texts that match the query (every word, as in a web search), not merely share one
    # common word with it: ts_rank alone is above zero for any shared word.
    by_text = list(
        candidates.annotate(found=document, rank=SearchRank(document, query))
        .filter(found=query)
        .order_by("-rank")
        .values_list("pk", flat=True)[:CANDIDATES]
    )
    with vector_search():
        nearest = list(
            embeddings.current(model_id=backend.model_id, dimensions=backend.dimensions)
            .nearest_to(vector, dimensions=backend.dimensions)
            .values_list(key, "similarity")[:CANDIDATES]
        )
    # The nearest of unrelated texts are still the nearest: without a floor, a search
    # with few real matches is padded with noise.
    by_meaning = [pk for pk, similarity in nearest if similarity >= MIN_SIMILARITY]
    return _fuse(by_text, by_meaning)


def _joined(*parts):
    return Func(Value(". "), *parts, function="concat_ws", output_field=TextField())


def _without_marks(text):
    # Texts stored before input was cleaned may hold the placeholder characters; a
    # stray one would open or close a highlight of its own.
    return Func(
        text,
        Value(MARK_START + MARK_STOP),
        Value(""),
        function="translate",
        output_field=TextField(),
    )


def search(
    *,
    user,
    q: str,
    industry: str = "",
    function: str = "",
    status: str = "",
    kinds: tuple[str, ...] = ("challenge", "member"),
    limit: int = 20,
    backend: EmbeddingBackend | None = None,
) -> list[SearchResult]:
    """Challenges ``user`` may read and members in the directory, best first."""
    q = search_query_clean(q)
    backend = backend or get_backend()
    vector = backend.embed_query(q)
    query = SearchQuery(q, search_type="websearch", config="english")
    results: list[SearchResult] = []

    if "challenge" in kinds:
        challenges = Challenge.objects.visible_to(user)
        if industry:
            challenges = challenges.filter(author__profile__industry__slug=industry)
        if function:
            challenges = challenges.filter(author__profile__function__slug=function)
        if status:
            challenges = challenges.filter(status=status)
        document = SearchVector("title", weight="A", config="english") + SearchVector(
            "description", _array_text("tags"), weight="B", config="english"
        )
        scores = _fused_ranking(
            candidates=challenges,
            document=document,
            query=query,
            vector=vector,
            embeddings=ChallengeEmbedding.objects.filter(challenge__in=challenges),
            key="challenge_id",
            backend=backend,
        )
        rows = (
            Challenge.objects.filter(pk__in=scores)
            .select_related("author__profile__industry", "author__profile__function")
            .annotate(
                snippet=SearchHeadline(
                    _without_marks(_joined(F("description"), _array_text("tags"))),
                    query,
                    config="english",
                    start_sel=MARK_START,
                    stop_sel=MARK_STOP,
                    max_words=30,
                    min_words=12,
                    max_fragments=2,
                    fragment_delimiter=" … ",
                )
            )
        )
        for c in rows:
            profile = getattr(c.author, "profile", None)
            results.append(
                SearchResult(
                    kind="challenge",
                    id=c.pk,
                    url_id=c.pk,
                    title=c.title,
                    snippet=_snippet_html(c.snippet, f"{c.description} {' '.join(c.tags)}"),
                    score=scores[c.pk],
                    status=c.get_status_display(),
                    industry=profile.industry.name if profile and profile.industry else "",
                    function=profile.function.name if profile and profile.function else "",
                )
            )

    if "member" in kinds and not status:
        profiles = directory_profiles(
            filters=DirectoryFilters(industry=industry, function=function)
        ).exclude(user=user)
        document = (
            SearchVector(
                "user__first_name", "user__last_name", "headline", weight="A", config="simple"
            )
            + SearchVector(_array_text("expertise"), weight="A", config="english")
            + SearchVector("bio", "goals", weight="B", config="english")
        )
        scores = _fused_ranking(
            candidates=profiles,
            document=document,
            query=query,
            vector=vector,
            embeddings=ProfileEmbedding.objects.filter(profile__in=profiles.values("pk")),
            key="profile_id",
            backend=backend,
        )
        profile_rows = (
            Profile.objects.filter(pk__in=scores)
            .select_related("user", "industry", "function", "organisation")
            .annotate(
                snippet=SearchHeadline(
                    _without_marks(_joined(_array_text("expertise", ", "), F("bio"))),
                    query,
                    config="english",
                    start_sel=MARK_START,
                    stop_sel=MARK_STOP,
                    max_words=30,
                    min_words=12,
                )
            )
        )
        for p in profile_rows:
            results.append(
                SearchResult(
                    kind="member",
                    id=p.pk,
                    url_id=p.pk,
                    title=p.user.get_full_name(),
                    headline=p.headline,
                    snippet=_snippet_html(p.snippet, f"{', '.join(p.expertise)} {p.bio}"),
                    score=scores[p.pk],
                    industry=p.industry.name if p.industry else "",
                    function=p.function.name if p.function else "",
                )
            )

    results.sort(key=lambda r: (-r.score, r.kind, r.id))
    return results[:limit]
