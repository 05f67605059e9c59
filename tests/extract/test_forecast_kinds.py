"""预计 states an estimate (estimated true).  Of a time gone by or closing as the text speaks it estimates what was
done (SCHEMA: 预计2020年… actual, estimated); of a time still to come when the text speaks it forecasts that time of the
document's year, and a forecast is a target (the lead's convention of session 28: the period's end against the
document's date; until then a forecast was read as actual).  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_progress_report_forecasts_coming_quarter_and_half():
    text = ("青岚市重点项目建设进展情况\n2024年5月12日\n"
            "1-4月，全市重点项目完成投资186亿元，占年度计划的35.1%。"
            "预计二季度，全市新开工项目约420个，总投资约1300亿元；预计下半年新开工项目300个；"
            "预计全年实施项目2600个，年度计划投资900亿元。\n")
    fs = facts_of(text)
    assert one(fs, 186).kind == "actual"
    # (session 28: a forecast of a time not over in May is a target, was actual)
    for v, per in ((420, "2024-Q2"), (1300, "2024-Q2"), (300, "2024-H2"), (2600, "2024"), (900, "2024")):
        f = one(fs, v)
        assert (f.kind, f.period, f.estimated) == ("target", per, True), (v, f.kind, f.period)


def test_statistics_analysis_forecasts_the_year_it_has_not_closed():
    text = ("白河县2023年1-10月经济运行简况\n"
            "1-10月，全县规模以上工业增加值增长6.2%，固定资产投资增长8.1%。"
            "综合研判，预计全年地区生产总值增长6%左右，一般公共预算收入完成12亿元。\n")
    fs = facts_of(text)
    assert one(fs, 6.2).kind == "actual"
    for v in (6, 12):  # (session 28: the year not closed at October is forecast, a target; was actual)
        f = one(fs, v)
        assert (f.kind, f.period, f.estimated) == ("target", "2023", True)


def test_year_end_report_estimate_of_its_own_year_stays_actual():
    text = ("沙溪县政府工作报告\n2023年12月26日\n"
            "即将过去的2023年，预计全年实现地区生产总值286亿元，增长6.5%；预计城镇新增就业5200人。\n")
    fs = facts_of(text)
    for v in (286, 6.5, 5200):
        f = one(fs, v)
        assert (f.kind, f.period) == ("actual", "2023"), (v, f.kind, f.period)


def test_half_year_estimate_in_a_july_analysis_stays_actual():
    text = ("南平镇上半年经济形势分析\n2022年7月18日\n"
            "据初步测算，预计上半年全镇完成固定资产投资18.6亿元，同比增长9.2%。预计三季度新签约项目12个。\n")
    fs = facts_of(text)
    f = one(fs, 18.6)
    assert (f.kind, f.period) == ("actual", "2022-H1")
    f = one(fs, 12)
    assert (f.kind, f.period, f.estimated) == ("target", "2022-Q3", True)  # (session 28: the third quarter to come)


def test_forecasts_of_times_to_come_in_other_wordings_are_targets():
    # a county's progress notice in March, a city's April analysis, a district's February news, a December review
    text = ("南湖县重点项目推进情况\n2025年3月10日\n"
            "1-2月，全县新开工项目36个。预计下半年新开工项目约120个，预计到5月底可开复工项目122个。\n")
    fs = facts_of(text)
    assert one(fs, 36).kind == "actual"
    for v, per in ((120, "2025-H2"), (122, "..2025-M05")):
        f = one(fs, v)
        assert (f.kind, f.period, f.estimated) == ("target", per, True), (v, f.kind, f.period)
    text = ("青山市经济运行分析\n2024年4月20日\n"
            "一季度，全市规上工业增加值增长7.1%。预计二季度全市规上工业增加值增长8%左右。\n")
    fs = facts_of(text)
    assert one(fs, 7.1).kind == "actual"
    f = one(fs, 8)
    assert (f.kind, f.period, f.estimated) == ("target", "2024-Q2", True)
    text = ("东城区重点项目建设情况\n2026年2月15日\n"
            "1月份，全区重点项目完成投资60亿元。预计可完成300亿元的一季度投资目标任务。\n")
    f = one(facts_of(text), 300)
    assert (f.kind, f.period, f.estimated) == ("target", "2026-Q1", True)


def test_next_years_forecast_in_a_december_review_is_a_target_and_the_years_estimate_stays_actual():
    text = ("河西区2024年经济运行情况\n2024年12月20日\n"
            "全年预计地区生产总值增长6%。预计明年地区生产总值增长5.5%左右。\n")
    fs = facts_of(text)
    assert (one(fs, 6).kind, one(fs, 6).period, one(fs, 6).estimated) == ("actual", "2024", True)
    f = one(fs, 5.5)
    assert (f.kind, f.period, f.estimated) == ("target", "2025", True)


def test_a_later_clauses_year_is_no_time_of_the_estimate():
    # the months estimated are over at the end of August; 全年 names the task the share is of
    text = ("北川县经济运行情况\n发布时间：2021-08-30\n"
            "1-7月份，预计完成固定资产投资52亿元，完成全年固投任务130亿元的40%。\n")
    fs = facts_of(text)
    for v in (52, 130, 40):
        assert one(fs, v).kind == "actual", v


def test_a_forecast_naming_no_time_in_a_text_dated_early_in_its_year_is_a_target_of_that_year():
    # a province's news in February: 今年 after a sentence opened by 去年 is the year of writing, and the estimate of
    # the next sentence names no time (the year under way)
    text = ("青川省今年重大项目建设安排\n发布时间：2023-02-20\n"
            "去年，全省300个重点项目完成投资2100亿元。今年预计全省重点项目将超过320个，总投资超过1.5万亿元。"
            "预计新开工项目60个，总投资2800亿元。\n")
    fs = facts_of(text)
    for v in (300, 2100):
        assert (one(fs, v).kind, one(fs, v).period) == ("actual", "2022"), v
    for v in (320, 1.5, 60, 2800):
        f = one(fs, v)
        assert (f.kind, f.period, f.estimated) == ("target", "2023", True), (v, f.kind, f.period, f.estimated)


def test_a_works_estimated_total_is_no_forecast():
    text = ("前三季度铁路建设情况\n发布时间：2022-10-20\n"
            "1-9月，全省铁路完成投资320亿元。东岭至西川高铁正线全长约150公里，全线预计总投资260亿元。\n")
    assert one(facts_of(text), 260).kind == "actual"
