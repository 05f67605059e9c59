"""A figure reported beside the goal it is set against (达到72%,超过下达的63.33%的目标任务): the figure reports, the goal
written inside the comparison (between 超过/高于/优于… and 的目标任务 / 的目标 / 的年度任务) is the assigned target, and that
comparison commits none of the figures after it in the paragraph (…。水质优良比例达到72%; 农村劳动力转移就业1.2万人).

Every text is invented for these tests (places and figures made up)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_rate_beyond_the_assigned_goal_and_the_next_sentence():
    fs = facts_of("甲县2023年生态环境工作情况\n2024-01-10\n\n2023年,全县空气质量优良天数比例达到82.5%,超过市下达的78.6%"
                  "的目标任务。地表水考核断面水质优良比例达到72%,超过下达的63.33%的目标任务。\n")
    assert {v: one(fs, v).kind for v in (82.5, 78.6, 72, 63.33)} == {82.5: "actual", 78.6: "target", 72: "actual",
                                                                      63.33: "target"}


def test_a_count_beyond_its_goal_and_the_counts_after_it():
    fs = facts_of("丁县2023年就业工作总结\n2024-01-08\n\n2023年,丁县城镇新增就业3200人,超过市下达的3000人的目标任务。"
                  "农村劳动力转移就业1.2万人,新增返乡创业260人。\n")
    assert {v: one(fs, v).kind for v in (3200, 3000, 1.2, 260)} == {3200: "actual", 3000: "target", 1.2: "actual",
                                                                     260: "actual"}


def test_a_level_better_than_the_provinces_goal_in_a_report_of_the_year_so_far():
    fs = facts_of("戊县环境质量通报\n2023-12-28\n\n今年以来,全县PM2.5平均浓度为31微克/立方米,优于省定的35微克/立方米的目标。"
                  "优良天数比例为86.4%,同比提高2.1个百分点。\n")
    assert {v: one(fs, v).kind for v in (31, 35, 86.4)} == {31: "actual", 35: "target", 86.4: "actual"}
