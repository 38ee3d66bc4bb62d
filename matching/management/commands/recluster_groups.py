from django.core.management.base import BaseCommand, CommandError

from matching.backends import EmbeddingBackendError
from matching.models import ClusteringRun
from matching.selectors.working_groups import group_summary, working_groups_for_staff
from matching.services.group_clustering import clustering_run_start, working_groups_recluster


class Command(BaseCommand):
    help = (
        "Cluster the open challenges into proposed working groups now (as the nightly "
        "task does); approved groups are kept. Prints what came of it and the best "
        "proposals."
    )

    def add_arguments(self, parser):
        parser.add_argument("--show", type=int, default=10, help="Proposals to print.")

    def handle(self, *args, show: int, **options):
        run, created = clustering_run_start()
        if not created:
            raise CommandError(
                f"A re-clustering is already running (run {run.pk}, {run.percent}%); "
                "wait for it to finish."
            )
        try:
            working_groups_recluster(run=run)
        except EmbeddingBackendError as error:
            raise CommandError(str(error)) from None
        run = ClusteringRun.objects.get(pk=run.pk)
        self.stdout.write(self.style.SUCCESS(run.message))
        for rank, group in enumerate(working_groups_for_staff()[:show], start=1):
            summary = group_summary(group)
            self.stdout.write(
                f"{rank:>3}. {group.label} - {summary.size} challenges, cohesion "
                f"{group.cohesion:.2f}, {len(summary.industries)} industries"
            )
