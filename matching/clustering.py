"""Working groups from shared problems: clustering challenge vectors (pure functions).

Nothing here touches the database; callers pass arrays and lists and store what comes
back. Rows are challenges, vectors are *match vectors* (see ``match_vectors``):
L2-normalised, so a dot product is a cosine similarity.

- ``clusters_find`` proposes groups: average-linkage agglomeration (the mean
  similarity between two groups must stay above a threshold read off the data) over
  the candidate pairs of a k-nearest-neighbour graph, so memory grows with n, not n².
  Groups that span too few industries are not proposed.
- ``clusters_assign`` puts new challenges into existing groups with the same rule.
- ``cluster_labels`` names groups with key phrases (class-based TF-IDF, optionally
  reranked by closeness to the group's centre).
- ``clusters_rank`` orders groups for staff; ``clusters_match`` carries approved
  groups over to a fresh clustering.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

# Past this many rows the neighbour graph is searched approximately (see _neighbours).
EXACT_NEIGHBOURS_MAX_ROWS = 20_000
GRAPH_NEIGHBOURS = 15


@dataclass(frozen=True)
class Cluster:
    """One proposed group. ``members`` are row indices into the clustered vectors.

    ``centre`` is the normalised mean of the members; ``cohesion`` the mean cosine of
    the members to it; ``cutoff`` the similarity to ``centre`` above which a new
    vector joins (``clusters_assign``): the point at which its mean similarity to
    the members reaches the clustering's threshold, the rule every merge obeyed.
    """

    members: np.ndarray
    centre: np.ndarray
    cohesion: float
    cutoff: float

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class ClusterResult:
    """``labels[i]`` is row i's index in ``clusters``, or -1 (in no group).

    ``threshold`` is the mean pairwise similarity every group had to keep; ``reason``
    says why there are no clusters when there are none.
    """

    labels: np.ndarray
    clusters: list[Cluster] = field(default_factory=list)
    threshold: float = math.nan
    reason: str = ""


def match_vectors(
    vectors: np.ndarray, industries: Sequence[str], *, share: float = 0.5
) -> np.ndarray:
    """Subtract ``share`` of each industry's mean vector from its rows, re-normalise.

    Much of a sentence embedding is the domain's vocabulary, so one industry's texts
    sit together whatever their problem; removing part of what they share leaves
    more of the problem.
    """
    vectors = np.asarray(vectors, dtype=np.float32)
    out = vectors.copy()
    names = np.asarray(industries, dtype=object)
    if len(names) != len(vectors):
        raise ValueError(f"{len(vectors)} vectors but {len(names)} industries")
    for name in set(names.tolist()):
        rows = np.flatnonzero(names == name)
        out[rows] -= share * vectors[rows].mean(axis=0)
    return _normalised(out)


def clusters_find(
    vectors: np.ndarray,
    *,
    min_size: int = 3,
    threshold: float | None = None,
    industries: Sequence[str] | None = None,
    min_industries: int = 3,
) -> ClusterResult:
    """Group rows that state the same problem; rows that fit no group get -1.

    Average linkage: two groups merge while the mean cosine similarity over all their
    cross pairs is at least ``threshold``; only groups linked by a k-nearest-neighbour
    edge are compared, and the mean is exact (a dot product of the groups' sum
    vectors).

    The threshold, unless given, comes from the data: the median over rows of the
    similarity to their (3 x min_size)-th nearest neighbour. A group must be as
    close-knit as a typical row's neighbourhood of that size, whatever the texts'
    length or the model's similarity scale.

    Groups smaller than ``min_size`` are dropped and, when ``industries`` (one per
    row) are given, so are groups spanning fewer than ``min_industries`` industries:
    a working group brings members of several industries together around one
    problem (and the correction removes only part of what an industry's texts
    share). With fewer than 2 x min_size rows nothing is clustered and ``reason``
    says so.
    """
    if min_size < 2:
        raise ValueError("min_size must be at least 2")
    x = _normalised(np.asarray(vectors, dtype=np.float32))
    n = len(x)
    names = None if industries is None else np.asarray(industries, dtype=object)
    if names is not None and len(names) != n:
        raise ValueError(f"{n} vectors but {len(names)} industries")
    if n < 2 * min_size:
        return ClusterResult(
            labels=np.full(n, -1),
            reason=(
                f"Too few challenges to propose groups: {n}; "
                f"at least {2 * min_size} are needed for groups of {min_size}."
            ),
        )
    rank = 3 * min_size
    k = min(max(GRAPH_NEIGHBOURS, rank), n - 1)
    neighbours, similarities = _neighbours(x, k)
    if threshold is None:
        threshold = float(np.median(similarities[:, min(rank, k) - 1]))
    groups = [
        np.asarray(g)
        for g in _average_linkage(x, neighbours, similarities, threshold)
        if len(g) >= min_size
    ]
    if names is not None:
        groups = [g for g in groups if len(set(names[g].tolist())) >= min_industries]
    groups.sort(key=lambda g: (-len(g), int(g[0])))
    labels = np.full(n, -1)
    clusters = []
    for label, rows in enumerate(groups):
        labels[rows] = label
        clusters.append(_cluster(x, rows, threshold))
    reason = ""
    if not clusters:
        reason = "No group of challenges is close-knit enough"
        reason += f" and spans {min_industries} industries." if names is not None else "."
    return ClusterResult(labels=labels, clusters=clusters, threshold=threshold, reason=reason)


def clusters_assign(vectors: np.ndarray, *, centres: np.ndarray, cutoffs: np.ndarray) -> np.ndarray:
    """For each vector, the index of the nearest centre it passes the cut-off of, or -1.

    Use ``Cluster.centre`` and ``Cluster.cutoff`` of a clustering of the same kind of
    vectors (match vectors of the same model).
    """
    x = _normalised(np.atleast_2d(np.asarray(vectors, dtype=np.float32)))
    centres = np.atleast_2d(np.asarray(centres, dtype=np.float32))
    if len(centres) == 0:
        return np.full(len(x), -1)
    similarity = x @ centres.T
    passing = np.where(similarity >= np.asarray(cutoffs)[None, :], similarity, -np.inf)
    best = passing.argmax(axis=1)
    return np.where(np.isfinite(passing[np.arange(len(x)), best]), best, -1)


def clusters_rank(result: ClusterResult, industries: Sequence[str]) -> list[tuple[int, float]]:
    """Clusters best first, as (label, score) pairs.

    score = cohesion x log2(1 + size) x sqrt(industries / size)

    where ``industries`` counts the distinct industries among the members (pass one
    industry per clustered row). Bigger and tighter groups rank higher, with
    diminishing returns for size; a group drawn from one industry is discounted by
    the square root of the share of its members from distinct industries, so 30
    challenges from one industry rank below 5 from five.
    """
    names = list(industries)
    scores = []
    for label, cluster in enumerate(result.clusters):
        spread = len({names[i] for i in cluster.members}) / cluster.size
        score = cluster.cohesion * math.log2(1 + cluster.size) * math.sqrt(spread)
        scores.append((label, score))
    return sorted(scores, key=lambda pair: -pair[1])


def clusters_match(
    old_centres: np.ndarray, new_centres: np.ndarray, *, min_similarity: float = 0.6
) -> dict[int, int]:
    """Pair previous groups with new clusters one-to-one: {old index: new index}.

    The pairing maximises the total centre similarity (Hungarian assignment); pairs
    less similar than ``min_similarity`` are left out, so a group whose problem has
    gone finds no heir rather than a wrong one. Measured with all-mpnet-base-v2 match
    vectors: centres of different clusters of one clustering have median cosine
    0.12-0.17 and at most 0.57 (demo), while re-clustering after ten challenges were
    withdrawn moved no surviving cluster's centre below 0.81.
    """
    from scipy.optimize import linear_sum_assignment

    old = np.atleast_2d(np.asarray(old_centres, dtype=np.float64))
    new = np.atleast_2d(np.asarray(new_centres, dtype=np.float64))
    if old.size == 0 or new.size == 0:
        return {}
    similarity = _normalised(old) @ _normalised(new).T
    rows, cols = linear_sum_assignment(similarity, maximize=True)
    return {
        int(r): int(c)
        for r, c in zip(rows, cols, strict=True)
        if similarity[r, c] >= min_similarity
    }


def cluster_labels(
    texts_per_cluster: Sequence[Sequence[str]],
    *,
    top: int = 4,
    embed: Callable[[list[str]], np.ndarray] | None = None,
    centres: np.ndarray | None = None,
    candidates: int = 15,
    max_texts: int = 500,
) -> list[list[str]]:
    """Key phrases (1-3 words) for each cluster, best first.

    Class-based TF-IDF (BERTopic's c-TF-IDF): each cluster's texts form one document;
    a phrase scores by its frequency in the cluster times log(1 + A / f), A the
    average number of words per cluster, f the phrase's frequency over all clusters,
    so phrases common to every cluster score low. Comparing clusters with each
    other is what makes a phrase distinctive: pass all clusters of a clustering at
    once. When ``embed`` (texts -> normalised vectors) and ``centres`` (the
    clusters' centres, in the same space) are given, the ``candidates`` best phrases
    are reranked by similarity to the centre. Phrases contained in a better one are
    skipped. At most ``max_texts`` texts per cluster are read (evenly spaced).
    """
    from scipy import sparse
    from sklearn.feature_extraction.text import CountVectorizer

    samples = [_spread_sample(list(texts), max_texts) for texts in texts_per_cluster]
    if not samples:
        return []
    # Texts are counted one by one (no phrase spans two texts), then summed per cluster.
    owner = np.repeat(np.arange(len(samples)), [len(texts) for texts in samples])
    vectorizer = CountVectorizer(ngram_range=(1, 3), stop_words="english")
    try:
        per_text = vectorizer.fit_transform([text for texts in samples for text in texts])
    except ValueError:  # no text, or nothing but stop words
        return [[] for _ in samples]
    membership = sparse.csr_matrix(
        (np.ones(len(owner)), (owner, np.arange(len(owner)))), shape=(len(samples), len(owner))
    )
    counts = (membership @ per_text).astype(np.float64).tocsr()
    terms = vectorizer.get_feature_names_out()
    words_per_cluster = np.asarray(counts.sum(axis=1)).ravel()
    frequency = np.asarray(counts.sum(axis=0)).ravel()
    idf = np.log(1 + words_per_cluster.mean() / frequency)
    rows = sparse.diags(1 / np.maximum(words_per_cluster, 1)) @ counts
    labels = []
    for index in range(len(samples)):
        row = rows.getrow(index)
        order = np.argsort(-(row.data * idf[row.indices]), kind="stable")[:candidates]
        score = {
            str(terms[row.indices[i]]): float(row.data[i] * idf[row.indices[i]]) for i in order
        }
        phrases = list(score)
        if embed is not None and centres is not None and phrases:
            closeness = _normalised(np.asarray(embed(phrases), dtype=np.float32)) @ centres[index]
            phrases = [phrases[i] for i in np.argsort(-closeness, kind="stable")]
        labels.append(_distinct_phrases(phrases, score, top))
    return labels


def _cluster(x: np.ndarray, rows: np.ndarray, threshold: float) -> Cluster:
    mean = x[rows].astype(np.float64).mean(axis=0)
    length = float(np.linalg.norm(mean))
    centre = (mean / length).astype(np.float32)
    # x . mean >= threshold  <=>  x . centre >= threshold / |mean|
    return Cluster(
        members=rows,
        centre=centre,
        cohesion=float((x[rows] @ centre).mean()),
        cutoff=threshold / length,
    )


def _average_linkage(
    x: np.ndarray, neighbours: np.ndarray, similarities: np.ndarray, threshold: float
) -> list[list[int]]:
    n = len(x)
    sums = x.copy()
    sizes = np.ones(n, dtype=np.int64)
    version = np.zeros(n, dtype=np.int64)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    adjacent: list[set[int]] = [set() for _ in range(n)]
    heap: list[tuple[float, int, int, int, int]] = []
    for i in range(n):
        for j, s in zip(neighbours[i], similarities[i], strict=True):
            j = int(j)
            if j < 0 or j == i or j in adjacent[i]:
                continue
            adjacent[i].add(j)
            adjacent[j].add(i)
            if s >= threshold:
                heap.append((-float(s), min(i, j), max(i, j), 0, 0))
    heapq.heapify(heap)
    while heap:
        _, a, b, version_a, version_b = heapq.heappop(heap)
        if version[a] != version_a or version[b] != version_b:
            continue
        # Merge b into a.
        sums[a] += sums[b]
        sizes[a] += sizes[b]
        members[a].extend(members.pop(b))
        version[a] += 1
        version[b] = -1
        others = (adjacent[a] | adjacent[b]) - {a, b}
        for c in adjacent[b]:
            adjacent[c].discard(b)
        adjacent[b] = set()
        adjacent[a] = others
        if not others:
            continue
        ids = np.fromiter(others, dtype=np.int64, count=len(others))
        for c in ids:
            adjacent[int(c)].add(a)
        linkage = (sums[ids] @ sums[a]) / (sizes[ids] * sizes[a])
        for c, s in zip(ids[linkage >= threshold], linkage[linkage >= threshold], strict=True):
            c = int(c)
            first, second = (a, c) if a < c else (c, a)
            heapq.heappush(heap, (-float(s), first, second, version[first], version[second]))
    return [sorted(rows) for rows in members.values()]


def _neighbours(x: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The k nearest other rows of every row (indices, similarities), nearest first.

    Exact, in row blocks, up to EXACT_NEIGHBOURS_MAX_ROWS rows. Above that an
    inverted-file search: rows are split into about sqrt(n) cells by k-means and
    each row is compared only with the rows of its few nearest cells, so the work
    is about n^1.5 instead of n^2. Only which pairs are *compared* is approximate;
    every similarity used for merging is exact.
    """
    if len(x) <= EXACT_NEIGHBOURS_MAX_ROWS:
        return _neighbours_exact(x, k)
    return _neighbours_cells(x, k)


def _neighbours_exact(x: np.ndarray, k: int, block: int = 1024) -> tuple[np.ndarray, np.ndarray]:
    n = len(x)
    indices = np.empty((n, k), dtype=np.int64)
    values = np.empty((n, k), dtype=np.float32)
    for start in range(0, n, block):
        rows = np.arange(start, min(n, start + block))
        similarity = x[rows] @ x.T
        similarity[np.arange(len(rows)), rows] = -np.inf
        indices[rows], values[rows] = _top(similarity, k)
    return indices, values


def _neighbours_cells(
    x: np.ndarray, k: int, probes: int = 4, sample: int = 20_000
) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.cluster import MiniBatchKMeans

    n = len(x)
    cells = int(math.sqrt(n))
    rng = np.random.default_rng(0)
    fitted = MiniBatchKMeans(
        n_clusters=cells, batch_size=4096, n_init=1, random_state=0, max_iter=20
    ).fit(x[rng.choice(n, size=min(n, sample), replace=False)])
    centres = _normalised(fitted.cluster_centers_.astype(np.float32))
    nearest = np.empty((n, probes), dtype=np.int64)
    for start in range(0, n, 8192):
        rows = slice(start, start + 8192)
        nearest[rows] = _top(x[rows] @ centres.T, probes)[0]
    home = nearest[:, 0]
    found_indices = np.full((n, probes * k), -1, dtype=np.int64)
    found_values = np.full((n, probes * k), -np.inf, dtype=np.float32)
    for cell in range(cells):
        candidates = np.flatnonzero(home == cell)
        if len(candidates) == 0:
            continue
        queries_in, slots = np.nonzero(nearest == cell)
        for start in range(0, len(queries_in), 2048):
            queries = queries_in[start : start + 2048]
            similarity = x[queries] @ x[candidates].T
            similarity[queries[:, None] == candidates[None, :]] = -np.inf
            take = min(k, len(candidates))
            top, top_values = _top(similarity, take)
            columns = slots[start : start + 2048, None] * k + np.arange(take)[None, :]
            found_indices[queries[:, None], columns] = candidates[top]
            found_values[queries[:, None], columns] = top_values
    order, values = _top(found_values, k)
    return np.take_along_axis(found_indices, order, axis=1), values


def _top(similarity: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Column indices and values of each row's k largest entries, largest first."""
    k = min(k, similarity.shape[1])
    part = np.argpartition(-similarity, k - 1, axis=1)[:, :k]
    values = np.take_along_axis(similarity, part, axis=1)
    order = np.argsort(-values, axis=1, kind="stable")
    return np.take_along_axis(part, order, axis=1), np.take_along_axis(values, order, axis=1)


def _normalised(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=-1, keepdims=True), 1e-12)


def _spread_sample(texts: list[str], limit: int) -> list[str]:
    if len(texts) <= limit:
        return texts
    return [texts[i] for i in np.linspace(0, len(texts) - 1, limit).astype(int)]


def _distinct_phrases(phrases: list[str], score: dict[str, float], top: int) -> list[str]:
    # "alarm fatigue" says more than "alarm": a longer phrase takes the place of a
    # chosen phrase it contains when it is at least half as frequent; a phrase inside
    # a chosen one adds nothing.
    chosen: list[str] = []
    for phrase in phrases:
        if any(_within(phrase, other) for other in chosen):
            continue
        inside = [i for i, other in enumerate(chosen) if _within(other, phrase)]
        if inside:
            if all(score[phrase] >= 0.5 * score[chosen[i]] for i in inside):
                chosen[inside[0]] = phrase
                chosen = [p for i, p in enumerate(chosen) if i not in inside[1:]]
        elif len(chosen) < top:
            chosen.append(phrase)
    return chosen


def _within(shorter: str, longer: str) -> bool:
    return f" {shorter} " in f" {longer} "
