"""A build verb with 了 reports a deed, a class before its members is no part of a name, and supervision is no stage.

Every sentence here is invented (岚溪, 北岸, 西岭, 青石 … are fictitious places, works and firms).
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
    # a county's year-end review: 主要实施了A、B等项目
    ("去年,我县主要实施了岚溪水库除险加固工程、北岸物流园二期等项目,完成投资8亿元。", ["岚溪水库除险加固工程", "北岸物流园二期"]),
    # a city news item: 建设了 a list of works
    ("去年,全市建设了岚溪县第二中学、北岸污水处理厂等一批民生项目。", ["岚溪县第二中学", "北岸污水处理厂"]),
    # a county leader's speech: 开工建设了 an amount's work
    ("2019年,开工建设了总投资12亿元的岚溪县青石沟水库项目。", ["岚溪县青石沟水库项目"]),
])
def test_a_build_verb_with_le_reports_the_works_taken_in_hand(text, names):
    m = run(text)
    assert set(names) <= set(m)
    assert [m[n].stage for n in names] == ["under_construction"] * len(names)


def test_a_build_verb_to_come_stays_planned():
    m = run("今年要实施岚溪水库除险加固工程。")
    assert m["岚溪水库除险加固工程"].stage == "planned"


def test_a_class_before_its_members_is_no_part_of_the_first_name():
    """当日集中开工的项目甲工程、乙医院项目等4个项目: 项目 is the class, the first name starts after it."""
    m = run("当日集中开工的项目北岸高速公路青石安置楼工程、岚溪眼科医院项目等4个项目,总投资约1.8亿元。")
    assert "北岸高速公路青石安置楼工程" in m
    assert not any(k.startswith("项目") for k in m)


@pytest.mark.parametrize("text", [
    "岚溪县扶贫产业园项目被市政府挂牌督办",
    "关于对北岸物流园二期等3个项目挂牌督办的通报",
])
def test_supervision_by_a_plaque_is_no_completion(text):
    m = run(text)
    assert all(p.stage != "completed" for p in m.values())


def test_a_plaque_that_sets_up_an_institution_is_one():
    m = run("3月18日,北岸研究院挂牌成立。")
    assert m["北岸研究院"].stage == "completed"


@pytest.mark.parametrize("text, names, stage", [
    # a county's news: a stage, its count, then the members after a colon
    ("今年,全县新开工3个项目:岚溪县体育中心、北岸滨河公园、西岭大桥。",
     ["岚溪县体育中心", "北岸滨河公园", "西岭大桥"], "under_construction"),
    # a district's review: mostly built (基本建成), reported so, done (session 29's convention)
    ("去年,全区基本建成两个项目:岚溪县体育中心、北岸滨河公园。", ["岚溪县体育中心", "北岸滨河公园"], "completed"),
    # a city bulletin: completed
    ("上半年,全市竣工4个项目:岚溪县第二中学、北岸污水处理厂三期。", ["岚溪县第二中学", "北岸污水处理厂三期"], "completed"),
])
def test_members_after_a_stage_and_its_count(text, names, stage):
    m = run(text)
    assert set(names) <= set(m)
    assert [m[n].stage for n in names] == [stage] * len(names)


def test_a_units_share_of_a_class_is_still_read_per_unit():
    """进度滞后的项目共5个:甲市2个,A和B;乙县3个,C: each unit's entry, the class's stage."""
    m = run("进度滞后的项目共5个:岚溪市2个,北岸物流园二期和西岭大桥;青石县3个,柳溪水库。")
    assert [m[n].stage for n in ("北岸物流园二期", "西岭大桥", "柳溪水库")] == ["under_construction"] * 3
