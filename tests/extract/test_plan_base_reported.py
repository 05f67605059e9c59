"""A year's list stated with 计划 is the plan (target), also when its paragraph goes on to report progress (s30,
adopted); it is the base of what was done (actual, the plan year) when the paragraph takes a share of it (占年度计划的
X%: SCHEMA), or when the plan is framed as the set its members' progress is counted in.  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_inspection_news_plan_then_cutoff_report():
    # (before session 31 the plan's figures were asserted actual here: the cut-off report counts work of its own)
    fs = facts_of("5月16日，市发改委督查组到清溪县检查重点项目建设。\n"
                  "2021年，清溪县计划实施重点项目186项，概算总投资412亿元，当年计划完成投资96亿元。"
                  "止4月底，已开工项目151项，开工率81%，完成投资30.2亿元。\n")
    for v in (186, 412, 96):
        f = one(fs, v)
        assert (f.kind, f.period) == ("target", "2021"), (v, f.kind, f.period)
    for v in (151, 30.2):
        assert one(fs, v).kind == "actual", v


def test_meeting_news_plan_then_progress_sentence():
    fs = facts_of("梅林区召开项目建设调度会\n2023年8月3日\n"
                  "今年全区计划安排重点项目75个，总投资230亿元，年度计划投资48亿元。1-7月，累计完成投资31亿元，"
                  "已开工项目62个。\n")
    for v in (75, 230, 48):
        assert one(fs, v).kind == "target", v
    assert one(fs, 48).period == "2023"
    # the same plan with the share of it the months did: the base of what was done
    fs = facts_of("梅林区召开项目建设调度会\n2023年8月3日\n"
                  "今年全区计划安排重点项目75个，总投资230亿元，年度计划投资48亿元。1-7月，累计完成投资31亿元，"
                  "占年度计划的64.6%，已开工项目62个。\n")
    for v in (75, 230, 48):
        assert one(fs, v).kind == "actual", v


def test_plan_followed_by_commitments_stays_the_plan():
    fs = facts_of("梅林区召开项目建设动员会\n2023年2月3日\n"
                  "今年全区计划安排重点项目75个，总投资230亿元，年度计划投资48亿元。会议要求，确保一季度开工率达到40%，"
                  "力争全年完成投资50亿元。\n")
    for v in (230, 48):
        assert one(fs, v).kind == "target", v


def test_a_planned_set_framed_by_zhong_is_the_base_its_members_progress_is_counted_in():
    # a town's notice, a county's news, a district's review: N个项目中,已… counts the members' doings in the plan's set
    fs = facts_of("桐乡镇重点项目推进情况通报\n2021年8月6日\n计划年内实施的52个项目中，已开工47个，开工率90.4%。\n")
    assert (one(fs, 52).kind, one(fs, 52).period) == ("actual", "2021")
    fs = facts_of("石岭县项目建设见成效\n2022年9月20日\n今年计划新开工的36个项目中，已有30个项目开工建设。\n")
    assert one(fs, 36).kind == "actual"
    fs = facts_of("平川区重点项目推进会召开\n2023年6月12日\n全区计划实施的项目28个，力争年底前全部开工。\n")
    assert one(fs, 28).kind == "target"  # (no set framed, nothing reported: the plan)


def test_a_planned_set_its_members_doings_follow_right_after_is_their_base():
    # a county's progress news, a district's notice of its works for the people: …的N个项目已…M个 / …均已开工
    fs = facts_of("清河县重点项目进展情况\n2023年8月10日\n计划上半年建成的6个项目已完工4个。\n")
    assert one(fs, 6).kind == "actual"
    fs = facts_of("东坪区民生实事推进情况\n2024年9月2日\n今年计划新建的12所学校均已开工，计划改造的45个老旧小区已完工30个。\n")
    for v in (12, 45):
        f = one(fs, v)
        assert (f.kind, f.period) == ("actual", "2024"), (v, f.kind, f.period)
    fs = facts_of("西陵县工作安排\n2024年2月1日\n今年计划新建学校12所，力争年底前全部完工。\n")
    assert one(fs, 12).kind == "target"  # (nothing reported of the set: the plan)
