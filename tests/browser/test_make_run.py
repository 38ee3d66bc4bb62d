"""`make run` end to end, typed into a terminal: the supervisor starts everything on
a fresh database, a person logs in as the demo member in Chromium and sees their
challenges, Ctrl-C stops it all and make ends with 0."""

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from config.embedded import PGDATA_DIR
from demo.community import DEMO_MEMBER_EMAIL, build_community
from tests.browser.conftest import drop_database, free_port, policy_errors
from tests.processes import DEADLINE, Terminal, descendants, kill_all, still_running, wait_until

pytestmark = pytest.mark.browser

BASE_DIR = Path(__file__).resolve().parents[2]
E2E_DB = f"{os.environ.get('EMBEDDED_DB_NAME', 'confer')}_e2e"
SCREENSHOTS = BASE_DIR / "var" / "screenshots"


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    except ConnectionRefusedError:
        return False
    except OSError:  # a busy machine: unknown, so not yet closed
        return True
    return True


@pytest.fixture(scope="module")
def make_run():
    """`make run` typed into a terminal, on a fresh embedded database and its own ports."""
    if not shutil.which("make"):
        pytest.skip("No make on this machine")
    drop_database(E2E_DB)
    port, redis_port = free_port(), free_port()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "REDIS_URL", "MAKEFLAGS", "MFLAGS", "MAKELEVEL")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.local",
        EMBEDDED_DB_NAME=E2E_DB,
        PORT=str(port),
        CONFER_EMBEDDED_REDIS_PORT=str(redis_port),
        # The smaller packaged model: what is tested here is the recipe, the services
        # and the pages, not the matching (tests/matching/test_quality.py measures the
        # default model); it embeds the demo in seconds instead of a minute, which the
        # CI budget needs. Loading and verifying the default model is tested on its own.
        EMBEDDING_MODEL="all-MiniLM-L6-v2",
    )
    # The Makefile's own recipe, with this interpreter and without (re)installing.
    command = ["make", "--no-print-directory", "-o", ".venv/.installed-stamp", "run"]
    terminal = Terminal([*command, f"PY={sys.executable}"], cwd=BASE_DIR, env=env)
    started: set[tuple[int, str]] = set()
    try:
        terminal.output.wait_for("Press Ctrl-C", timeout=900)
        wait_until(lambda: _listening(port), "the web server listens")
        started = descendants(terminal.proc.pid)
        yield {
            "url": f"http://127.0.0.1:{port}",
            "port": port,
            "redis_port": redis_port,
            "terminal": terminal,
            "started": started,
        }
    finally:
        if terminal.proc.poll() is None:  # a test failed before Ctrl-C: clean up anyway
            started |= descendants(terminal.proc.pid)
            terminal.press_ctrl_c()
            try:
                terminal.proc.wait(DEADLINE)
            except subprocess.TimeoutExpired:
                terminal.proc.kill()
                terminal.proc.wait()
        kill_all(started)
        terminal.close()
        drop_database(E2E_DB)


def test_make_run_prints_url_and_demo_logins(make_run):
    text = make_run["terminal"].output.text
    assert f"Confer is running at {make_run['url']}/" in text
    assert "member@confer.example / confer-demo" in text
    assert "staff@confer.example / confer-demo" in text
    assert "Demo community loaded" in text


def test_demo_member_logs_in_and_sees_their_challenges(make_run, browser):
    mine = [c.title for c in build_community().challenges if c.author_email == DEMO_MEMBER_EMAIL]
    page = browser.new_page()
    blocked = policy_errors(page)
    try:
        page.goto(make_run["url"] + "/")
        assert page.locator("h1").first.inner_text() == "Confer"
        page.get_by_role("link", name="Log in").first.click()
        page.fill("input[name=login]", DEMO_MEMBER_EMAIL)
        page.fill("input[name=password]", "confer-demo")
        page.locator("main form button[type=submit]").click()
        page.wait_for_url("**/dashboard/")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)
        text = page.locator("main").inner_text()
        assert "My challenges (3)" in text
        for title in mine:
            assert title in text
        # make run embedded the community and computed suggestions: people to meet
        people = page.get_by_test_id("people-to-meet")
        assert people.get_by_test_id("suggestion").count() >= 1
        assert "match" in people.inner_text()  # strong or possible
        page.locator(".card", has_text="My challenges").get_by_role("link", name=mine[0]).click()
        assert page.locator("h1").inner_text() == mine[0]
    finally:
        page.close()
    assert blocked == []


def test_api_docs_render_offline(make_run, browser):
    page = browser.new_page()
    external = []
    page.on("request", lambda r: external.append(r.url) if "127.0.0.1" not in r.url else None)
    blocked = policy_errors(page)
    try:
        page.goto(make_run["url"] + "/api/docs/")
        page.get_by_text("/api/v1/challenges/").first.wait_for(timeout=15000)
        assert "Confer API" in page.locator("body").inner_text()
        # an operation opens (Swagger UI's own scripts and icons run under the CSP)
        page.get_by_text("/api/v1/auth/token/").first.click()
        page.get_by_role("button", name="Try it out").first.wait_for(timeout=15000)
    finally:
        page.close()
    assert external == []
    assert blocked == []


def test_staff_edit_pages_and_dates_in_the_admin_under_its_csp(make_run, browser):
    page = browser.new_page()
    blocked = policy_errors(page)
    try:
        page.goto(make_run["url"] + "/admin/login/")
        page.fill("input[name=username]", "staff@confer.example")
        page.fill("input[name=password]", "confer-demo")
        page.locator("form button[type=submit]").last.click()
        page.wait_for_url("**/admin/")
        # the page editor (inline styles) on the site's home page
        page.goto(make_run["url"] + "/admin/pages/")
        page.locator("a[href*='/edit/']").first.click()
        page.wait_for_url("**/edit/")
        page.locator("input[name=title]").wait_for()
        # a date chooser, started by one of Wagtail's inline scripts
        page.goto(make_run["url"] + "/admin/membership/new/")
        page.locator("input[name=ends_on]").click()
        page.locator(".xdsoft_datetimepicker:visible").first.wait_for(timeout=15000)
        page.wait_for_load_state("networkidle")
    finally:
        page.close()
    assert blocked == []


def test_ctrl_c_stops_everything(make_run):
    """Ctrl-C, typed once: make ends with 0, nothing is left running or listening."""
    terminal = make_run["terminal"]
    started = make_run["started"]
    started |= descendants(terminal.proc.pid)  # with whatever started since
    supervisor = next(pid for pid, _ in started if _parent(pid) == terminal.proc.pid)
    terminal.press_ctrl_c()
    assert terminal.proc.wait(DEADLINE) == 0, terminal.output.text[-4000:]
    text = terminal.output.text
    assert "Stopping Confer" in text
    assert "exited with" not in text
    assert "Interrupt" not in text
    wait_until(lambda: not still_running(started), "every process make run started has ended")
    wait_until(lambda: not _listening(make_run["port"]), "the web port is closed")
    wait_until(lambda: not _listening(make_run["redis_port"]), "the Redis port is closed")
    # It let go of the embedded PostgreSQL (which this test process keeps running).
    assert supervisor not in json.loads((PGDATA_DIR / ".handle_pids.json").read_text())


def _parent(pid: int) -> int:
    stat = Path(f"/proc/{pid}/stat").read_text()
    return int(stat[stat.rindex(")") + 2 :].split()[1])
