"""What members/ announces to the apps above it (matching, research...).

Services of this app call ``member_listeners`` explicitly, inside their transaction;
higher apps implement ``MemberListener`` and register it in ``AppConfig.ready()``.
"""

from __future__ import annotations

from typing import Literal, Protocol

from core.listeners import ListenerRegistry

RenamedField = Literal["industry", "function", "organisation"]


class MemberListener(Protocol):
    def members_standing_changed(self, *, user_ids: list[int] | None) -> None:
        """These members' memberships, consent or organisation changed (``None``:
        anyone's, e.g. the hourly status refresh). Called inside the transaction."""
        ...

    def profile_saved(self, *, profile_id: int) -> None:
        """A profile's content changed (or may have). Called inside the transaction."""
        ...

    def term_renamed(self, *, field: RenamedField, object_id: int) -> None:
        """Staff renamed an industry, function or organisation."""
        ...

    def membership_application_decided(self, *, application_id: int) -> None:
        """Staff approved or declined a membership application (the applicant is
        e-mailed by members/ itself). Called inside the transaction."""
        ...


member_listeners: ListenerRegistry[MemberListener] = ListenerRegistry("members")
