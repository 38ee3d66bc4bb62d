"""Working-group clustering: quality on the validation community with the real model,
and the small promises of the API (too few rows, identity across re-clusterings, labels).
"""

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from matching.clustering import (
    cluster_labels,
    clusters_assign,
    clusters_find,
    clusters_match,
    clusters_rank,
    match_vectors,
)
from matching.evaluation import problems_recovered
from matching.models import MatchingSettings

VALIDATION = Path(__file__).resolve().parents[3] / "shared" / "validation"


@pytest.fixture(scope="module")
def validation(real_backend):
    """The validation community's challenges as match vectors (the default model, the
    product's default correction), with their truth."""
    with (VALIDATION / "community.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    truth = json.loads((VALIDATION / "truth.json").read_text(encoding="utf-8"))
    texts = [f"{r['challenge_title']}. {r['challenge_description']}" for r in rows]
    industries = [r["industry"] for r in rows]
    share = MatchingSettings._meta.get_field("industry_correction").get_default()
    return {
        "vectors": match_vectors(real_backend.embed_documents(texts), industries, share=share),
        "industries": industries,
        "problems": [truth[r["challenge_title"]] for r in rows],
        "texts": texts,
    }


def test_clusters_find_recovers_shared_problems_of_the_validation_community(validation):
    result = clusters_find(validation["vectors"], industries=validation["industries"])

    found = problems_recovered(result.labels, validation["problems"], validation["industries"])
    unique_clustered = sum(
        1
        for label, problem in zip(result.labels, validation["problems"], strict=True)
        if problem is None and label >= 0
    )
    # Measured: 11 of 16 recovered, 7 of the 20 unshared challenges in a group, 4 of
    # them in one group of their own (rising costs: a theme those members do share).
    # Leaving 5 of the 100 rows out at random gives 9.4 of 16 and 8.9 of 20 on average.
    assert len(found) >= 11
    assert unique_clustered <= 7


@pytest.mark.xfail(
    strict=True,
    reason=(
        "issue 9 asks for 12 of 16; 11 measured at the default correction (0.5). "
        "A correction of 0.75 gives 12 but puts 10 of the 20 unshared challenges in groups."
    ),
)
def test_clusters_find_reaches_the_issue_target_on_the_validation_community(validation):
    result = clusters_find(validation["vectors"], industries=validation["industries"])

    found = problems_recovered(result.labels, validation["problems"], validation["industries"])
    assert len(found) >= 12


def test_clusters_find_new_challenges_join_the_group_of_their_problem(validation):
    vectors, problems = validation["vectors"], validation["problems"]
    result = clusters_find(vectors)
    label = result.labels[problems.index("duplicate_records")]
    cluster = result.clusters[label]

    joined = clusters_assign(
        vectors[cluster.members],
        centres=np.stack([c.centre for c in result.clusters]),
        cutoffs=np.array([c.cutoff for c in result.clusters]),
    )

    assert set(joined.tolist()) == {label}


def test_clusters_find_says_when_there_are_too_few_challenges():
    vectors = np.eye(8, dtype=np.float32)[:5]

    result = clusters_find(vectors, min_size=3)

    assert result.clusters == []
    assert (result.labels == -1).all()
    assert "Too few challenges" in result.reason
    assert "5" in result.reason


def planted(groups: int, size: int, loose: int, seed: int = 3) -> np.ndarray:
    """``groups`` tight groups of ``size`` rows first, then ``loose`` unrelated rows."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((groups, 256))
    rows = [c + 0.4 * rng.standard_normal((size, 256)) for c in centres]
    rows.append(rng.standard_normal((loose, 256)))
    return np.vstack(rows).astype(np.float32)


def test_clusters_find_leaves_unrelated_rows_out():
    vectors = planted(groups=4, size=10, loose=20)

    result = clusters_find(vectors)

    assert sorted(sorted(c.members.tolist()) for c in result.clusters) == [
        list(range(start, start + 10)) for start in range(0, 40, 10)
    ]
    assert (result.labels[40:] == -1).all()


def test_clusters_find_proposes_only_groups_spanning_several_industries():
    vectors = planted(groups=4, size=10, loose=20)
    # The first group's ten challenges all come from one industry, the second's from two.
    industries = ["Retail"] * 10 + ["Energy", "Media"] * 5 + [f"Industry {i}" for i in range(40)]

    everything = clusters_find(vectors)
    result = clusters_find(vectors, industries=industries)

    assert len(everything.clusters) == 4
    assert sorted(sorted(c.members.tolist()) for c in result.clusters) == [
        list(range(20, 30)),
        list(range(30, 40)),
    ]
    assert (result.labels[:20] == -1).all()
    assert len(clusters_find(vectors, industries=industries, min_industries=2).clusters) == 3


def test_clusters_find_says_when_no_group_spans_enough_industries():
    vectors = planted(groups=2, size=10, loose=0)

    result = clusters_find(vectors, industries=["Retail"] * 10 + ["Energy"] * 10)

    assert result.clusters == []
    assert "3 industries" in result.reason


def test_clusters_match_keeps_groups_across_a_reclustering(validation):
    vectors = validation["vectors"]
    before = clusters_find(vectors)
    # A re-clustering after ten challenges were withdrawn: rows renumber, groups reorder.
    kept = np.arange(10, len(vectors))
    after = clusters_find(vectors[kept])

    pairs = clusters_match(
        np.stack([c.centre for c in before.clusters]),
        np.stack([c.centre for c in after.clusters]),
    )

    untouched = [
        old
        for old, cluster in enumerate(before.clusters)
        if cluster.members.min() >= 10
        and any(
            set(kept[c.members].tolist()) == set(cluster.members.tolist()) for c in after.clusters
        )
    ]
    assert untouched
    for old in untouched:
        new_members = set(kept[after.clusters[pairs[old]].members].tolist())
        assert new_members == set(before.clusters[old].members.tolist())


def test_clusters_match_leaves_a_vanished_group_without_heir():
    old = np.eye(3, dtype=np.float32)
    new = np.eye(3, dtype=np.float32)[[2, 0]]

    assert clusters_match(old, new) == {0: 1, 2: 0}


def test_cluster_labels_name_a_group_by_its_distinctive_phrase():
    groups = [
        [
            "Alarm fatigue on the ward: nurses ignore bedside alarms.",
            "Alarm fatigue in the control room, operators silence every alarm.",
            "Our analysts have alarm fatigue from false positive alerts.",
        ],
        [
            "Customers miss their booked appointments and the slot is wasted.",
            "No-shows for booked appointments cost our clinic every week.",
            "Booked appointments that nobody turns up for.",
        ],
    ]

    labels = cluster_labels(groups, top=3)

    assert "alarm fatigue" in labels[0]
    assert "booked appointments" in labels[1]
    assert not set(labels[0]) & set(labels[1])


def test_clusters_rank_puts_groups_spanning_industries_first():
    vectors = planted(groups=4, size=10, loose=10)
    industries = ["Retail"] * 10 + [f"Industry {i}" for i in range(40)]
    result = clusters_find(vectors)

    ranked = clusters_rank(result, industries)

    assert [len(ranked), *sorted(score for _, score in ranked)][:1] == [4]
    worst = result.clusters[ranked[-1][0]]
    assert sorted(worst.members.tolist()) == list(range(10))
