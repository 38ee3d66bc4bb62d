"""Helpers for tests that run real processes: their output, a pseudo-terminal to
press Ctrl-C in, and waiting for conditions rather than for fixed times."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

# Generous: these bound how long a test waits for something that should happen,
# they are not how long things take. A busy machine only makes tests slower.
DEADLINE = 120.0

# Runs a command as the session leader of the terminal open on stdin, the way a
# terminal runs its shell: then the terminal's line discipline turns a typed Ctrl-C
# into SIGINT for the foreground process group.
_LOGIN_TTY = "import os, sys; os.login_tty(0); os.execvp(sys.argv[1], sys.argv[1:])"


def wait_until(condition: Callable[[], object], what: str, timeout: float = DEADLINE) -> None:
    """Return as soon as condition() is true; fail, saying what, after timeout seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still not the case after {timeout:.0f} s: {what}")
        time.sleep(0.05)


class Output:
    """Everything written to a file descriptor, read by a background thread."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._chunks: list[str] = []
        self._ended = False
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self._fd, 65536)
            except OSError:  # EIO: the other end of a terminal is closed for good
                data = b""
            with self._changed:
                if not data:
                    self._ended = True
                    self._changed.notify_all()
                    return
                self._chunks.append(data.decode(errors="replace"))
                self._changed.notify_all()

    @property
    def text(self) -> str:
        """What has been read so far."""
        with self._changed:
            return "".join(self._chunks)

    def wait_for(self, text: str, timeout: float = DEADLINE) -> None:
        """Return once text has been written; fail with the output so far otherwise."""
        with self._changed:
            self._changed.wait_for(lambda: self._ended or text in "".join(self._chunks), timeout)
            everything = "".join(self._chunks)
        if text not in everything:
            raise AssertionError(f"{text!r} never came; output so far:\n{everything[-4000:]}")

    def close(self) -> None:
        """Wait for the writers to finish, then close the file descriptor (once)."""
        self._thread.join(DEADLINE)
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def spawn(
    command: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None
) -> tuple[subprocess.Popen[bytes], Output]:
    """Start a command with stdout and stderr in one pipe, in a session of its own.

    Its own session keeps it away from the terminal pytest may be running in.
    """
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(
        list(command),
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=write_end,
        stderr=write_end,
        start_new_session=True,
    )
    os.close(write_end)
    return proc, Output(read_end)


class Terminal:
    """A pseudo-terminal running a command as its foreground job, as a shell runs
    ``make run``; ``press_ctrl_c`` types Ctrl-C into it."""

    def __init__(self, command: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None):
        master, slave = os.openpty()
        self._master = master
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _LOGIN_TTY, *command],
            cwd=cwd,
            env=env,
            stdin=slave,
            stdout=slave,
            stderr=slave,
        )
        os.close(slave)
        self.output = Output(master)

    def press_ctrl_c(self) -> None:
        """Type Ctrl-C, as a person would."""
        os.write(self._master, b"\x03")

    def close(self) -> None:
        """Wait for everything writing to the terminal, then close it."""
        self.output.close()


def descendants(pid: int) -> set[tuple[int, str]]:
    """The processes started by pid, directly or not, whatever session they are in.

    Each is given as its pid and its start time, which together tell it apart from
    a later process given the same pid.
    """
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (stat := _stat(int(entry.name))):
            children.setdefault(int(stat[1]), []).append(int(entry.name))
    found: set[tuple[int, str]] = set()
    todo = list(children.get(pid, []))
    while todo:
        child = todo.pop()
        if stat := _stat(child):
            found.add((child, stat[19]))
            todo.extend(children.get(child, []))
    return found


def still_running(processes: set[tuple[int, str]]) -> set[tuple[int, str]]:
    """Those of processes (from ``descendants``) that have not ended.

    A zombie has ended: only its parent's wait() is missing.
    """
    return {(pid, start) for pid, start in processes if (s := _stat(pid)) and s[19] == start}


def with_argument(argument: str) -> list[int]:
    """The running processes with argument on their command line."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if argument.encode() in cmdline:
            found.append(int(entry.name))
    return found


def kill_all(processes: set[tuple[int, str]]) -> None:
    """Last resort after a failed test: SIGKILL what is left of processes."""
    for pid, _ in still_running(processes):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _stat(pid: int) -> list[str] | None:
    # /proc/<pid>/stat without its command name, which may contain spaces; index 0 is
    # the state, 1 the parent's pid and 19 the start time. None once the process has
    # ended (or is a zombie).
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return None if fields[0] in ("Z", "X") else fields
