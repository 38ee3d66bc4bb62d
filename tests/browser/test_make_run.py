"""`make run` end to end: the supervisor starts everything on a fresh database, a
person logs in as the demo member in Chromium and sees their challenges, Ctrl-C
stops it all."""

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from cms.demo import DEMO_MEMBER_EMAIL, build_community
from tests.browser.conftest import drop_database, free_port

pytestmark = pytest.mark.browser

BASE_DIR = Path(__file__).resolve().parents[2]
E2E_DB = "confer_e2e"
SCREENSHOTS = BASE_DIR / "var" / "screenshots"


def _port_open(port: int) -> bool:
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
    except OSError as error:
        return "refused" not in str(error).lower()
    return True


@pytest.fixture(scope="module")
def make_run():
    """The `make run` supervisor on a fresh embedded database and its own ports."""
    drop_database(E2E_DB)
    port, redis_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.local",
        EMBEDDED_DB_NAME=E2E_DB,
        PORT=str(port),
        CONFER_EMBEDDED_REDIS_PORT=str(redis_port),
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "config.devserver"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    output: list[str] = []
    ready = threading.Event()

    def read():
        for line in proc.stdout:
            output.append(line)
            if "Press Ctrl-C" in line:
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not ready.wait(300):
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("make run did not come up:\n" + "".join(output[-60:]))
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        if _port_open(port):
            break
        time.sleep(0.2)
    state = {"url": url, "port": port, "output": output, "proc": proc}
    yield state
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    reader.join(10)
    proc.stdout.close()
    drop_database(E2E_DB)


def test_make_run_prints_url_and_demo_logins(make_run):
    text = "".join(make_run["output"])
    assert f"Confer is running at {make_run['url']}/" in text
    assert "member@confer.example / confer-demo" in text
    assert "staff@confer.example / confer-demo" in text
    assert "Demo community loaded" in text


def test_demo_member_logs_in_and_sees_their_challenges(make_run, browser):
    mine = [c.title for c in build_community().challenges if c.author_email == DEMO_MEMBER_EMAIL]
    page = browser.new_page()
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
        assert "similar" in people.inner_text()
        page.locator(".card", has_text="My challenges").get_by_role("link", name=mine[0]).click()
        assert page.locator("h1").inner_text() == mine[0]
    finally:
        page.close()


def test_api_docs_render_offline(make_run, browser):
    page = browser.new_page()
    external = []
    page.on("request", lambda r: external.append(r.url) if "127.0.0.1" not in r.url else None)
    try:
        page.goto(make_run["url"] + "/api/docs/")
        page.get_by_text("/api/v1/challenges/").first.wait_for(timeout=15000)
        assert "Confer API" in page.locator("body").inner_text()
    finally:
        page.close()
    assert external == []


def test_ctrl_c_stops_everything(make_run):
    proc = make_run["proc"]
    os.killpg(proc.pid, signal.SIGINT)
    assert proc.wait(60) == 0, "".join(make_run["output"][-40:])
    time.sleep(0.5)
    assert not _port_open(make_run["port"])
