"""The year of a page that dates itself only by a line: a news lead opening with its month after a paper's tag, a
communiqué's release line giving the month and no day, a work report planning 今年 after reviewing the year before.
Every text here is invented for these tests (the places too)."""
from __future__ import annotations

import pytest

from taizhang.extract.context import _Line, _release_month, _release_month_of

from factrun import periods_of


# ------------------------------------------------------------------ a lead opening with its month

@pytest.mark.parametrize("text", [
    # after a paper's tag and the reporter's bracket
    "岚溪县重点项目建设提速\n本报讯（记者 周明 通讯员 柳青）2025年5月，岚溪县坚持把项目建设作为经济工作的生命线，"
    "全力推进重点项目建设。今年以来，全县新开工项目42个，完成投资18.6亿元。目前，全县在建项目96个。\n",
    # a part of the month for its day
    "岚溪县重点项目建设提速\n2025年5月上旬，岚溪县组织召开重点项目推进会，全力推进项目建设。今年以来，全县新开工项目42个，"
    "完成投资18.6亿元。目前，全县在建项目96个。\n",
    # a lead sentence short enough to pass for a line of the header
    "岚溪县项目建设\n2025年5月，岚溪县推进项目建设。\n今年以来，全县新开工项目42个，完成投资18.6亿元。目前，全县在建项目96个。\n",
])
def test_a_news_lead_opening_with_its_month_gives_the_pages_year(text):
    assert periods_of(text, (42, 18.6, 96)) == {42: "2025", 18.6: "2025", 96: "2025"}


def test_a_lead_with_no_year_leaves_the_year_unknown():
    text = ("岚溪县重点项目建设提速\n5月20日，记者从岚溪县发改局获悉，今年以来，全县新开工项目42个，完成投资18.6亿元。"
            "目前，全县在建项目96个。\n")
    assert periods_of(text, (42, 96)) == {42: "?", 96: "?"}


# ------------------------------------------------------------------ a communiqué's release line of a month

@pytest.mark.parametrize("text", [
    # the releasing body and the month on one line under the title
    "河口县国民经济和社会发展统计公报\n河口县统计局  2024年4月\n初步核算，全县地区生产总值152.6亿元，比上年增长5.8%。"
    "年末全县常住人口32.5万人。\n",
    # the month in brackets under the body's line
    "河口县国民经济和社会发展统计公报\n河口县统计局\n（2024年4月）\n一、综合\n初步核算，全县地区生产总值152.6亿元，"
    "比上年增长5.8%。年末全县常住人口32.5万人。\n",
    # the body and the month closing the text
    "河口县国民经济和社会发展统计公报\n一、综合\n初步核算，全县地区生产总值152.6亿元，比上年增长5.8%。"
    "年末全县常住人口32.5万人。\n河口县统计局\n2024年4月\n",
])
def test_a_communique_released_in_a_month_reports_the_year_before(text):
    assert periods_of(text, (152.6, 5.8, 32.5)) == {152.6: "2023", 5.8: "2023", 32.5: "2023"}


def test_a_progress_page_released_in_a_month_is_of_that_year():
    text = ("岚溪县重点项目建设情况\n今年以来，全县新开工项目42个。目前，全县在建项目96个。\n岚溪县发展和改革局\n2025年5月\n")
    assert periods_of(text, (42, 96)) == {42: "2025", 96: "2025"}


@pytest.mark.parametrize("line,year", [
    ("河口县统计局  2024年4月", 2024),
    ("（2024年4月）", 2024),
    ("二〇二四年四月", None),  # alone: the month a monthly report covers, unless under the releasing body's line
    ("2024年4月", None),
    ("2024年5月份经济运行分析", None),  # a heading naming what the month holds
    ("全县完成投资 2024年4月", None),  # no releasing body's name beside it
    ("河口县统计局 2024年4月12日", None),  # a full date: a dating line of its own
])
def test_a_release_line_holds_a_month_and_at_most_the_releasing_body(line, year):
    got = _release_month(line)
    assert (got[2] if got else None) == year


# ------------------------------------------------------------------ a work report's 今年 after its review

@pytest.mark.parametrize("text", [
    # a review opening with the year, then the year's targets by 今年
    "岚溪县政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n2022年，面对复杂严峻的形势，全县地区生产总值"
    "增长4.6%，一般公共预算收入完成8.5亿元。\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业2500人。\n",
    # parts headed 过去一年 and 今年
    "岚溪县政府工作报告\n各位代表：\n一、过去一年工作回顾\n2022年，全县地区生产总值增长4.6%，一般公共预算收入完成8.5亿元。\n"
    "二、今年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业2500人。\n",
])
def test_a_work_reports_targets_for_this_year_follow_the_reviewed_year(text):
    assert periods_of(text, (4.6, 8.5, 6, 2500)) == {4.6: "2022", 8.5: "2022", 6: "2023", 2500: "2023"}


def test_a_work_report_planning_its_year_by_number_keeps_it():
    text = ("政府工作报告\n各位代表：\n一、2022年工作回顾\n过去一年，全县地区生产总值增长4.6%。\n"
            "二、2023年工作总体要求和目标任务\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业2500人。\n")
    assert periods_of(text, (4.6, 6, 2500)) == {4.6: "2022", 6: "2023", 2500: "2023"}


def test_a_month_alone_is_a_release_line_under_the_releasing_body():
    assert _release_month_of([_Line(0, 7, "河口县统计局"), _Line(8, 15, "2024年4月")], 1)[2] == 2024
    assert _release_month_of([_Line(0, 9, "河口县经济运行情况"), _Line(10, 17, "2024年4月")], 1) is None


# ------------------------------------------------------------------ a notice's days, the year in its list's heading

_NOTICE = ("关于城区渣土运输整治督查情况的通报\n\n9月2日至9月8日，县住建局对城区渣土运输开展专项督查，共发现问题27个。"
           "今年以来，全县累计查处渣土车违规行为146起。\n\n{heading}\n序号 | 问题 | 责任单位\n1 | 车辆未密闭 | 东城街道\n"
           "2 | 道路遗撒 | 西城街道\n3 | 冲洗设施缺失 | 南城街道\n4 | 车辆超载 | 北城街道\n5 | 夜间违规运输 | 东城街道\n"
           "6 | 未按路线行驶 | 西城街道\n7 | 车身不洁 | 南城街道\n")


@pytest.mark.parametrize("heading", [
    # the list's heading repeating the notice's days with their year, the list's rows under it
    "附件：2024年9月2日至9月8日渣土运输问题清单",
    # a table's caption repeating the first day
    "表1 2024年9月2日督查发现问题汇总",
])
def test_a_notices_days_take_the_year_of_its_lists_heading(heading):
    got = periods_of(_NOTICE.format(heading=heading), (27, 146))
    assert got[146] == "2024" and got[27].startswith("2024")
