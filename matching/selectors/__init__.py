"""Reads for matching (see the house style: every read past a plain ``.get()``)."""

from matching.selectors.candidates import (
    MATCHABLE,
    SEEKING,
    Neighbour,
    challenges_nearest,
    feedback_factors,
    members_matchable,
    neighbours_of_challenges,
    peers_not_to_suggest,
    seeking_challenges,
    vector_search,
)
from matching.selectors.introductions import (
    connections_for_member,
    introduction_outcomes_by_industry_pair,
    introductions_for_member,
    introductions_inbox,
    introductions_used_this_month,
    notifications_for_member,
    notifications_unread_count,
)
from matching.selectors.search import search, search_query_clean
from matching.selectors.suggestions import (
    embedding_status,
    members_with_suggestions_of,
    suggestions_for_member,
    top_suggestions_to_introduce,
)

__all__ = [
    "MATCHABLE",
    "SEEKING",
    "Neighbour",
    "challenges_nearest",
    "connections_for_member",
    "embedding_status",
    "feedback_factors",
    "introduction_outcomes_by_industry_pair",
    "introductions_for_member",
    "introductions_inbox",
    "introductions_used_this_month",
    "members_matchable",
    "members_with_suggestions_of",
    "neighbours_of_challenges",
    "notifications_for_member",
    "notifications_unread_count",
    "peers_not_to_suggest",
    "search",
    "search_query_clean",
    "seeking_challenges",
    "suggestions_for_member",
    "top_suggestions_to_introduce",
    "vector_search",
]
