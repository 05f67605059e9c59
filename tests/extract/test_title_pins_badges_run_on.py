"""A page's desktop-pin widget and a document site's badge are no words of its headline, and a page run on into one
line has its headline before its dateline's first field.  Every page here is invented (岚溪县, 墨川市)."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def record_of(raw: str):
    return extract_text(raw, name="p.txt", fmt="txt").record


def test_a_desktop_pin_widget_is_chrome_and_a_vip_badge_no_word_of_the_headline():
    rec = record_of("电脑桌面\n添加岚溪网到电脑桌面\n安装后可以在桌面快捷访问\n\n2026年岚溪县政府工作报告VIP专享\n\n"
                    "提纲:\n\n一、2025年工作回顾\n\n过去一年,全县地区生产总值增长5.8%。\n")
    assert rec.title == "2026年岚溪县政府工作报告"


def test_a_page_run_on_into_one_line_is_titled_before_its_source_field():
    rec = record_of("2019年墨川市国民经济和社会发展统计公报来源:墨川市统计局发布时间:2020-03-05第4期2020年2月26日"
                    "2019年,全市地区生产总值达到512.6亿元,比上年增长6.1%。全年粮食总产量38.2万吨,增长1.2%。\n")
    assert rec.title == "2019年墨川市国民经济和社会发展统计公报"
    assert rec.source == "墨川市统计局"

