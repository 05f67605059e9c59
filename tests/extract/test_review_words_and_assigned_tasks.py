"""Kinds read from the structure around a value rather than from one cue word.  Invented texts.

- In a part or paragraph that looks back (一、…工作回顾 / 五年来,…), 争取 reports what was won and 每年 what each
  year of the span did; in the plan part the same words commit.
- A task a higher level assigns (上级下达我县…任务为N户) is a target of the period it is set for; reported against in
  its sentence (…,目前已开工) it is the plan base, a status.
- A plan sentence followed by the outturn it opens with (完成情况:建成…) is the base reported against.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_work_report_review_part_reports_won_funds_and_each_year():
    fs = facts_of("政府工作报告\n——2026年1月18日在临江县第十八届人民代表大会第五次会议上\n县长  苏明\n"
                  "一、2025年和“十四五”时期工作回顾\n"
                  "五年来，我们坚持项目为王，争取上级资金96亿元，获批各类债券项目37个，每年新增城镇就业3200人以上。\n"
                  "二、2026年工作安排\n"
                  "今年，争取上级资金25亿元以上，每年新增城镇就业3000人。\n")
    for v in (96, 37, 3200):
        assert one(fs, v).kind == "actual", v
    assert one(fs, 3200).period == "each-year"
    for v in (25, 3000):
        assert one(fs, v).kind == "target", v


def test_review_paragraph_lead_without_headings():
    fs = facts_of("河源镇召开经济工作会议\n2026年2月3日\n"
                  "过去五年，全镇每年完成植树造林1200亩，争取省级试点任务6项。\n")
    assert one(fs, 1200).kind == "actual"
    assert one(fs, 6).kind == "actual"


def test_county_plan_task_assigned_by_higher_level_is_a_target():
    fs = facts_of("松岭县农村住房安全保障工作方案\n2021年5月\n"
                  "“十四五”期间，上级下达我县农村危房改造任务为2600户，分年度组织实施。\n")
    f = one(fs, 2600)
    assert (f.kind, f.period) == ("target", "2021..2025")


def test_assigned_task_reported_against_is_the_plan_base_and_its_rank_reports():
    fs = facts_of("云台市危房改造进展顺利\n2024年9月20日\n"
                  "截至2023年底，省下达我市农村危房改造目标任务15800户，实际改造16240户。\n"
                  "今年省下达我市棚户区改造任务为800套，改造任务数排在全省第7位。\n")
    assert one(fs, 15800).kind == "actual"
    assert one(fs, 800).kind == "target"
    assert one(fs, 7).kind == "actual"


def test_plan_then_outturn_opened_sentence_is_reported_against():
    fs = facts_of("桐溪县保障性安居工程推进情况\n2024年12月\n"
                  "2024年：计划改造棚户区住房460套。完成情况：已开工490套（其中：南桥镇270套、北岗镇220套）。\n"
                  "年初计划改造农村危房150户。执行情况：改造完成158户，竣工率105.3%。\n")
    for v in (460, 490, 150, 158):
        assert one(fs, v).kind == "actual", v
    assert one(fs, 460).period == "2024"
