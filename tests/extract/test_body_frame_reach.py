"""A cut-off a body paragraph states (1—8月,全省…) reaches the end of its paragraph: a later paragraph that opens on
the year itself (今年,全省…) speaks of the year, and its 目前 figures are the document's year (NOTES: 目前 → the
document's year), not of the cut-off; a paragraph that opens on the year's list and states the cut-off itself keeps
it.  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_paragraph_opening_on_the_year_leaves_the_cut_off_before_it():
    fs = facts_of("岚溪省交通建设取得新进展\n"
                  "岚溪省交通建设近日迎来多项重要进展。数据显示,1—8月,全省公路水路累计完成建设投资865.2亿元。\n"
                  "今年,全省高速公路总里程将突破9000公里。今年计划新开工高速公路600公里,目前已新开工5个高速公路项目。\n")
    assert one(fs, 865.2).period == "?-M01..M08"
    assert one(fs, 5).period == "?"


def test_a_paragraph_opening_on_the_years_list_keeps_its_own_cut_off():
    fs = facts_of("岚溪县重点项目建设情况\n"
                  "2024年,全县安排重点项目86宗,年度投资计划210亿元。1-5月,完成投资92.3亿元,完成年度计划的43.9%。"
                  "已开工建设的重点项目71宗。\n")
    assert one(fs, 71).period == "2024-M01..M05"
