"""Queueing background work from services."""

import logging

from django.db import transaction

logger = logging.getLogger(__name__)


def enqueue_on_commit(task, *args) -> None:
    """Queue ``task`` once the current transaction commits.

    A broker that is down must not fail the member's request: the periodic sweeps
    catch up with whatever was missed.
    """

    def send() -> None:
        try:
            task.delay(*args)
        except Exception:  # kombu raises several kinds; all mean "not queued"
            logger.exception(
                "Could not queue %s%r; the periodic sweep will catch up", task.name, args
            )

    transaction.on_commit(send)
