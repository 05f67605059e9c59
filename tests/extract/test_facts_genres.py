"""Facts in genres beyond the dev set: progress notices, 督办通报, communiqués, news; sentences written for these tests."""
from __future__ import annotations

import pytest

from taizhang.extract import facts
from taizhang.extract.doc import Doc, DocumentRecord


def run(text: str, published: str = "2024", regions: tuple[str, ...] = ("岚溪县",)):
    doc = Doc("t.txt", text, [])
    rec = DocumentRecord(doc="t.txt", published=published, regions=list(regions))
    return facts.extract(doc, rec)


def one(fs, value, unit=None):
    hits = [f for f in fs if f.value == value and (unit is None or f.unit == unit)]
    assert len(hits) == 1, [(f.value, f.unit) for f in fs]
    return hits[0]


# --------------------------------------------------------------------------- kinds

@pytest.mark.parametrize("sentence, value", [
    ("今年,力争全县地区生产总值比上年增长6.5%。", 6.5),
    ("确保上半年重点项目开工率达到80%以上。", 80),
    ("力争1—6月完成投资20亿元。", 20),
])
def test_a_time_or_base_after_a_commitment_keeps_it_a_target(sentence, value):
    assert one(run(sentence), value).kind == "target"


def test_a_reported_growth_stays_actual():
    assert one(run("上半年,全县地区生产总值比上年增长5.1%。"), 5.1).kind == "actual"


def test_what_a_project_yields_once_built_is_a_target_without_time():
    fs = run("据介绍,该项目全部建成达产后,可实现年产值80亿元以上,新增就业岗位1500个。")
    for v in (80, 1500):
        f = one(fs, v)
        assert (f.kind, f.period) == ("target", "")
