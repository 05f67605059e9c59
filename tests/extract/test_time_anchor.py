"""The document's time anchor: which dates only date the text, the year it speaks of when the year is written
late, and the year a figure can be committed after.  Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from taizhang.extract import context, scope

from factrun import context_of, one

BODY = ("一、综合\n初步核算,全县地区生产总值182.6亿元,比上年增长5.2%。\n二、农业\n粮食产量8.2万吨,增长1.5%。"
        "油料产量1.3万吨。\n")


@pytest.mark.parametrize("line", [
    "岚溪县统计局（2024年3月10日）", "岚溪县统计局  2024年3月10日", "（2024年3月10日  岚溪县统计局）", "( 2024 年 3 月 10 日 )",
    "二〇二四年三月十日", "岚溪县统计局 国家统计局岚溪调查队 2024年3月10日", "2024-03-10 09:30 来源:岚溪县融媒体中心",
    "发布时间:2024年03月10日 作者:某某", "（2024年3月10日岚溪县统计局发布）",
])
def test_a_line_that_only_dates_the_text(line):
    assert context._dating_line(line)


@pytest.mark.parametrize("line", [
    "2024年3月8日,岚溪县举行一季度项目集中开工活动", "2024年3月8日岚溪县重点项目集中开工", "截至2024年3月10日全县项目进展",
    "岚溪县2024年3月10日项目调度会纪要", "青川市统计局",
])
def test_a_line_that_says_more_than_a_date_does_not_only_date_the_text(line):
    assert not context._dating_line(line)


@pytest.mark.parametrize("sign", ["岚溪县统计局（2024年3月10日）", "岚溪县统计局  2024年3月10日", "二〇二四年三月十日",
                                  "（2024年3月10日  岚溪县统计局）"])
def test_a_bulletins_signing_line_is_no_time_of_its_figures(sign):
    text = f"岚溪县2023年国民经济和社会发展统计公报\n{sign}\n{BODY}"
    c, ex = context_of(text)
    assert c.year == 2023
    (s, e), = c.date_spans
    assert "2024" in text[s:e] or "二〇二四" in text[s:e]
    for value in (182.6, 5.2, 8.2, 1.5, 1.3):
        f = one(ex.facts, value)
        assert (f.kind, f.period) == ("actual", "2023"), (value, f.kind, f.period)


def test_a_signing_line_closing_the_text_is_found_too():
    text = f"东坡县2023年国民经济和社会发展统计公报\n{BODY}东坡县统计局\n2024年3月18日\n"
    c, _ = context_of(text)
    assert [text[s:e] for s, e in c.date_spans] == ["2024年3月18日"]


def test_a_leads_event_date_is_no_dating_line():
    text = "岚溪县重点项目集中开工\n2024年3月8日,岚溪县举行重点项目集中开工活动,共开工项目25个,总投资40亿元。\n"
    c, ex = context_of(text)
    assert c.date_spans == []
    assert one(ex.facts, 25).period == "2024-M03"  # the day's month (the lead's convention of session 27: an event dated to a day is of that day's month; it was the year)


def test_document_periods_leave_out_the_dating_dates():
    text = "岚溪县统计局（2024年3月10日）\n3月10日,全县新开工项目5个。\n"

    class Ctx:
        date_spans = [(7, 17)]
    kept = scope.document_periods(text, 2024, Ctx())
    assert [p.text for p in kept] == ["3月10日"]
    assert len(scope.document_periods(text, 2024, None)) == 2


def test_the_writing_year_is_the_signing_year_after_the_year_spoken_of():
    text = f"岚溪县2023年国民经济和社会发展统计公报\n岚溪县统计局（2024年3月10日）\n{BODY}"
    c, _ = context_of(text)
    assert scope.writing_year(c, c.year) == 2024
    c.date = context.DocDate("2027-01-05", context.Evidence("field"))
    assert scope.writing_year(c, c.year) == 2023  # a page posted years later says nothing of when it was written
    c.date = context.DocDate("2024-03-10", context.Evidence("manifest"))
    assert scope.writing_year(c, c.year) == 2023


def test_a_figure_of_the_signing_year_in_a_bulletin_is_not_made_a_target():
    text = ("岚溪县2023年国民经济和社会发展统计公报\n岚溪县统计局（2024年3月10日）\n"
            "全年全县地区生产总值182.6亿元,比上年增长5.2%。2024年1-2月,全县新开工项目6个。\n")
    _, ex = context_of(text)
    f = one(ex.facts, 6)
    assert (f.kind, f.period) == ("actual", "2024-M01..M02")


def test_a_year_written_late_is_the_year_of_the_earlier_this_year():
    text = ("青川市重点项目建设开局良好\n今年一季度,青川市重点项目开工40个,完成投资12亿元。1-3月,全市新签约项目15个。\n"
            "下一步,全市将继续抓好项目服务。目前,2018年60个重点项目已全部分解落实。\n")
    c, ex = context_of(text)
    assert c.year == 2018 and text[c.year_evidence.start:c.year_evidence.end] == "2018年"
    assert one(ex.facts, 40).period == "2018-Q1"
    assert one(ex.facts, 15).period == "2018-M01..M03"
    assert one(ex.facts, 60).period == "2018"


def test_a_month_after_the_year_is_no_year_cited():
    text = "某县项目简报\n今年一季度,全县新开工项目8个。2017年12月,某项目签约。\n"
    c, _ = context_of(text)
    assert c.year is None


# ------------------------------------------------------------------ event days

def test_the_event_day_of_a_lead_reaches_the_counts_of_a_later_paragraph():
    text = ("岚溪县重点项目集中开工\n发布时间:2024-03-09\n3月8日,岚溪县举行春季重点项目集中开工活动,县委书记某某宣布开工。\n"
            "某某指出,项目建设是发展的生命线。\n开工项目涵盖工业、基础设施等领域,共25个,总投资40亿元。\n")
    c, ex = context_of(text)
    assert c.event_day.value == "2024-03-08" and c.event_kind == "开工"
    assert text[c.event_day.evidence.start:c.event_day.evidence.end] == "3月8日"
    assert one(ex.facts, 25).period == "2024-M03"  # (the day's month: the lead's convention of session 27)
    assert one(ex.facts, 40).period == "2024"  # (总投资: the day's year, the lead's ruling of session 41)


def test_a_bare_year_in_an_events_name_leaves_the_batch_in_the_days_month():
    # (an event's batch takes the time the event names shorter than a year, else the day's month: the lead's convention of session 27: an event dated to a day is of that day's month)
    text = ("岚溪县项目建设新闻\n3月8日,岚溪县举行2024年重点项目集中开工活动。\n县委书记某某宣布开工。\n"
            "本次集中开工项目25个,总投资40亿元。\n")
    _, ex = context_of(text)
    assert one(ex.facts, 25).period == "2024-M03"
    _, ex = context_of(text.replace("2024年重点", "2024年一季度重点"))
    assert one(ex.facts, 25).period == "2024-M03"  # (the lead's convention of session 30: an event dated to a day is of that day's month also when its name holds a quarter or half; it was the quarter)


def test_a_page_date_dates_an_event_whose_lead_writes_no_day():
    text = ("青川市重大项目集中签约\n2024年05月21日 10:12 来源:青川市融媒体中心\n"
            "青川市举行重大项目集中签约仪式,市委书记某某出席。\n签约项目18个,协议总投资96亿元,涉及新能源等产业。\n")
    c, ex = context_of(text)
    assert c.event_day.value == "2024-05-21"
    assert one(ex.facts, 18).period == "2024"


def test_yesterday_in_a_lead_is_the_day_before_the_page():
    text = ("青川市重大项目集中签约\n发布日期:2024-06-01\n昨日,青川市举行重大项目集中签约仪式,现场签约项目18个,协议总投资96亿元。\n")
    c, ex = context_of(text)
    assert c.event_day.value == "2024-05-31"
    assert one(ex.facts, 18).period == "2024-M05"  # (the day's month: the lead's convention of session 27)


def test_another_time_after_the_lead_ends_the_events_reach():
    text = ("岚溪县一季度重点项目集中开工\n发布时间:2024-03-09\n3月8日,岚溪县举行一季度重点项目集中开工活动。\n"
            "今年以来,全县累计开工项目58个。\n")
    _, ex = context_of(text)
    assert one(ex.facts, 58).period == "2024"


def test_a_meeting_is_no_project_event_and_a_target_no_events_count():
    text = ("东坡县召开经济工作会议\n发布时间:2024-12-20\n12月19日,东坡县召开经济工作会议。\n会议指出,全县重点项目完成投资45亿元。"
            "明年,全县计划开工项目30个。\n")
    c, ex = context_of(text)
    assert c.event_kind == ""
    assert one(ex.facts, 45).period != "2024-M12"
    assert one(ex.facts, 30).kind == "target" and one(ex.facts, 30).period == "2025"


def test_a_byline_ending_in_a_label_stays_in_the_header():
    text = ("岚溪县25个重点项目集中开工\n2024-03-08 16:32 来源:岚溪县融媒体中心 浏览次数:\n"
            "为加快推进项目建设,全力以赴稳增长,近日岚溪县组织开展重点项目攻坚行动。\n")
    c, _ = context_of(text)
    assert c.date.value == "2024-03-08" and c.year == 2024


def test_a_year_the_text_calls_its_present_beats_a_page_date_of_another_year():
    text = ("青川市重点项目建设开局良好\n发布时间:2019-01-08\n今年一季度,青川市重点项目开工40个,完成投资12亿元。\n"
            "目前,2018年60个重点项目已全部分解落实。\n")
    c, ex = context_of(text)
    assert c.year == 2018 and c.year_evidence.source == "current_year"
    assert one(ex.facts, 40).period == "2018-Q1"
    c, _ = context_of(text.replace("目前,2018年", "2018年"))
    assert c.year == 2019  # a year named in passing does not move the page's


def test_a_year_since_or_before_is_no_present():
    text = "青川市项目简报\n发布时间:2019-01-08\n今年以来,全市新开工项目12个。目前,2017年以来累计签约项目60个。\n"
    c, _ = context_of(text)
    assert c.year == 2019


def test_a_signature_after_the_signing_bodys_name_dates_the_text():
    text = ("青川市一季度重点项目推进情况\n今年一季度,青川市重点项目开工40个,完成投资12亿元。\n下一步,全市将继续抓好项目服务保障。\n"
            "青川市重点项目建设领导小组办公室 2018年4月10日\n")
    c, ex = context_of(text)
    assert c.date.value == "2018-04-10" and c.date.evidence.source == "signature"
    assert one(ex.facts, 40).period == "2018-Q1"


def test_a_cut_off_names_the_year_when_no_year_stands_alone():
    text = ("青川市重点项目建设开局良好\n今年一季度,青川市重点项目开工40个,完成投资12亿元。\n"
            "截至2018年3月底,全市60个重点项目已全部分解落实。\n")
    c, ex = context_of(text)
    assert c.year == 2018
    assert one(ex.facts, 40).period == "2018-Q1"


@pytest.mark.parametrize("late", ["全市计划于2019年6月底前完成全部征地。", "到2019年6月,全市将完成全部征地。"])
def test_a_deadline_or_a_plan_names_no_year_of_the_text(late):
    c, _ = context_of(f"青川市重点项目建设开局良好\n今年一季度,青川市重点项目开工40个,完成投资12亿元。\n{late}\n")
    assert c.year is None


def test_a_time_in_a_speech_without_figures_does_not_end_the_events_reach():
    text = ("岚溪县重点项目集中开工\n发布时间:2024-03-09\n3月8日,岚溪县举行春季重点项目集中开工活动,县委书记某某宣布开工。\n"
            "某某强调,今年是项目建设攻坚年,要全力以赴抓好项目建设。\n开工项目共25个,总投资40亿元。\n")
    _, ex = context_of(text)
    assert one(ex.facts, 25).period == "2024-M03"  # (the event's day's month, the lead's convention of session 27)


def test_the_headline_counting_the_event_takes_its_month():
    text = ("岚溪县25个重点项目集中开工\n2024-03-08 16:32 来源:岚溪县融媒体中心\n"
            "3月8日上午,岚溪县春季重点项目集中开工仪式在岚溪经济开发区举行,县委书记某某宣布开工。\n")
    _, ex = context_of(text)
    assert one(ex.facts, 25).period == "2024-M03"  # (the lead's convention of session 27: the day's month)


@pytest.mark.parametrize("late,year", [("目前,全市2018年60个重点项目已全部分解落实。", 2018),
                                       ("目前,全市2017年开工的项目已全部竣工。", 2019)])
def test_a_present_year_may_follow_the_place(late, year):
    c, _ = context_of(f"青川市重点项目建设开局良好\n发布时间:2019-04-08\n今年一季度,青川市重点项目开工40个。\n{late}\n")
    assert c.year == year


def test_a_year_named_as_a_comparisons_same_period_is_the_year_before_the_texts():
    text = ("青川市项目建设简报\n今年一季度,青川市重点项目完成投资12亿元,2017年同期为10亿元。1-3月,全市新签约项目15个,"
            "2017年同期为11个。\n")
    c, ex = context_of(text)
    assert c.year == 2018
    assert one(ex.facts, 12).period == "2018-Q1"


def test_the_year_opening_the_same_span_as_this_year_counts_over_years_of_the_past():
    text = ("青川市项目建设简报\n2016年,全市获评省级重点项目先进单位。2016年全市新开工项目80个,2016年全市新签约项目50个。\n"
            "今年一季度,青川市重点项目完成投资12亿元。2018年一季度,全市新签约项目15个。\n")
    c, _ = context_of(text)
    assert c.year == 2018


# ------------------------------------------------------------------ a notice's own month and year

MONTH_NOTICE = ("岚溪县12345政务服务便民热线5月份工作通报\n各乡镇、县直各单位:\n"
                "2023年5月,全县12345热线共受理工单900件,办结860件,办结率95.6%。\n"
                "一、受理情况\n本月受理咨询类工单300件,投诉类工单200件。\n"
                "二、回访情况\n对已办结工单开展回访,有12个单位满意率100%,回访满意率98.2%。\n"
                "三、本月热点\n群众反映较多的是物业管理问题,共120件。\n岚溪县政务服务中心\n")


def test_a_notice_opening_with_its_month_speaks_of_it_throughout():
    c, ex = context_of(MONTH_NOTICE)
    assert c.year == 2023 and c.year_evidence.source == "lead_month"
    assert c.period == "2023-M05"
    for v in (900, 300, 200, 12, 98.2, 120):
        assert one(ex.facts, v).period == "2023-M05", v


def test_a_notice_without_a_month_in_its_title_takes_the_leads():
    c, ex = context_of(MONTH_NOTICE.replace("5月份工作通报", "工作情况通报"))
    assert c.period == "2023-M05"
    assert one(ex.facts, 120).period == "2023-M05"


def test_a_news_lead_opening_with_a_month_frames_no_whole_text():
    c, _ = context_of("岚溪县项目建设新闻\n2023年5月,岚溪县某某产业园项目签约,总投资10亿元。\n目前,项目已完成土地平整。\n")
    assert c.year == 2023 and c.period == ""


SIGNED = ("关于4月份12345热线工单办理情况的通报\n各乡镇人民政府,县直各部门:\n"
          "4月,全县共受理群众诉求1200件,办结1150件,按时办结率96%。\n一、存在问题\n部分单位回复不规范,有8件工单被退回重办。\n"
          "岚溪县政务服务中心\n2022年5月18日\n")
ATTACHED = ("附件\n4月份工单办理情况统计表\n单位\t受理量\t办结量\t办结率\n" +
            "".join(f"{u}\t{a}\t{b}\t{r}\n" for u, a, b, r in [("县住建局", 150, 140, "93.3%"), ("县城管局", 120, 118, "98.3%"),
                                                            ("县教体局", 90, 90, "100%"), ("县交通局", 60, 59, "98.3%"),
                                                            ("县卫健局", 50, 50, "100%"), ("县人社局", 40, 39, "97.5%")]))


@pytest.mark.parametrize("tail", ["", ATTACHED])
def test_a_signing_line_gives_a_notices_bare_months_their_year(tail):
    c, ex = context_of(SIGNED + tail)
    assert c.date.value == "2022-05-18" and c.year == 2022
    assert one(ex.facts, 1200).period == "2022-M04"
    assert any("2022年5月18日" == (SIGNED + tail)[s:e] for s, e in c.date_spans)


def test_a_month_after_the_signing_month_is_the_year_befores():
    text = ("关于热线工单办理情况的通报\n各乡镇人民政府,县直各部门:\n12月,全县共受理群众诉求1200件,办结1150件。"
            "四季度共受理3300件。\n岚溪县政务服务中心\n2023年1月6日\n")
    c, ex = context_of(text)
    assert c.year == 2022  # the text speaks of the year before its signing
    assert one(ex.facts, 1200).period == "2022-M12"
    assert one(ex.facts, 3300).period == "2022-Q4"
    c, ex = context_of(text.replace("12月,", "1月,").replace("四季度", "1月"))
    assert one(ex.facts, 1200).period == "2023-M01"  # the signing month itself is of the signing year


def test_a_title_month_after_the_signing_month_is_the_year_befores():
    c, ex = context_of("关于12月份热线工单办理情况的通报\n各乡镇人民政府,县直各部门:\n全县共受理群众诉求1200件,办结1150件。\n"
                       "岚溪县政务服务中心\n2023年1月6日\n")
    assert c.period == "2022-M12"
    assert one(ex.facts, 1200).period == "2022-M12"


def test_a_quarter_begun_by_the_page_date_is_the_page_years():
    text = ("全省一季度重大项目集中开工\n来源:青川日报 2024-02-09 08:30\n"
            "2月8日,全省一季度重大项目集中开工活动在青川市举行。全省集中开工项目300个,总投资900亿元。\n")
    c, ex = context_of(text)
    assert c.period == "2024-Q1"
    assert one(ex.facts, 300).period.startswith("2024")
    c, _ = context_of("青川市1-11月经济运行情况\n来源:青川市统计局 2024-01-09 08:30\n全市规模以上工业增加值增长6.1%。\n")
    assert c.period == "2023-M01..M11"  # months not yet over when the page was posted: the year before's
    c, ex = context_of("青川市1-11月经济运行情况\n来源:青川市统计局 2024-01-09 08:30\n今年以来,全市规模以上工业增加值增长6.1%。\n")
    assert c.year == 2023 and one(ex.facts, 6.1).period.startswith("2023")


# ------------------------------------------------------------------ a headline's target

def test_a_headline_target_no_body_repeats_is_the_years():
    text = ("岚溪县力争完成重点项目投资50亿元\n发布时间:2024-03-02\n"
            "岚溪县召开重点项目推进会,部署全年项目建设工作。会议要求,各单位要倒排工期,确保项目按期推进。\n")
    _, ex = context_of(text)
    f = one(ex.facts, 50)
    assert (f.kind, f.period) == ("target", "2024")
    _, ex = context_of(text.replace("力争完成", "“十五五”期间力争完成"))
    assert one(ex.facts, 50).period != "2024"  # a plan's span in the headline is the headline's time


@pytest.mark.parametrize("number", ["岚政服〔2022〕12号", "督办通报〔2022〕第6期", "[2022]12号"])
def test_a_documents_number_names_the_year_of_its_bare_months(number):
    text = (f"岚溪县政务服务中心\n{number}\n关于4月份热线工单办理情况的通报\n各乡镇人民政府,县直各部门:\n"
            "4月,全县共受理群众诉求1200件,办结1150件。\n")
    c, ex = context_of(text)
    assert c.year == 2022 and c.year_evidence.source == "doc_number"
    assert one(ex.facts, 1200).period == "2022-M04"


def test_a_number_cited_in_the_body_names_no_year():
    c, _ = context_of("关于4月份热线工单办理情况的通报\n各乡镇人民政府,县直各部门:\n"
                      "根据《岚溪县热线管理办法》(岚政办〔2021〕5号),4月,全县共受理群众诉求1200件。\n")
    assert c.year is None


def test_an_event_day_after_the_page_date_was_the_year_befores():
    text = ("岚溪县重点项目集中开工\n发布时间:2024-01-05\n12月28日,岚溪县举行重点项目集中开工活动,共开工项目25个,总投资40亿元。\n")
    c, ex = context_of(text)
    assert c.event_day.value == "2023-12-28"
    assert one(ex.facts, 25).period == "2023-M12"  # the December before (the lead's convention of session 27: an event dated to a day is of that day's month)
    c, ex = context_of(text.replace("12月28日", "1月3日"))
    assert c.event_day.value == "2024-01-03" and one(ex.facts, 25).period == "2024-M01"


def test_this_month_is_the_month_reported_on_else_the_pages():
    text = "岚溪县项目建设动态\n发布时间:2024-06-20\n本月,全县新开工项目5个,完成投资3亿元。\n"
    _, ex = context_of(text)
    assert one(ex.facts, 5).period == one(ex.facts, 3).period == "2024-M06"
    _, ex = context_of(text.replace("本月,", ""))
    assert one(ex.facts, 5).period == "2024"
    _, ex = context_of("岚溪县5月份项目建设通报\n发布时间:2024-06-03\n本月,全县新开工项目5个。\n")
    assert one(ex.facts, 5).period == "2024-M05"  # the month the title reports on, not the page's


# A cut-off at the moment of writing (截至目前) in a dated supervision notice is the month it is dated in, in a text whose
# title states its span the span's end; in a news item (the day its page is dated names no span), a work report or plan,
# or a text without a date, the year.  A bare 目前/当前/至今 and 今年以来 state the year.
@pytest.mark.parametrize("head, line, value, want", [
    ("岚溪县重点项目建设加快推进\n发布时间:2024年5月20日 来源:岚溪县融媒体中心\n",
     "截至目前,全县重点项目开复工率达60%。", 60, "2024"),
    ("青川市重大项目督查情况通报\n2023-09-12\n", "截至目前全市已开工项目38个,完成投资21.4亿元。", 38, "..2023-M09"),
    ("东坡县召开项目推进会\n2022年11月3日 东坡县人民政府\n", "截止目前，全县共签约招商项目15个。", 15, "2022"),
    ("岚溪县交通项目进展\n发布日期:2024-03-28\n", "项目开工以来,到目前为止已累计完成投资12.6亿元。", 12.6, "2024"),
    ("东坡县乡村振兴项目推进\n2024-10-08 10:20 来源:东坡发布\n", "截至记者发稿时,全县已完工项目41个。", 41, "2024"),
    ("岚溪县2024年1-5月重点项目进展情况\n2024年6月4日\n", "截至目前,全县开工项目52个。", 52, "..2024-M05"),
    ("青川市文旅项目建设有序推进\n2023年7月6日\n", "当前全市在建文旅项目达到26个。", 26, "2023"),
    ("岚溪县重点项目建设加快推进\n2024-05-20\n", "目前,全县已开工县级重点项目83个。", 83, "2024"),
    ("岚溪县交通项目进展\n发布日期:2024-03-28\n", "项目自开工至今已累计完成投资12.6亿元。", 12.6, "2024"),
    ("岚溪县项目建设情况\n发布时间:2024-05-20\n", "今年以来,全县已开复工项目38个。", 38, "2024"),
    ("岚溪县项目建设情况\n发布时间:2024-05-20\n", "截至4月底,全县今年以来累计完成投资31亿元。", 31, "..2024-M04"),
])
def test_a_cut_off_at_the_time_of_writing_in_a_dated_notice_is_its_month_in_news_its_year(head, line, value, want):
    _, ex = context_of(head + line + "\n")
    f = one(ex.facts, value)
    assert (f.kind, f.period) == ("actual", want)


@pytest.mark.parametrize("head, year", [("青川市2024年政府工作报告\n2024年1月10日\n", "2024"),
                                        ("东坡县“十四五”规划纲要\n2021年3月2日\n", "2021"), ("岚溪县重点项目推进情况\n", "2023")])
def test_a_cut_off_at_the_time_of_writing_in_a_work_report_or_plan_or_an_undated_text_is_the_year(head, year):
    text = head + f"{year}年,全县经济平稳运行。截至目前,全县共有高新技术企业120家。\n"
    _, ex = context_of(text)
    f = one(ex.facts, 120)
    assert f.kind == "actual" and f.period == year
