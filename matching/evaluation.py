"""Matching quality on a community with known answers (which challenges state the same
underlying problem): the figures issue 9 sets targets for, shared by
``bench/quality.py`` and the quality tests.

- hit@5: share of members whose problem someone else shares with at least one
  same-problem peer among their first 5 suggestions;
- recall@5: share of their same-problem peers (at most 5 count) found in their first 5;
- cross-industry: share of first-5 suggestions from another industry;
- empty lists: share of members seeking help whose list is empty;
- recovered problems (working groups): a proposed group holds at least 3 of a problem's
  statements, at least 60% of the group is that problem, and it spans at least 3
  industries.
"""

import json
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from challenges.models import Challenge, ChallengeVisibility
from challenges.services import members_import_csv
from matching.selectors import MATCHABLE, SEEKING, members_matchable, suggestions_for_member
from members.models import MembershipPlan, Profile, User
from members.services import profile_update

TOP = 5


def community_import(directory: Path) -> dict[str, str | None]:
    """Import DIR's members through the real import, everyone opted in; returns the
    problem key of each challenge title."""
    plan, _ = MembershipPlan.objects.get_or_create(
        slug="quality", defaults={"name": "Quality", "price": 0}
    )
    report = members_import_csv(
        data=(directory / "community.csv").read_bytes(), plan=plan, create_unknown_terms=True
    )
    if report.errors:
        raise SystemExit(f"The import refused rows: {report.errors}")
    for user in User.objects.filter(is_staff=False):
        profile_update(user=user, open_to_introductions=True)
    return json.loads((directory / "truth.json").read_text())


def problems_of_members(key_of) -> tuple[dict[int, set[str]], dict[int, set[str]], dict]:
    """Per matchable member: the problems they are seeking help with, the problems of
    their challenges others may be matched with, and their industry."""
    matchable = set(members_matchable().values_list("pk", flat=True))
    seeking: dict[int, set[str]] = defaultdict(set)
    shown: dict[int, set[str]] = defaultdict(set)
    rows = Challenge.objects.filter(author_id__in=matchable).select_related("author")
    for challenge in rows:
        key = key_of(challenge)
        if challenge.status in SEEKING:
            seeking[challenge.author_id]  # a member seeking help, shared problem or not
        if key is None:
            continue
        if challenge.status in SEEKING:
            seeking[challenge.author_id].add(key)
        if challenge.status in MATCHABLE and challenge.visibility == ChallengeVisibility.MEMBERS:
            shown[challenge.author_id].add(key)
    industry = dict(
        Profile.objects.filter(user_id__in=matchable).values_list("user_id", "industry_id")
    )
    return seeking, shown, industry


def figures(lists: dict[int, list[int]], seeking, shown, industry) -> dict[str, float]:
    """hit@5, recall@5 and cross-industry share over members who share a problem, and
    the share of members seeking help whose list is empty."""
    hits, recalls, cross, total_shown = 0, [], 0, 0
    counted = 0
    for member, problems in seeking.items():
        peers = {p for p, keys in shown.items() if p != member and keys & problems}
        top = lists.get(member, [])[:TOP]
        if peers:
            counted += 1
            found = len(peers & set(top))
            hits += found > 0
            recalls.append(found / min(len(peers), TOP))
        cross += sum(industry.get(p) != industry.get(member) for p in top)
        total_shown += len(top)
    empty = sum(not lists.get(m) for m in seeking) / max(len(seeking), 1)
    return {
        "members sharing a problem": counted,
        "hit@5": hits / max(counted, 1),
        "recall@5": float(np.mean(recalls)) if recalls else 0.0,
        "cross-industry": cross / max(total_shown, 1),
        "empty lists": empty,
        "suggestions in top 5": total_shown,
    }


def confer_lists() -> dict[int, list[int]]:
    lists: dict[int, list[int]] = {}
    for member in members_matchable():
        peers: list[int] = []
        for suggestion in suggestions_for_member(member=member):
            if suggestion.peer_id not in peers:
                peers.append(suggestion.peer_id)
        lists[member.pk] = peers
    return lists


def problems_recovered(labels, problems, industries) -> set[str]:
    """Problems recovered by a clustering: ``labels`` per row (-1: in no group), each
    row's problem key (None: a problem nobody shares) and industry."""
    groups: dict[int, list[int]] = defaultdict(list)
    for row, label in enumerate(labels):
        if label >= 0:
            groups[label].append(row)
    found = set()
    for rows in groups.values():
        counts = Counter(problems[r] for r in rows if problems[r])
        if not counts:
            continue
        problem, count = counts.most_common(1)[0]
        if count >= 3 and count / len(rows) >= 0.6 and len({industries[r] for r in rows}) >= 3:
            found.add(problem)
    return found
