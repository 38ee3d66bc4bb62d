"""The ``make run`` supervisor's stop logic, with small stand-in services (real
processes, real signals) instead of the site: quick, and the same on a busy machine,
since every wait is for a condition, never for a fixed time."""

import json
import os
import shutil
import signal
import sys
import uuid
from pathlib import Path

import pytest

from config import devserver
from tests.processes import (
    DEADLINE,
    Output,
    Terminal,
    descendants,
    kill_all,
    spawn,
    wait_until,
    with_argument,
)

BASE_DIR = Path(__file__).resolve().parents[2]

# A stand-in service: says when it is ready, and on SIGTERM stops cleanly, taking
# as long as the test wants: until the release file exists, if one is named.
SERVICE = r"""
import os, signal, sys, time
name, release = sys.argv[1], sys.argv[3]
def say(what):  # one write, so that lines of stand-ins sharing the output do not mix
    os.write(1, f"{name} {what}\n".encode())
def stop(signum, frame):
    say("stopping")
    while release and not os.path.exists(release):
        time.sleep(0.01)
    say("stopped")
    sys.exit(0)
signal.signal(signal.SIGTERM, stop)
say("ready")
while True:
    time.sleep(3600)
"""

# The supervisor as `make run` runs it, with the services named in a JSON file. The
# stop timeout is long so that a slow machine never turns a clean stop into a kill.
DRIVER = """
import json, sys
from config.devserver import StopRequest, run, terminal_foreground
plan = json.loads(open(sys.argv[1]).read())
with StopRequest() as stop, terminal_foreground():
    sys.exit(run(plan["steps"], plan["services"], None, stop, stop_timeout=600.0))
"""


@pytest.fixture
def token():
    """A word on the command line of every stand-in of one test, to find them by."""
    return f"confer-test-{uuid.uuid4().hex}"


def service(name, token, release: Path | None = None) -> list[str]:
    return [sys.executable, "-c", SERVICE, name, token, str(release or "")]


def exiting(code: int, token: str) -> list[str]:
    return [sys.executable, "-c", f"raise SystemExit({code})", token]


