"""The time a page's figures hold in, from where a page sets its date and where a text merely looks back:

- a page's dateline printed day first (14.07.2018 09:20, as reposting sites print it) or with slashes in an order one
  part tells dates the page, as 2018-07-14 does; a dotted number elsewhere (a heading's 1.2.3, a version) dates nothing;
- a year told as a time of the past (早在2016年就…, 2017年首次提出…) is none of the text's own: its 今年 stays unknown;
- a span since a part of a past year (自2021年二季度以来, 2020年6月以来) states the span of its own sentence and lends
  no time to the sentences after it.

Every page here is invented (岚溪市, 青川县, 墨川县, 临川区, 石门县).
"""
from __future__ import annotations

from taizhang.extract import periods
from taizhang.extract.context import stamp_date
from taizhang.extract.pipeline import extract_text


def run(raw: str, name: str = "p.txt"):
    return extract_text(raw, name=name, fmt="txt")


def fact(ex, value):
    got = [f for f in ex.facts if f.value == value]
    assert len(got) == 1, [(f.value, f.period) for f in ex.facts]
    return got[0]


# ------------------------------------------------------------------ day-first datelines

def test_a_day_first_dateline_alone_under_a_county_headline():
    ex = run("青川县上半年重点项目建设加快推进\n"
             "14.07.2018  09:20\n"
             "1-6月,全县重点项目完成投资12.3亿元,占年度计划的56%。\n")
    assert ex.record.published == "2018-07-14"
    assert fact(ex, 12.3).period == "2018-M01..M06"
    assert fact(ex, 56).period == "2018-M01..M06"


def test_a_day_first_date_among_a_city_pages_bylines():
    ex = run("岚溪市前三季度招商引资成效明显\n"
             "来源:岚溪市商务局 | 08.10.2021 | 浏览:256\n"
             "前三季度,全市新签约项目86个,协议投资额412亿元。\n")
    assert ex.record.published == "2021-10-08"
    assert fact(ex, 86).period == "2021-M01..M09"


def test_a_day_first_date_as_a_fields_value_in_a_province_notice():
    ex = run("关于一季度重大项目推进情况的通报\n"
             "发布时间:21.04.2023 16:05\n"
             "一季度,全省重大项目完成投资1520亿元,同比增长9.6%。\n")
    assert ex.record.published == "2023-04-21"
    assert fact(ex, 1520).period == "2023-Q1"


def test_slashed_dates_read_in_the_order_one_part_tells():
    assert stamp_date("25/12/2019 10:02")[2] == "2019-12-25"
    assert stamp_date("7/14/2018 9:20:33 AM")[2] == "2018-07-14"
    assert stamp_date("05/06/2020") is None  # either order: unknown
    assert stamp_date("14.07.2018  09:20")[2] == "2018-07-14"
    assert stamp_date("版本 1.2.3") is None


def test_a_dotted_heading_number_dates_no_page():
    ex = run("墨川县重点项目进展情况\n"
             "1.2.1 产业项目\n"
             "今年以来,全县产业项目完成投资8.6亿元。\n")
    assert ex.record.published == ""


# ------------------------------------------------------------------ a year of the past told in passing

def test_a_year_told_as_the_past_is_not_the_news_items_year():
    ex = run("石门县扎实推进项目建设\n"
             "早在2016年,石门县就建立了县级领导联系重点项目制度。今年以来,全县共实施重点项目56个,"
             "1-9月完成投资38.6亿元,同比增长12.5%。\n")
    assert fact(ex, 38.6).period == "?-M01..M09"
    assert fact(ex, 56).period.startswith("?")


def test_a_year_something_was_first_done_is_not_the_bulletins_year():
    ex = run("岚溪市持续推进重点项目红黑榜制度\n"
             "岚溪市2017年首次提出重点项目红黑榜制度,此后每季度通报一次。今年,市发改委再次发布重点项目清单,"
             "1至8月,全市重点项目完成投资152亿元,占年度计划的72.4%。\n")
    assert fact(ex, 152).period == "?-M01..M08"


