import os
import shutil
import socket

import psycopg
import pytest

from config.embedded import embedded_postgres_settings

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _embedded_server():
    db = embedded_postgres_settings("postgres")
    return psycopg.connect(
        host=db["HOST"], port=db["PORT"], user="postgres", dbname="postgres", autocommit=True
    )


def drop_database(name: str) -> None:
    """Drop a database of the embedded server that a browser test created for its site."""
    with _embedded_server() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def copy_database(template: str, name: str) -> None:
    """A new database ``name`` as a copy of ``template`` (which nobody may be using)."""
    drop_database(name)
    with _embedded_server() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM:
        pytest.skip("No Chromium on this machine: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the Django ORM is only
    # used by the servers under test, never from the browser-driving code.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def policy_errors(page) -> list[str]:
    """What Chromium reports about a page's Content-Security-Policy and Permissions-Policy
    (a blocked script, style, image or connection; an unknown feature), filled as it runs."""
    errors: list[str] = []

    def on_console(message) -> None:
        text = message.text
        if "Content Security Policy" in text or "Permissions-Policy" in text:
            errors.append(f"{page.url}: {text}")

    page.on("console", on_console)
    return errors
