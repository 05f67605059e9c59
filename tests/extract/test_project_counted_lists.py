"""Lists of projects closed by their count (甲、乙3个项目; 甲、乙等共10项), starts promised, and classes of projects that
are no names.

Every sentence here is invented (临川县, 北岸, 西岭 … are fictitious places and works).
"""
from __future__ import annotations

import pytest

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def run(text: str, doc_type: str = "news"):
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type=doc_type, regions=[])
    return {p.mention: p for p in projects.extract(doc, record)}


@pytest.mark.parametrize("text, names", [
    # a progress news item: the list closed by 3个项目, no 等
    ("全县新开工青石大道改造、柳溪污水管网、城南农贸市场3个项目。", {"青石大道改造", "柳溪污水管网", "城南农贸市场"}),
    # a supervision notice: four works and their count with a class word
    ("一季度,北岸光伏电站、东湖大桥、临港冷链仓储中心、南门棚户区改造4个重点项目集中开工。",
     {"北岸光伏电站", "东湖大桥", "临港冷链仓储中心", "南门棚户区改造"}),
])
def test_items_of_a_list_its_count_closes_are_projects(text, names):
    m = run(text)
    assert names <= set(m)
    assert all(m[n].stage == "under_construction" for n in names)


def test_a_count_that_sizes_a_class_is_no_list_of_names():
    """甲公路、乙低碳工厂20个储备项目: two things, the second a class of 20; only the first is a project.  The same
    list closed by its own count names both."""
    m = run("今年以来,临川县谋划了西岭轻合金公路、北岸绿色低碳工厂2个储备项目,总投资80亿元。")
    assert {"西岭轻合金公路", "北岸绿色低碳工厂"} <= set(m)
    m = run("今年以来,临川县谋划了西岭轻合金公路、北岸绿色低碳工厂20个储备项目,总投资80亿元。")
    assert "北岸绿色低碳工厂" not in m
    assert not any("、" in k for k in m)
    m = run("全县新开工河道、水库、堤防3个项目。")
    assert not m  # bare classes of works, no names


@pytest.mark.parametrize("text, name", [
    ("确保西岭水厂、柳溪学校两个项目年内开工。", "西岭水厂"),
    ("东湖大桥确保6月底前开工。", "东湖大桥"),
    ("北岸光伏电站力争三季度动工。", "北岸光伏电站"),
    # a time after the name ends it
    ("今年确保东湖大桥三季度开工建设。", "东湖大桥"),
])
def test_a_start_promised_is_planned(text, name):
    assert run(text, doc_type="plan")[name].stage == "planned"


@pytest.mark.parametrize("text", [
    "临川县新建项目开工仪式举行。",
    "今年,北山镇续建项目进展顺利。",
    "全县前期工作项目完成投资2亿元。",
    "全县水利枢纽工程完成投资1.2亿元。",
])
def test_a_class_of_a_places_projects_is_no_name(text):
    assert not run(text)


@pytest.mark.parametrize("text, name, stage", [
    ("东湖大桥一季度完成主体工程。", "东湖大桥", "under_construction"),
    ("东湖大桥三季度完成投资2亿元。", "东湖大桥", "under_construction"),
])
def test_a_time_after_a_name_ends_it(text, name, stage):
    assert run(text)[name].stage == stage


@pytest.mark.parametrize("text, names", [
    # a town's review: a class of works, then its members closed by 等 and their count alone
    ("其中路桥工程包括岚溪路二期、北岸大桥、青石沿江路等共10项。", {"岚溪路二期", "北岸大桥", "青石沿江路"}),
    ("其中,水利工程包括岚溪水库、北岸灌区等5项,均已开工。", {"岚溪水库", "北岸灌区"}),
])
def test_items_closed_by_deng_and_their_count_alone_are_projects(text, names):
    assert names <= set(run(text))
