"""A review sentence's year reaches every clause of it, also past the heads of a 分别 list written with 、
(城镇、农村居民人均可支配收入分别增长…: 城镇 is a head of the list, no clause of its own that would stop the year).

Every text is written for these tests.
"""
from __future__ import annotations

from factrun import periods_of


def test_a_county_reports_review_estimate_keeps_its_year_past_the_list_heads():
    text = ("某县政府工作报告\n"
            "——2024年1月9日在某县第十九届人民代表大会第三次会议上\n"
            "初步预计，2023年全县地区生产总值增长6.1%，一般公共预算收入增长4.3%，城镇、农村居民人均可支配收入"
            "分别增长5.6%左右、7.4%左右，城镇调查失业率5.2%左右，居民消费价格上涨1.8%左右。"
            "2024年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n")
    got = periods_of(text, (6.1, 4.3, 5.6, 7.4, 5.2, 1.8, 6.5))
    assert got == {6.1: "2023", 4.3: "2023", 5.6: "2023", 7.4: "2023", 5.2: "2023", 1.8: "2023", 6.5: "2024"}


def test_a_provinces_news_of_its_report_and_a_citys_deposits_and_loans():
    text = ("某省人代会开幕\n"
            "发布时间：2025-01-14\n"
            "报告显示，初步预计，2024年全省地区生产总值增长5.4%，出口增长9%以上，城镇居民、农村居民人均可支配收入"
            "分别增长4.9%左右、6.6%左右。\n")
    assert set(periods_of(text, (5.4, 9, 4.9, 6.6)).values()) == {"2024"}
    text = ("某市2025年国民经济和社会发展计划\n"
            "发布时间：2025-03-02\n"
            "2024年全市社会消费品零售总额增长5.1%，金融机构存、贷款余额分别增长8.2%、10.4%。\n")
    assert set(periods_of(text, (5.1, 8.2, 10.4)).values()) == {"2024"}