def test_a_year_the_text_calls_its_own_still_counts():
    ex = run("临川区经济运行稳中有进\n"
             "2022年前三季度,全区地区生产总值完成265亿元,同比增长5.1%。\n")
    assert fact(ex, 265).period == "2022-M01..M09"


# ------------------------------------------------------------------ a span since a part of a past year

def test_a_span_since_a_quarter_of_a_past_year():
    got = periods.find_periods("自2021年二季度以来,全市", 2024)
    assert [(p.text, p.period, p.role) for p in got] == [("2021年二季度以来", "2021..2024", "span")]
    got = periods.find_periods("2024年二季度以来,全市", 2024)  # (the text's own year: its quarter, as before)
    assert [(p.text, p.period, p.role) for p in got] == [("2024年二季度", "2024-Q2", "point")]


def test_a_span_since_lends_no_time_to_the_sentences_after_it():
    ex = run("2024年上半年岚溪市经济运行情况\n"
             "上半年,全市经济运行总体平稳。\n"
             "自2021年二季度以来,全市地区生产总值增速连续12个季度高于全省平均水平。全市规模以上工业增加值同比增长7.2%,"
             "固定资产投资同比增长4.1%。\n")
    assert fact(ex, 7.2).period == "2024-H1"
    assert fact(ex, 4.1).period == "2024-H1"


def test_a_county_bulletins_span_since_a_past_month():
    ex = run("青川县2023年1-9月项目建设情况\n"
             "1-9月,全县项目建设有序推进。\n"
             "2022年6月以来,全县新签约项目持续增加,累计签约项目105个。全县重点项目完成投资42.8亿元,占年度计划的76%。\n")
    assert fact(ex, 42.8).period == "2023-M01..M09"


# ------------------------------------------------------------------ 截至目前 in a dated news item

def test_as_of_now_in_a_county_news_item_is_its_year():
    ex = run("墨川县重点项目建设稳步推进\n"
             "墨川日报 2019-06-20 08:30\n"
             "今年,全县计划实施重点项目82项,总投资121.9亿元。截至目前,续建项目开工29个,完成投资3.11亿元;新建项目开工20个,"
             "开工率38.5%。\n")
    for v in (29, 3.11, 20, 38.5):
        assert fact(ex, v).period == "2019"


def test_as_of_now_in_a_city_news_item_under_a_field_dateline_is_its_year():
    ex = run("岚溪市招商引资跑出加速度\n"
             "发布时间:2023-09-12 10:20 来源:岚溪市投资促进局\n"
             "截止目前,全市新签约亿元以上项目46个,协议投资额318亿元。\n")
    assert fact(ex, 46).period == "2023"
    assert fact(ex, 318).period == "2023"


def test_as_of_now_in_a_supervision_notice_is_its_month():
    ex = run("临川区重点项目督查情况通报\n"
             "2023-09-12\n"
             "截至目前,全区已开工项目38个,完成投资21.4亿元。\n")
    assert fact(ex, 38).period == "..2023-M09"


# ------------------------------------------------------------------ a sum under one month

def test_a_sum_and_a_share_of_the_years_plan_under_one_month_run_from_january():
    ex = run("岚溪县2023年9月重点项目进展情况\n"
             "9月,全县新建项目新增投资3.2亿元,累计完成投资28.6亿元,占年度计划的78%。全县46个项目中,"
             "32个项目均已完成全年计划的60%以上。\n")
    assert fact(ex, 3.2).period == "2023-M09"  # the month's own
    assert fact(ex, 28.6).period == "2023-M01..M09"
    assert fact(ex, 78).period == "2023-M01..M09"
    assert fact(ex, 32).period == "2023-M01..M09"


