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
    ("全年岚溪市组织线上线下招聘活动320余场,发布岗位4.2万个。", "news"),
    ("各县(市、区)要通过线上线下多种方式公布举报投诉渠道。(责任单位:市人力资源社会保障局)", "notice"),
    ("利用好线上线下宣传渠道,加强与主流媒体的合作。", "plan"),
    ("西岭镇畅通线上线下办事通道,推行预约办、邮递办。", "work_report"),
    ("鼓励培训机构采取线下线上相结合的方式开展技能培训。", "notice"),
    ("北岸省大力推动线上线下融合消费,全年新增网络零售额12亿元。", "work_report"),
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
    ("今年要提速岚溪至北岸高铁、西岭机场改扩建,加快国道繁忙路段扩容改造。",
     ["岚溪至北岸高铁", "西岭机场改扩建"], "under_construction"),
    ("高速公路方面,提速甲城至乙城等34个续建项目。", ["甲城至乙城"], "under_construction"),
    ("内河航道,北岸省提速甲河复航二期等6个在建项目。", ["甲河复航二期"], "under_construction"),
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
    m = run("去年,甲乙通气工程丙气源站已具备投产条件,丁通水二期工程(大陆侧)提速建设。", "work_report")
    assert m["丁通水二期工程(大陆侧)"].stage == "under_construction"


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
    "鼓励老旧小区加装电梯。(省住房城乡建设厅、省民政厅、省发展改革委、省老龄办、民航岚溪监管局等,各市政府负责)",
    "工作协调机制组成部门包括省科技厅、省统计局、省教育厅、省财政厅、人行岚溪中心支行、岚溪银监局等。",
    "加快北岸县城污水管网建设。(县住建局、县财政局、县国资委、县政府办公室按职责分工负责)",
])
def test_government_bodies_are_no_works(text):
    m = run(text, "notice")
    assert not any(k.endswith(("厅", "局", "委", "办", "支行", "办公室")) for k in m), m



# A grade given to a site (5A级景区, 国家级旅游度假区) and a quoted status a kind of territory is to reach (“无废城市”,
# “无证明省份”, “平安乡村”) are designations and campaigns' labels, no works (projects.notes.md: status upgrades,
# designations and programmes are excluded); a resort or a scenic area built, named without a grade, stays a work
@pytest.mark.parametrize("text", [
    "培育建设北岸国家级旅游度假区、西岭湿地5A级景区,支持岚溪山创建世界级旅游景区。",
    "加快全省域“无废城市”建设,推进土壤污染源头防控。",
    "深化“数据最多采一次”改革,推进“无证明省份”建设。",
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
    "为规范岚溪省自然科学基金资助项目(以下简称基金资助项目)的验收管理工作,制定本办法。基金资助项目验收内容包括研究"
    "内容完成情况。",
    "对认定的科普示范基地,支持申报科普项目、参与省级科普活动。",
    "组织实施北岸省高等学校人文社会科学研究项目申报工作。",
])
def test_funded_and_research_items_are_no_works(text):
    assert run(text, "notice") == {}


def test_a_training_centre_built_stays_a_work():
    m = run("今年开工建设岚溪县职业技能培训中心项目。")
    assert m["岚溪县职业技能培训中心项目"].stage == "under_construction"


# A kind of school or hospital named by its level, type or standing alone is a class, every such institution, no works;
# a place in the name makes it one institution, a works
@pytest.mark.parametrize("text", [
    "职业教育贯通:中职学校与本科院校选取部分相近专业开展一体化培养。",
    "通过加快配套学校建设、挖掘教育用地资源,加快乡村幼儿园建设步伐。",
    "大力推进职业学校、高等学校与大中型企业共建共享师资。",
    "推进市级优抚医院建设,完成县级以上烈士纪念设施保护。",
])
def test_kinds_of_institutions_are_no_works(text):
    assert run(text, "plan") == {}


def test_a_school_of_a_place_stays_a_work():
    m = run("今年开工建设岚溪县特殊教育学校、北岸镇中心幼儿园。")
    assert {"岚溪县特殊教育学校", "北岸镇中心幼儿园"} <= set(m)
