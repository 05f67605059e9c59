"""A class of projects qualified only by the time its members are pushed in (二季度项目, 第一季度重大项目), the amount
they reach (总投资50亿元项目) or the field they are of (文旅项目), or listed by a level (州列重大项目), names no one
work, whatever place stands before it; a member named in the same list still is one.

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸, 石屏); none is corpus text.
"""
from __future__ import annotations

import pytest

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def mentions(text: str) -> dict[str, str]:
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type="news", regions=[])
    return {p.mention: p.stage for p in projects.extract(doc, record)}


@pytest.mark.parametrize("text", [
    "岚溪县将紧抓三季度项目建设的好时机，全力冲刺全年目标。",
    "3月8日，白河省二季度重点项目集中推进会在柳岸召开。",
    "全州45个省、州列重大建设项目均按计划有序推进。",
])
def test_qualified_class_is_no_work(text):
    assert mentions(text) == {}


def test_members_kept_when_the_class_sized_by_amount_goes():
    got = mentions("青川智慧屏、石屏磁电、柳岸精密制造等6个总投资35亿元项目开工建设。")
    assert got == {"青川智慧屏": "under_construction", "石屏磁电": "under_construction",
                   "柳岸精密制造": "under_construction"}


def test_field_class_after_a_named_member():
    got = mentions("岚溪竹海康养园等文旅项目加快推进。")
    assert "文旅项目" not in got and got.get("岚溪竹海康养园") == "under_construction"


def test_named_works_of_a_field_stay():
    # a proper name before the field's word: one work (青川水利枢纽项目 is no class)
    assert mentions("今年青川水利枢纽项目正式开工。") == {"青川水利枢纽项目": "under_construction"}
