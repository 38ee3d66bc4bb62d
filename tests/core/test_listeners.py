from typing import Protocol

from core.listeners import ListenerRegistry


class Greeter(Protocol):
    def greeted(self, *, name: str) -> None: ...


class Recorder:
    def __init__(self, log: list[str], tag: str):
        self.log, self.tag = log, tag

    def greeted(self, *, name: str) -> None:
        self.log.append(f"{self.tag}:{name}")


class OtherRecorder(Recorder):
    pass


def test_notify_calls_every_listener_in_registration_order():
    log: list[str] = []
    registry: ListenerRegistry[Greeter] = ListenerRegistry("greetings")
    registry.register(Recorder(log, "a"))
    registry.register(OtherRecorder(log, "b"))
    registry.notify.greeted(name="Ada")
    assert log == ["a:Ada", "b:Ada"]


def test_registering_the_same_kind_again_replaces_it():
    log: list[str] = []
    registry: ListenerRegistry[Greeter] = ListenerRegistry("greetings")
    registry.register(Recorder(log, "old"))
    registry.register(Recorder(log, "new"))
    registry.notify.greeted(name="Ada")
    assert log == ["new:Ada"]


def test_notify_without_listeners_does_nothing():
    registry: ListenerRegistry[Greeter] = ListenerRegistry("greetings")
    registry.notify.greeted(name="Ada")


def test_paused_calls_no_listener_inside_the_block_and_all_after():
    log: list[str] = []
    registry: ListenerRegistry[Greeter] = ListenerRegistry("greetings")
    registry.register(Recorder(log, "a"))
    with registry.paused():
        registry.notify.greeted(name="quiet")
    registry.notify.greeted(name="Ada")
    assert log == ["a:Ada"]


def test_paused_in_one_thread_still_calls_listeners_in_another():
    import threading

    log: list[str] = []
    registry: ListenerRegistry[Greeter] = ListenerRegistry("greetings")
    registry.register(Recorder(log, "a"))
    with registry.paused():
        other = threading.Thread(target=lambda: registry.notify.greeted(name="other"))
        other.start()
        other.join()
        registry.notify.greeted(name="quiet")
    assert log == ["a:other"]
