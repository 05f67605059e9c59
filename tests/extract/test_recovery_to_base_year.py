"""恢复到2019年的108%: a level regained, reported for the text's own year as a multiple of the base year's (actual,
growth: SCHEMA reads multiples of a base year, 是2015年的1.6倍, as growth), the base year no deadline and no period of
the figure.  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_holiday_news_recovery_list():
    fs = facts_of("湖川省假日文旅市场综述\n2023年10月8日\n"
                  "国庆假期，全省接待游客3120万人次，实现旅游收入214亿元，分别恢复到2019年同期的112%、96%。\n")
    for v in (112, 96):
        f = one(fs, v)
        assert (f.kind, f.measure, f.period) == ("actual", "growth", "2023"), (v, f.kind, f.measure, f.period)


def test_yearly_bulletin_recovery_after_growth():
    fs = facts_of("云岭市2023年国民经济和社会发展统计公报\n"
                  "全年接待国内游客0.9亿人次，增长61%，恢复至2019年的104.5%；旅游总收入980亿元，恢复到2019年水平的93.2%。\n")
    for v in (104.5, 93.2):
        f = one(fs, v)
        assert (f.kind, f.measure, f.period) == ("actual", "growth", "2023"), (v, f.kind, f.measure, f.period)
    assert one(fs, 980).period == "2023"


def test_a_change_up_to_a_year_keeps_that_year():
    fs = facts_of("云岭市“十四五”规划纲要\n2021年3月2日\n森林覆盖率从2020年的52%提高到2025年的55%。\n")
    assert one(fs, 55).period in ("2025", "..2025")


def test_a_quarters_recovery_in_a_tourism_release_is_a_multiple_of_the_base_years_level():
    fs = facts_of("临江市2023年一季度文旅市场情况\n"
                  "一季度，全市接待游客人次恢复到2019年同期的113%，旅游收入回升至2019年同期水平的96.5%。\n")
    for v in (113, 96.5):
        f = one(fs, v)
        assert (f.kind, f.measure, f.period) == ("actual", "growth", "2023-Q1"), (v, f.kind, f.measure, f.period)
