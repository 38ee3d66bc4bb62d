"""Why a suggestion was made, in one shape for the page, the API, the admin and the CLI."""

from matching.models import Suggestion


def _term(obj) -> str:
    return obj.name if obj is not None else ""


def suggestion_explanation(suggestion: Suggestion) -> dict:
    """The pair that matched, how similar, the words in common, and who is who.

    Expects the relations ``suggestions_for_member`` loads.
    """
    mine = suggestion.member.profile
    theirs = suggestion.peer.profile
    if suggestion.peer_challenge is not None:
        peer_text = suggestion.peer_challenge.title
        why = "works on the same problem"
    else:
        peer_text = ", ".join(theirs.expertise) or theirs.headline
        why = "can help with it"
    other_industry = bool(
        mine.industry_id and theirs.industry_id and mine.industry_id != theirs.industry_id
    )
    return {
        "rank": suggestion.rank,
        "kind": suggestion.kind,
        "kind_label": suggestion.get_kind_display(),
        "summary": f"{suggestion.peer.get_full_name()} {why}"
        + (f" in {_term(theirs.industry)}" if other_industry else ""),
        "score": suggestion.score,
        "similarity": suggestion.similarity,
        "shared_terms": list(suggestion.shared_terms),
        "member_challenge_id": suggestion.member_challenge_id,
        "member_text": suggestion.member_challenge.title,
        "peer_challenge_id": suggestion.peer_challenge_id,
        "peer_text": peer_text,
        "other_industry": other_industry,
        "member": {"industry": _term(mine.industry), "function": _term(mine.function)},
        "peer": {
            "id": theirs.pk,
            "user_id": suggestion.peer_id,
            "name": suggestion.peer.get_full_name(),
            "headline": theirs.headline,
            "organisation": _term(theirs.organisation),
            "industry": _term(theirs.industry),
            "function": _term(theirs.function),
        },
    }
