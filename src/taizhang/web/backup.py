"""`taizhang backup FILE` and `taizhang restore FILE`: the whole database, while the site runs.

SQLite: the online backup API copies the live database page by page into FILE (a plain SQLite file), so
readers and writers go on; restore copies FILE back the same way after checking it is a sound taizhang
database.  PostgreSQL: pg_dump in its custom format, restored with pg_restore --clean.  Uploaded files
(evidence, under the data directory's media folder) are not in the database: copy that folder beside it.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path


class BackupError(Exception):
    """Something a person must fix (a missing pg_dump, a file that is not a backup)."""


def _connection(using: str):
    from django.db import connections
    conn = connections[using]
    conn.ensure_connection()
    return conn


def _pg_env(settings_dict: dict) -> tuple[list[str], dict]:
    args = []
    if settings_dict.get("HOST"):
        args += ["-h", settings_dict["HOST"]]
    if settings_dict.get("PORT"):
        args += ["-p", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        args += ["-U", settings_dict["USER"]]
    env = dict(os.environ)
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]  # never on the command line, where `ps` shows it
    return args, env


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} not found: install the PostgreSQL client tools (Debian: postgresql-client)")
    return path


def backup(path: str | Path, using: str = "default") -> Path:
    """Write the database to ``path`` (overwritten); returns the path."""
    path = Path(path).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = _connection(using)
    tmp = path.with_name(path.name + ".partial")
    tmp.unlink(missing_ok=True)
    if conn.vendor == "sqlite":
        dst = sqlite3.connect(tmp)
        try:
            conn.connection.backup(dst, pages=1024)  # steps of 1024 pages let writers in between
        finally:
            dst.close()
    elif conn.vendor == "postgresql":
        args, env = _pg_env(conn.settings_dict)
        proc = subprocess.run([_tool("pg_dump"), *args, "-Fc", "--no-owner", "-f", str(tmp),
                               conn.settings_dict["NAME"]], env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            tmp.unlink(missing_ok=True)
            raise BackupError(f"pg_dump failed: {proc.stderr.strip()}")
    else:
        raise BackupError(f"no backup for database engine {conn.vendor}")
    os.replace(tmp, path)  # a crash mid-backup never leaves a truncated file under the real name
    return path


def _check_sqlite_backup(path: Path) -> None:
    try:
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = src.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            src.close()
    except sqlite3.DatabaseError as e:
        raise BackupError(f"{path} is not an SQLite database: {e}") from None
    if ok != "ok":
        raise BackupError(f"{path} is damaged: {ok}")
    if "django_migrations" not in tables:
        raise BackupError(f"{path} is not a taizhang database (no django_migrations table)")


def restore(path: str | Path, using: str = "default") -> None:
    """Replace the database's contents with the backup in ``path``."""
    path = Path(path).resolve()
    if not path.is_file():
        raise BackupError(f"no such file: {path}")
    conn = _connection(using)
    if conn.vendor == "sqlite":
        _check_sqlite_backup(path)
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            src.backup(conn.connection)
        finally:
            src.close()
    elif conn.vendor == "postgresql":
        args, env = _pg_env(conn.settings_dict)
        conn.close()  # pg_restore --clean drops tables this connection might hold locks on
        proc = subprocess.run([_tool("pg_restore"), *args, "--clean", "--if-exists", "--no-owner",
                               "--single-transaction", "-d", conn.settings_dict["NAME"], str(path)],
                              env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            raise BackupError(f"pg_restore failed: {proc.stderr.strip()}")
    else:
        raise BackupError(f"no restore for database engine {conn.vendor}")
