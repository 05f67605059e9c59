"""Works being prepared are planned; works sought or studied for a plan stay proposed.

The lead's convention (the blind golds agree): a project whose 前期工作 / 前期手续 is pushed on (推进甲铁路前期工作, 乙电站
前期手续正在办理中) or that a list files under 前期项目 is decided on and being prepared: planned. 谋划 / 争取 / 申报 say
the works are only sought: proposed.

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸, 雾溪, 北屏); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def run(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text, name="t.txt", fmt=None).projects}


def test_a_city_work_reports_preparations_are_planned_and_its_sought_works_proposed():
    got = run("柳岸市2026年政府工作报告\n二、2026年主要任务\n推进青川水库扩容、岚溪至白河铁路前期工作，"
              "谋划建设雾溪港区二期，积极申报北屏国家物流枢纽。\n")
    assert got == {"青川水库扩容": "planned", "岚溪至白河铁路": "planned",
                   "雾溪港区二期": "proposed", "北屏国家物流枢纽": "proposed"}


def test_county_progress_news_of_preparations_in_hand():
    got = run("白河县重点项目建设推进情况\n目前，白河至青川高速公路已完成工可报告编制，正在加快推进前期工作；"
              "北屏抽水蓄能电站前期手续正在办理中。\n")
    assert got == {"白河至青川高速公路": "planned", "北屏抽水蓄能电站": "planned"}


def test_a_district_plans_list_of_works_being_prepared():
    got = run("雾溪区2025年重点项目计划\n一、续建项目（1个）\n1.雾溪滨河公园提升工程：总投资2.1亿元。\n"
              "二、前期项目（2个）\n2.雾溪东环路北延工程：总投资3亿元。\n3.雾溪污水处理厂三期：总投资1.5亿元。\n")
    assert got == {"雾溪滨河公园提升工程": "under_construction", "雾溪东环路北延工程": "planned",
                   "雾溪污水处理厂三期": "planned"}


def test_works_pushed_through_their_preparation_are_planned():
    got = run("青川区召开重点项目推进会\n会议要求，推动岚溪大道东延、白河文旅小镇等一批项目加快完成前期工作，"
              "推动柳岸物流园建设，争取雾溪水库扩建工程年内开工。\n")
    assert got["岚溪大道东延"] == "planned" and got["白河文旅小镇"] == "planned", got
    assert got["雾溪水库扩建工程"] == "proposed", got  # sought
    assert got.get("柳岸物流园", "proposed") == "proposed", got  # a push alone: a wish
