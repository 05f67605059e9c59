"""`taizhang backup` / `taizhang restore`: a round trip gives back every table exactly (SQLite's online backup
API; pg_dump/pg_restore when the tests run on PostgreSQL through TAIZHANG_DB_URL)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from taizhang.web.backup import BackupError, backup, restore

ROOT = Path(__file__).resolve().parents[2]
TAIZHANG = str(ROOT / ".venv" / "bin" / "taizhang")


def every_table() -> dict[str, list]:
    """All rows of all tables, in a comparable form."""
    out = {}
    with connection.cursor() as cur:
        for table in sorted(connection.introspection.table_names(cur)):
            cur.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            out[table] = sorted((repr(row) for row in cur.fetchall()))
    return out


@pytest.fixture
def filled(transactional_db, settings, tmp_path):
    from ledger import texts
    from supervision.conftest import make_world
    settings.TAIZHANG_EXTRACTOR = "ledger.fakeextract.extract_file"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    for name, text in (("r23.txt", texts.REPORT_2023), ("m23.txt", texts.MIDYEAR_2023)):
        texts.ingest_text(name, text)
    return make_world()


def test_round_trip_gives_back_every_table(filled, tmp_path):
    from taizhang.ledger.models import Document, Fact
    from taizhang.supervision.models import Item
    before = every_table()
    assert sum(len(rows) for rows in before.values()) > 50
    path = backup(tmp_path / "site.backup")
    assert path.stat().st_size > 0 and not list(tmp_path.glob("*.partial"))
    Fact.objects.filter(kind="actual").delete()
    Item.objects.filter(code="T-001").update(title="备份之后改的")
    Document.objects.filter(name="m23.txt").delete()
    assert every_table() != before
    restore(path)
    after = every_table()
    assert after.keys() == before.keys()
    changed = [t for t in before if before[t] != after[t]]
    assert not changed, changed


def test_restore_refuses_what_is_not_a_backup(filled, tmp_path):
    bad = tmp_path / "not-a-backup.sqlite3"
    bad.write_bytes(b"hello, this is no database")
    with pytest.raises(BackupError):
        restore(bad)
    with pytest.raises(BackupError):
        restore(tmp_path / "missing.backup")


def test_backup_and_restore_commands(tmp_path):
    """The commands on a real SQLite file: a unit added after the backup is gone after the restore."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TAIZHANG_")}
    env["TAIZHANG_DATA_DIR"] = str(tmp_path / "var")

    def run(*args):
        out = subprocess.run([TAIZHANG, *args], env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path)
        assert out.returncode == 0, out.stdout + out.stderr
        return out.stdout

    run("manage", "migrate", "-v", "0")
    run("unit", "发展改革局")
    assert "backup written" in run("backup", str(tmp_path / "b.sqlite3"))
    run("unit", "备份之后的单位")
    assert "restored" in run("restore", str(tmp_path / "b.sqlite3"))
    code = ("import django; django.setup(); from taizhang.supervision.models import Unit; "
            "print(sorted(Unit.objects.values_list('name', flat=True)))")
    out = subprocess.run([sys.executable, "-c", code], env={**env, "DJANGO_SETTINGS_MODULE": "taizhang.web.settings"},
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert out.stdout.strip() == "['发展改革局']", out.stderr
