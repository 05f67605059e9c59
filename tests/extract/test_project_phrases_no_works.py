"""Phrases of official writing that read like a work's name and a stage but name no works.

线上线下 (online and offline) is an idiom of services and campaigns: the 线 in it is no line's head, and the 上线 inside
it no line opened to service.  A line of a rail system that does open (甲地铁2号线开通运营) stays a work.

Every sentence here is invented (岚溪, 北岸, 西岭 … are fictitious places).
"""
from __future__ import annotations

import pytest

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def run(text: str, doc_type: str = "news", title: str = ""):
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title=title, doc_type=doc_type, regions=[])
    return {p.mention: p for p in projects.extract(doc, record)}


@pytest.mark.parametrize("text, doc_type", [
    ("北岸县组织线上线下培训班32期,培训农民工1500人次。", "news"),
    ("各地要通过线上线下多种途径受理投诉,确保件件有回音。(责任单位:县信访局)", "notice"),
    ("组织开展线上线下宣传活动,让惠企政策家喻户晓。", "plan"),
    ("西岭镇拓展线上线下办事渠道,群众办事最多跑一次。", "work_report"),
    ("引导各类机构采用线下线上混合模式组织培训。", "notice"),
    ("北岸省积极发展线上线下融合的新型消费,网络零售额增长12%。", "work_report"),
])
def test_online_and_offline_is_no_line(text, doc_type):
    m = run(text, doc_type)
    assert not any(k.endswith("线") for k in m), m


def test_a_rail_line_opened_stays_a_work():
    m = run("今年6月,岚溪地铁2号线开通运营,全长18公里。")
    assert m["岚溪地铁2号线"].stage == "operating"


# 提速 (speed up) is a push on works under way, as 加快 and 加速 are: before a name it is the verb, no part of the
# name; after a name, before 、, it is the work's own action (甲高铁提速), and the verb before the list governs the rest
@pytest.mark.parametrize("text, names, stage", [
    ("明年,北岸市将提速岚溪至西岭城际铁路、东川机场改扩建,同步推进国道改造。",
     ["岚溪至西岭城际铁路", "东川机场改扩建"], "under_construction"),
    ("公路建设上,提速甲城至乙城等12个续建项目。", ["甲城至乙城"], "under_construction"),
    ("水运方面,北岸省提速甲河航道整治二期等5个在建项目。", ["甲河航道整治二期"], "under_construction"),
    ("西岭县提速东川水库、南坪灌区建设,确保年底前下闸蓄水。", ["东川水库", "南坪灌区"], "under_construction"),
])
def test_speeding_up_is_a_push_before_the_name(text, names, stage):
    m = run(text, "work_report")
    assert set(names) <= set(m), m
    assert [m[n].stage for n in names] == [stage] * len(names)


def test_speeding_up_after_a_name_is_its_action():
    m = run("今年启动岚溪高铁提速、北岸城际建设。")
    assert {"岚溪高铁", "北岸城际"} <= set(m)


def test_works_sped_up_after_the_name_are_under_way():
    m = run("去年,岚溪热电厂扩建已具备投产条件,北岸引水二期工程(东线)提速建设。", "work_report")
    assert m["北岸引水二期工程(东线)"].stage == "under_construction"


# 建成开放 (built and opened to visitors) is a completion verb before the name, as 建成开园 is
@pytest.mark.parametrize("text, name, stage", [
    ("去年,岚溪市建成开放甲村遗址公园一期,接待游客12万人次。", "甲村遗址公园一期", "completed"),
    ("2024年,北岸县建成开放西岭考古遗址博物馆。", "西岭考古遗址博物馆", "completed"),
])
def test_built_and_opened_is_the_verb(text, name, stage):
    m = run(text)
    assert name in m, m
    assert m[name].stage == stage


# A government body listed among those responsible for a task (…等部门负责) or making up a mechanism is no works,
# whatever verb the task has
@pytest.mark.parametrize("text", [
    "推进农贸市场改造提升。(省商务厅、省市场监管局、省民政厅、省老龄办、民航岚溪监管局等,各市政府负责)",
    "联席会议成员单位有省科技厅、省统计局、省教育厅、省财政厅、人行岚溪中心支行、岚溪银保监分局等。",
    "加快北岸县城污水管网建设。(县住建局、县财政局、县国资委、县政府办公室按职责分工负责)",
])
def test_government_bodies_are_no_works(text):
    m = run(text, "notice")
    assert not any(k.endswith(("厅", "局", "委", "办", "支行", "办公室")) for k in m), m



