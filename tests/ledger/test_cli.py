"""The CLI end to end in a fresh working directory: demo (--no-serve), ingest, export --parquet."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from . import texts

pytestmark = pytest.mark.skipif(bool(os.environ.get("TAIZHANG_DB_URL")), reason="CLI runs use their own SQLite")

ROOT = Path(__file__).resolve().parents[2]
EXE = str(Path(sys.executable).with_name("taizhang"))


def run(args, cwd, **env):
    e = {k: v for k, v in os.environ.items() if not k.startswith(("TAIZHANG_", "DJANGO_"))}
    e.update(TAIZHANG_DATA_DIR=str(Path(cwd) / "var"), **env)
    return subprocess.run([EXE, *args], cwd=cwd, env=e, capture_output=True, text=True, timeout=600)


def test_demo_builds_ledger_and_prints_login(tmp_path):
    r = run(["demo", "--no-serve"], tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "login: username=demo password=" in r.stdout
    assert (tmp_path / "var" / "taizhang.sqlite3").exists()
    assert (tmp_path / "out" / "demo" / "report.html").exists()
    again = run(["demo", "--no-serve"], tmp_path)  # idempotent: the samples are duplicates now
    assert again.returncode == 0 and "  重复  " in again.stdout and "  已入库  " not in again.stdout


def test_ingest_then_export_parquet(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(texts.REPORT_2023, encoding="utf-8")
    (docs / "b.txt").write_text(texts.MIDYEAR_2023, encoding="utf-8")
    env = {"TAIZHANG_EXTRACTOR": "ledger.fakeextract.extract_file", "PYTHONPATH": str(ROOT / "tests")}
    r = run(["ingest", str(docs)], tmp_path, **env)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "2 stored, 0 duplicate, 0 failed" in r.stderr
    r = run(["ingest", str(docs / "a.txt")], tmp_path, **env)
    assert "0 stored, 1 duplicate" in r.stderr
    r = run(["export", "--parquet", str(tmp_path / "pq")], tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    import pyarrow.parquet as pq
    facts = pq.read_table(tmp_path / "pq" / "facts.parquet")
    assert facts.num_rows == 5 and "evidence" in facts.column_names
    links = pq.read_table(tmp_path / "pq" / "fact_links.parquet").to_pylist()
    assert any(l["relation"] == "actual" for l in links)
    r = run(["export", "--parquet", str(tmp_path / "pqd"), "--dask"], tmp_path)
    assert r.returncode == 0
    import dask.dataframe as dd
    assert len(dd.read_parquet(str(tmp_path / "pqd" / "facts")).compute()) == 5
