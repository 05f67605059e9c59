"""The year a page speaks of comes from its headline, its lead and its date line, not from the day it was posted:

- a short page whose date stands alone under its headline, above every line of prose (headline, 2009年3月2日, three
  paragraphs), is dated by that header line; the date is no signature closing the text, so a lead opening with a
  year (2008年,全县…) gives the year its later paragraphs speak of (全年新开工项目35个 → 2008, not the page's 2009);
- a lead opening with 去年 (去年,全县… / 记者从市统计局获悉,去年全市…) on a page posted in a year names the year
  before it as plainly as a number would: the unmarked figures after it are of that year, and 今年 is the page's;
- a headline that speaks of the page's own year (某省今年重点建设项目…, 2016年…) keeps the page's year, though its
  lead first looks back on the year before.

Every page here is invented (青川县, 岚溪市, 墨川县, 东坪区, 河口省).
"""
from __future__ import annotations

from factrun import context_of, facts_of, one


def test_a_county_review_dated_under_its_headline_is_of_the_year_its_lead_names():
    fs = facts_of("08年青川县重点项目完成投资46亿元\n"
                  "2009年3月2日\n"
                  "2008年,全县重点项目建设克服困难,取得新成效。全县46个重点项目完成投资46亿元,占年度计划的105%。\n"
                  "全年新开工项目35个,竣工投产项目18个。\n"
                  "工业项目完成投资28.5亿元,同比增长21%。\n")
    assert (one(fs, 35).period, one(fs, 35).kind) == ("2008", "actual")
    assert one(fs, 18).period == "2008"
    assert one(fs, 28.5).period == "2008"


def test_a_page_date_under_the_headline_is_the_header_date_not_a_signature():
    ctx, ex = context_of("岚溪市2016年招商引资成绩单\n"
                         "2017-01-20 09:30\n"
                         "2016年,全市共引进项目86个,总投资420亿元。\n"
                         "其中亿元以上项目41个。\n")
    assert ctx.date.value == "2017-01-20" and ctx.date.evidence.source == "header"
    assert ctx.year == 2016
    assert one(ex.facts, 41).period == "2016"


def test_a_county_lead_opening_with_last_year_on_a_page_posted_in_the_next():
    fs = facts_of("墨川县重点项目建设回顾\n"
                  "发布时间:2019-02-26 来源:墨川县发改局\n"
                  "去年,全县重点项目建设克服困难,取得新成效。全县52个重点项目完成投资61亿元,占年度计划的108%。\n"
                  "全年新开工项目29个,竣工项目17个。工业项目完成投资33亿元。\n"
                  "今年,全县计划安排重点项目60个。\n")
    assert one(fs, 61).period == "2018"
    assert (one(fs, 29).period, one(fs, 29).kind) == ("2018", "actual")
    assert one(fs, 17).period == "2018"
    assert one(fs, 33).period == "2018"
    assert (one(fs, 60).period, one(fs, 60).kind) == ("2019", "target")


def test_a_city_statistics_news_opening_with_last_year_after_its_source():
    fs = facts_of("东坪区工业经济稳中向好\n"
                  "2022-02-11 10:05 来源:东坪区统计局\n"
                  "记者从区统计局获悉,去年全区规模以上工业增加值增长7.2%,高于全市平均水平1.1个百分点。\n"
                  "全区规上工业企业实现利润总额32亿元,增长9.5%。工业用电量增长6.8%。\n")
    assert one(fs, 7.2).period == "2021"
    assert one(fs, 32).period == "2021"
    assert one(fs, 6.8).period == "2021"


def test_a_headline_of_this_year_keeps_the_pages_year_after_a_lead_on_last_year():
    fs = facts_of("河口省今年重点建设项目总投资将超1.5万亿元 时间:2016-03-02 来源:河口省信息中心\n"
                  "去年,全省300个重点项目完成投资2100亿元,超额完成年初既定目标任务。今年预计我省重点建设项目个数将超过320个,"
                  "总投资超过1.5万亿元;年度投资2400亿元左右。\n")
    assert one(fs, 2100).period == "2015"
    assert one(fs, 2400).period == "2016"
