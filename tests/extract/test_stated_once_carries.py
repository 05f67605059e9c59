"""A news piece, release or notice states its time once (an opening 1-8月, a campaign's days) and every later clause
that states no time of its own reports that same time, until another time is stated.  Every text is invented for
these tests."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text,values,period", [
    # a release opened on the office that approved its figures, the span after it, its breakdown in the next line
    ("经市统计局审定,1-8月,全市规模以上工业增加值增长6.1%。\n分门类看,采矿业增加值增长3.2%,制造业增加值增长6.8%。\n",
     (3.2, 6.8), "?-M01..M08"),
    # the account the figures come from (统一核算结果), the half after it
    ("根据地区生产总值统一核算结果,上半年,河口县地区生产总值增长5.6%。\n分产业看,第一产业增加值增长3.1%,"
     "第二产业增加值增长7.2%。\n", (3.1, 7.2), "?-H1"),
    # the office's count (据…统计), the quarters after it, a paragraph with no time after
    ("据县统计局统计,前三季度,全县社会消费品零售总额增长4.9%。\n城镇消费品零售额增长5.1%,乡村消费品零售额增长4.2%。\n",
     (5.1, 4.2), "?-M01..M09"),
    # a first account (初步核算) opening the release
    ("初步核算,前三季度,东坪区地区生产总值增长5.3%。\n分产业看,第一产业增加值增长2.9%。\n", (2.9,), "?-M01..M09"),
])
def test_a_releases_source_before_its_span_lets_the_span_go_on(text, values, period):
    fs = facts_of(text)
    assert [one(fs, v).period for v in values] == [period] * len(values)


@pytest.mark.parametrize("text,value,period", [
    # a round of inspections over two months, the year written at the start only, the text's own year unknown
    ("2024年10月9日至11月26日,县委3个巡察组对县直12个单位开展巡察,共发现问题136个,移交问题线索9件。\n", 136, "2024"),
    # a campaign on a dated page over two months, the end month written without its year
    ("青川县农村人居环境集中整治行动成效明显\n2025-08-12\n7月21日至8月6日,青川县开展农村人居环境集中整治行动,"
     "共清理生活垃圾3200吨,拆除危旧房屋86处。\n", 3200, "2025"),
    # days within one month: that month (the lead's convention of session 27)
    ("某某市开展饮用水源地专项执法行动\n2025-08-12\n8月1日至8月6日,市生态环境局对全市水源地开展专项执法行动,"
     "共检查企业320家,立案查处17起。\n", 320, "2025-M08"),
])
def test_a_span_of_days_over_two_months_is_of_its_year(text, value, period):
    assert one(facts_of(text), value).period == period


@pytest.mark.parametrize("text,values,period", [
    # a drive's days in the lead, its counts in the next sentence and the next paragraph
    ("省生态环境厅开展专项执法行动\n2025年9月28日\n9月3日至20日,省生态环境厅开展专项执法行动。行动期间,共检查企业1260家,"
     "立案查处87起。\n此外,责令整改问题企业210家,移送公安机关案件12件。\n", (1260, 210, 12), "2025-M09"),
    # a county's clean-up drive, its results in a paragraph of their own
    ("东坪县开展城乡环境集中整治\n2024-06-30\n6月10日至25日,东坪县在全县范围开展城乡环境集中整治。\n"
     "整治期间,全县共清理生活垃圾2600吨,拆除违章建筑45处。\n", (2600, 45), "2024-M06"),
    # a party tour of inspection over days of one month
    ("河口区委第三轮巡察进驻情况\n2025-04-30\n4月7日至28日,区委2个巡察组对区直8个单位开展常规巡察。\n"
     "巡察期间,共受理来信来访96件,发现问题线索14条。\n", (96, 14), "2025-M04"),
])
def test_a_drive_dated_to_its_days_gives_them_to_what_it_counted_after(text, values, period):
    fs = facts_of(text)
    assert [one(fs, v).period for v in values] == [period] * len(values)


def test_a_time_of_its_own_after_the_drive_ends_its_days():
    fs = facts_of("东坪县开展城乡环境集中整治\n2024-06-30\n6月10日至25日,东坪县在全县范围开展城乡环境集中整治。\n"
                  "整治期间,全县共清理生活垃圾2600吨。\n今年以来,全县累计清理生活垃圾9800吨。\n")
    assert one(fs, 2600).period == "2024-M06"
    assert one(fs, 9800).period == "2024"


def test_a_day_that_dates_the_reporters_hearing_dates_no_drive():
    # (11月7日 is when the reporter heard; the tour began a month before it)
    fs = facts_of("青川在线11月8日讯 11月7日,记者了解到,市委第五轮专项巡察组进驻一个多月以来,发放交办函17份。\n"
                  "本轮专项巡察共派出6个组,巡察对象包括市本级牵头单位和各县区。\n")
    assert one(fs, 6).period != "?-M11"


@pytest.mark.parametrize("text,values,period", [
    # 目前 in a clause after the cut-off of its sentence
    ("东坪区重点项目建设进展顺利\n2025年8月20日\n截至8月18日,全区重点项目完成投资56.3亿元,目前已开工项目38个,竣工项目9个。\n",
     (56.3, 38, 9), "..2025-M08"),
    # 目前 opening the next sentence of the paragraph
    ("青川县重点项目推进情况\n2024-10-12\n截至9月底,全县重点项目累计完成投资42.6亿元。目前,已开工项目51个,竣工项目12个。\n",
     (42.6, 51, 12), "..2024-M09"),
])
def test_a_now_right_after_a_cut_off_is_that_cut_off(text, values, period):
    fs = facts_of(text)
    assert [one(fs, v).period for v in values] == [period] * len(values)


def test_a_now_after_a_span_stays_the_time_of_writing():
    # (the lead's convention: 1-6月,…。目前,… on a page of a later month: the time of writing, its year)
    fs = facts_of("青川县重点项目推进情况\n2024-07-30\n1-6月,全县重点项目累计完成投资42.6亿元。目前,已开工项目51个。\n")
    assert one(fs, 42.6).period == "2024-M01..M06"
    assert one(fs, 51).period == "2024"


@pytest.mark.parametrize("text,period", [
    ("东坪县1-11月固定资产投资情况\n2025年12月15日\n1-11月,全县固定资产投资增长6.2%。目前在库项目141个,其中亿元以上项目37个;"
     "民间投资增长3.1%,工业投资增长8.4%。\n", "2025-M01..M11"),
    # the text's year unknown: the span's ?, not the bare ? of 目前
    ("1—11月,河口县固定资产投资增长6.2%。目前在库项目141个;民间投资增长3.1%,工业投资增长8.4%。\n", "?-M01..M11"),
])
def test_a_now_between_figures_of_a_span_passes_no_time_to_a_growth_after_a_semicolon(text, period):
    fs = facts_of(text)
    assert one(fs, 3.1).period == one(fs, 8.4).period == period
    assert one(fs, 141).period != period  # (the stock at the time of writing)


@pytest.mark.parametrize("text,values,period", [
    # a wire dateline with its month and day, the span after it without a comma
    ("青川网9月12日讯 1-8月,全县规模以上工业增加值增长6.5%。\n分行业看,食品加工业增加值增长7.2%,建材业增加值下降2.1%。\n",
     (7.2, 2.1), "?-M01..M08"),
    ("东坪日报3月8日电(记者 某某) 1-2月,全区规模以上工业增加值增长4.6%。\n其中,装备制造业增加值增长9.1%。\n", (9.1,),
     "?-M01..M02"),
])
def test_a_dateline_with_its_day_leads_into_the_span(text, values, period):
    fs = facts_of(text)
    assert [one(fs, v).period for v in values] == [period] * len(values)
