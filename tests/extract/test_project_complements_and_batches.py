"""A work and what comes with it (…及配套工程), a batch of named works (等一批项目开工), progress against the year's
share, facilities named with an alias, and programmes or classes that name no work.

Every sentence here is invented (岚溪, 北岸, 西岭, 青石, 临川 … are fictitious places, works and firms).
"""
from __future__ import annotations

import pytest

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def run(text: str, doc_type: str = "news"):
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type=doc_type, regions=[])
    return {p.mention: p for p in projects.extract(doc, record)}


@pytest.mark.parametrize("text, name, stage", [
    # a city's news: a firm's works and their complement, one project
    ("今年,岚溪集团钒资源综合利用及配套工程项目建成投产。", "岚溪集团钒资源综合利用及配套工程项目", "operating"),
    # a bulletin's list: the conjunct after 及 names nothing of its own
    ("宝峰轻合金、鑫达高端智能装备及百吨级智能装备组件等续建项目顺利推进。", "鑫达高端智能装备及百吨级智能装备组件",
     "under_construction"),
])
def test_a_work_and_its_complement_after_ji_are_one_project(text, name, stage):
    m = run(text)
    assert name in m
    assert m[name].stage == stage


def test_two_works_joined_by_ji_stay_two():
    """丙港区二期及配套铁路专用线: the conjunct after 及 ends in a work's own head, a second work."""
    m = run("加快推进青石港区二期及配套铁路专用线建设。")
    assert "青石港区二期" in m
    assert not any("及" in k for k in m)


def test_a_batch_of_named_works_closed_by_yipi():
    """甲市某芯片、乙市某列车等一批项目开工: each item of a batch the text names is one of the projects."""
    m = run("3月,临川市岚芯半导体芯片、北岸市岚铁磁浮列车等一批项目开工。")
    assert {"临川市岚芯半导体芯片", "北岸市岚铁磁浮列车"} <= set(m)
    assert {p.stage for p in m.values()} == {"under_construction"}


@pytest.mark.parametrize("text, name", [
    ("其中,北岸新区体育中心项目推进较快,当年任务基本完成。", "北岸新区体育中心项目"),
    ("岚溪县人民医院迁建项目年度建设任务全面完成,进入内部装修。", "岚溪县人民医院迁建项目"),
])
def test_the_years_share_done_is_works_going_on(text, name):
    assert run(text, doc_type="report")[name].stage == "under_construction"


def test_a_facility_named_with_an_alias_in_parentheses():
    m = run("今年,西岭烈士纪念园(王某某事迹陈列室)建成开放,北岸县烈士陵园迁建项目正式开工。")
    assert m["西岭烈士纪念园(王某某事迹陈列室)"].stage == "completed"
    assert m["北岸县烈士陵园迁建项目"].stage == "under_construction"


@pytest.mark.parametrize("text", [
    "全面实施“361015工程”,541010工程加快推进。",
    "全市新开工过亿项目86个,过亿项目完成投资120亿元。",
    "今年以来,优质增量项目加快建设,超十亿元项目开工12个。",
])
def test_slogan_codes_and_classes_are_no_projects(text):
    assert not run(text)


@pytest.mark.parametrize("text", [
    # a ministry's list news: clusters of a city's industry
    "名单包括岚溪市新一代信息通信集群、北岸市物联网集群、西岭市集成电路集群等,覆盖制造强国建设重点领域。",
    # a province's report: a city's industry named by the city and the field
    "加快推进长沙市集成电路、株洲市工程机械、湘潭市生物医药等项目建设。",
])
def test_a_places_industry_or_cluster_is_no_project(text):
    assert not run(text)


def test_a_work_of_an_industry_is_one():
    m = run("岚溪市集成电路产业园开工建设,北岸智算集群建成投用。")
    assert {"岚溪市集成电路产业园", "北岸智算集群"} <= set(m)
