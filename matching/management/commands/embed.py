from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from challenges.models import Challenge
from matching.backends import EmbeddingBackendError
from matching.services.embeddings import EmbedResult, embeddings_sweep
from matching.services.switch import embeddings_model_switch, model_switch_status
from members.models import Profile


class Command(BaseCommand):
    help = (
        "Embed challenges and profiles in batches. --stale (the default) embeds only what "
        "changed or was made by another model; --all re-embeds everything and resumes an "
        "interrupted --all run."
    )

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--stale", action="store_true", help="Only what is stale (default).")
        group.add_argument("--all", action="store_true", help="Everything.")
        group.add_argument(
            "--switch",
            action="store_true",
            help=(
                "Move every vector to the configured model (EMBEDDING_MODEL ...) while the "
                "previous model keeps serving; what the beat sweep does by itself."
            ),
        )
        parser.add_argument("--batch-size", type=int, default=256)
        parser.add_argument(
            "--refresh-suggestions",
            action="store_true",
            help="Then recompute every member's suggestions, if anything was embedded.",
        )

    def handle(self, *args, all: bool, batch_size: int, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        if options["switch"]:
            self._switch(batch_size, options)
            return
        total = EmbedResult()
        for kind, model in (("challenge", Challenge), ("profile", Profile)):
            with tqdm(
                total=model.objects.count(),
                desc=f"{kind}s",
                unit=kind,
                file=self.stderr,
                disable=options["verbosity"] == 0,
            ) as bar:
                try:
                    result = embeddings_sweep(
                        kind=kind, everything=all, batch_size=batch_size, progress=bar.update
                    )
                except EmbeddingBackendError as error:
                    raise CommandError(str(error)) from None
            self.stdout.write(
                f"{kind}s: {result.embedded} embedded, {result.unchanged} unchanged, "
                f"{result.removed} removed (nothing to embed)"
            )
            total.add(result)
        self.stdout.write(self.style.SUCCESS(f"Done: {total.embedded} embedded."))
        if options["refresh_suggestions"] and (total.embedded or total.removed):
            call_command(
                "refresh_suggestions",
                verbosity=options["verbosity"],
                stdout=self.stdout,
                stderr=self.stderr,
            )

    def _switch(self, batch_size: int, options) -> None:
        with tqdm(
            desc="switching model",
            unit="text",
            file=self.stderr,
            disable=options["verbosity"] == 0,
        ) as bar:

            def progress(state):
                bar.total = state.total
                bar.n = state.done
                bar.refresh()

            try:
                switched = embeddings_model_switch(batch_size=batch_size, progress=progress)
            except EmbeddingBackendError as error:
                raise CommandError(str(error)) from None
        state = model_switch_status()
        serving = state.serving_model_id if state else "the configured model"
        if not switched:
            self.stdout.write(f"Nothing to switch: {serving} serves.")
            return
        self.stdout.write(self.style.SUCCESS(f"Switched: {serving} now serves."))
        if options["refresh_suggestions"]:
            call_command(
                "refresh_suggestions",
                verbosity=options["verbosity"],
                stdout=self.stdout,
                stderr=self.stderr,
            )
