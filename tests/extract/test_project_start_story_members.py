"""Works a start-up story or a progress report names, and the stage the story gives them: the relative clause saying who
builds a work (由甲集团投资建设的乙项目) names no stage, the event does; a relative clause of works going on (正在实施的)
and the ceremony of a start (举行开工庆典仪式的) report them begun; the members listed of a class of started works
(开工的15个项目中,还有A、B等) are started, each named without the amount or size written before it; works mostly
built and handed over for use (基本建成并投入使用) are in use; 开工 before the works (全市开工A、B、C等18个项目) reports
them begun, as 开工建设 does (in a plan, or after 将, a start to come); the year's planned investment of a batch
(年度计划投资15亿元,主要有A、B) is no plan to build them; a joint start and finish event (集中开竣工活动) names no stage;
设立 before a site is a verb, and 3个其他项目 counts the items named; a firm's works (甲有限公司搬迁扩建项目) are named
whole, past the actions in a row before the head; 建设 before a measure of the works (项目建设总建筑面积) is a noun, and a
completion or start to come in a relative clause (定于下半年投产发电的甲项目) makes the work planned.

Every sentence here is invented (岚溪, 北岸, 青石, 临川 … are fictitious places, works and firms).
"""
from __future__ import annotations

import pytest

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def run(text: str, title: str = "", doc_type: str = "news"):
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title=title, doc_type=doc_type, regions=[])
    return {p.mention: p for p in projects.extract(doc, record)}


@pytest.mark.parametrize("title, text, name", [
    # a province's state firms' groundbreaking: the builders named in a relative clause
    ("省属国企三季度重点项目集中开工",
     "其中,由北岸发展集团投资建设的岚溪航空产业孵化园项目计划总投资18亿元,预计工期两年。", "岚溪航空产业孵化园项目"),
    # a county's groundbreaking: a donor's clause
    ("青石县春季重点项目集中开工仪式举行",
     "其中,由临川集团捐资建设的岚溪县实验小学总投资8000万元,设36个教学班。", "岚溪县实验小学"),
])
def test_who_builds_a_work_is_no_stage_the_groundbreaking_is(title, text, name):
    assert run(text, title)[name].stage == "under_construction"


def test_who_builds_a_work_leaves_a_later_clause_its_say():
    """由…建设的 names the builder; what a later clause reports of the work still decides."""
    m = run("由岚溪能源公司投资建设的北岸光伏电站项目已于6月建成投产。")
    assert m["北岸光伏电站项目"].stage == "operating"


@pytest.mark.parametrize("text, name", [
    ("全区正在实施的岚溪环湖公路改造工程总投资3亿元。", "岚溪环湖公路改造工程"),
    ("目前,正在建设中的岚溪物流园项目计划总投资12亿元。", "岚溪物流园项目"),
])
def test_works_going_on_in_a_relative_clause(text, name):
    assert run(text)[name].stage == "under_construction"


def test_a_works_start_ceremony_held_in_a_relative_clause():
    m = run("上午,举行开工庆典仪式的青石数据中心项目总投资20亿元,建成后可容纳机柜5000个。")
    assert m["青石数据中心项目"].stage == "under_construction"


def test_members_listed_of_the_started_works_are_started_and_named_without_their_sizes():
    """昨日开工的15个项目中,还有投资X的A、投资Y的B、全长约1公里的C等: the class the clause before 中 names is the
    members' frame; the amount or length before each is what it measures; an item whose name holds a nominal action
    (搬迁建设工程项目) is named whole."""
    m = run("昨日开工的15个工业及民生重点项目中,还有投资2.1亿元的岚溪集团印务公司搬迁建设工程项目、"
            "投资1.8亿元的北岸高速青石互通改造工程项目、全长约1公里的临川大道综合管廊项目等。",
            "北岸区15个重点项目开工")
    assert set(m) == {"岚溪集团印务公司搬迁建设工程项目", "北岸高速青石互通改造工程项目", "临川大道综合管廊项目"}
    assert {p.stage for p in m.values()} == {"under_construction"}


def test_members_after_a_started_class_without_a_headline_event():
    m = run("开工的项目中,还有占地120亩的岚溪冷链物流园、北岸县人民医院门诊楼改造工程等。")
    assert set(m) == {"岚溪冷链物流园", "北岸县人民医院门诊楼改造工程"}
    assert {p.stage for p in m.values()} == {"under_construction"}


@pytest.mark.parametrize("text, name, stage", [
    ("今年,青石县中医院门诊综合楼项目基本建成并投入使用。", "青石县中医院门诊综合楼项目", "completed"),
    ("北岸区第二实验学校新校区基本建成交付使用,9月迎来首批学生。", "北岸区第二实验学校新校区", "completed"),
    ("岚溪新材料产业园一期基本建成投产。", "岚溪新材料产业园一期", "operating"),
    # mostly built alone: the works still go on (the projects convention)
    ("临川体育中心基本建成,正在进行室内装修。", "临川体育中心", "under_construction"),
])
def test_mostly_built_and_in_use_is_in_use(text, name, stage):
    assert run(text)[name].stage == stage


