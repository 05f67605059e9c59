"""By how much a figure beat its task, plan or base is an absolute change (SCHEMA: delta), named by what beat it; and
年内 in a part that looks back names the year reviewed, no commitment.

- 城市低保对象月人均补差190元,超任务15元 / 新增城镇就业3200人,超出年度任务200人 / 新开工项目46个,超额完成8个 /
  新开工28项,超计划6项: the excess over the task is a delta of the measure just stated, whose name it takes.
- 较上年同期增加投资8.6亿元: a change from a base with the measure's noun between the verb and the amount is a delta.
- 过去一年,…年内新开工亿元以上项目40个: what the year under review did; 年内 commits only where the text looks ahead.

Every text is invented for these tests.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_an_excess_over_the_task_is_a_delta_of_the_measure_before():
    fs = facts_of("某县民生工程考核情况\n2024-01-12\n\n城市低保对象月人均补差190元,超任务15元;新增城镇就业3200人,超出年度任务"
                  "200人;纳入门诊统筹的乡镇18个,超任务6个。\n")
    f = one(fs, 15)
    assert f.measure == "delta" and "月人均补差" in f.indicator and f.indicator.endswith("超任务")  # (not 超任务 alone)
    assert one(fs, 200).measure == "delta"
    assert one(fs, 6).measure == "delta"
    fs = facts_of("某市重大工程去年成绩单\n2025-02-10\n\n去年全市重大工程新开工28项,超计划6项;建成投用15项,超额完成3项。\n")
    assert one(fs, 6).measure == "delta"
    assert one(fs, 3).measure == "delta"


def test_a_change_from_a_base_naming_its_measure_is_a_delta():
    fs = facts_of("某县重点项目\n2024-01-15\n\n2023年全县重点项目完成投资52亿元,较上年同期增加投资8.6亿元。\n")
    assert one(fs, 8.6).measure == "delta"


def test_a_bound_on_a_level_stays_a_level():
    fs = facts_of("某县招商引资\n2024-01-15\n\n2023年全县招商引资到位资金超过100亿元,超计划目标。\n")
    assert one(fs, 100).measure == "level"


def test_nian_nei_in_a_review_part_reports():
    fs = facts_of("某县政府工作报告\n2024-01-10\n\n过去一年,我们坚持项目为王。年内新开工亿元以上项目40个,竣工项目25个。"
                  "全年实现地区生产总值185亿元,增长6.5%。\n")
    assert one(fs, 40).kind == "actual"
    fs = facts_of("某县政府工作报告\n2024-01-10\n\n今年,我们将坚持项目为王,年内新开工亿元以上项目45个。\n")
    assert one(fs, 45).kind == "target"
