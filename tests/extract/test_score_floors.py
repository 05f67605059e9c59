"""Score floors on the shared corpus: the extractor as a whole must stay above these (../shared/tools/score.py).

Runs ``taizhang extract`` on ../shared/corpus once and scores it with ``score.py --json``.
Skipped when the corpus, gold or scorer are not beside the repo.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SCORE = SHARED / "tools" / "score.py"

FLOORS = [
    ("facts", "T1_found", 0.97),
    ("facts", "T2_typed", 0.90),
    ("facts", "T3_full", 0.75),
    ("projects", "mention", 0.85),
    ("projects", "named", 0.80),
    ("projects", "staged", 0.70),
    ("documents", "sections", 0.90),
    ("documents", "noise_chars", 0.90),
]


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
