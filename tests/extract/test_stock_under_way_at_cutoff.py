"""A count of the projects under way (在建) at the cut-off a sentence opens with is a stock as of that day
(截至9月底,全市在建重点项目412个,已开工398个 → ..Y-M09 for both, and for the clauses after), not the size of the year's
list that a count of a planned set is (截至9月底,全市新开工项目75个,已开工53个: the year's 75).  Sentences written for
these tests."""
from __future__ import annotations

from factrun import facts_of, one


def test_projects_under_way_at_the_cut_off_are_a_stock_of_that_month():
    text = ("关于全县重点项目建设进展情况的通报\n发布时间:2024-08-12\n"
            "截至7月底,全县在建重点项目96个,已开工91个,开工率94.8%;累计完成投资48.6亿元,占年度计划的63.1%。\n")
    fs = facts_of(text)
    assert {one(fs, v).period for v in (96, 91, 94.8, 48.6, 63.1)} == {"..2024-M07"}


def test_a_planned_set_then_its_stage_keeps_the_years_list():
    text = "某区项目建设简报\n发布时间:2024-08-12\n截至7月底,全区新开工项目40个,已开工31个。\n"
    fs = facts_of(text)
    assert (one(fs, 40).period, one(fs, 31).period) == ("2024", "..2024-M07")
