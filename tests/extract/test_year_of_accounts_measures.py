"""A year written before 年度计划 / 年度目标 / 年度任务 (2025年度计划投资) is the time, taken off the name; 年度 stays with
the measure it opens, never a lone 度 (sentences invented)."""
from factrun import facts_of, one


def test_the_year_goes_and_the_plan_of_the_year_stays():
    fs = facts_of("岚溪县2025年重点项目情况\n全县2025年度计划投资64亿元,2025年度目标任务12项。\n")
    assert one(fs, 64).indicator == "年度计划投资"
    assert one(fs, 12).indicator == "年度目标任务"


def test_the_plan_of_the_year_after_a_set_counted_in_the_sentence():
    fs = facts_of("岚溪县2025年重点项目情况\n2025年,全县共安排市级重点项目42个,2025年度计划投资64亿元。\n")
    ind = one(fs, 64).indicator
    assert ind.endswith("年度计划投资") and not ind.startswith("度"), ind
    assert one(fs, 64).period == "2025"
