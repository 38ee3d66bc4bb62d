"""The texts that are embedded, and the key terms two texts share."""

import hashlib
import re

from challenges.models import Challenge
from members.models import Profile


def challenge_text(challenge: Challenge) -> str:
    """What a challenge is about, as one text."""
    text = f"{challenge.title}. {challenge.description}"
    if challenge.tags:
        text += " Tags: " + ", ".join(tag.replace("-", " ") for tag in challenge.tags) + "."
    return text


def profile_help_text(profile: Profile) -> str:
    """What a member could help with; empty when they have said nothing of it."""
    parts = []
    if profile.headline:
        parts.append(f"{profile.headline}.")
    if profile.expertise:
        parts.append("Can help with: " + ", ".join(profile.expertise) + ".")
    if profile.bio:
        parts.append(profile.bio)
    return " ".join(parts)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


STOPWORDS = frozenset(
    """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves
then there these they this those through to too under until up very was we were what when
where which while who whom why will with would you your yours yourself yourselves us get got
one two three first many much still even every keep keeps kept make makes made tried try
trying want need needs way ways lot lots really things thing don't can't we're we've i'm
it's isn't doesn't tags help new year years month months week weeks day days time
i'd i'll we'd we'll they're rather people others without take takes taking took answer
across since around almost already always never often usually able like enough managed
tell told look looks looked looking last old use used using feel feels felt seem seems
seemed say says said know knew go goes going went come comes came put give gives given find
finds found let lets start started add added build built introduce introduced
""".split()
)

_WORD = re.compile(r"[a-z][a-z'\-]*[a-z]")


def _stem(word: str) -> str:
    # A light stemmer: enough to see "volunteers" and "volunteer" as one term.
    for suffix in ("ing", "ies", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def key_terms(text: str) -> dict[str, str]:
    """Content words of ``text``: stem -> first form it takes, in order of appearance."""
    terms: dict[str, str] = {}
    for word in _WORD.findall(text.lower()):
        if word in STOPWORDS or len(word) < 3:
            continue
        terms.setdefault(_stem(word), word)
    return terms


def shared_terms(text: str, other: str, limit: int = 6) -> list[str]:
    """Key terms the two texts have in common, as ``text`` words them."""
    theirs = key_terms(other)
    return [form for stem, form in key_terms(text).items() if stem in theirs][:limit]
