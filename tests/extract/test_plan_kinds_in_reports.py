"""Kinds of the plan figures a report states beside its outturns: an outturn set against the plan (与年度计划目标持平,
高于计划目标, 完成全年计划的52%) reports, the plan it names commits none of the sentence's or the paragraph's figures
(sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one

QUARTER_FLAT = ("青川县经济运行开局良好\n一季度,全县实现生产总值52.1亿元,增长6.2%,增速比2018年全年高0.4个百分点,"
                "与2019年计划目标持平。其中,第一产业增加值8.3亿元,增长3.1%;第二产业增加值20.5亿元,增长7.4%。\n")
QUARTER_SAME = "青川县2024年一季度经济运行情况\n2024年4月15日\n一季度全县生产总值增长6%,与年度计划目标持平;一产增加值8亿元,增长3%。\n"
NINE_MONTHS = ("岚溪市2023年前三季度经济运行分析\n2023年10月20日\n前三季度,全市规模以上工业增加值增长8.2%,高于计划目标0.7个百分点;"
               "固定资产投资完成320亿元,完成年度目标的78%;社会消费品零售总额150亿元,增长6%。\n")
HALF_YEAR = ("岚溪区2024年上半年经济运行情况\n上半年,全区一般公共预算收入完成12.3亿元,完成全年计划的52%;税收收入9.1亿元,"
             "增长4.5%,低于预期目标1.5个百分点。\n")
PROJECTS = "青川市2025年1-8月重点项目进展\n全市重点项目完成投资280亿元,达到年度计划的75%,超过序时进度8个百分点,与年初目标基本持平。\n"


@pytest.mark.parametrize("text, value", [
    (QUARTER_FLAT, 52.1), (QUARTER_FLAT, 6.2), (QUARTER_FLAT, 0.4), (QUARTER_FLAT, 20.5), (QUARTER_FLAT, 7.4),
    (QUARTER_SAME, 6), (QUARTER_SAME, 8),
    (NINE_MONTHS, 78), (NINE_MONTHS, 150),
    (HALF_YEAR, 1.5),
    (PROJECTS, 280), (PROJECTS, 75),
])
def test_an_outturn_set_against_the_plan_reports(text, value):
    assert one(facts_of(text), value).kind == "actual"


@pytest.mark.parametrize("text, value", [
    # a commitment word of the clause's own still commits, the plan it names aside
    ("岚溪县2025年工作要点\n2025年,力争完成年度目标的100%,地区生产总值增长6%,与全省目标同步。\n", 100),
    ("岚溪县2025年工作要点\n2025年,力争完成年度目标的100%,地区生产总值增长6%,与全省目标同步。\n", 6),
])
def test_a_commitment_beside_a_plan_compared_still_commits(text, value):
    assert one(facts_of(text), value).kind == "target"
