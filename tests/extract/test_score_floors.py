"""Score floors on the shared corpus: the extractor as a whole must stay above these (../shared/tools/score.py).

Runs ``taizhang extract`` on ../shared/corpus (the seeds) and on ../shared/dev (documents of other genres and
regions, never tuned to one by one) once each and scores them with ``score.py --json``.
Skipped when the documents, gold or scorer are not beside the repo.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SCORE = SHARED / "tools" / "score.py"

FLOORS = [
    ("facts", "T1_found", 0.97),
    ("facts", "T2_typed", 0.95),
    ("facts", "T3_full", 0.90),
    ("projects", "mention", 0.90),
    ("projects", "named", 0.90),
    ("projects", "staged", 0.85),
    ("documents", "sections", 0.95),
    ("documents", "noise_chars", 0.95),
]
DEV = SHARED / "dev"
DEV_FLOORS = [("T1_found", 0.97), ("T2_typed", 0.93), ("T3_full", 0.80)]
# Fields right when found: where and when a fact speaks of (scope.py, context.py).
DEV_FIELD_FLOORS = [("period", 0.90), ("subject", 0.90)]


@pytest.fixture(scope="module")
def run(corpus_dir: Path, gold_dir: Path, tmp_path_factory) -> tuple[int, str, dict]:
    if not SCORE.is_file():
        pytest.skip("../shared/tools/score.py is not beside the repo")
    out = tmp_path_factory.mktemp("corpus_out")
    r = subprocess.run([sys.executable, "-m", "taizhang.cli", "extract", str(corpus_dir), "--out", str(out)],
                       capture_output=True, text=True, timeout=1800)
    s = subprocess.run([sys.executable, str(SCORE), str(out), "--gold", str(gold_dir), "--json"],
                       capture_output=True, text=True, timeout=600)
    assert s.returncode == 0, s.stderr
    return r.returncode, r.stderr, json.loads(s.stdout)


def test_corpus_extracts_without_failures(run):
    rc, stderr, _ = run
    assert rc == 0, stderr[-2000:]


@pytest.mark.parametrize("group,metric,floor", FLOORS, ids=[f"{g}.{m}>={f}" for g, m, f in FLOORS])
def test_score_floor(run, group: str, metric: str, floor: float):
    _, _, report = run
    scores = report[group]["overall"] if group == "facts" else report[group]
    f1 = scores[metric]["f1"]
    assert f1 >= floor, f"{group}.{metric} F1 {f1:.3f} < {floor} ({scores[metric]})"


@pytest.fixture(scope="module")
def dev_run(tmp_path_factory) -> tuple[int, str, dict]:
    docs, gold = DEV / "docs", DEV / "gold"
    if not SCORE.is_file() or not docs.is_dir() or not gold.is_dir():
        pytest.skip("../shared/dev or ../shared/tools/score.py is not beside the repo")
    src = tmp_path_factory.mktemp("dev_docs")
    for p in sorted(docs.glob("*.txt")):  # the documents only (not their notes)
        shutil.copyfile(p, src / p.name)
    out = tmp_path_factory.mktemp("dev_out")
    r = subprocess.run([sys.executable, "-m", "taizhang.cli", "extract", str(src), "--out", str(out), "--no-report"],
                       capture_output=True, text=True, timeout=1800)
    s = subprocess.run([sys.executable, str(SCORE), str(out), "--gold", str(gold), "--json"],
                       capture_output=True, text=True, timeout=600)
    assert s.returncode == 0, s.stderr
    return r.returncode, r.stderr, json.loads(s.stdout)


def test_dev_extracts_without_failures(dev_run):
    rc, stderr, _ = dev_run
    assert rc == 0, stderr[-2000:]


@pytest.mark.parametrize("metric,floor", DEV_FLOORS, ids=[f"dev.facts.{m}>={f}" for m, f in DEV_FLOORS])
def test_dev_score_floor(dev_run, metric: str, floor: float):
    _, _, report = dev_run
    scores = report["facts"]["overall"]
    assert scores[metric]["f1"] >= floor, f"dev facts.{metric} F1 {scores[metric]['f1']:.3f} < {floor} ({scores[metric]})"


@pytest.mark.parametrize("field,floor", DEV_FIELD_FLOORS, ids=[f"dev.{f}>={v}" for f, v in DEV_FIELD_FLOORS])
def test_dev_fields_right_when_found(dev_run, field: str, floor: float):
    _, _, report = dev_run
    got = report["facts"]["field_accuracy_when_found"][field]
    assert got >= floor, f"dev {field} right when found {got:.3f} < {floor}"
