"""A progress report framed by a cut-off (its title's 2026年9月) that writes the year of its plan by number before a
plan noun (2026年计划开工项目24项,已开工19项) names the year's plan there, as 本年度计划… does: the work the next
clauses report done (已开工19项, 应开工未开工3项) stands at the report's cut-off, not at the year; the plan keeps the
year, and a plan of another year still dates what follows it."""
from factrun import facts_of, one

PROGRESS = ("甲县2026年9月重点项目进展情况\n"
            "甲县共42项重点项目，总投资210亿元，2026年计划投资36亿元，1-9月完成投资28.5亿元，投资完成率为79.2%。"
            "{plan}计划开工项目24项，已开工19项，应开工未开工3项。\n")


def test_work_done_after_the_plan_year_written_by_number_stands_at_the_cutoff():
    fs = facts_of(PROGRESS.format(plan="2026年"))
    assert {v: one(fs, v).period for v in (19, 3)} == {19: "..2026-M09", 3: "..2026-M09"}


def test_the_plan_named_by_its_year_keeps_the_year():
    fs = facts_of(PROGRESS.format(plan="2026年"))
    assert one(fs, 24).period == "2026"


def test_another_years_plan_is_no_plan_of_the_reports_year():
    # a plan of the year before names its own time: what follows it in the sentence stays in that year
    fs = facts_of(PROGRESS.format(plan="2025年"))
    assert one(fs, 19).period == "2025"
