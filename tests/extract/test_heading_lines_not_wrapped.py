"""A numbered heading written on a line of its own that holds a comma (三、服务业持续恢复,新兴服务业增势较好) ended
there: it is no line of prose a page width wrapped inside a word, so the cleaner does not join it to the line below.
Joined, the section's opening time (前三季度,…) no longer opened its paragraph and a comparison base of the section
before (比1-8月份提高…) dated the figures after it.  A list item running to the full width of a PDF's lines is
still wrapped where it stops.

Every text is written for these tests.
"""
from __future__ import annotations

from factrun import periods_of

from taizhang.extract import cleaner
from taizhang.extract.doc import Doc


def _view(raw: str) -> str:
    return Doc("t.txt", raw, cleaner.clean(raw, "txt")).view


_CITY_Q3 = ("2025年前三季度全市经济运行简析\n"
            "发布时间：2025-10-28\n"
            "一、工业生产稳中有进,装备制造业支撑有力\n"
            "前三季度,全市规模以上工业增加值同比增长6.8%。1-8月份,全市规模以上工业企业实现利润总额86.3亿元,"
            "同比增长4.1%。\n"
            "二、固定资产投资回升,产业投资带动明显\n"
            "前三季度,全市固定资产投资同比增长5.2%,比1-8月份提高0.4个百分点。分产业看,第一产业投资增长12.6%,"
            "第二产业投资增长9.3%。\n"
            "三、消费市场平稳,升级类商品较快增长\n"
            "前三季度,全市社会消费品零售总额612.4亿元,同比增长4.6%,比上半年加快0.3个百分点。按消费类型分,"
            "餐饮收入增长7.7%,商品零售增长4.2%。\n")


def test_a_heading_with_a_comma_keeps_its_own_line():
    lines = _view(_CITY_Q3).split("\n")
    assert "二、固定资产投资回升,产业投资带动明显" in lines
    assert "三、消费市场平稳,升级类商品较快增长" in lines


def test_the_sections_opening_time_dates_its_breakdown_not_the_base_before():
    got = periods_of(_CITY_Q3, (12.6, 9.3, 7.7, 4.2))
    assert got == {12.6: "2025-M01..M09", 9.3: "2025-M01..M09", 7.7: "2025-M01..M09", 4.2: "2025-M01..M09"}


def test_a_county_summary_with_slogan_headings():
    text = ("岚溪县2024年上半年经济运行情况\n"
            "发布时间：2024-07-22\n"
            "一、农业生产总体平稳,畜牧业稳中有增\n"
            "上半年,全县农林牧渔业总产值28.6亿元,同比增长3.9%。1-5月,生猪出栏12.4万头,增长2.2%。\n"
            "二、项目投资加快,重点项目进展顺利\n"
            "上半年,全县重点项目完成投资36.5亿元,比1-5月份提高1.8个百分点。其中,产业项目完成投资21.3亿元,"
            "基础设施项目完成投资9.8亿元。\n")
    got = periods_of(text, (21.3, 9.8))
    assert got == {21.3: "2024-H1", 9.8: "2024-H1"}


def test_a_list_item_wrapped_at_the_full_width_is_still_joined():
    raw = ("某县2023年国民经济和社会发展统计公报\n"
           "（一）全年地区生产总值123.4亿元，比上年增长5.1%，其中第一产业增加值12.4亿\n"
           "元，增长3.1%；第二产业增加值45.6亿元，增长6.0%；第三产业增加值65.4亿元，增\n"
           "长4.9%；城镇居民人均可支配收入38210元，增长5.2%；农村居民人均可支配收入19\n"
           "876元，增长6.8%。\n")
    view = _view(raw)
    assert "第一产业增加值12.4亿元，增长3.1%" in view
    assert "增长4.9%" in view