def _write_plan(tmp_path, steps, services) -> list[str]:
    (tmp_path / "driver.py").write_text(DRIVER)
    (tmp_path / "plan.json").write_text(json.dumps({"steps": steps, "services": services}))
    return ["driver.py", "plan.json"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    env["PYTHONPATH"] = str(BASE_DIR)
    return env


@pytest.fixture
def supervisor(tmp_path):
    """Starts the supervisor on stand-ins; whatever a failed test leaves is killed."""
    started: list[tuple] = []

    def start(services, steps=()):
        args = _write_plan(tmp_path, list(steps), services)
        proc, output = spawn([sys.executable, *args], cwd=tmp_path, env=_env())
        started.append((proc, output))
        return proc, output

    yield start
    for proc, output in started:
        if proc.poll() is None:
            left = descendants(proc.pid)
            proc.kill()
            proc.wait()
            kill_all(left)
        output.close()


def _finish(proc, output: Output) -> str:
    """The supervisor's exit status is checked by the caller; this returns its output."""
    proc.wait(DEADLINE)
    output.close()  # once the supervisor and every stand-in have closed the pipe
    return output.text


# The supervision loop itself, in this process.


def test_a_stop_wins_over_a_child_exiting_at_the_same_moment():
    """The race behind "The Celery beat exited with 0; stopping." after Ctrl-C, made to
    happen every time: the child has exited and the stop signal has arrived, both
    before the supervisor looks."""
    beat = devserver.start([sys.executable, "-c", "pass"])
    try:
        wait_until(lambda: devserver.has_exited(beat), "the stand-in exited")
        with devserver.StopRequest() as stop:
            # To this thread, so that the handler has run when raise_signal returns.
            signal.raise_signal(signal.SIGINT)
            assert devserver.supervise({"Celery beat": beat}, stop) == 0
    finally:
        devserver.reap(beat)


@pytest.mark.parametrize("code", [0, 3])
def test_a_child_ending_on_its_own_is_a_failure(code, capsys):
    """Without a stop request even a clean exit is a failure: the site is half-down."""
    beat = devserver.start([sys.executable, "-c", f"raise SystemExit({code})"])
    try:
        wait_until(lambda: devserver.has_exited(beat), "the stand-in exited")
        with devserver.StopRequest() as stop:
            assert devserver.supervise({"Celery beat": beat}, stop) == 1
    finally:
        devserver.reap(beat)
    assert f"The Celery beat exited with {code}; stopping." in capsys.readouterr().err


# The whole supervisor in its own process, stopped by real signals.


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_stop_signal_stops_every_service_cleanly_and_returns_0(supervisor, token, signum):
    proc, output = supervisor({"web": service("web", token), "worker": service("worker", token)})
    output.wait_for("web ready")
    output.wait_for("worker ready")
    os.kill(proc.pid, signum)
    text = _finish(proc, output)
    assert proc.returncode == 0, text
    assert "Stopping everything" in text
    assert "web stopped" in text
    assert "worker stopped" in text
    assert with_argument(token) == []


def test_a_second_ctrl_c_does_not_cut_the_clean_up_short(supervisor, token, tmp_path):
    release = tmp_path / "release"
    proc, output = supervisor({"web": service("web", token, release)})
    output.wait_for("web ready")
    os.kill(proc.pid, signal.SIGINT)
    output.wait_for("web stopping")  # the clean-up has begun
    os.kill(proc.pid, signal.SIGINT)
    release.touch()
    text = _finish(proc, output)
    assert proc.returncode == 0, text
    assert "web stopped" in text
    assert with_argument(token) == []


def test_a_service_exiting_0_as_the_supervisor_is_interrupted_is_no_failure(supervisor, token):
    """The same race with real signals: the service interrupts the supervisor and
    ends at once, as services did when Ctrl-C reached them too."""
    interrupting = "import os, signal; os.kill(os.getppid(), signal.SIGINT)"
    proc, output = supervisor(
        {"web": service("web", token), "Celery beat": [sys.executable, "-c", interrupting, token]}
    )
    text = _finish(proc, output)
    assert proc.returncode == 0, text
    assert "exited with" not in text
    assert with_argument(token) == []


def test_a_service_crashing_stops_the_others_and_returns_1(supervisor, token):
    proc, output = supervisor({"web": service("web", token), "Celery beat": exiting(3, token)})
    text = _finish(proc, output)
    assert proc.returncode == 1, text
    assert "The Celery beat exited with 3; stopping." in text
    assert "Stopping everything" not in text
    assert with_argument(token) == []


def test_ctrl_c_during_a_set_up_step_stops_it_and_starts_nothing(supervisor, token):
    proc, output = supervisor({"web": service("web", token)}, steps=[service("migrate", token)])
    output.wait_for("migrate ready")
    os.kill(proc.pid, signal.SIGINT)
    text = _finish(proc, output)
    assert proc.returncode == 0, text
    assert "migrate stopped" in text
    assert "web ready" not in text
    assert with_argument(token) == []


def test_a_failing_set_up_step_is_named_and_starts_nothing(supervisor, token):
    proc, output = supervisor({"web": service("web", token)}, steps=[exiting(2, token)])
    text = _finish(proc, output)
    assert proc.returncode == 1, text
    assert f"Set-up step failed: -c raise SystemExit(2) {token}" in text
    assert "web ready" not in text


# Ctrl-C typed into a terminal, with make in between, as in `make run`.


@pytest.mark.skipif(not shutil.which("make"), reason="no make on this machine")
def test_ctrl_c_in_a_terminal_ends_make_with_0(tmp_path, token):
    """make gets no SIGINT (which would make it end with 130, "Interrupt"): the
    supervisor takes the terminal for its own process group. A second Ctrl-C during
    the clean-up changes nothing."""
    release = tmp_path / "release"
    args = _write_plan(
        tmp_path, [], {"web": service("web", token, release), "worker": service("worker", token)}
    )
    (tmp_path / "Makefile").write_text(f"run:\n\t$(PY) {' '.join(args)}\n")
    terminal = Terminal(["make", "run", f"PY={sys.executable}"], cwd=tmp_path, env=_env())
    left = set()
    try:
        terminal.output.wait_for("web ready")
        terminal.output.wait_for("worker ready")
        left = descendants(terminal.proc.pid)
        terminal.press_ctrl_c()
        terminal.output.wait_for("web stopping")
        terminal.press_ctrl_c()
        release.touch()
        assert terminal.proc.wait(DEADLINE) == 0, terminal.output.text
    finally:
        if terminal.proc.poll() is None:
            left |= descendants(terminal.proc.pid)
            terminal.proc.kill()
            terminal.proc.wait()
            kill_all(left)
        terminal.close()
    text = terminal.output.text
    assert "web stopped" in text
    assert "worker stopped" in text
    assert "Interrupt" not in text
    assert with_argument(token) == []


# `make run` itself, with the embedded Redis start replaced by one that the terminal's
# Ctrl-C interrupts, as it interrupts initdb and pg_ctl: the stop asked for, not a crash.
CTRL_C_WHILE_STARTING = """
import os, signal, subprocess, sys
from config import devserver
def interrupted_start():
    os.kill(os.getpid(), signal.SIGINT)
    raise subprocess.CalledProcessError(-signal.SIGINT, ["initdb"])
devserver.start_embedded_redis = interrupted_start
os.environ.pop("REDIS_URL", None)
sys.exit(devserver.main())
"""


def test_ctrl_c_while_the_embedded_servers_start_is_a_clean_stop():
    import subprocess

    result = subprocess.run(
        [sys.executable, "-c", CTRL_C_WHILE_STARTING],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=DEADLINE,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Stopping Confer" in result.stdout
    assert "Traceback" not in result.stderr
