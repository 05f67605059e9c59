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


def test_dateline_with_a_reposting_sites_stamp_glued_to_it():
    # a document site reposting a work report glues a stamp of letters and digits to every line; the dateline is still
    # the day the report was given, not the day the site posted it
    text = ("甲县二〇二三年政府工作报告 全文转载\n文档站 2025-08-02 10:11:12 政府报告\n"
            "政府工作报告Qx4\n2023年2月8日在甲县第九届人民代表大会第三次会议上Qx4\n甲县县长 某某Qx4\n各位代表:Qx4\n"
            "一、2022年工作回顾Qx4\n过去一年,全县生产总值完成88.6亿元,增长5.1%。Qx4\n")
    c, ex = _ex(text)
    assert c.date.value == "2023-02-08" and c.date.evidence.source == "dateline"
    assert c.year == 2023
    assert _fact(ex, 88.6).period == "2022"


def test_dateline_set_apart_by_blanks_on_a_flattened_page():
    # a document site prints each page of the report as one line: the dateline between blanks, the speaker after it
    text = ("乙市政府工作报告\n上传时间:2024-07-30 格式:DOC 页数:9\n"
            "1、乙市政府工作报告 政府工作报告 2021年1月26日在乙市第五届人民代表大会第四次会议上 代市长 某某 各位代表: "
            "过去一年,全市生产总值完成412亿元,增长3.3%。\n")
    c, ex = _ex(text)
    assert c.date.value == "2021-01-26" and c.date.evidence.source == "dateline"
    assert _fact(ex, 412).period == "2020"


def test_a_dateline_glued_to_the_words_before_it_in_the_page_is_no_run_on_dateline():
    text = ("县两会侧记\n发布时间:2022-01-08\n"
            "代表们说2022年1月6日在县第十八届人民代表大会第一次会议上 大家畅所欲言。\n")
    c, ex = _ex(text)
    assert c.date.value == "2022-01-08"


def test_dateline_dash_in_box_drawing_strokes():
    text = ("丙区政府工作报告 2019\n文档站 2022-03-15 08:30:00 政府报告\n"
            "━━2019年1月20日在丙区第六届人民代表大会第二次会议上\n区长 某某\n各位代表:\n"
            "过去一年,全区生产总值完成215亿元,增长7.2%。\n")
    c, ex = _ex(text)
    assert c.date.value == "2019-01-20"
    assert _fact(ex, 215).period == "2018"


def test_dashed_dateline_broken_over_two_lines_under_a_posting_field():
    text = ("2024年丁区人民政府工作报告\n时间: 2024-01-30 打印: 打印\n"
            "——2024年1月9日在丁区第七届\n人民代表大会第四次会议上\n丁区人民政府区长 某某\n各位代表:\n"
            "一、2023年工作回顾\n去年全区生产总值达到356亿元,增长6.1%。\n")
    c, ex = _ex(text)
    assert c.date.value == "2024-01-09"


def test_a_lead_running_on_past_the_meeting_is_no_dateline():
    text = ("县委常委会研究项目建设\n发布时间:2023-03-05\n"
            "2023年3月2日在县委常委会会议上强调,要抓好项目建设,全年新开工项目45个。\n")
    c, ex = _ex(text)
    assert c.date is None or c.date.evidence.source != "dateline"
