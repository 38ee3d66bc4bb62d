"""Building blocks for the working-group tests: challenges with given match vectors,
communities of planted problems, and groups as the services leave them."""

from __future__ import annotations

import numpy as np

from matching.backends import get_backend
from matching.models import (
    ChallengeEmbedding,
    GroupChallengeSource,
    WorkingGroup,
    WorkingGroupChallenge,
    WorkingGroupStatus,
)
from tests import factories

DIMENSIONS = 384


def unit(vector) -> np.ndarray:
    vector = np.asarray(vector, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def stated(vector, *, author=None, **challenge_fields):
    """A challenge by ``author`` (a new member of a new industry by default) whose
    current vector and match vector are ``vector``, under the configured backend's
    model. For tests where what the vectors mean does not matter."""
    backend = get_backend()
    author = author or factories.member()
    challenge = factories.ChallengeFactory(author=author, **challenge_fields)
    vector = unit(vector)
    ChallengeEmbedding.objects.create(
        challenge=challenge,
        model_id=backend.model_id,
        dimensions=backend.dimensions,
        text_hash=f"planted-{challenge.pk}",
        vector=vector,
        match_vector=vector,
        owner=author,
        organisation=author.profile.organisation,
        industry=author.profile.industry,
        eligible=True,
    )
    return challenge


def planted(problems: int, size: int, loose: int = 0, seed: int = 7):
    """``problems`` groups of ``size`` challenges stating one problem each (each by a
    member of another industry), and ``loose`` challenges about nothing in common.
    Returns (centres, [[challenge, ...] per problem], [loose challenge, ...])."""
    rng = np.random.default_rng(seed)
    centres = [unit(rng.standard_normal(DIMENSIONS)) for _ in range(problems)]
    groups = [
        [stated(centre + 0.35 * unit(rng.standard_normal(DIMENSIONS))) for _ in range(size)]
        for centre in centres
    ]
    others = [stated(rng.standard_normal(DIMENSIONS)) for _ in range(loose)]
    return centres, groups, others


def near(centre, seed: int = 99) -> np.ndarray:
    """A vector about the same problem as ``centre``."""
    rng = np.random.default_rng(seed)
    return unit(centre + 0.35 * unit(rng.standard_normal(DIMENSIONS)))


def group_with(
    challenges, *, status=WorkingGroupStatus.ACTIVE, name: str = "", centre=None, **fields
) -> WorkingGroup:
    """A working group holding ``challenges``, its centre their mean (or ``centre``)."""
    backend = get_backend()
    if centre is None and challenges:
        centre = unit(np.mean([np.asarray(c.embedding.match_vector) for c in challenges], axis=0))
    if status != WorkingGroupStatus.PROPOSED and not name:
        name = f"Group {WorkingGroup.objects.count() + 1}"
    group = WorkingGroup.objects.create(
        status=status,
        name=name,
        slug=fields.pop("slug", "") or (name.lower().replace(" ", "-") if name else ""),
        key_phrases=fields.pop("key_phrases", ["shared problem"]),
        centre=centre,
        cutoff=fields.pop("cutoff", 0.5),
        cohesion=0.8,
        threshold=fields.pop("threshold", 0.4),
        model_id=backend.model_id,
        dimensions=backend.dimensions,
        **fields,
    )
    WorkingGroupChallenge.objects.bulk_create(
        WorkingGroupChallenge(group=group, challenge=c, source=GroupChallengeSource.CLUSTERING)
        for c in challenges
    )
    return group
