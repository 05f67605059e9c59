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


# A report on a span within a year states the year's plan with no time of its own: the plan is of the year, not of the
# span the report was written after; the planned adjustments of areas are changes (delta).
SOWING_Q1 = ("青川县2024年一季度农业生产情况\n2024年4月8日\n全县计划播种面积300万亩(水田50万亩、旱田250万亩),调减玉米20万亩,"
             "增加大豆15万亩,粮经饲比例达到80:12:8。\n")
SOWING_OPENED = ("青川县2024年一季度农业生产情况\n2024年4月8日\n一季度,全县春耕备耕有序推进。全县计划播种面积300万亩,"
                 "调减玉米20万亩,增加大豆15万亩。\n")
# an analysis whose headline names no span: its sections report the quarter, the plan is the year's
SECTIONED = ("青川县经济运行开局良好\n2024年4月12日\n一季度,全县实现生产总值52.1亿元,增长6.2%。\n"
             "(二)农业生产有序推进。全县计划播种面积300万亩,调减玉米20万亩,增加大豆15万亩,粮经饲比例达到80:12:8。\n"
             "(三)工业生产稳中有进。一季度,规上工业增加值增长7%。\n")
HALF_SUMMARY = ("岚溪市2024年上半年农业农村工作总结\n上半年,全市完成粮食播种面积120万亩。全市计划压减低效作物8万亩,扩大油料种植5万亩,"
                "新建高标准农田12万亩。\n")


@pytest.mark.parametrize("text, value, period", [
    (SOWING_Q1, 300, "2024"), (SOWING_Q1, 250, "2024"), (SOWING_Q1, 20, "2024"), (SOWING_Q1, 80, "2024"),
    (SOWING_OPENED, 300, "2024"), (SOWING_OPENED, 15, "2024"),
    (SECTIONED, 300, "2024"), (SECTIONED, 15, "2024"), (SECTIONED, 8, "2024"), (SECTIONED, 52.1, "2024-Q1"),
    (HALF_SUMMARY, 8, "2024"), (HALF_SUMMARY, 12, "2024"), (HALF_SUMMARY, 120, "2024-H1"),
])
def test_a_plan_without_a_time_in_a_report_on_a_span_is_the_years(text, value, period):
    f = one(facts_of(text), value)
    assert (f.kind == "target") == (len(period) == 4) and f.period == period


def test_a_plan_without_a_time_elsewhere_stays_timeless():
    text = "青川市乡村振兴工作扎实推进\n2023年6月5日\n全市计划建设镇级乡村人才驿站96个,打造示范村30个。\n"
    assert one(facts_of(text), 96).period == ""


@pytest.mark.parametrize("text, value, measure", [
    (SOWING_Q1, 20, "delta"), (SOWING_Q1, 15, "delta"), (SOWING_Q1, 300, "level"),
    (HALF_SUMMARY, 8, "delta"), (HALF_SUMMARY, 5, "delta"), (HALF_SUMMARY, 12, "level"),
    ("岚溪县2025年农业工作要点\n全县调增大豆种植面积3万亩,核减低效茶园1.2万亩。\n", 3, "delta"),
    ("岚溪县2025年农业工作要点\n全县调增大豆种植面积3万亩,核减低效茶园1.2万亩。\n", 1.2, "delta"),
    # a size the area grows to, and a new area or an amount cut, are amounts
    ("青河县农业生产情况\n全县水稻面积增加到45万亩,新增耕地1200亩,减少政府债务2.1亿元。\n", 45, "level"),
    ("青河县农业生产情况\n全县水稻面积增加到45万亩,新增耕地1200亩,减少政府债务2.1亿元。\n", 1200, "level"),
    ("青河县农业生产情况\n全县水稻面积增加到45万亩,新增耕地1200亩,减少政府债务2.1亿元。\n", 2.1, "level"),
])
def test_an_area_adjusted_by_so_much_is_a_change(text, value, measure):
    assert one(facts_of(text), value).measure == measure


# A year's project list announced (the lead's decision, README's output contract): its year's plan amount is the year's
# target; its size, worth and parts are what the list holds (actual since session 43: both annotators of fresh project
# lists, the dev and seed golds read them so; on a page titled as the list given out too, kind43b); the same figures
# in a text that reports doing against them are the base of what was done.
MOBILISED = ("青川区召开重点项目建设动员大会\n2025年2月12日\n今年全区安排重点项目120个,总投资860亿元,年度计划投资150亿元;"
             "其中新开工项目45个。会议要求,各单位要压实责任。\n")
