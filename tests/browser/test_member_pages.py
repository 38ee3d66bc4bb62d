"""Every member page fits a phone (390 px) and a desktop (1280 px): nothing is wider
than the screen, long names and words wrap, and every header menu item can be
reached. Screenshots go to var/screenshots/member-pages/ for a person to look at."""

import json
import os
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest

from tests.browser.conftest import copy_database, drop_database, free_port

pytestmark = pytest.mark.browser

BASE_DIR = Path(__file__).resolve().parents[2]
SCREENSHOTS = BASE_DIR / "var" / "screenshots" / "member-pages"
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 800)}
# Named after this run's database, so that two runs sharing the embedded server
# (EMBEDDED_DB_NAME=other) never drop each other's.
_RUN = os.environ.get("EMBEDDED_DB_NAME", "confer")
DATABASE = f"{_RUN}_member_pages"
TEMPLATE = f"{_RUN}_member_pages_template"


def member_pages(data: dict) -> dict[str, str]:
    return {
        "home": "/",
        "dashboard": "/dashboard/",
        "people": "/people/",
        "introductions": "/introductions/",
        "inbox": "/inbox/",
        "search": "/search/?q=volunteers",
        "challenges": "/challenges/",
        "challenge": f"/challenges/{data['challenge']}/",
        "challenge-new": "/challenges/new/",
        "challenge-edit": f"/challenges/{data['challenge']}/edit/",
        "members": "/members/",
        "member": f"/members/{data['profile']}/",
        "profile": "/profile/",
        "membership": "/membership/",
    }


def _env(database: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.test",
        EMBEDDED_DB_NAME=database,
        EMBEDDING_BACKEND="tests.browser.member_pages_data.hashing_backend",
    )
    return env


def _run(*args: str, database: str) -> str:
    done = subprocess.run(
        [sys.executable, *args], cwd=BASE_DIR, env=_env(database), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.fixture(scope="module")
def member_site(request):
    """One server on a database of its own, with one awkward member.

    The database is a copy of a migrated template that is kept between runs, as
    --reuse-db keeps the test database (--create-db starts it afresh): migrating an
    empty database takes 15-60 s here, bringing the template up to date a few.
    """
    if request.config.getoption("create_db"):
        drop_database(TEMPLATE)
    _run("manage.py", "migrate", "--no-input", "-v0", database=TEMPLATE)
    copy_database(TEMPLATE, DATABASE)
    built = _run("-m", "tests.browser.member_pages_data", database=DATABASE)
    data = json.loads(built.strip().splitlines()[-1])

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", "--skip-checks", str(port)],
        cwd=BASE_DIR,
        env=_env(DATABASE),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output: list[str] = []
    ready = threading.Event()

    def read():
        for line in server.stdout:
            output.append(line)
            if "Quit the server with" in line:
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert ready.wait(120), "".join(output[-40:])
        url = f"http://127.0.0.1:{port}"
        with urllib.request.urlopen(url + "/", timeout=30) as response:
            assert response.status == 200
        yield {**data, "url": url}
    finally:
        server.terminate()
        server.wait(30)
        reader.join(10)
        server.stdout.close()
        drop_database(DATABASE)


# Elements that stick out past the right edge of the window where no scrolling box of
# their own contains them; only the innermost of nested ones (the cause) are named.
OVERFLOWING = """
() => {
  const limit = document.documentElement.clientWidth;
  const scrolls = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== "visible") return true;
    }
    return false;
  };
  const found = [...document.body.querySelectorAll("*")].filter((el) => {
    const box = el.getBoundingClientRect();
    return box.width && box.height && box.right > limit + 0.5 && !scrolls(el);
  });
  return found.filter((el) => !found.some((other) => other !== el && el.contains(other)))
    .slice(0, 8).map((el) => {
      const text = (el.innerText || el.value || "").trim().slice(0, 50);
      const right = Math.round(el.getBoundingClientRect().right);
      return `<${el.tagName.toLowerCase()} class="${el.className}"> ${text} (right edge ${right})`;
    });
}
"""

# Where a person can tap: inside the window, and the topmost thing at its centre.
UNREACHABLE = """
(items) => items.flatMap((el) => {
  const box = el.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const inside = box.width > 0 && box.height > 0 && box.left >= -0.5 && box.top >= -0.5
    && box.right <= width + 0.5 && box.bottom <= window.innerHeight + 0.5;
  const x = box.left + box.width / 2, y = box.top + box.height / 2;
  const hit = inside && document.elementFromPoint(x, y);
  if (hit && (hit === el || el.contains(hit))) return [];
  const where = [box.left, box.top, box.right].map(Math.round).join(", ");
  return [`${el.textContent.trim()} (left, top, right: ${where})`];
})
"""

MENU_ITEMS = "header.site a, header.site button"
VISITOR_MENU = ["How it works", "About", "Log in", "Join"]
MEMBER_MENU = [
    "How it works",
    "About",
    "Dashboard",
    "People to meet",
    "Introductions",
    "Challenges",
    "Members",
    "Inbox",
    "Log out",
]


def log_in(page, site) -> None:
    page.goto(site["url"] + "/accounts/login/")
    page.fill("input[name=login]", site["email"])
    page.fill("input[name=password]", site["password"])
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/dashboard/")


def open_menu(page) -> None:
    """Open the header menu if it is a disclosure (on phones)."""
    toggle = page.locator("header.site summary")
    if toggle.count() and toggle.is_visible():
        toggle.click()
        page.locator("header.site details[open]").wait_for()


def layout_problems(page, name: str, menu: list[str]) -> list[str]:
    """Screenshot the page, then what overflows and which header items are out of reach."""
    width = page.viewport_size["width"]
    page.screenshot(path=str(SCREENSHOTS / f"{width}-{name}.png"), full_page=True)
    found = []
    scroll_width, inner_width = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    if scroll_width > inner_width:
        found.append(f"page is {scroll_width} px wide in a {inner_width} px window")
    found += page.evaluate(OVERFLOWING)
    open_menu(page)
    items = page.locator(MENU_ITEMS)
    texts = " | ".join(items.all_text_contents())
    assert all(label in texts for label in menu), f"{name}: the header has only {texts}"
    found += [f"menu: {item}" for item in items.evaluate_all(UNREACHABLE)]
    if name == "dashboard":
        page.screenshot(path=str(SCREENSHOTS / f"{width}-menu.png"))
    return found


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_member_pages_fit_the_screen_and_every_menu_item_is_reachable(
    member_site, browser, viewport
):
    width, height = VIEWPORTS[viewport]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    problems: dict[str, list[str]] = {}
    try:
        # a visitor's way in: the home page and the sign-up form
        for name, path in {"visitor-home": "/", "signup": "/accounts/signup/"}.items():
            page.goto(member_site["url"] + path)
            if found := layout_problems(page, name, VISITOR_MENU):
                problems[name] = found
        log_in(page, member_site)
        for name, path in member_pages(member_site).items():
            response = page.goto(member_site["url"] + path)
            assert response is not None and response.ok, f"{name}: {path}"
            if found := layout_problems(page, name, [*MEMBER_MENU, member_site["name"]]):
                problems[name] = found
        # the pages showed what they were meant to show
        page.goto(member_site["url"] + "/search/?q=volunteers")
        assert page.get_by_test_id("search-result").count() >= 3
        page.goto(member_site["url"] + "/introductions/")
        for test_id in ("to-answer", "connected"):
            assert page.get_by_test_id(test_id).count() == 1
    finally:
        context.close()
    assert problems == {}, json.dumps(problems, indent=1, ensure_ascii=False)
