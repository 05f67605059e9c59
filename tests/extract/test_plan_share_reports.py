"""A sentence that takes the share done of a plan (为年度计划的9%, 占年度计划的55%, 完成年度任务的75%) reports what was
done: its figures are actual even when only an earlier sentence states the plan (今年计划投资80亿元。) and the sentence
itself names no time of report; a commitment in its own clause (力争…) still commits (sentences written for these
tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_month_alone_before_the_share_of_the_plan():
    fs = facts_of("甲市2025年计划实施重点项目120个,年度计划投资300亿元。8月当月,全市重点项目完成投资26.5亿元,"
                  "为年度计划投资的8.8%。")
    assert (one(fs, 26.5).kind, one(fs, 8.8).kind) == ("actual", "actual")


def test_this_month_and_now():
    fs = facts_of("己区今年计划实施重点项目50个,计划投资80亿元。本月,重点项目完成投资7.2亿元,为年度计划的9%。")
    assert (one(fs, 7.2).kind, one(fs, 9).kind) == ("actual", "actual")
    fs = facts_of("庚县今年计划完成交通投资20亿元。当前,全县交通项目完成投资11亿元,占年度计划的55%。")
    assert (one(fs, 11).kind, one(fs, 55).kind) == ("actual", "actual")


def test_done_against_a_task_with_its_time():
    fs = facts_of("辛镇今年将新建农村公路60公里。目前已建成农村公路45公里,完成年度任务的75%。")
    assert (one(fs, 60).kind, one(fs, 45).kind, one(fs, 75).kind) == ("target", "actual", "actual")


def test_a_commitment_in_its_own_clause_still_commits():
    fs = facts_of("丙县今年计划完成投资80亿元。丙县将加大力度,力争全年完成投资86亿元,为年度计划的107.5%。")
    assert (one(fs, 86).kind, one(fs, 107.5).kind) == ("target", "target")
