"""Time expressions resolved against a document year (own phrases)."""
import pytest

from taizhang.extract.periods import find_periods, plan_span, resolve


@pytest.mark.parametrize("expr,year,period", [
    ("今年", 2023, "2023"), ("全年", 2019, "2019"), ("年内", 2021, "2021"), ("今年以来", 2024, "2024"),
    ("上半年", 2023, "2023-H1"), ("下半年", 2022, "2022-H2"),
    ("1—5月", 2023, "2023-M01..M05"), ("1-9月", 2020, "2020-M01..M09"), ("1至11月", 2018, "2018-M01..M11"),
    ("截至6月底", 2023, "..2023-M06"), ("截至9月末", 2019, "..2019-M09"),
    ("四季度", 2021, "2021-Q4"), ("第三季度", 2022, "2022-Q3"), ("一季度", 2022, "2022-Q1"),
    ("前三季度", 2022, "2022-M01..M09"),
    ("十四五", 2021, "2021..2025"), ("“十三五”时期", 2020, "2016..2020"), ("十五五", 2025, "2026..2030"),
    ("“十四五”期末", 2021, "..2025"), ("到2025年", 2021, "..2025"), ("到2035年", 2020, "..2035"),
    ("未来3年", 2021, "2021..2023"), ("未来五年", 2026, "2026..2030"),
    ("每年", 2021, "each-year"), ("年底前", None, "..?"), ("今年", None, "?"),
    ("2022年", 2023, "2022"), ("2023年上半年", 2023, "2023-H1"), ("2024年1—4月", 2024, "2024-M01..M04"),
    ("去年", 2023, "2022"), ("近年来", 2023, ""),
    ("第十四个五年规划", 2020, "2021..2025"), ("2021—2025年", 2021, "2021..2025"),
    ("截至5月31日", 2022, "..2022-M05"), ("截至2021年11月15日", 2023, "..2021-M11"),
    ("三季度末", 2024, "..2024-M09"), ("二季度末", 2021, "..2021-M06"),
    # the months of 今年 (its year unknown stays ?), months written with 月 on both ends, a year's first months
    ("今年1—10月", None, "?-M01..M10"), ("今年1—10月", 2023, "2023-M01..M10"), ("当年1至6月份", 2022, "2022-M01..M06"),
    ("1月—7月", 2023, "2023-M01..M07"), ("2022年1月至8月", 2024, "2022-M01..M08"),
    ("2022年前7个月", 2024, "2022-M01..M07"), ("2021年前三季度", 2023, "2021-M01..M09"),
    # the first quarters written without 度, as Taiwan's and Hong Kong's press write them
    ("前3季", 2025, "2025-M01..M09"), ("今年前2季", 2031, "2031-H1"), ("2030年前3季", 2031, "2030-M01..M09"),
    ("2022年前", 2024, "..2022"), ("2021年3月5日", None, "2021-M03"),
    # a deadline within a named year: the month it closes, like 9月底前 in the document's year
    ("2026年9月底前", 2024, "..2026-M09"), ("2026年6月30日前", None, "..2026-M06"), ("2025年10月以前", 2025, "..2025-M10"),
])
def test_resolve(expr, year, period):
    assert resolve(expr, year) == period


def test_streak_counts_back_from_the_document_year():
    (p,) = [p for p in find_periods("空气质量连续三年保持全省前列", 2022) if p.role == "streak"]
    assert p.period == "2019..2021"


def test_find_periods_offsets():
    text = "上半年,全市完成投资100亿元;到2025年力争翻一番。"
    ps = find_periods(text, 2023)
    assert [(text[p.start:p.end], p.period) for p in ps] == [("上半年", "2023-H1"), ("到2025年", "..2025")]


def test_not_a_period():
    assert resolve("增长6%", 2023) is None
    assert find_periods("新建学校12所", 2023) == []


def test_plan_span():
    assert plan_span("十三五") == (2016, 2020)
    assert plan_span("第十四个五年") == (2021, 2025)
    assert plan_span("五年") is None


@pytest.mark.parametrize("text,base", [("完成年度计划的71%", True), ("完成全年目标任务的65%", True),
                                       ("年度计划投资40亿元", False), ("全年完成投资12亿元", False)])
def test_the_plan_a_share_is_taken_of_is_not_its_time(text, base):
    p = find_periods(text, 2024)[0]
    assert (p.role == "base") == base


def test_mu_qian_inside_a_word_is_not_now():
    assert find_periods("部分项目前期手续滞后", 2024) == []
    assert [p.text for p in find_periods("项目进展顺利,目前已完工", 2024)] == ["目前"]


def test_a_deadline_month_after_a_start_month_stays_a_deadline():
    ps = find_periods("6月至12月底前完成", 2023)
    assert [(p.text, p.period, p.role) for p in ps] == [("12月底前", "..2023-M12", "deadline")]


@pytest.mark.parametrize("text,base", [("年度投资完成率达75.3%", True), ("年度开工率为80.5%", True),
                                       ("全年计划投资6500亿元", False), ("年度计划投资68亿元", False)])
def test_the_year_a_plan_rate_is_taken_against_is_no_time(text, base):
    (p,) = [p for p in find_periods(text, 2022) if p.start == 0]
    assert (p.role == "base") == base


def test_a_month_and_its_year_before_a_date_are_no_deadline():
    (p,) = find_periods("2023年5月前后,岚溪县", 2023)
    assert (p.text, p.period, p.role) == ("2023年5月", "2023-M05", "point")
