"""Kinds in reviews and supervision: a figure of a span over before the text was written reports, though 年均 and 左右
look like a plan's words; a plan named by its span is written on its eve; counts of tasks are statuses of the tasks
(sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text, value", [
    # a plan's part on the span before it, under a heading that the text's own earlier year does not undo
    ("岚溪县国民经济和社会发展第十四个五年规划纲要\n第一章 “十三五”时期发展成就\n"
     "地区生产总值由2015年的120亿元增加到2020年的178亿元,年均增长7.2%左右。\n第二章 主要目标\n地区生产总值年均增长6.5%左右。\n", 7.2),
    ("岚溪县国民经济和社会发展第十四个五年规划纲要\n第一章 “十三五”时期发展成就\n"
     "地区生产总值由2015年的120亿元增加到2020年的178亿元,年均增长7.2%左右。\n第二章 主要目标\n地区生产总值年均增长6.5%左右。\n", 178),
    ("青川市国民经济和社会发展第十五个五年规划纲要\n第一节 发展基础\n“十四五”时期,全市规上工业增加值由2020年的86亿元增加到"
     "2025年的131亿元,年均增长8.8%左右。\n", 8.8),
])
def test_a_figure_of_the_span_before_a_plan_reports(text, value):
    assert one(facts_of(text), value).kind == "actual"


@pytest.mark.parametrize("text, value", [
    ("东坡县国民经济和社会发展“十五五”规划\n展望“十五五”,全县地区生产总值年均增长6.5%左右,居民收入增长与经济增长同步。\n", 6.5),
    ("青川市国民经济和社会发展第十五个五年规划纲要\n“十五五”时期,全市一般公共预算收入年均增长5%左右。\n", 5),
])
def test_a_plan_named_by_its_span_commits_to_the_span(text, value):
    f = one(facts_of(text), value)
    assert (f.kind, f.period) == ("target", "2026..2030")


def test_a_plan_assessed_after_its_span_reports_its_figures():
    text = ("关于“十三五”规划实施情况的总结评估报告\n“十三五”规划确定的25项主要指标中,22项已完成或超额完成。"
            "地区生产总值年均增长7.3%左右,较规划目标低0.2个百分点。\n")
    fs = facts_of(text)
    assert one(fs, 22).kind == "actual"
    assert one(fs, 7.3).kind == "actual"


@pytest.mark.parametrize("text, value, indicator", [
    ("岚溪县2025年政府工作报告\n过去一年,全县42项年度目标任务全面完成,地区生产总值增长6.2%。\n", 42, "年度目标任务"),
    ("青川市2025年政府工作报告\n过去一年,全市28项重点任务全部完成。\n", 28, "重点任务"),
])
def test_a_count_of_tasks_done_is_a_status_of_the_tasks(text, value, indicator):
    f = one(facts_of(text), value)
    assert f.kind == "actual" and f.indicator.startswith(indicator)


@pytest.mark.parametrize("text, value", [
    ("关于2024年重点工作推进情况的督查通报\n全县纳入督查的目标任务共86项,其中按序时进度推进的78项,占90.7%;进度滞后的8项。\n", 90.7),
    ("关于2024年重点工作推进情况的督查通报\n全县纳入督查的目标任务共86项,其中按序时进度推进的78项,占90.7%;进度滞后的8项。\n", 8),
])
def test_the_tasks_a_sentence_counts_commit_none_of_its_figures(text, value):
    assert one(facts_of(text), value).kind == "actual"
