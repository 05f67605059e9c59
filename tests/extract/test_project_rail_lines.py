"""Metro lines written by their number alone (3号线一期, 5号线) where the sentence speaks of a rail system; a line joining
two (甲市至乙市城际铁路联络线) and a branch line (甲铁路乙支线) are works of their own.

Every sentence here is invented (岚溪, 北岸, 西岭 … are fictitious places and works).
"""
from __future__ import annotations

import pytest

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def run(text: str, doc_type: str = "news"):
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type=doc_type, regions=[])
    return {p.mention: p for p in projects.extract(doc, record)}


@pytest.mark.parametrize("text, names, stage", [
    # a city news item: the lines under way listed after the system's name
    ("目前,岚溪地铁在建线路包括3号线一期、5号线、7号线,年内力争实现五线同建。",
     ["3号线一期", "5号线", "7号线"], "under_construction"),
    # a municipality's plan news: lines to start this year
    ("今年,北岸市将有3条轨道交通线路动工建设,包括轨道4号线北延伸段、轨道6号线。", ["轨道4号线北延伸段", "轨道6号线"], "planned"),
])
def test_lines_of_a_rail_system(text, names, stage):
    m = run(text)
    assert set(names) <= set(m)
    assert [m[n].stage for n in names] == [stage] * len(names)


def test_a_bus_route_is_no_rail_line():
    m = run("今年,全市新开通公交1号线、12号线等10条公交线路。")
    assert not any("号线" in k for k in m)


@pytest.mark.parametrize("text, name", [
    ("下一步,我市要开工建设岚溪市至北岸市城际铁路联络线。", "岚溪市至北岸市城际铁路联络线"),
    ("今年开工建设岚溪至北岸高速公路联络线,全长12公里。", "岚溪至北岸高速公路联络线"),
    ("加快推进岚溪铁路北岸支线、西岭港区铁路专用线建设。", "岚溪铁路北岸支线"),
    ("到2025年,建成岚溪天然气支线。", "岚溪天然气支线"),
])
def test_a_connecting_line_and_a_branch_line_are_works(text, name):
    assert name in run(text)
