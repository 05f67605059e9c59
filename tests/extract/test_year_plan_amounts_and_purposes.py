"""The year's plan amount of a set of works, and the purpose a sentence opens with.

- What the year's plan puts into a set of works (年度计划投资, 年内计划投资, 2024年计划投资, 今年计划完成投资), named right
  before the amount, is still to be done: a target, also when an event has just begun the works (集中开工项目53个,
  总投资323亿元,年计划投资70亿元: the batch and its total are what the event did, actual), and also for each part of the
  set (其中,产业项目8个,总投资120亿元,年计划投资30亿元;…).  It is the base of what was done (actual, SCHEMA) only when the
  rest of its item or the next sentence reports against it (…,1-6月完成投资26亿元 / 。⏎截至8月底,…占年度计划的57%;
  投资完成率122%).  A share of another item after a semicolon (…;基础设施项目95个,…,占全部项目投资的21%) reports nothing
  against it.
- Parts of the set counted after the plan amount (其中,甲镇20个、乙镇18个) are parts of the set, not of the plan.
- A clause opened by a purpose (为进一步扩大有效投资,确保二季度实现“双过半”,…; also after a dateline, 某某网4月19日讯
  (记者某某)为…) says what the deed is for: its 确保 commits the aim, not the figures of the main clause after it.  A cue
  of the main clause itself (要求…不少于, 确保年内…) still commits.

Every text is invented for these tests.
"""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text, count, total, plan", [
    ("岚溪县二季度重大项目集中开工\n2024-04-19\n\n4月19日,岚溪县集中开工重大项目53个,总投资323亿元,年计划投资70亿元。\n",
     53, 323, 70),
    ("青川市一季度集中开工\n2023-03-08\n\n3月8日,青川市一季度重大项目集中开工活动举行。本次集中开工项目120个,总投资460亿元,"
     "年度计划投资150亿元。\n", 120, 460, 150),
    ("东坪镇项目集中开工\n2022-09-15\n\n东坪镇秋季项目集中开工仪式举行,此次开工项目12个,总投资8.6亿元,2022年计划完成投资3.2亿元。\n",
     12, 8.6, 3.2),
    ("南江省第三批重大项目集中开工\n2025-06-30\n\n6月29日,南江省2025年度第三批重大项目集中开工仪式举行。本次集中开工项目"
     "260个,总投资980亿元,其中,2025年计划投资310亿元。\n", 260, 980, 310),
])
def test_a_started_batch_is_done_and_its_years_plan_is_still_to_do(text, count, total, plan):
    fs = facts_of(text)
    assert one(fs, count).kind == "actual"
    assert one(fs, total).kind == "actual"
    assert one(fs, plan).kind == "target"


def test_each_part_of_the_batch_has_its_years_plan():
    fs = facts_of("岚溪县集中开工\n2024-04-19\n\n岚溪县参加全市集中开工活动的有甲乙产业园项目等12个项目,总投资150亿元,"
                  "年计划投资40亿元。其中,产业项目8个,总投资126亿元,年计划投资31亿元;民生项目4个,总投资24亿元,"
                  "年计划投资9亿元。\n")
    for v in (12, 150, 8, 126, 4, 24):
        assert one(fs, v).kind == "actual", v
    for v in (40, 31, 9):
        assert one(fs, v).kind == "target", v
    fs = facts_of("甲省集中开工\n2023-06-30\n\n6月29日,甲省2023年度第二批项目集中开工仪式举行。本次集中开工项目140个,"
                  "总投资410亿元。\n\n按类别分,产业类项目48个,总投资205亿元,占比50%,2023年计划投资57亿元;"
                  "城建类项目70个,总投资96亿元,占比23.4%,2023年计划投资31亿元。\n")
    for v in (57, 31):
        assert one(fs, v).kind == "target", v


def test_the_plan_reported_against_is_the_base():
    fs = facts_of("临河县重点项目进展\n2024-07-10\n\n全县重点项目年度计划投资45亿元,1-6月完成投资26亿元。\n")
    assert one(fs, 45).kind == "actual"
    fs = facts_of("临河县上半年重点项目进展\n2024-07-10\n\n今年全县共有县级重点项目60个,总投资180亿元,年度计划投资47亿元。"
                  "1-6月,完成投资26亿元,占年度计划的55.3%。\n")
    assert one(fs, 47).kind == "actual"
    fs = facts_of("甲县重点工程\n\n2021年,我县重点工程项目共30项,总投资520亿元,当年计划投资63亿元。\n"
                  "截止目前,全县重点工程进展顺利,1-12月份,完成投资77亿元,投资完成率122%。\n")
    assert one(fs, 63).kind == "actual"
    fs = facts_of("丙市项目观摩\n2020-08-25\n\n今年丙市实施市列重点项目85个,总投资279亿元,年度计划投资40.8亿元。截至7月底,"
                  "累计完成投资26.5亿元,占年度计划投资的64.9%。\n")
    assert one(fs, 40.8).kind == "actual"


def test_parts_counted_after_the_plan_are_parts_of_the_batch():
    fs = facts_of("辽东省一季度集中开工\n2021.03.31\n\n今年一季度,辽东省共有1141个新建项目集中开工,总投资4676亿元。\n\n"
                  "这些项目涵盖三次产业、城市更新等领域,年度计划投资1142亿元。其中,甲市200个、乙市186个、丙市90个、"
                  "省直23个。\n")
    assert one(fs, 1142).kind == "target"
    for v in (200, 186, 90, 23):
        assert one(fs, v).kind == "actual", v


@pytest.mark.parametrize("text", [
    "岚溪县重大项目集中开工\n2024-04-10\n\n为进一步扩大有效投资,确保二季度实现“双过半”,根据县委工作部署,岚溪县于4月10日"
    "集中开工重大项目53个,总投资323亿元。\n",
    "甲县集中开工\n2024-04-19\n\n甲县新闻网4月19日讯(记者王某)为进一步扩大有效投资,确保二季度顺利实现“双过半”,"
    "根据县委工作部署,县发改局于4月19日集中开工重大项目53个,总投资323亿元。\n",
    "青川市集中开工\n2023-05-06\n\n5月6日,为确保全年目标任务完成,青川市集中开工重大项目53个,总投资323亿元。\n",
    "东坪镇项目开工\n2022-03-01\n\n为保证一季度“开门红”,推动项目早落地,东坪镇新开工项目53个,总投资323亿元。\n",
])
def test_a_purpose_commits_its_aim_not_the_deed_reported(text):
    fs = facts_of(text)
    assert one(fs, 53).kind == "actual"
    assert one(fs, 323).kind == "actual"


def test_the_main_clauses_own_cue_still_commits():
    fs = facts_of("甲市推进会\n2024-04-10\n\n为确保完成全年目标,甲市要求各县区新开工项目不少于20个。\n")
    assert one(fs, 20).kind == "target"
    fs = facts_of("甲市推进会\n2024-04-10\n\n为加快项目建设,甲市确保年内新开工项目30个。\n")
    assert one(fs, 30).kind == "target"
