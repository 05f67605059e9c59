"""Whole invented documents of three genres the tuned documents never showed, each with the kind and period every
figure must get (samples/periods/expected.json): a work report's targets under a dated lead, a progress report with
1—N月 and plan figures, a signing ceremony's news item, statistical communiqués signed the year after the one they
report (a signing line under the title, as text and as a web page), a groundbreaking news page dated only in its
header line, a progress news item whose year is written only at its end, a hot-line notice whose lead opens with its
month, a notice signed in the January after the December it reports, a progress report's lists beside their work."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from taizhang.extract.pipeline import extract_text

SAMPLES = Path(__file__).parent / "samples" / "periods"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_figure_gets_its_kind_and_period(name):
    text = (SAMPLES / name).read_text(encoding="utf-8")
    got = sorted((f.value, f.unit, f.kind, f.period) for f in extract_text(text, name).facts)
    want = sorted((v, u, k, p) for v, u, k, p in EXPECTED[name])
    assert got == want
