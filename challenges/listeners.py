"""What challenges/ announces to the apps above it (matching, research...).

Services of this app call ``challenge_listeners`` explicitly, inside their
transaction; higher apps implement ``ChallengeListener`` and register it in
``AppConfig.ready()``.
"""

from __future__ import annotations

from typing import Protocol

from core.listeners import ListenerRegistry


class ChallengeListener(Protocol):
    def challenge_saved(self, *, challenge_id: int) -> None:
        """A challenge was created or changed: text, status (opened, closed, solved)
        or visibility. Called inside the transaction."""
        ...

    def challenge_deleting(self, *, challenge_id: int) -> None:
        """A challenge is about to be deleted, its row locked; it is gone once the
        transaction commits. Called inside the transaction."""
        ...


challenge_listeners: ListenerRegistry[ChallengeListener] = ListenerRegistry("challenges")
