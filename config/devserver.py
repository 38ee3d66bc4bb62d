"""``make run``: the whole site on one machine, stopped cleanly by Ctrl-C.

Starts the embedded PostgreSQL and Redis unless DATABASE_URL / REDIS_URL are set,
migrates, loads the demo community once, then runs the web server, one Celery
worker and Celery beat until interrupted.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from config.embedded import (
    BASE_DIR,
    VAR_DIR,
    database_url,
    embedded_postgres_settings,
    start_embedded_redis,
)

MANAGE = [sys.executable, str(BASE_DIR / "manage.py")]
CELERY = [sys.executable, "-m", "celery", "-A", "config"]


def _stop(processes: list[subprocess.Popen], timeout: float = 10.0) -> None:
    for proc in processes:
        if proc.poll() is None:
            proc.terminate()
    deadline = time.monotonic() + timeout
    for proc in processes:
        try:
            proc.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _interrupt(signum, frame) -> None:
    # `kill` (SIGTERM) stops everything the way Ctrl-C does.
    raise KeyboardInterrupt


def main() -> int:
    env = os.environ.copy()
    env.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    env.setdefault("PYTHONUNBUFFERED", "1")
    port = env.get("PORT", "8000")
    VAR_DIR.mkdir(exist_ok=True)
    owned: list[subprocess.Popen] = []

    if env.get("REDIS_URL"):
        print(f"Using Redis at {env['REDIS_URL']}")
    else:
        redis_proc, env["REDIS_URL"] = start_embedded_redis()
        owned.append(redis_proc)
        print(f"Started embedded Redis at {env['REDIS_URL']}")
    if env.get("DATABASE_URL"):
        print("Using the database at DATABASE_URL")
    else:
        # This process owns the embedded server; children get its socket as DATABASE_URL
        # so that none of them starts or stops it.
        db = embedded_postgres_settings(env.get("EMBEDDED_DB_NAME", "confer"))
        env["DATABASE_URL"] = database_url(db)
        print(
            f"Started embedded PostgreSQL (pgvector) in {VAR_DIR / 'pgdata'} (socket {db['HOST']})"
        )

    children: dict[str, subprocess.Popen] = {}
    try:
        subprocess.run([*MANAGE, "migrate", "--noinput"], env=env, check=True)
        subprocess.run([*MANAGE, "seed_demo"], env=env, check=True)
        # Vectors and suggestions for whatever changed since the last run (first run: all).
        subprocess.run([*MANAGE, "embed", "--stale", "--refresh-suggestions"], env=env, check=True)
        children = {
            "web server": subprocess.Popen([*MANAGE, "runserver", f"127.0.0.1:{port}"], env=env),
            "Celery worker": subprocess.Popen(
                [*CELERY, "worker", "--loglevel", "INFO", "--concurrency", "1"], env=env
            ),
            "Celery beat": subprocess.Popen(
                [
                    *CELERY,
                    "beat",
                    "--loglevel",
                    "INFO",
                    "--schedule",
                    str(VAR_DIR / "celerybeat-schedule"),
                ],
                env=env,
            ),
        }
        print(
            "\n"
            f"  Confer is running at http://127.0.0.1:{port}/\n"
            f"  Admin:    http://127.0.0.1:{port}/admin/\n"
            f"  API docs: http://127.0.0.1:{port}/api/docs/\n"
            "  Demo member: member@confer.example / confer-demo\n"
            "  Demo staff:  staff@confer.example / confer-demo\n"
            "  Press Ctrl-C to stop everything.\n",
            flush=True,
        )
        signal.signal(signal.SIGTERM, _interrupt)
        while True:
            for name, proc in children.items():
                if proc.poll() is not None:
                    print(f"The {name} exited with {proc.returncode}; stopping.", file=sys.stderr)
                    return 1
            time.sleep(0.5)
    except KeyboardInterrupt:
        print("\nStopping Confer…")
        return 0
    except subprocess.CalledProcessError as error:
        print(f"Set-up step failed: {' '.join(error.cmd[1:])}", file=sys.stderr)
        return 1
    finally:
        # A second Ctrl-C or SIGTERM (make passes one on) must not cut the clean-up short.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        _stop(list(children.values()))
        _stop(owned)


if __name__ == "__main__":
    sys.exit(main())
