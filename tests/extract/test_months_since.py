"""7月份以来 / 7月以来 names the months from that one up to the text's cut-off, not the one month: under a bulletin on
1-9月 it is July to September, in a news page dated in August it is June to August.  A month alone (7月份,…) stays
that month.

Every text is written for these tests.
"""
from __future__ import annotations

from factrun import periods_of


def test_since_a_month_under_a_months_bulletin_runs_to_its_cutoff():
    text = ("1-9月全县重点项目推进情况\n"
            "发布时间：2024-10-15\n"
            "1-9月,全县重点项目完成投资42.6亿元,占年度计划的78.3%。\n"
            "7月份以来,全县新签约项目14个,协议投资36.5亿元。\n")
    got = periods_of(text, (14, 36.5))
    assert got == {14: "2024-M07..M09", 36.5: "2024-M07..M09"}


def test_since_a_month_in_a_dated_news_page_runs_to_its_month():
    text = ("某市优化营商环境见成效\n"
            "发布时间：2023-08-22\n"
            "6月以来,全市新增各类市场主体3260户,同比增长11.4%。\n")
    got = periods_of(text, (3260,))
    assert got == {3260: "2023-M06..M08"}


def test_a_month_alone_stays_one_month():
    text = ("1-9月全县重点项目推进情况\n"
            "发布时间：2024-10-15\n"
            "7月份,全县新开工项目6个。\n")
    got = periods_of(text, (6,))
    assert got == {6: "2024-M07"}
