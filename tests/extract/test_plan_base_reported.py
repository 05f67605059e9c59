"""A year's list stated with 计划 and then reported against in its paragraph is the base of what was done (actual,
the plan year); stated alone, or followed only by commitments, it stays the plan.  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_inspection_news_plan_then_cutoff_report():
    fs = facts_of("5月16日，市发改委督查组到清溪县检查重点项目建设。\n"
                  "2021年，清溪县计划实施重点项目186项，概算总投资412亿元，当年计划完成投资96亿元。"
                  "止4月底，已开工项目151项，开工率81%，完成投资30.2亿元。\n")
    for v in (186, 412, 96):
        f = one(fs, v)
        assert (f.kind, f.period) == ("actual", "2021"), (v, f.kind, f.period)


def test_meeting_news_plan_then_progress_sentence():
    fs = facts_of("梅林区召开项目建设调度会\n2023年8月3日\n"
                  "今年全区计划安排重点项目75个，总投资230亿元，年度计划投资48亿元。1-7月，累计完成投资31亿元，"
                  "已开工项目62个。\n")
    for v in (75, 230, 48):
        assert one(fs, v).kind == "actual", v
    assert one(fs, 48).period == "2023"


def test_plan_followed_by_commitments_stays_the_plan():
    fs = facts_of("梅林区召开项目建设动员会\n2023年2月3日\n"
                  "今年全区计划安排重点项目75个，总投资230亿元，年度计划投资48亿元。会议要求，确保一季度开工率达到40%，"
                  "力争全年完成投资50亿元。\n")
    for v in (230, 48):
        assert one(fs, v).kind == "target", v
