"""目前 / 截至目前 in a news item that dates itself is the time of writing: its figures are of the document's year
(the annotation notes: 目前 → the document's year), not of the cut-off a sentence of its opening stated before the
page's date (1-6月,…完成投资260亿元。目前,已开工项目108个 on a page of 7月30日).  An undated text keeps the opening's
cut-off (今年一季度,…。目前,已开工42个 → the quarter), and a text whose title names its span keeps that span's end.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_a_citys_meeting_news_dated_after_its_months():
    fs = facts_of("全市重点项目推进会召开\n2024-07-30 来源:宝鸡市人民政府\n会议指出,1-6月,全市120个市级重点项目完成投资"
                  "260亿元,占年度计划的55%。目前,已开工项目108个,开工率90%。截至目前,全市已竣工项目15个。\n")
    assert one(fs, 260).period == "2024-M01..M06"
    for v in (108, 90, 15):
        assert one(fs, v).period == "2024", v


def test_a_countys_news_dated_after_its_months():
    fs = facts_of("凤县项目建设跑出加速度\n2023年8月15日 来源:凤县融媒体中心\n1—7月,全县重点项目完成投资36亿元,完成年度"
                  "计划的61%。截至目前,全县已开工项目45个,其中新开工项目18个。\n")
    assert one(fs, 36).period == "2023-M01..M07"
    assert one(fs, 45).period == "2023"


def test_an_undated_text_keeps_its_openings_cut_off():
    fs = facts_of("凤县重大项目建设稳步推进\n记者从县发改局获悉,今年一季度,凤县县列重大项目60个,总投资380亿元。目前,"
                  "县列重大项目已开工42个,完成投资21亿元。\n")
    assert one(fs, 42).period.endswith("-Q1")
