"""How a lower app lets a higher one react to its changes without importing it.

The lower app defines a small Protocol of what it announces and a
``ListenerRegistry`` for it; the higher app implements the Protocol and registers an
instance in its ``AppConfig.ready()``. The lower app's services call the registry
explicitly, inside their transaction, so a listener that fails rolls the change back
(and a listener that only queues work does so on commit).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Generic, TypeVar, cast

L = TypeVar("L")


class ListenerRegistry(Generic[L]):
    """The listeners of one interface, called in the order they registered."""

    def __init__(self, name: str):
        self.name = name
        self._listeners: list[L] = []
        # Per thread (and task): pausing in one never silences another.
        self._paused: ContextVar[bool] = ContextVar(f"{name}_listeners_paused", default=False)

    def register(self, listener: L) -> None:
        """Add a listener; registering the same kind of listener twice replaces it
        (``ready()`` can run more than once, in tests)."""
        self._listeners = [known for known in self._listeners if type(known) is not type(listener)]
        self._listeners.append(listener)

    def __iter__(self) -> Iterator[L]:
        return iter([] if self._paused.get() else list(self._listeners))

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Call no listener inside the block: for bulk loads whose caller brings the
        higher apps up to date in one pass afterwards (e.g. the demo seed, followed by
        ``manage.py embed --stale --refresh-suggestions``)."""
        token = self._paused.set(True)
        try:
            yield
        finally:
            self._paused.reset(token)

    @property
    def notify(self) -> L:
        """Something shaped like the interface that calls every listener in turn:
        ``member_listeners.notify.profile_saved(profile_id=1)``."""
        return cast(L, _Broadcast(self))

    def __repr__(self) -> str:
        return f"<ListenerRegistry {self.name}: {len(self._listeners)} listener(s)>"


class _Broadcast:
    def __init__(self, registry: ListenerRegistry[Any]):
        self._registry = registry

    def __getattr__(self, name: str):
        def call(**kwargs: Any) -> None:
            for listener in self._registry:
                getattr(listener, name)(**kwargs)

        return call
