"""The matching space: match vectors are vectors minus a share of their industry's mean,
kept right as members change industry and staff change the share; the baseline comes
from the community's own pairs.

The arithmetic is what is tested, so hashing vectors (no meaning) are enough."""

import numpy as np
import pytest

from challenges.models import Challenge
from matching.models import (
    ChallengeEmbedding,
    IndustryCentroid,
    MatchingSettings,
    SimilarityBaseline,
)
from matching.services.embeddings import objects_embed
from matching.services.space import space_rebuild
from members.services import profile_update
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def community(use_backend, hashing_backend):
    use_backend(hashing_backend)
    industries = [factories.IndustryFactory(name=name) for name in ("Retail", "Energy")]
    members = []
    for n in range(12):
        member = factories.member(industry=industries[n % 2])
        factories.ChallengeFactory(author=member, title=f"Challenge {n}", tags=[])
        members.append(member)
    objects_embed(kind="challenge", ids=Challenge.objects.values_list("pk", flat=True))
    return members, industries


def expected_match_vectors(share: float) -> dict[int, np.ndarray]:
    rows = list(ChallengeEmbedding.objects.values_list("challenge_id", "industry_id", "vector"))
    vectors = {pk: np.asarray(v, dtype=np.float64) for pk, _, v in rows}
    means = {
        industry: np.mean([vectors[pk] for pk, i, _ in rows if i == industry], axis=0)
        for industry in {i for _, i, _ in rows}
    }
    expected = {}
    for pk, industry, _ in rows:
        corrected = vectors[pk] - share * means[industry]
        expected[pk] = corrected / np.linalg.norm(corrected)
    return expected


def stored_match_vectors() -> dict[int, np.ndarray]:
    return {
        pk: np.asarray(v, dtype=np.float64)
        for pk, v in ChallengeEmbedding.objects.values_list("challenge_id", "match_vector")
    }


def assert_close(got, want):
    assert got.keys() == want.keys()
    for pk in want:
        assert np.allclose(got[pk], want[pk], atol=1e-4), pk


def test_match_vectors_take_out_half_of_their_industrys_mean(community):
    assert_close(stored_match_vectors(), expected_match_vectors(0.5))


def test_a_member_who_changes_industry_is_corrected_by_the_new_one(community):
    members, industries = community
    mover = members[0]
    assert mover.profile.industry == industries[0]

    profile_update(user=mover, industry=industries[1])

    row = ChallengeEmbedding.objects.get(challenge__author=mover)
    assert row.industry_id == industries[1].pk
    # At once, corrected with Energy's mean as it stands (means are retaken when an
    # industry drifts, at the next embedding or nightly), no longer with Retail's.
    energy = IndustryCentroid.objects.get(kind="challenge", industry=industries[1])
    corrected = np.asarray(row.vector) - np.asarray(energy.offset)
    assert np.allclose(row.match_vector, corrected / np.linalg.norm(corrected), atol=1e-4)
    space_rebuild()
    assert_close(stored_match_vectors(), expected_match_vectors(0.5))


def test_a_new_correction_set_by_staff_applies_at_the_nightly_rebuild(community):
    config = MatchingSettings.load()
    config.industry_correction = 0.9
    config.save()

    space_rebuild()

    assert_close(stored_match_vectors(), expected_match_vectors(0.9))


def test_the_baseline_is_the_median_and_99th_percentile_of_other_members_pairs(community):
    vectors = stored_match_vectors()
    ids = sorted(vectors)
    pairs = [float(vectors[a] @ vectors[b]) for i, a in enumerate(ids) for b in ids[i + 1 :]]

    baseline = SimilarityBaseline.objects.get(target="challenge")

    assert baseline.pairs == len(pairs) == 66
    assert baseline.typical == pytest.approx(np.percentile(pairs, 50), abs=1e-4)
    assert baseline.strong == pytest.approx(np.percentile(pairs, 99), abs=1e-4)
