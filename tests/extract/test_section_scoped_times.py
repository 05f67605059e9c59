"""A time a numbered section of a report states for itself is that section's: an analysis of 一季度 whose 五、服务业
reports 1-2月 (the services survey runs a month behind) and whose 六、居民收入 states no time reports the quarter in
六, not 1-2月.  A section's time opens a scope inside the report's own, and the next section is back in the report's
(as a moment's cut-off, 截至3月末 over the loans of 金融, already was).  A span of the report's own months written
otherwise (1-9月 in a report on 前三季度) is the report's time and goes on.

Every text is written for these tests.
"""
from __future__ import annotations

from factrun import periods_of


def test_a_quarter_report_is_back_in_its_quarter_after_a_services_section_of_two_months():
    text = ("2025年一季度全县经济运行情况\n"
            "发布时间：2025-04-28\n"
            "一季度,全县实现地区生产总值48.26亿元,增长5.1%。\n"
            "一、工业生产平稳\n"
            "全县规模以上工业增加值增长6.3%。\n"
            "二、服务业稳中有进\n"
            "1-2月,全县规模以上服务业企业实现营业收入2.9亿元,增长3.4%。\n"
            "三、居民收入稳步增长\n"
            "全县居民人均可支配收入6815元,增长5.6%。其中,农村常住居民人均可支配收入4530元,增长6.9%。\n")
    got = periods_of(text, (6.3, 2.9, 6815, 4530))
    assert got == {6.3: "2025-Q1", 2.9: "2025-M01..M02", 6815: "2025-Q1", 4530: "2025-Q1"}


def test_a_half_year_report_after_a_section_of_five_months():
    text = ("2024年上半年全市经济运行简况\n"
            "发布时间：2024-07-19\n"
            "上半年,全市地区生产总值同比增长5.8%。\n"
            "(一)服务业\n"
            "1-5月,全市规模以上服务业营业收入同比增长9.2%。\n"
            "(二)消费市场\n"
            "全市社会消费品零售总额312.6亿元,同比增长4.4%。\n")
    got = periods_of(text, (9.2, 312.6))
    assert got == {9.2: "2024-M01..M05", 312.6: "2024-H1"}


def test_the_report_span_written_in_months_goes_on_into_the_next_section():
    text = ("2023年前三季度全区经济运行情况\n"
            "发布时间：2023-10-26\n"
            "一、工业\n"
            "1-9月,全区规模以上工业增加值同比增长7.1%。\n"
            "二、投资\n"
            "全区固定资产投资同比增长4.8%。\n")
    got = periods_of(text, (7.1, 4.8))
    assert got == {7.1: "2023-M01..M09", 4.8: "2023-M01..M09"}


def test_a_numbered_heading_closed_by_a_full_stop_times_its_section():
    # a release writes its headings as sentences of their own: 一、1-4月份…情况。 heads the figures under it, as the
    # same heading without the full stop does, and the next heading's span takes over
    text = ("青河县主要经济指标完成情况\n\n"
            "一、1-4月份主要经济指标完成情况。\n\n"
            "全县地区生产总值61.5亿元,同比增长5.2%。\n\n"
            "(一)全县规模以上工业增加值同比增长8.3%。\n\n"
            "二、1-5月份主要经济指标完成情况。\n\n"
            "全县社会消费品零售总额14.2亿元,增长4.6%。\n\n"
            "青河县统计局\n2024年6月18日\n")
    got = periods_of(text, (61.5, 8.3, 14.2))
    assert got == {61.5: "2024-M01..M04", 8.3: "2024-M01..M04", 14.2: "2024-M01..M05"}


def test_a_figure_of_the_month_alone_under_a_span_is_of_its_last_month():
    # 当月 under 1-4月份: April's own growth; 单月 in a half-year report: June's
    text = ("青河县主要经济指标完成情况\n\n"
            "一、1-4月份主要经济指标完成情况。\n\n"
            "全县规模以上工业增加值同比增长6.1%，其中，当月规模以上工业增加值增长7.7%。\n\n"
            "青河县统计局\n2024年5月18日\n")
    assert periods_of(text, (6.1, 7.7)) == {6.1: "2024-M01..M04", 7.7: "2024-M04"}
    text = ("2024年上半年青河县工业运行情况\n"
            "上半年,全县规模以上工业增加值增长5.5%,单月增长6.8%。\n")
    assert periods_of(text, (5.5, 6.8)) == {5.5: "2024-H1", 6.8: "2024-M06"}


def test_a_change_clause_after_the_months_own_amount_is_of_that_month():
    # 增长6.1% opens a clause of its own that names nothing: it is the change of the month's amount before it
    text = ("青河市2023年1-7月工业运行简况\n"
            "1-7月,全市规模以上工业企业实现产值3210.5亿元,同比增长5.4%,其中当月实现产值480.2亿元,增长6.1%。\n")
    assert periods_of(text, (5.4, 480.2, 6.1)) == {5.4: "2023-M01..M07", 480.2: "2023-M07", 6.1: "2023-M07"}
