"""Matching quality on a community with known answers: Confer's lists against plain
nearest neighbours of the same texts.

Run by hand, on the independent validation community or on the demo:

    .venv/bin/python bench/quality.py ../shared/validation
    .venv/bin/python bench/quality.py --demo

DIR holds ``community.csv`` in the import format and ``truth.json`` (challenge title ->
problem key, or null for a problem nobody shares). The community goes into a scratch
database (EMBEDDED_DB_NAME=confer_quality, or DATABASE_URL), rebuilt on every run,
through the real CSV import (every member opted in, as the issue's measurements did);
vectors and suggestions come from the real services and model, and lists are read
through the same selector as the People page.

Printed, for members whose problem someone else shares:
- hit@5: share with at least one same-problem peer among their first 5 suggestions;
- recall@5: share of their same-problem peers (at most 5 count) found in their first 5;
- cross-industry: share of first-5 suggestions from another industry;
and, for every member with an open challenge, the share whose list is empty. The same
figures for plain cosine nearest neighbours over title + description follow, then the
working-group figure: problems recovered as proposals by the real re-clustering.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
os.environ.setdefault("EMBEDDED_DB_NAME", "confer_quality")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# This script embeds and refreshes lists itself, in order; the tasks the import queues
# would only repeat that work (and need a broker).
os.environ.setdefault("CELERY_BROKER_URL", "memory://")

import django

django.setup()

import numpy as np  # noqa: E402
from django.core.management import call_command  # noqa: E402

from bench.scratch import database_recreate  # noqa: E402
from challenges.models import Challenge, ChallengeVisibility  # noqa: E402
from matching.backends import get_backend  # noqa: E402
from matching.evaluation import (  # noqa: E402
    TOP,
    community_import,
    confer_lists,
    figures,
    problems_of_members,
    problems_recovered,
)
from matching.models import WorkingGroupChallenge, WorkingGroupStatus  # noqa: E402
from matching.selectors import MATCHABLE, SEEKING, members_matchable  # noqa: E402
from matching.services.embeddings import embeddings_sweep  # noqa: E402
from matching.services.group_clustering import (  # noqa: E402
    open_challenge_vectors,
    working_groups_recluster,
)
from matching.services.suggestions import suggestions_refresh_all  # noqa: E402


def demo_seed() -> dict[tuple[str, str], str | None]:
    from demo.community import build_community

    call_command("seed_demo", verbosity=0)
    return {(c.author_email, c.title): c.problem_key for c in build_community().challenges}


def plain_lists(backend, seeking) -> dict[int, list[int]]:
    """Cosine nearest neighbours over title + description, no product logic."""
    rows = list(
        Challenge.objects.filter(
            author_id__in=members_matchable().values("pk"),
            status__in=MATCHABLE,
            visibility=ChallengeVisibility.MEMBERS,
        ).values_list("author_id", "title", "description", "status")
    )
    vectors = backend.embed_documents([f"{title}. {text}" for _, title, text, _ in rows])
    similarity = vectors @ vectors.T
    authors = np.array([author for author, *_ in rows])
    lists: dict[int, list[int]] = {}
    for member in seeking:
        mine = [i for i, row in enumerate(rows) if row[0] == member and row[3] in SEEKING]
        best: dict[int, float] = {}
        for i in mine:
            for j in np.argsort(-similarity[i]):
                peer = int(authors[j])
                if peer != member and similarity[i, j] > best.get(peer, -2):
                    best[peer] = float(similarity[i, j])
        lists[member] = sorted(best, key=best.get, reverse=True)[:TOP]  # type: ignore[arg-type]
    return lists


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, help="community.csv + truth.json")
    parser.add_argument("--demo", action="store_true", help="the demo community instead")
    args = parser.parse_args()
    if bool(args.directory) == args.demo:
        parser.error("give a DIR or --demo")

    started = time.monotonic()
    database_recreate()
    if args.demo:
        demo_keys = demo_seed()
        name = "demo"

        def key_of(challenge):
            return demo_keys.get((challenge.author.email, challenge.title))
    else:
        truth = community_import(args.directory)
        name = str(args.directory)

        def key_of(challenge):
            return truth.get(challenge.title)

    backend = get_backend()
    for kind in ("challenge", "profile"):
        embeddings_sweep(kind=kind, backend=backend)
    suggestions_refresh_all(backend=backend)
    seeking, shown, industry = problems_of_members(key_of)

    print(f"community: {name} ({backend.model_id}), built in {time.monotonic() - started:.0f} s")
    for label, lists in (
        ("Confer", confer_lists()),
        ("plain nearest neighbours", plain_lists(backend, seeking)),
    ):
        result = figures(lists, seeking, shown, industry)
        print(
            f"{label:>26}: hit@5 {result['hit@5']:.2f}  recall@5 {result['recall@5']:.2f}  "
            f"cross-industry {result['cross-industry']:.2f}  "
            f"empty lists {result['empty lists']:.2f}  "
            f"(members sharing a problem: {result['members sharing a problem']}, "
            f"suggestions in top 5: {result['suggestions in top 5']})"
        )
    groups_figure(key_of, backend)


def groups_figure(key_of, backend) -> None:
    """Working groups through the real re-clustering: problems recovered as proposals,
    and how many challenges of an unshared problem ended up in one."""
    started = time.monotonic()
    working_groups_recluster(backend=backend)
    rows = open_challenge_vectors(backend=backend)
    challenges = Challenge.objects.select_related("author").in_bulk(rows.ids)
    problems = [key_of(challenges[pk]) for pk in rows.ids]
    group_of = dict(
        WorkingGroupChallenge.objects.filter(
            group__status=WorkingGroupStatus.PROPOSED, challenge_id__in=rows.ids
        ).values_list("challenge_id", "group_id")
    )
    labels = [group_of.get(pk, -1) for pk in rows.ids]
    recovered = problems_recovered(labels, problems, rows.industries)
    unshared = [label for label, problem in zip(labels, problems, strict=True) if not problem]
    print(
        f"{'working groups':>26}: problems recovered {len(recovered)} of "
        f"{len({p for p in problems if p})} shared problems among open challenges; "
        f"{sum(label >= 0 for label in unshared)} of {len(unshared)} unshared-problem "
        f"challenges in a proposal; {len(set(group_of.values()))} proposals "
        f"({time.monotonic() - started:.0f} s)"
    )


if __name__ == "__main__":
    main()
