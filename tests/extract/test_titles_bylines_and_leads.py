"""Titles and dates of pages whose headline sits among byline fields, or that have no headline at all: a byline set
as a list of fields (• 某某县人民政府 / • 2019-10-21 10:05), a repost field whose date is garbled
(原创投稿 · -0001-11-30 00:00), a bulletin's release line (2024年3月), a statistical communiqué's body without its
title line, and leads opened by a source (据某某网了解), 当日 after a dateline, or a period (今年上半年).  Every page
is invented (岚溪县, 墨川市)."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def record_of(raw: str):
    return extract_text(raw, name="p.txt", fmt="txt").record


def test_a_byline_set_as_a_list_of_fields_is_not_the_headline():
    rec = record_of("无障碍浏览 长者专版\n\n1-9月某省规模以上工业生产稳中有升\n\n  • 岚溪县人民政府\n  • 2019-10-21 10:05\n\n"
                    "  1-9月,全省规模以上工业增加值增长5.2%。\n")
    assert rec.title == "1-9月某省规模以上工业生产稳中有升"
    assert rec.published == "2019-10-21"


def test_a_repost_field_with_a_garbled_date_is_no_headline_and_the_release_month_dates_the_bulletin():
    rec = record_of("2023年墨川市国民经济和社会发展 统计公报\n\n原创投稿 · -0001-11-30 00:00\n\n墨川市统计局\n\n2024年3月\n\n"
                    "2023年,全市经济运行稳中向好。全年地区生产总值增长5.6%。\n")
    assert rec.title == "2023年墨川市国民经济和社会发展 统计公报"
    assert rec.published == "2024-03"


def test_a_communique_body_without_its_title_line_is_titled_by_its_genre_and_year():
    rec = record_of("2022年,全县上下坚持稳中求进工作总基调,经济运行总体平稳。\n一、综合\n"
                    "初步核算,2022年实现地区生产总值416.3亿元,比上年增长4.2%。\n二、农业\n全年粮食产量21.3万吨。\n")
    assert (rec.title, rec.title_derived) == ("2022年国民经济和社会发展统计公报", True)
    rec = record_of("2021年,全市各族人民在市委、市政府的坚强领导下,统筹推进各项工作。\n一、综合\n(一)地区生产总值\n"
                    "初步核算,全年全市地区生产总值1203.5亿元,比上年增长6.1%。\n")
    assert rec.title == "2021年国民经济和社会发展统计公报"


def test_a_year_review_with_chapters_but_no_estimate_is_no_communique():
    rec = record_of("2022年,全县上下真抓实干,各项工作取得新进展。\n一、综合\n全县完成固定资产投资86亿元。\n")
    assert "统计公报" not in rec.title


def test_a_lead_opened_by_its_source_is_titled_after_the_source_and_the_day():
    rec = record_of("据某某资讯网了解,3月5日,岚溪经开区今年第一批重点项目举行集中开工仪式,6个项目总投资4.2亿元。\n"
                    "此次开工项目涵盖工业和民生。\n")
    assert rec.title == "岚溪经开区今年第一批重点项目举行集中开工仪式"


def test_a_lead_opened_by_dangri_after_a_dateline_is_titled_by_its_event():
    rec = record_of("新华网墨川3月31日电(记者 某某)当日,墨川市岚溪县举行2023年重点项目集中开工仪式,开工的23个重点项目"
                    "总投资88亿元。\n")
    assert rec.title == "墨川市岚溪县举行2023年重点项目集中开工仪式"


def test_a_lead_opened_by_this_years_half_keeps_the_period_with_what_it_reports():
    rec = record_of("南湖网墨川7月25日消息(记者 某某)今年上半年,墨川市地区生产总值1675.57亿元,同比增长8.0%。\n")
    assert rec.title == "今年上半年墨川市地区生产总值1675.57亿元"
    rec = record_of("本报讯 6月14日,记者从省发展改革委获悉,今年1—5月,500个省级产业项目年度投资完成率为52.5%、超时序进度"
                    "12.8个百分点,投资进度过半。\n")
    assert rec.title == "今年1—5月500个省级产业项目年度投资完成率为52.5%"


def test_a_photo_caption_closed_by_its_credit_and_a_full_stop_is_passed_over():
    rec = record_of("3月31日拍摄的墨川市岚溪县2023年重点项目集中开工仪式现场(无人机照片 新华社记者某某 摄)。\n"
                    "新华网墨川3月31日电(记者某某)当日,墨川市岚溪县举行2023年重点项目集中开工仪式,开工的23个重点项目"
                    "总投资88亿元。\n2023年以来,岚溪县坚持把项目建设作为高质量发展的强引擎。\n")
    assert rec.title == "墨川市岚溪县举行2023年重点项目集中开工仪式"


def test_a_long_lead_is_not_cut_inside_a_list_of_names():
    rec = record_of("2023年,全市上下认真落实市委、市政府“抓发展、拼经济”的工作要求,树牢“项目为王”理念,举办3期项目建设活动,"
                    "综合评价全省排名第9位。\n")
    assert rec.title != "2023年全市上下认真落实市委"
