"""Why a suggestion was made, in one shape for the page, the API, the admin and the CLI.

The explanation is written beside the suggestion when the list is computed (lists are
recomputed whenever either side's challenge or profile changes, and nightly), so
reading a list is one query on one table.
"""

from challenges.models import Challenge
from matching.models import Suggestion
from members.models import Profile


def _term(obj) -> str:
    return obj.name if obj is not None else ""


def explanation_build(
    *,
    member_challenge: Challenge,
    peer_challenge: Challenge | None,
    mine: Profile,
    theirs: Profile,
) -> dict:
    """What is shown of the two sides: the texts that matched and who is who (stored;
    the scores, terms and ids are the suggestion's own columns).

    ``mine`` and ``theirs`` need their industry, function, organisation and user loaded.
    """
    if peer_challenge is not None:
        peer_text = peer_challenge.title
        why = "works on the same problem"
    else:
        peer_text = ", ".join(theirs.expertise) or theirs.headline
        why = "can help with it"
    other_industry = bool(
        mine.industry_id and theirs.industry_id and mine.industry_id != theirs.industry_id
    )
    name = theirs.user.get_full_name()
    return {
        "summary": f"{name} {why}" + (f" in {_term(theirs.industry)}" if other_industry else ""),
        "member_text": member_challenge.title,
        "peer_text": peer_text,
        "other_industry": other_industry,
        "member": {"industry": _term(mine.industry), "function": _term(mine.function)},
        "peer": {
            "id": theirs.pk,
            "user_id": theirs.user_id,
            "name": name,
            "headline": theirs.headline,
            "organisation": _term(theirs.organisation),
            "industry": _term(theirs.industry),
            "function": _term(theirs.function),
        },
    }


def suggestion_explanation(suggestion: Suggestion) -> dict:
    """The pair that matched, how similar, the words in common, and who is who."""
    return {
        **suggestion.explanation,
        "rank": suggestion.rank,
        "kind": suggestion.kind,
        "kind_label": suggestion.get_kind_display(),
        "score": suggestion.score,
        "strength": suggestion.strength,
        "strength_label": suggestion.get_strength_display(),
        "similarity": suggestion.similarity,
        "shared_terms": list(suggestion.shared_terms),
        "member_challenge_id": suggestion.member_challenge_id,
        "peer_challenge_id": suggestion.peer_challenge_id,
    }
