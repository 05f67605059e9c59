"""预计 states an estimate, whatever time it speaks of (SCHEMA: 预计… is an estimated status, kind actual, estimated):
of a time gone by or closing as the text speaks it estimates what was done; of a time still to come it forecasts that
time of the document's year (a forecast commits no one, so it is no target).  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_progress_report_forecasts_coming_quarter_and_half():
    text = ("青岚市重点项目建设进展情况\n2024年5月12日\n"
            "1-4月，全市重点项目完成投资186亿元，占年度计划的35.1%。"
            "预计二季度，全市新开工项目约420个，总投资约1300亿元；预计下半年新开工项目300个；"
            "预计全年实施项目2600个，年度计划投资900亿元。\n")
    fs = facts_of(text)
    assert one(fs, 186).kind == "actual"
    for v, per in ((420, "2024-Q2"), (1300, "2024-Q2"), (300, "2024-H2"), (2600, "2024"), (900, "2024")):
        f = one(fs, v)
        assert (f.kind, f.period, f.estimated) == ("actual", per, True), (v, f.kind, f.period)


def test_statistics_analysis_forecasts_the_year_it_has_not_closed():
    text = ("白河县2023年1-10月经济运行简况\n"
            "1-10月，全县规模以上工业增加值增长6.2%，固定资产投资增长8.1%。"
            "综合研判，预计全年地区生产总值增长6%左右，一般公共预算收入完成12亿元。\n")
    fs = facts_of(text)
    assert one(fs, 6.2).kind == "actual"
    for v in (6, 12):
        f = one(fs, v)
        assert (f.kind, f.period, f.estimated) == ("actual", "2023", True)


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
    assert (f.kind, f.period, f.estimated) == ("actual", "2022-Q3", True)
