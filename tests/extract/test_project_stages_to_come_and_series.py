"""Where a named work stands when its completion is set for a time to come, and when a series of starts is reported.

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


@pytest.mark.parametrize("text, name", [
    # a county news item: 将于 and a month of this year before the completion
    ("2023年6月20日,记者从县发改局获悉,岚溪县图书馆新馆将于今年10月竣工,届时将向市民开放。", "岚溪县图书馆新馆"),
    # a city bulletin: 也将于 … 完工
    ("截至5月底,北岸污水处理厂三期工程完成投资1.2亿元;西岭文化中心也将于今年完工。", "西岭文化中心"),
    # a province's news: 将在 … 建成投产
    ("据介绍,青石湾储能电站将在明年二季度建成投产,年发电量可达3亿千瓦时。", "青石湾储能电站"),
    # a district item: 有望 … 通车
    ("目前,北岸跨江大桥有望明年6月建成通车。", "北岸跨江大桥"),
])
def test_a_completion_forecast_for_a_time_to_come_is_of_works_under_way(text, name):
    """将于/将在/有望 … 建成: works to be finished soon are being built now (the lead's convention, session 24: 将在今年
    建成 / 有望年内竣工 → under_construction; it had been planned)."""
    m = run(text)
    assert name in m
    assert m[name].stage == "under_construction"


def test_a_completion_committed_to_is_planned():
    m = run("据介绍,青石湾储能电站计划于明年二季度建成投产,北岸跨江大桥确保明年6月建成通车。")
    assert m["青石湾储能电站"].stage == "planned" and m["北岸跨江大桥"].stage == "planned"


@pytest.mark.parametrize("text, name, stage", [
    # made: 已于 … 建成
    ("北岸滨河公园已于今年3月建成开放,日均接待游客上万人次。", "北岸滨河公园", "completed"),
    # no time to come: a plain completion reported
    ("上半年,西岭县第二人民医院门诊楼竣工,新增床位300张。", "西岭县第二人民医院门诊楼", "completed"),
])
def test_a_completion_reported_made_stays_completed(text, name, stage):
    m = run(text)
    assert name in m
    assert m[name].stage == stage


@pytest.mark.parametrize("text, names", [
    # a county news item: 相继开复工了A、B、C等项目
    ("3月以来,全县相继开复工了岚溪县人民医院迁建工程、北岸工业园标准化厂房、西岭安置小区等项目。",
     ["岚溪县人民医院迁建工程", "北岸工业园标准化厂房", "西岭安置小区"]),
    # a city's review: 陆续开工建设甲、乙
    ("去年,我市陆续开工建设青石湖湿地公园、柳溪物流园二期,完成投资12亿元。", ["青石湖湿地公园", "柳溪物流园二期"]),
    # a province's news: 先后开工 … 了
    ("一季度,全省先后开工了岚溪国际机场三期扩建工程、北岸跨江大桥。", ["岚溪国际机场三期扩建工程", "北岸跨江大桥"]),
    # a county news item: 相继开复工 without 了
    ("节后,全县相继开复工岚溪县第一中学迁建工程、北岸污水处理厂二期,复工率达90%。", ["岚溪县第一中学迁建工程", "北岸污水处理厂二期"]),
])
def test_a_series_of_starts_reported_made_is_under_construction(text, names):
    m = run(text)
    assert set(names) <= set(m)
    assert [m[n].stage for n in names] == ["under_construction"] * len(names)


def test_a_series_of_starts_to_come_is_not_made():
    """将相继开工A、B: the starts are to come."""
    m = run("下半年,全县将相继开工岚溪县文体中心、北岸污水处理厂二期等项目。")
    assert m["岚溪县文体中心"].stage != "under_construction"


def test_works_about_to_be_finished_are_under_way():
    """即将完工: the works go on; neither finished nor only planned."""
    m = run("近日,北岸开发区青石村环境综合整治工程即将完工,施工队伍正加快施工进度。")
    assert m["北岸开发区青石村环境综合整治工程"].stage == "under_construction"


def test_a_restart_verb_is_no_cut_inside_a_name():
    """修复工程 holds 复工: the name is not cut there."""
    m = run("今年全县开复工项目45个,包括青石河生态修复工程、北岸物流园等。")
    assert "青石河生态修复工程" in m


@pytest.mark.parametrize("text, names", [
    # a county's groundbreaking news: items named with their nominal action before 等N个项目
    ("此次集中开工的项目总投资9.6亿元,包括北岸电子元件生产、岚溪机电技改扩能、西岭燃气储配站建设、青石湖环湖路建设、"
     "县职业中学实训基地建设等5个项目。",
     ["岚溪机电技改扩能", "西岭燃气储配站建设", "青石湖环湖路建设"]),
    # a city bulletin: the last item closes with 迁建
    ("1—6月,柳溪物流园二期、北岸县人民医院迁建等12个项目已复工,完成投资3.2亿元。",
     ["柳溪物流园二期", "北岸县人民医院迁建"]),
])
def test_items_closing_with_a_nominal_action_keep_their_list(text, names):
    m = run(text)
    assert set(names) <= set(m)
    assert [m[n].stage for n in names] == ["under_construction"] * len(names)


def test_a_deadline_before_a_name_and_a_later_clause_to_come():
    """…投资1.5亿元的甲体育馆项目,挖掘机正在作业,2027年底前体育馆将竣工使用: the deadline is no part of a name, and the
    later clause forecasts the completion for a time to come: the works go on."""
    m = run("毗邻客运站的是投资1.5亿元的岚溪体育馆项目,几台挖掘机正在作业,2027年底前体育馆将竣工使用。")
    assert not any(k.startswith(("底前", "年底")) for k in m)
    assert m["岚溪体育馆项目"].stage == "under_construction"


@pytest.mark.parametrize("text, names, stage", [
    # a county news item: each item with its own amount before it, the list closed by 等N个项目 and its predicate
    ("今年以来,投资3200万元的城东水厂、投资1.2亿元的北岸大道改造工程、总投资8000万元的青石村安全饮水工程、"
     "投资2亿元的柳溪商贸综合体等6个项目已完工。",
     ["城东水厂", "北岸大道改造工程", "青石村安全饮水工程", "柳溪商贸综合体"], "completed"),
    # a city bulletin: a first item without an amount, the others with one
    ("上半年,青石水库除险加固、投资5000万元的柳溪农贸市场迁建、投资1.5亿元的北岸标准化厂房三期等项目相继开工。",
     ["青石水库除险加固", "柳溪农贸市场迁建", "北岸标准化厂房三期"], "under_construction"),
    # a city's news: the place where each stands before its amount
    ("连日来,岚溪县青石镇投资1.5亿元的北岸柴油发电机组生产项目、柳溪镇投资2亿元的西岭塑业新材料项目、"
     "东湖区白沙镇投资1.2亿元的岚山工贸纳米钙生产线等项目相继建成投产。",
     ["北岸柴油发电机组生产项目", "西岭塑业新材料项目", "岚山工贸纳米钙生产线"], "operating"),
])
def test_items_each_with_its_own_amount_before_it(text, names, stage):
    m = run(text)
    assert set(names) <= set(m)
    assert [m[n].stage for n in names] == [stage] * len(names)


@pytest.mark.parametrize("text, names", [
    # a city's event news: 集中开竣工 before the names
    ("6月18日,北岸市举行重大项目集中开竣工活动,集中开竣工岚溪光伏产业园项目、西岭物流中心项目、青石湾水厂项目等"
     "30个项目,总投资92亿元。", ("岚溪光伏产业园项目", "西岭物流中心项目", "青石湾水厂项目")),
    # a district's news: the joint verb after the names
    ("9月3日,岚溪光电产业园项目、北岸冷链物流项目等14个西岭区项目集中开工、竣工,总投资31亿元。",
     ("岚溪光电产业园项目",)),
])
def test_works_started_and_finished_together_have_no_stage_of_their_own(text, names):
    # 开竣工 names starts and completions together: which work started and which was finished is not said
    got = run(text)
    for n in names:
        assert n in got and got[n].stage == "unknown", (n, {k: p.stage for k, p in got.items()})


def test_works_only_finished_together_are_completed():
    got = run("6月18日,北岸市举行重大项目集中竣工活动,集中竣工岚溪光伏产业园项目、西岭物流中心项目等18个项目。")
    assert got["岚溪光伏产业园项目"].stage == "completed"
