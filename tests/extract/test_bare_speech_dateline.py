"""A speech's dateline whose dash or bracket the page lost (2021年2月20日在某市…会议上 on a line of its own) is the text's
own day: it wins over the date the page was posted on, so the report's review speaks of the year before the session."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def _ex(text):
    ex = extract_text(text, "t.txt")
    return ex.doc.context, ex


def _fact(ex, value):
    hits = [f for f in ex.facts if f.value == value]
    assert hits, [(f.value, f.period) for f in ex.facts]
    return hits[0]


def test_city_report_posted_a_year_later():
    text = ("2022-07-11\n丽水市人民政府工作报告\n2021年2月20日在丽水市第四届人民代表大会第六次会议上\n市长 王某\n"
            "各位代表:\n过去一年,全市生产总值完成1540亿元,增长3.5%。\n"
            "今年经济社会发展的主要预期目标是:地区生产总值增长7.5%。\n")
    c, ex = _ex(text)
    assert c.date.value == "2021-02-20" and c.date.evidence.source == "dateline"
    assert _fact(ex, 1540).period == "2020"
    assert _fact(ex, 7.5).period == "2021"


def test_county_report_dateline_in_chinese_numerals_under_a_posting_field():
    text = ("湄潭县政府工作报告\n发布时间:2023-05-08 来源:县政府办\n"
            "二〇二二年一月六日在湄潭县第十八届人民代表大会第一次会议上的报告\n"
            "过去一年,全县地区生产总值完成160亿元,增长7.1%。\n")
    c, ex = _ex(text)
    assert c.date.value == "2022-01-06"
    assert _fact(ex, 160).period == "2021"


def test_province_speech_at_a_plenary_session():
    text = ("在省委经济工作会议上的讲话\n2020年12月18日于省委十一届九次全会暨经济工作会议上\n"
            "来源:省政府网 2021-09-30\n今年以来,全省地区生产总值增长3.6%。\n")
    c, ex = _ex(text)
    assert c.date.value == "2020-12-18"


def test_a_news_lead_that_runs_on_is_no_dateline():
    text = ("县两会开幕\n发布时间:2022-01-08\n"
            "2022年1月6日在县会议中心召开的县十八届人大一次会议上,县长李某作政府工作报告\n"
            "今年全县地区生产总值增长7%左右。\n")
    c, ex = _ex(text)
    assert c.date.value == "2022-01-08"


def test_district_dateline_broken_over_two_lines_under_an_open_government_table():
    text = ("某区2025年政府工作报告\n公开日期:2026-04-15 14:43\n"
            "2025年3月21日在汉滨区第十九届\n人民代表大会第四次会议上\n汉滨区人民政府区长 张某\n各位代表:\n"
            "一、过去一年工作回顾\n过去一年,全区地区生产总值完成440亿元,增长5.4%。\n"
            + "".join(f"({n})坚持项目支撑,新开工项目{n}0个。\n" for n in "一二三四五六七八")
            + "二、今年工作安排\n今年全区地区生产总值增长6%左右。\n")
    c, ex = _ex(text)
    assert c.date.value == "2025-03-21"
    assert _fact(ex, 440).period == "2024"
