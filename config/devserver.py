"""``make run``: the whole site on one machine, stopped cleanly by Ctrl-C.

Starts the embedded PostgreSQL and Redis unless DATABASE_URL / REDIS_URL are set,
migrates, loads the demo community once, then runs the web server, one Celery
worker and Celery beat until interrupted.

How stopping works. Ctrl-C in a terminal sends SIGINT to the terminal's whole
foreground process group. Left at that, every child stops by itself at the same
moment as the supervisor, which cannot then tell a stop from a crash ("The Celery
beat exited with 0"), and ``make`` is interrupted too: it waits for its recipe,
then kills itself with SIGINT and ends with status 130 whatever the recipe returned.
So:

* every child runs in a session of its own, where the terminal's signals do not
  reach it: only the supervisor stops it;
* the supervisor moves into a process group of its own and makes it the terminal's
  foreground group while it runs, so that Ctrl-C reaches it alone (not ``make``);
  it hands the terminal back before exiting;
* SIGINT, SIGTERM, SIGHUP and SIGQUIT only request a stop; the supervisor then
  stops the services, Redis and PostgreSQL, in that order, and exits with 0.
  Further signals are ignored during that clean-up;
* a child that exits when no stop was requested is a failure: everything is
  stopped and the exit status is 1.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import IO

from config.embedded import (
    BASE_DIR,
    VAR_DIR,
    database_url,
    embedded_postgres_settings,
    release_embedded_postgres,
    start_embedded_redis,
)

MANAGE = [sys.executable, str(BASE_DIR / "manage.py")]
CELERY = [sys.executable, "-m", "celery", "-A", "config"]
SETUP_STEPS = [
    [*MANAGE, "migrate", "--noinput"],
    [*MANAGE, "seed_demo"],
    # Vectors and suggestions for whatever changed since the last run (first run: all).
    [*MANAGE, "embed", "--stale", "--refresh-suggestions"],
]

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)
# How often the supervisor looks at its children and at the stop request.
POLL_INTERVAL = 0.1
# How long children get to stop cleanly before they are killed.
STOP_TIMEOUT = 10.0

Process = subprocess.Popen[bytes]
# What signal.signal() takes and returns: a function, SIG_DFL, SIG_IGN or None.
SignalHandler = Callable[[int, FrameType | None], object] | int | None


class StopRequest:
    """Turns SIGINT, SIGTERM, SIGHUP and SIGQUIT into a request to stop.

    Use it as a context manager: its handlers are installed on entry and the
    previous ones put back on exit. The handlers only record the signal; the
    supervisor acts on it where it is safe to. (An exception such as
    KeyboardInterrupt could surface anywhere, even half-way through starting or
    stopping a child.)
    """

    def __init__(self) -> None:
        self.signum: int | None = None
        self._previous: dict[int, SignalHandler] = {}

    @property
    def requested(self) -> bool:
        """Whether a stop signal has arrived."""
        return self.signum is not None

    def __enter__(self) -> StopRequest:
        for signum in STOP_SIGNALS:
            self._previous[signum] = signal.signal(signum, self._record)
        return self

    def __exit__(self, *exc_info: object) -> None:
        for signum, handler in self._previous.items():
            if handler is not None:  # None: set outside Python; nothing to restore
                signal.signal(signum, handler)

    def _record(self, signum: int, frame: FrameType | None) -> None:
        if self.signum is None:
            self.signum = signum

    def ignore_further(self) -> None:
        """Ignore the stop signals from now on, because the clean-up has begun.

        A second Ctrl-C must not cut the clean-up short, and the processes started
        from here on (``pg_ctl stop``) inherit the ignored signals, which a handler
        in this process would not give them.
        """
        for signum in STOP_SIGNALS:
            signal.signal(signum, signal.SIG_IGN)


@contextmanager
def terminal_foreground() -> Iterator[None]:
    """Be the terminal's foreground process group, alone, until the block ends.

    Ctrl-C then reaches this process only: not ``make``, which would end with
    "Interrupt" (status 130) whatever we return, and not the children, which are
    in sessions of their own anyway. Ctrl-Z is ignored meanwhile: it would stop
    the supervisor where neither the shell nor ``make`` notices, and the terminal
    would hang. Does nothing without a controlling terminal (CI, tests, nohup), in
    the background (``make run &``), or when this process leads its group already
    (started straight from a shell, which gives each job its own group).
    """
    terminal = _take_terminal()
    if terminal is None:
        yield
        return
    tty, previous_group = terminal
    previous_tstp = signal.signal(signal.SIGTSTP, _ignore_signal)
    try:
        yield
    finally:
        signal.signal(signal.SIGTSTP, previous_tstp)
        # Hand the terminal back only if it is still ours: if make was killed, the
        # shell has taken it back already and keeps it.
        try:
            if os.tcgetpgrp(tty) == os.getpgrp():
                _set_foreground_group(tty, previous_group)
        except OSError:  # make's group is gone, or the terminal was hung up
            pass
        os.close(tty)


def _take_terminal() -> tuple[int, int] | None:
    # Returns the terminal's file descriptor and the group that had it, or None.
    try:
        tty = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return None
    try:
        previous_group = os.tcgetpgrp(tty)
        if previous_group == os.getpgrp() and os.getpgrp() != os.getpid():
            os.setpgid(0, 0)
            _set_foreground_group(tty, os.getpgrp())
            return tty, previous_group
    except OSError:
        pass
    os.close(tty)
    return None


def _set_foreground_group(tty: int, group: int) -> None:
    # A process outside the foreground group that calls tcsetpgrp is sent SIGTTOU,
    # which would stop it, unless it ignores the signal.
    previous = signal.signal(signal.SIGTTOU, signal.SIG_IGN)
    try:
        os.tcsetpgrp(tty, group)
    finally:
        signal.signal(signal.SIGTTOU, previous)


def _ignore_signal(signum: int, frame: FrameType | None) -> None:
    # A handler rather than SIG_IGN: children reset handlers to the default when
    # they start, whereas they would inherit SIG_IGN.
    pass


def start(command: Sequence[str], env: Mapping[str, str] | None = None) -> Process:
    """Start a child in a session of its own, with nothing to read on stdin.

    The terminal's signals (Ctrl-C, Ctrl-\\, hang-up) do not reach it there, so it
    stops only when the supervisor says so, and ``os.killpg(child.pid, ...)`` reaches
    whatever it starts in turn. Its output still goes to the terminal.
    """
    return subprocess.Popen(
        list(command), env=env, stdin=subprocess.DEVNULL, start_new_session=True
    )


def stop_processes(processes: Sequence[Process], timeout: float = STOP_TIMEOUT) -> None:
    """Stop processes started in sessions of their own; return when all are gone.

    Each one still running is sent SIGTERM, all at once, and they share one
    deadline, after which the rest are killed. Whatever remains in each one's
    process group (a pool process, the web server's reloaded child) is killed too,
    so that nothing outlives the supervisor.
    """
    for proc in processes:
        if not has_exited(proc):
            # os.kill rather than proc.terminate(), which would reap the process
            # if it has just exited, before its group is cleared (see reap).
            os.kill(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for proc in processes:
        while not has_exited(proc) and time.monotonic() < deadline:
            time.sleep(POLL_INTERVAL)
        reap(proc)


def has_exited(proc: Process) -> bool:
    """Whether a child has exited, without collecting its exit status (reaping it).

    Until it is reaped its pid, which is also its process group's id, cannot be
    given to another process, so that ``reap`` can still clear its group safely.
    """
    if proc.returncode is not None:
        return True
    state = os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    return state is not None


def reap(proc: Process) -> int:
    """Kill a child and whatever is left in its process group; return its exit status.

    For a child that has exited by itself this kills only what it left behind.
    """
    if proc.returncode is None:
        # Before the wait below: once the child is reaped, the group's id may be
        # reused for someone else's processes.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):  # nothing left in the group
            pass
    return proc.wait()


def wait_for_exit(
    children: Mapping[str, Process], stop: StopRequest, poll_interval: float = POLL_INTERVAL
) -> tuple[str, Process] | None:
    """Wait until a stop is requested (None) or a child exits (its name and process).

    A stop wins over an exit seen at the same moment: when the stop signal and a
    child's exit come together, the child is taken to have ended because of the
    same event (a system shutdown, a signal sent to every group), not to have
    crashed. The child that exited is not reaped: ``reap`` does that.
    """
    while not stop.requested:
        for name, proc in children.items():
            if has_exited(proc):
                # Looked at again: the signal may have arrived while we checked.
                return None if stop.requested else (name, proc)
        time.sleep(poll_interval)
    return None


def supervise(
    children: Mapping[str, Process], stop: StopRequest, poll_interval: float = POLL_INTERVAL
) -> int:
    """Watch running children until a stop is requested (0) or one exits on its own (1).

    A child's own exit is reported on stderr by name, whatever its exit status: a
    service that ends by itself leaves the site half-working. That child is reaped
    (with whatever it left behind); the others are not stopped here, the caller
    does that, whatever the outcome.
    """
    exited = wait_for_exit(children, stop, poll_interval)
    if exited is None:
        return 0
    name, proc = exited
    _say(f"The {name} exited with {reap(proc)}; stopping.", sys.stderr)
    return 1


def run(
    steps: Sequence[Sequence[str]],
    services: Mapping[str, Sequence[str]],
    env: Mapping[str, str] | None,
    stop: StopRequest,
    *,
    name: str = "everything",
    ready_message: str = "",
    stop_timeout: float = STOP_TIMEOUT,
    poll_interval: float = POLL_INTERVAL,
) -> int:
    """Run the set-up steps one after another, then the services until told to stop.

    Returns 0 when a stop was requested (during the steps or after), 1 when a step
    fails or a service exits on its own. Every process started here has been
    stopped by the time it returns, and from the moment the clean-up begins the
    stop signals are ignored.
    """
    started: list[Process] = []

    def launch(command: Sequence[str]) -> Process:
        proc = start(command, env)
        started.append(proc)
        return proc

    try:
        for step in steps:
            if stop.requested:
                break
            proc = launch(step)
            if wait_for_exit({"set-up step": proc}, stop, poll_interval) is None:
                break
            if reap(proc) != 0:
                _say(f"Set-up step failed: {' '.join(step[1:])}", sys.stderr)
                return 1
        if not stop.requested:
            children = {service: launch(command) for service, command in services.items()}
            if ready_message:
                _say(ready_message, sys.stdout)
            if supervise(children, stop, poll_interval):
                return 1
        _say(f"\nStopping {name}…", sys.stdout)
        return 0
    finally:
        stop.ignore_further()
        stop_processes(started, stop_timeout)


def _say(text: str, stream: IO[str]) -> None:
    # After the terminal is closed (SIGHUP) writing to it fails: that must not keep
    # the supervisor from stopping everything.
    try:
        print(text, file=stream, flush=True)
    except OSError:
        pass


def main() -> int:
    """``make run``: start the embedded services and the site; stop it all on Ctrl-C."""
    env = os.environ.copy()
    env.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    env.setdefault("PYTHONUNBUFFERED", "1")
    port = env.get("PORT", "8000")
    VAR_DIR.mkdir(exist_ok=True)
    owned: list[Process] = []
    # Signals are handled before the terminal is taken, and until after it is
    # handed back, so that no Ctrl-C in between finds Python's KeyboardInterrupt.
    with StopRequest() as stop, terminal_foreground():
        try:
            if env.get("REDIS_URL"):
                print(f"Using Redis at {env['REDIS_URL']}")
            else:
                redis_proc, env["REDIS_URL"] = start_embedded_redis()
                owned.append(redis_proc)
                print(f"Started embedded Redis at {env['REDIS_URL']}")
            if env.get("DATABASE_URL"):
                print("Using the database at DATABASE_URL")
            else:
                # This process owns the embedded server; children get its socket as
                # DATABASE_URL so that none of them starts or stops it.
                db = embedded_postgres_settings(env.get("EMBEDDED_DB_NAME", "confer"))
                env["DATABASE_URL"] = database_url(db)
                print(
                    f"Started embedded PostgreSQL (pgvector) in {VAR_DIR / 'pgdata'}"
                    f" (socket {db['HOST']})"
                )
            services = {
                "web server": [*MANAGE, "runserver", f"127.0.0.1:{port}"],
                "Celery worker": [*CELERY, "worker", "--loglevel", "INFO", "--concurrency", "1"],
                "Celery beat": [
                    *CELERY,
                    *("beat", "--loglevel", "INFO"),
                    *("--schedule", str(VAR_DIR / "celerybeat-schedule")),
                ],
            }
            return run(SETUP_STEPS, services, env, stop, name="Confer", ready_message=_banner(port))
        except Exception:
            # A Ctrl-C while the embedded servers start also reaches the commands they
            # run (initdb, pg_ctl), which then fail: that is the stop asked for.
            if not stop.requested:
                raise
            _say("\nStopping Confer…", sys.stdout)
            return 0
        finally:
            # Redis outlives the Celery processes (stopped by run) that talk to it.
            stop.ignore_further()
            stop_processes(owned)
            # Stopped now rather than at exit, while the terminal is still ours: a
            # Ctrl-C during it must not reach make.
            release_embedded_postgres()


def _banner(port: str) -> str:
    return (
        "\n"
        f"  Confer is running at http://127.0.0.1:{port}/\n"
        f"  Admin:    http://127.0.0.1:{port}/admin/\n"
        f"  API docs: http://127.0.0.1:{port}/api/docs/\n"
        "  Demo member: member@confer.example / confer-demo\n"
        "  Demo staff:  staff@confer.example / confer-demo\n"
        "  Press Ctrl-C to stop everything.\n"
    )


if __name__ == "__main__":
    sys.exit(main())