def test_the_months_own_figures_stay_the_month():
    ex = run("青川市2022年8月项目建设情况\n"
             "8月份,全市新开工项目5个,当月完成投资2.1亿元,占年度计划的3%。\n")
    assert fact(ex, 5).period == "2022-M08"
    assert fact(ex, 2.1).period == "2022-M08"
    assert fact(ex, 3).period == "2022-M08"


def test_a_months_own_share_of_the_plan_stays_the_month():
    ex = run("某省前四个月重大项目顺利推进\n"
             "截至4月底,全省重大项目完成投资980亿元,占年度计划的46.5%,4月份完成年度计划的13.2%。\n")
    assert fact(ex, 13.2).period.endswith("M04")
    assert "M01" not in fact(ex, 13.2).period


def test_a_day_first_date_closing_a_page_dates_it():
    ex = run("墨川县上半年重点项目建设加快推进\n\n"
             "1-6月,全县重点项目完成投资12.3亿元,占年度计划的56%。\n\n"
             "14.07.2018  09:20\n")
    assert ex.record.published == "2018-07-14"
    assert fact(ex, 12.3).period == "2018-M01..M06"


# ------------------------------------------------------------------ a day field without its year

def test_a_day_field_without_its_year_is_dated_in_the_year_its_title_names():
    ex = run("2024年墨川县第二季度重点项目推进情况\n日期:07-16\n今年以来,全县重点项目完成投资38.2亿元,占年度计划的54%。\n")
    assert ex.record.published == "2024-07-16"


def test_a_day_field_under_an_annual_bulletins_title_is_left_undated():
    # the communiqué's title names the year it reports on, released in the next: no day of that year
    ex = run("2024年墨川县国民经济和社会发展统计公报\n日期:03-26\n全年全县地区生产总值218亿元,比上年增长5.5%。\n")
    assert ex.record.published in ("", "2025")


# ------------------------------------------------------------------ a date set over two lines

def test_a_date_block_with_the_year_over_the_month_and_day_dates_a_district_page():
    ex = run("临川区召开项目建设调度会\n"
             "2021\n"
             "05/12\n"
             "会议通报,1—4月全区78个重点项目完成投资36亿元,同比增长18%。\n")
    assert ex.record.published == "2021-05-12"
    assert fact(ex, 36).period == "2021-M01..M04"


def test_a_date_block_with_the_year_written_with_its_character():
    ex = run("石门县重点项目观摩活动圆满结束\n"
             "2019年\n"
             "11/05\n"
             "今年以来,全县重点项目完成投资52亿元,占年度计划的88%。\n")
    assert ex.record.published == "2019-11-05"
    assert fact(ex, 52).period == "2019"


def test_a_page_counter_with_no_year_above_it_dates_nothing():
    # guard (passes before and after): 05/12 alone is a page counter, taken out with the page's furniture
    ex = run("临川区召开项目建设调度会\n"
             "05/12\n"
             "会议通报,1—4月全区78个重点项目完成投资36亿元,同比增长18%。\n")
    assert ex.record.published == ""
    assert fact(ex, 36).period == "?-M01..M04"


def test_a_dateline_ending_in_a_counters_label_is_the_pages_date():
    # 2020-03-23 07:20 浏览人次: ends with a colon as an address to the reader does (各位代表:), but it opens with the
    # page's date: a byline of the header, not the body's first line
    ex = run("墨川县重点项目扎实推进\n"
             "2020-03-23 07:20 浏览人次:\n"
             "今年以来,全县统筹抓好疫情防控和重点项目建设,全县75个重点项目扎实推进。\n"
             "一是强化调度。县领导每周召开调度会。\n"
             "二是强化服务。全县洽谈项目52个,签约亿元以上项目7个。\n"
             "三是强化保障。已开复工项目50个。\n"
             "四是强化督查。累计完成投资9.2亿元。\n"
             "五是强化考核。\n"
             "下一步,全县将继续加快项目建设。\n")
    assert ex.record.published == "2020-03-23"
    assert fact(ex, 52).period == "2020"
