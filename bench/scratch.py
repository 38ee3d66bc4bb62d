"""The scratch database the benchmarks build their communities in."""

import psycopg
from django.core.management import call_command
from django.db import connection


def database_recreate() -> None:
    """Drop and create the configured database, then migrate it: starting again is
    much faster than deleting a large community row by row."""
    settings = connection.settings_dict
    name = settings["NAME"]
    connection.close()
    with psycopg.connect(
        host=settings["HOST"],
        port=settings["PORT"] or None,
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    call_command("migrate", verbosity=0)
