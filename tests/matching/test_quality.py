"""Matching quality on the demo community, with the real model.

The demo generator knows which challenges restate the same underlying problem in
different industries' words (``problem_key``). For members with such a challenge, a
peer from another industry with the same problem should be in their top 5.
"""

import os
from pathlib import Path

import pytest

from challenges.models import Challenge
from demo.community import build_community
from demo.services import demo_community_seed
from matching.evaluation import community_import, confer_lists, figures, problems_of_members
from matching.models import Suggestion
from matching.selectors import SEEKING, members_matchable
from matching.services.embeddings import embeddings_sweep
from matching.services.suggestions import suggestions_refresh_all

pytestmark = pytest.mark.django_db


def test_same_problem_peer_from_another_industry_in_top_five(real_backend):
    demo_community_seed()
    embeddings_sweep(kind="challenge", backend=real_backend)
    embeddings_sweep(kind="profile", backend=real_backend)
    suggestions_refresh_all(backend=real_backend)

    problem = {(c.author_email, c.title): c.problem_key for c in build_community().challenges}
    matchable = set(members_matchable().values_list("pk", flat=True))
    challenges = list(
        Challenge.objects.filter(author_id__in=matchable, visibility="members").select_related(
            "author", "author__profile"
        )
    )
    key_of = {c.pk: problem[(c.author.email, c.title)] for c in challenges}
    industry_of = {c.pk: c.author.profile.industry_id for c in challenges}
    # Where a same-problem peer in another industry exists to be found at all:
    # (author, key, industry) of every matchable challenge.
    findable = {
        (c.author_id, key_of[c.pk], industry_of[c.pk])
        for c in challenges
        if key_of[c.pk] and c.status in ("open", "exploring", "solved")
    }

    members_checked = 0
    members_served = 0
    for member_id in sorted(matchable):
        mine = [
            c
            for c in challenges
            if c.author_id == member_id and key_of[c.pk] and c.status in SEEKING
        ]
        wanted = {
            (key_of[c.pk], industry_of[c.pk])
            for c in mine
            if any(
                k == key_of[c.pk] and ind != industry_of[c.pk] and a != member_id
                for a, k, ind in findable
            )
        }
        if not wanted:
            continue
        members_checked += 1
        top5 = Suggestion.objects.filter(
            member_id=member_id, rank__lte=5, peer_challenge__isnull=False
        )
        for s in top5:
            if any(
                key_of.get(s.peer_challenge_id) == key
                and industry_of.get(s.peer_challenge_id) != industry
                for key, industry in wanted
            ):
                members_served += 1
                break
    share = members_served / members_checked
    print(
        f"\nsame-problem cross-industry peer in top 5: {members_served}/{members_checked}"
        f" = {share:.1%}"
    )
    assert members_checked >= 100
    # Measured 97.5% (119/122) with all-mpnet-base-v2; issue 9: no worse than the 88.7%
    # of the matching before it.
    assert share >= 0.887


VALIDATION_DIR = Path(
    os.environ.get(
        "CONFER_VALIDATION_DIR", Path(__file__).resolve().parents[3] / "shared" / "validation"
    )
)


@pytest.mark.skipif(
    not (VALIDATION_DIR / "truth.json").exists(),
    reason=f"no validation community at {VALIDATION_DIR} (set CONFER_VALIDATION_DIR)",
)
def test_validation_community_same_problem_peers_in_other_industries(real_backend):
    # A community nobody who writes Confer wrote (issue 9's targets): members state the
    # same problem in their own industries' words, with no distinctive words shared.
    truth = community_import(VALIDATION_DIR)
    embeddings_sweep(kind="challenge", backend=real_backend)
    embeddings_sweep(kind="profile", backend=real_backend)
    suggestions_refresh_all(backend=real_backend)
    seeking, shown, industry = problems_of_members(lambda c: truth.get(c.title))

    result = figures(confer_lists(), seeking, shown, industry)

    print(f"\nvalidation community: {result}")
    assert result["members sharing a problem"] == 80
    assert result["hit@5"] >= 0.90
    assert result["recall@5"] >= 0.45
    assert result["cross-industry"] >= 0.90
    assert result["empty lists"] == 0