RELEASED = ("岚溪省发布2024年重点建设项目清单\n2024年3月1日\n省发展改革委近日发布2024年重点建设项目清单,共安排项目1000个,"
            "总投资2万亿元,年度计划投资3500亿元。\n")
TRADITIONAL = "嵐溪市發布2024年重點項目名單\n2024年2月5日\n嵐溪市今年共安排重點項目320個,總投資1200億元,年度計劃投資260億元。\n"
RESERVE = "青河县2025年项目工作会议召开\n2025年1月20日\n会议明确,今年全县安排重点储备项目45个,总投资210亿元。\n"


@pytest.mark.parametrize("text, value, kind, period", [
    (MOBILISED, 120, "actual", "2025"), (MOBILISED, 860, "actual", "2025"), (MOBILISED, 150, "target", "2025"),
    (MOBILISED, 45, "actual", "2025"),
    (RELEASED, 1000, "actual", "2024"), (RELEASED, 3500, "target", "2024"),
    (TRADITIONAL, 320, "actual", "2024"), (TRADITIONAL, 1200, "actual", "2024"), (TRADITIONAL, 260, "target", "2024"),
    (RESERVE, 45, "actual", "2025"), (RESERVE, 210, "actual", "2025"),
])
def test_an_announced_years_project_list_is_its_plan(text, value, kind, period):
    f = one(facts_of(text), value)
    assert (f.kind, f.period) == (kind, period)


@pytest.mark.parametrize("text, value", [
    # the sentence goes on to report against the plan
    ("青川市重点项目推进情况\n2024年9月10日\n今年全市安排市级重点项目200个,年度计划投资853亿元,1-8月完成投资620亿元,"
     "占年度计划的72.7%。\n", 200),
    ("青川市重点项目推进情况\n2024年9月10日\n今年全市安排市级重点项目200个,年度计划投资853亿元,1-8月完成投资620亿元,"
     "占年度计划的72.7%。\n", 853),
    # the next paragraph does
    ("岚溪区重点项目建设情况\n2024年10月8日\n今年全区安排重点项目86个,总投资420亿元。\n截至9月底,已开工项目71个,完成投资96亿元。\n", 86),
    # a supervision notice checks the list it names
    ("关于全县重点项目推进情况的督查通报\n2024年7月2日\n今年全县安排重点项目60个,总投资150亿元。\n", 60),
    # a list of a year gone by
    ("青河县2025年项目工作会议召开\n2025年1月20日\n去年全县安排重点项目52个,总投资180亿元。\n", 52),
])
def test_a_list_reported_against_or_past_is_a_status(text, value):
    assert one(facts_of(text), value).kind == "actual"


def test_a_list_announced_after_the_outturn_of_a_year_gone_by_is_its_plan():
    text = ("青川市项目工作会议召开\n2025年2月10日\n会议指出,2024年全市重点项目完成投资530亿元,占年度计划的102%。今年,"
            "全市共安排重点建设项目280个,总投资2300亿元,年度计划投资520亿元。\n")
    fs = facts_of(text)
    assert [one(fs, v).kind for v in (280, 2300, 520)] == ["actual", "actual", "target"]  # (session 43: its size)
    assert [one(fs, v).kind for v in (530, 102)] == ["actual"] * 2


@pytest.mark.parametrize("text, values, period", [
    # the list named after the figures that size it, its year in its name or the year of writing
    ("岚溪省发布重点项目清单\n2024年3月1日\n岚溪省发改委日前发布1000个、总投资2万亿元的2024年省重点项目清单。\n",
     (1000, 2), "2024"),
    ("青川市公布重点项目名单\n2025年2月3日\n青川市近日公布120个、总投资860亿元重点项目名单,其中产业项目72个。\n",
     (120, 860, 72), "2025"),
])
def test_a_list_sized_before_its_name_is_its_years_plan(text, values, period):
    fs = facts_of(text)
    assert {(one(fs, v).kind, one(fs, v).period) for v in values} == {("target", period)}
