"""Lists of works a progress report gives after a lead sentence, closed by a class of projects and its count.

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


def test_a_lead_sentence_then_a_list_whose_predicate_closes_it():
    """一批…项目顺利完工。A、B、C、D等项目完工投运: the predicate after 等 is every item's, the first one's too, however
    far the 等 is from it."""
    m = run("上半年,全省重点项目完成投资1200亿元。一批标志性项目顺利完工。岚溪国际机场、北岸城际铁路甲镇至乙镇段、"
            "西岭—东湖±500千伏特高压直流输电工程(本省段)、临川市青石湖改造工程等项目完工投运(用)。")
    names = ["岚溪国际机场", "北岸城际铁路甲镇至乙镇段", "西岭—东湖±500千伏特高压直流输电工程(本省段)", "临川市青石湖改造工程"]
    assert set(names) <= set(m)
    assert [m[n].stage for n in names] == ["completed"] * 4


@pytest.mark.parametrize("text, names, stage", [
    # a province's half-year news: a class of projects by their stage, and its count, closes the list
    ("一批示范性项目加快推进。岚溪至北岸至西岭高速铁路(本省境内段)、东湖铁路甲镇至乙镇段、临川轨道交通青石线、"
     "航空科技示范区一期工程、北岸时代储能电池等312个续建项目加快建设。",
     ["岚溪至北岸至西岭高速铁路(本省境内段)", "东湖铁路甲镇至乙镇段", "临川轨道交通青石线", "航空科技示范区一期工程",
      "北岸时代储能电池"], "under_construction"),
    # a city bulletin: items long enough that the 等 stands far from the first
    ("1—5月,市重点项目年度投资完成率为48.2%。其中,岚溪至北岸高速公路、西岭火车站扩能改造配套工程、"
     "市域铁路临川至青石线、岚钢搬迁升级、柳溪质子医疗装备制造基地项目等86个续建项目加快建设。",
     ["岚溪至北岸高速公路", "西岭火车站扩能改造配套工程", "市域铁路临川至青石线", "岚钢搬迁升级",
      "柳溪质子医疗装备制造基地项目"], "under_construction"),
    # a county supervision notice: the class alone after 等 says the stage
    ("督查组先后督查了北岸商务区、青石大桥、柳溪大道改造工程等在建项目,全面掌握项目推进情况。",
     ["北岸商务区", "青石大桥", "柳溪大道改造工程"], "under_construction"),
    # a start reported made (已开工建设) outweighs the class the list was drawn from (争取开工项目)
    ("1-10月,36个争取开工项目中青石水库、柳溪新区土地整治等12个项目已开工建设,完成投资5.1亿元。",
     ["青石水库", "柳溪新区土地整治"], "under_construction"),
])
def test_items_of_a_list_closed_by_a_class_and_count(text, names, stage):
    m = run(text)
    assert set(names) <= set(m)
    assert [m[n].stage for n in names] == [stage] * len(names)


def test_a_class_closing_a_list_is_no_part_of_its_items_names():
    """宝峰轻合金、…公路改建工程、鑫达智能装备等续建项目: the class after 等 (续建项目, 新开工项目, 多个项目) names none of the
    items, and the head of another item (公路) is not theirs."""
    m = run("1—8月,累计完成投资325.7亿元。宝峰轻合金、G318甲镇至乙镇段一级公路改建工程、鑫达智能装备等续建项目顺利推进;"
            "青石五金机电制造产业园等151个项目开工建设;北岸绿色低碳工厂等20个储备项目提前开工。")
    assert m["宝峰轻合金"].name == "宝峰轻合金"
    assert m["鑫达智能装备"].name == "鑫达智能装备"
    assert m["北岸绿色低碳工厂"].stage == "under_construction"
    m = run("上半年,岚溪至西岭铁路彭城支线工程、北岸高速公路等多个项目全面竣工。柳溪高速、青石快速通道等新开工项目"
            "完成投资67.2亿元。")
    assert m["岚溪至西岭铁路彭城支线工程"].name == "岚溪至西岭铁路彭城支线工程"
    assert m["柳溪高速"].name == "柳溪高速"
    assert m["青石快速通道"].stage == "under_construction"


@pytest.mark.parametrize("text, name, stage", [
    ("位于北岸区的新能源汽车零部件项目已完成主体建设。", "新能源汽车零部件项目", "under_construction"),
    ("坐落在青石镇的现代农业产业园建成开园。", "现代农业产业园", "completed"),
])
def test_where_a_work_stands_fixes_which_one_it_is(text, name, stage):
    """位于甲区的乙项目: however ordinary its words, the place it stands in makes the name one work's."""
    assert run(text)[name].stage == stage


def test_a_list_closed_by_a_new_or_listed_class():
    """等344个新项目, 等14个市定重点项目: 新 and the level that lists them (市定, 省列) class the items, name none."""
    m = run("2022年,岚溪新发地、北岸光电马达等344个新项目开工,西岭科技ABS一期等265个续建项目复工。")
    assert {"岚溪新发地", "北岸光电马达", "西岭科技ABS一期"} <= set(m)
    assert {p.stage for p in m.values()} == {"under_construction"}
    m = run("全区岚溪技工学校新校区、北岸食品职业学院新校区二期、西岭高分子抗氧化剂等14个市定重点项目,总投资68.3亿元,"
            "年计划投资29.8亿元,止5月底完成投资16亿元。")
    names = ["北岸食品职业学院新校区二期", "西岭高分子抗氧化剂"]
    assert set(names) <= set(m)
    # the clauses after the list report on every item (完成投资: works under way)
    assert [m[n].stage for n in names] == ["under_construction"] * 2


def test_a_list_closed_by_a_class_of_infrastructure_projects():
    """等15个交通基础设施项目: the class is of projects, each item one of them (等基础设施 alone lists classes of works)."""
    m = run("岚溪至北岸高速公路(本省段)、青石轨道交通1号线、临川时代储能电池等15个交通基础设施项目加快建设。")
    names = ["岚溪至北岸高速公路(本省段)", "青石轨道交通1号线", "临川时代储能电池"]
    assert set(names) <= set(m)
    assert [m[n].stage for n in names] == ["under_construction"] * 3
    assert not run("完善供水管网、污水管网等基础设施。")
