"""计划/目标/任务 as nouns (a counted list, a progress measure, the whole a share is of) make no commitment;
as a verb or a goal they do.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text

HEAD = "岚溪县重点项目建设进展情况通报\n\n发布时间:2023-08-02\n\n"


def kinds(body: str) -> dict:
    return {f.value: f.kind for f in extract_text(HEAD + body, "t.txt").facts}


@pytest.mark.parametrize("body,values", [
    ("1—7月,全县40个计划新开工项目中33个项目开工建设、开工率82.5%。\n", (33, 82.5)),
    ("从计划进度看,建设工程12个,达到计划进度10个,占比83.3%。\n", (12, 10, 83.3)),
    ("全县重点项目完成投资28.6亿元,占年度目标任务的61.3%。\n", (28.6, 61.3)),
    ("按计划推进的项目共18个,完成投资9.2亿元。\n", (18, 9.2)),
])
def test_plan_words_used_as_nouns_report(body, values):
    k = kinds(body)
    for v in values:
        assert k[v] == "actual", (v, k)


@pytest.mark.parametrize("body,value", [
    ("下半年,全县计划新开工项目20个。\n", 20),
    ("全年目标为完成投资50亿元。\n", 50),
    ("力争全年完成投资50亿元。\n", 50),
])
def test_plan_words_that_commit_still_make_targets(body, value):
    assert kinds(body)[value] == "target"


NOTICE = "关于上半年重点工作推进情况的督查通报\n\n发布时间:2025-07-10\n\n"


def notice_kinds(body: str) -> dict:
    return {f.value: f.kind for f in extract_text(NOTICE + body, "t.txt").facts}


@pytest.mark.parametrize("body,values", [
    ("从任务完成情况看,42项重点任务中,已完成12项,滞后2项。\n", (42, 12, 2)),
    ("列入督查的20项工作任务,完成率85%。\n", (20, 85)),
    ("二是部分任务推进缓慢,3项任务未达到时序进度要求。\n", (3,)),
    ("全县计划新开工项目25个,已开工19个,开工率76%。\n", (25, 19, 76)),
])
def test_a_progress_report_counts_its_tasks_and_plan_bases(body, values):
    k = notice_kinds(body)
    for v in values:
        assert k[v] == "actual", (v, k)


def test_a_commitment_in_a_progress_report_stays_a_target():
    k = notice_kinds("下步工作:确保完成10项重点任务,下半年计划新开工项目12个。\n")
    assert k[10] == "target" and k[12] == "target"


def test_what_was_actually_done_against_a_plan_reports():
    k = notice_kinds("年初计划开工项目30个,实际开工28个。全县18个乡镇中,有15个乡镇完成目标任务,目标任务完成率83.3%。\n")
    assert k[30] == "actual" and k[28] == "actual"
    assert k[18] == "actual" and k[83.3] == "actual"


def test_a_demand_to_complete_by_a_deadline_commits():
    k = notice_kinds("要求各单位在9月底前完成剩余投资1.5亿元。\n")
    assert k[1.5] == "target"


def test_a_schedule_phrase_is_no_subject():
    fs = extract_text(NOTICE + "按序时进度应完成投资20亿元,实际完成18.5亿元。\n", "t.txt").facts
    assert all(not f.subject.startswith("按") for f in fs)
