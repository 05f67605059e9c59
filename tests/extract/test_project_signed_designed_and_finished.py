"""Where a work stands when news says it was signed, is being designed, is impounding, was finished and runs, or was
mostly built (session 29's conventions, the gold of the blind sets of session 28):

- a signed work (成功签约甲项目, 乙项目签约落地丙经开区, 签约落地丁项目) is agreed on and set to be built: planned, and
  签约落地 is the verb before a name, no part of it;
- a work being designed (正在设计, 正在进行施工图设计) is decided on, not begun: planned (as 规划设计 is);
- a reservoir that has begun to impound (开始蓄水, 试蓄水) is still being finished: under way, as 下闸蓄水 is;
- 竣工运营 (finished and running) is operating, as 建成运营 and 竣工投产 are;
- 基本建成 / 基本竣工 reported of a work is completed; a clause after it telling what is left being done (…基本竣工,
  正在进行绿化收尾) keeps it under way.

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸, 石屏, 雾溪, 青峰); none is
corpus text.
"""
from __future__ import annotations

import pytest

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def stages(text: str, doc_type: str = "news") -> dict[str, str]:
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type=doc_type, regions=[])
    return {p.mention: p.stage for p in projects.extract(doc, record)}


@pytest.mark.parametrize("text, want", [
    # a county's investment news: the signing verb before two names
    ("今年以来，岚溪县签约落地恒远新材料产业园项目、白河光伏电站项目。",
     {"恒远新材料产业园项目": "planned", "白河光伏电站项目": "planned"}),
    # a development zone's news: the signing after the name
    ("恒远智能装备制造项目签约落地青川经开区。", {"恒远智能装备制造项目": "planned"}),
    # a province's signing ceremony: the works signed
    ("在省重大项目集中签约仪式上，柳岸市成功签约青峰锂电池材料项目。", {"青峰锂电池材料项目": "planned"}),
])
def test_signed_works_are_planned(text, want):
    assert stages(text) == want


def test_a_signing_with_a_start_in_the_same_year_is_a_start():
    got = stages("总投资30亿元的岚溪锂电池项目实现当年签约、当年开工。")
    assert got == {"岚溪锂电池项目": "under_construction"}


@pytest.mark.parametrize("text, name", [
    ("石屏县中医院迁建项目目前正在进行施工图设计。", "石屏县中医院迁建项目"),
    ("柳岸体育中心项目正在设计。", "柳岸体育中心项目"),
])
def test_works_being_designed_are_planned(text, name):
    assert stages(text) == {name: "planned"}


@pytest.mark.parametrize("text, name", [
    ("青川县白河水库工程于5月开始蓄水。", "青川县白河水库工程"),
    ("柳岸市青峰水库开始试蓄水。", "柳岸市青峰水库"),
])
def test_a_reservoir_impounding_is_under_way(text, name):
    assert stages(text) == {name: "under_construction"}


def test_finished_and_running_is_operating():
    got = stages("雾溪污水处理厂提标改造工程竣工运营。")
    assert got == {"雾溪污水处理厂提标改造工程": "operating"}


def test_mostly_built_reported_is_completed_unless_the_rest_is_being_done():
    assert stages("去年，青川县人民医院新院区基本建成。") == {"青川县人民医院新院区": "completed"}
    assert stages("柳岸滨河公园项目基本竣工，正在进行绿化收尾。") == {"柳岸滨河公园项目": "under_construction"}
    # among a plan's targets it is to come
    assert stages("到2027年，基本建成岚溪县人民医院新院区。", doc_type="plan") == {"岚溪县人民医院新院区": "planned"}


@pytest.mark.parametrize("text, want", [
    # a city's investment news: works under negotiation pushed to a signing are only sought
    ("总投资100亿元的甲技术动力电池材料项目等在谈项目推进签约。", "proposed"),
    # a town's fair: the works to be signed
    ("本次拟签约项目有2个，分别是投资1.5亿元的恒远废气回收项目和投资8500万元的白河螺栓项目。", "proposed"),
])
def test_a_signing_to_come_is_proposed(text, want):
    got = stages(text)
    assert got and set(got.values()) <= {want, "unknown"} and want in got.values(), got


def test_a_sum_before_a_name_is_no_part_of_it():
    assert stages("总投资150亿元海创磷酸铁锂项目已经签约。") == {"海创磷酸铁锂项目": "planned"}


def test_a_campaigns_quoted_label_is_no_work():
    got = stages("柳岸镇举行“开门红”项目签约活动，恒远生态园项目等7个项目集中签约。")
    assert got == {"恒远生态园项目": "planned"}
    assert stages("岚溪市举行“聚力攻坚”重大项目集中签约暨重点项目集中开工仪式。") == {}


def test_the_main_works_mostly_built_are_a_part_done():
    got = stages("青川县白河糖业公司年产2万吨酒精项目，项目主体工程已基本建成。")
    assert got == {"青川县白河糖业公司年产2万吨酒精项目": "under_construction"}


def test_works_being_designed_written_with_zheng_alone():
    """正进行施工图设计 (正 without 在) is a design under way too; 基本完成 closing a work's clause is done."""
    got = stages("滨河公园二期景观工程基本完成，北岸新城污水处理厂正进行施工图设计。")
    assert got == {"滨河公园二期景观工程": "completed", "北岸新城污水处理厂": "planned"}


def test_parts_or_a_task_mostly_done_leave_the_works_under_way():
    """基本完成 of a work's parts (主厂房、二次结构) or of a task on it (征地拆迁工作) is no completion of the work."""
    got = stages("青川半导体项目主厂房、二次结构、室内装修基本完成，宿舍楼主体封顶。")
    assert got == {"青川半导体项目": "under_construction"}, got
    got = stages("截至2月底，岚柳铁路工程建设全线征地拆迁工作已基本完成，路基施工进展顺利。")
    assert "completed" not in got.values(), got
