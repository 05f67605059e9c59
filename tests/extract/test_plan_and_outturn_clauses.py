"""A 计划 heading a sentence commits the figure of its own clause; a later clause that states the same deed as done
(计划开工70项,开工67项,其中提前开工2项) reports, as do the clauses after it.  A plan for the part of the year that has
run (1-9月计划开工70项,实际开工67项) is the base the outturn is measured against (actual), and the year's plan of the
same deed written before it (全年计划新开工项目86项,1-9月计划开工70项…) stays the year's plan (target).  Sentences
written for these tests."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text

SUMMARY = "石岭县发展和改革局2025年工作总结\n\n2025年,我局扎实推进各项工作。\n一、重点项目建设\n"


def kinds(body: str) -> list[tuple[float, str]]:
    return [(f.value, f.kind) for f in extract_text(SUMMARY + body, "t.txt").facts]


def test_the_deed_done_after_a_plan_reports_and_so_do_its_parts():
    got = kinds("建设项目中,计划开工52项,开工49项,其中提前开工3项,未按期开工6项。\n")
    assert got == [(52, "target"), (49, "actual"), (3, "actual"), (6, "actual")]


def test_a_plan_whose_deed_is_not_written_again_governs_the_clauses_after_it():
    got = kinds("下一步,计划新建学校3所,改造道路12公里。\n")
    assert got == [(3, "target"), (12, "target")]


def test_the_plan_of_the_months_run_is_the_base_the_years_plan_stays_a_plan():
    got = dict(kinds("建设项目中,全年计划新开工项目64项,1-9月计划开工51项,实际开工47项。"
                     "全年计划竣工项目29项,截至10月底计划竣工17项,实际竣工16项。\n"))
    assert got[64] == "target" and got[29] == "target"
    assert got[51] == "actual" and got[17] == "actual"
    assert got[47] == "actual" and got[16] == "actual"