# A grade given to a site (5A级景区, 国家级旅游度假区) and a quoted status a kind of territory is to reach (“无废城市”,
# “无证明省份”, “平安乡村”) are designations and campaigns' labels, no works (projects.notes.md: status upgrades,
# designations and programmes are excluded); a resort or a scenic area built, named without a grade, stays a work
@pytest.mark.parametrize("text", [
    "西岭县将培育建设北岸湖国家级旅游度假区和东山5A级景区。",
    "北岸市统筹推进“无废城市”建设,固体废物综合利用率达到92%。",
    "岚溪县全面推行“无证明城区”建设,办事材料再压减三成。",
    "岚溪镇加快“平安乡村”建设,北岸县推进“智慧城市”建设。",
])
def test_designations_and_statuses_are_no_works(text):
    assert run(text, "work_report") == {}


def test_a_resort_built_without_a_grade_stays_a_work():
    m = run("加快建设岚溪湖旅游度假区、北岸古镇景区,开工建设西岭山景区游客中心。", "work_report")
    assert {"岚溪湖旅游度假区", "北岸古镇景区", "西岭山景区游客中心"} <= set(m)


# 项目 in its other senses is no works: an item a fund or a research programme pays for (基金资助项目, 科学研究项目), a
# science-popularising item (科普项目), an item charged for; a training centre built stays a work
@pytest.mark.parametrize("text", [
    "为做好岚溪省青年科学基金资助项目(以下简称基金资助项目)结题工作,现将有关事项通知如下。基金资助项目结题时须提交"
    "总结报告。",
    "鼓励科普基地申报科普项目、举办科普活动。",
    "北岸省教育厅启动高等学校人文社会科学研究项目评审。",
])
def test_funded_and_research_items_are_no_works(text):
    assert run(text, "notice") == {}


def test_a_training_centre_built_stays_a_work():
    m = run("今年开工建设岚溪县职业技能培训中心项目。")
    assert m["岚溪县职业技能培训中心项目"].stage == "under_construction"


# A kind of school or hospital named by its level, type or standing alone is a class, every such institution, no works;
# a place in the name makes it one institution, a works
@pytest.mark.parametrize("text", [
    "推进中职学校与本科高校衔接培养。",
    "北岸县加快乡村幼儿园和配套学校建设,新增学位2000个。",
    "加快普惠性幼儿园建设,新增学位3000个。",
    "北岸市推进市级优抚医院和光荣院建设。",
])
def test_kinds_of_institutions_are_no_works(text):
    assert run(text, "plan") == {}


def test_a_school_of_a_place_stays_a_work():
    m = run("今年开工建设岚溪县特殊教育学校、北岸镇中心幼儿园。")
    assert {"岚溪县特殊教育学校", "北岸镇中心幼儿园"} <= set(m)


# --------------------------------------------------------------------------- a place's projects

@pytest.mark.parametrize("text", [
    "上半年新开工项目486个,襄阳、孝感、黄冈项目完成投资均在五十亿元以上。",
    "前三季度项目投资同比增长8.9%,吉林项目建设提速提质。",
    "此次集中开工体现了临泽县项目建设的强劲势头。",
])
def test_a_place_and_project_names_the_places_projects(text):
    """甲市项目 / 甲、乙、丙项目 (a place's name, then 项目 alone) names the projects of a place, every one of them, as
    甲市投资 names its investment: no one work.  A firm's works named with a place (甲钢铁宜昌项目) keep their name.
    (The places are real: the gazetteer is what knows them for places.)"""
    got = run(text)
    assert not any(m.endswith("项目") or m in ("宜昌", "十堰", "荆州") for m in got), got


def test_a_firms_works_named_with_a_place_stay_a_project():
    got = run("岚溪钢铁宜昌项目开工建设。")
    assert set(got) == {"岚溪钢铁宜昌项目"}