def test_mostly_built_and_in_use_among_a_plans_targets_is_to_come():
    m = run("到2027年,岚溪县人民医院新院区基本建成并投入使用。", doc_type="plan")
    assert m["岚溪县人民医院新院区"].stage == "planned"


@pytest.mark.parametrize("text, doc_type, stage", [
    # a city's news of a day's starts: 开工 before the works reports them begun, as 开工建设 does
    ("3月18日,全市开工岚溪大道改造工程、北岸污水处理厂二期、青石物流园等18个项目,总投资56亿元。", "news",
     "under_construction"),
    # a county's work report looking back
    ("过去一年,全县开工岚溪大道改造工程、北岸污水处理厂二期、青石物流园等12个项目。", "report", "under_construction"),
    # a plan's targets and a start to come: the start is planned
    ("2027年,开工岚溪大道改造工程、北岸污水处理厂二期、青石物流园等12个项目。", "plan", "planned"),
    ("今年将开工岚溪大道改造工程、北岸污水处理厂二期、青石物流园等12个项目。", "news", "planned"),
])
def test_a_bare_start_before_the_works(text, doc_type, stage):
    m = run(text, doc_type=doc_type)
    assert {"岚溪大道改造工程", "北岸污水处理厂二期", "青石物流园"} <= set(m)
    assert {p.stage for p in m.values()} == {stage}


def test_the_years_planned_investment_of_a_batch_is_no_intention():
    """年度计划投资15亿元,主要有A、B: the year's planned investment of a batch started is a noun, no plan to build them;
    the story's start frames the members."""
    m = run("从项目类别来看,产业项目20项,总投资80亿元,年度计划投资15亿元,主要有岚溪纺织产业园项目、北岸陶瓷有限公司"
            "技改项目等。", "岚溪市二季度重大项目集中开工")
    assert {p.stage for p in m.values()} == {"under_construction"}
    assert len(m) == 2


def test_a_joint_start_and_finish_event_names_no_stage_of_the_works_after_it():
    m = run("当天,全市二季度重大项目集中开竣工活动在岚溪产业园设主会场,各县设分会场。岚溪物流中心项目等在分会场同步举行。",
            "岚溪市二季度重大项目集中开竣工")
    assert m["岚溪物流中心项目"].stage == "unknown"


def test_setting_up_a_site_is_a_verb_and_the_other_projects_counted_are_each_named():
    m = run("开工仪式同时还设立岚溪乳业奶粉加工项目、北岸食品有限公司番茄酱生产线项目、岚溪中央公园住宅小区二期建设项目"
            "3个其他项目开工现场。")
    assert set(m) == {"岚溪乳业奶粉加工项目", "北岸食品有限公司番茄酱生产线项目", "岚溪中央公园住宅小区二期建设项目"}


@pytest.mark.parametrize("text, name", [
    # a firm's works: the firm is the name's proper element; two nominal actions before the head
    ("北岸水产设备有限公司搬迁扩建项目正式开工。", "北岸水产设备有限公司搬迁扩建项目"),
    ("岚溪县人民医院迁建改造工程加快推进。", "岚溪县人民医院迁建改造工程"),
])
def test_a_firms_works_and_actions_in_a_row_are_one_name(text, name):
    assert name in run(text)


def test_a_works_kind_named_before_its_bare_head():
    """甲光伏项目, 乙公路工程 as items of a list: the head before 项目/工程 names the kind of works when no word of the
    name does."""
    m = run("3月,全县开工岚溪煤电消纳14万千瓦光伏项目、北岸县城至青石快速通道公路工程等5个项目。")
    assert m["岚溪煤电消纳14万千瓦光伏项目"].category == "energy"
    assert m["北岸县城至青石快速通道公路工程"].category == "transport"


def test_jianshe_before_a_measure_of_the_works_is_no_verb_of_the_next_item():
    """当天开工建设的甲项目建设总建筑面积…、乙项目建设总建筑面积…: 建设 before the works' floor area is a noun (the
    project's construction), neither a plan of the item after it nor the content of the one before."""
    m = run("当天开工建设的岚溪县人民医院内科住院楼项目建设总建筑面积15318平方米、岚溪县中医院康复住院楼项目建设总建筑面积"
            "8295平方米,两个医院项目建设工期均为2年。", "临川县4个重点民生项目集中开工")
    assert m["岚溪县中医院康复住院楼项目"].stage == "under_construction"
    assert m["岚溪县人民医院内科住院楼项目"].stage == "under_construction"


@pytest.mark.parametrize("text, name, stage", [
    ("定于明年下半年投产发电的岚溪火电项目已被列入省重点建设项目。", "岚溪火电项目", "planned"),
    ("计划明年开工的岚溪物流园项目正在办理用地手续。", "岚溪物流园项目", "planned"),
    # guards: works about to be finished are under way; a completion reported is no plan
    ("即将建成的岚溪大桥目前已完成主体工程。", "岚溪大桥", "under_construction"),
    ("已于6月建成投产的岚溪铝材项目今年实现产值5亿元。", "岚溪铝材项目", "operating"),  # done: producing
])
def test_a_completion_or_start_to_come_in_a_relative_clause(text, name, stage):
    assert run(text)[name].stage == stage
