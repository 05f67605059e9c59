"""计划 and 谋划 inside a noun phrase name a set or a plan, no commitment: the kind follows the clause (sentences
written for these tests, in progress-notice and report forms)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_counted_set_of_planned_projects_commits_no_figure_after_it():
    fs = facts_of("青山县第三季度重点项目进展\n全县计划投产项目12个,完成投资8亿元,已投产5个。\n")
    assert [one(fs, v).kind for v in (12, 8, 5)] == ["actual"] * 3
    fs = facts_of("青山县2024年重点项目安排\n今年全县计划竣工项目30个,下半年将完成投资50亿元。\n")
    assert one(fs, 50).kind == "target"  # 将 of its own clause still commits


def test_projects_lined_up_are_counted_not_promised():
    fs = facts_of("青山县项目谋划情况\n今年谋划部署前期项目45个,总投资300亿元。\n")
    assert (one(fs, 45).kind, one(fs, 300).kind) == ("actual", "actual")
    fs = facts_of("青山县工作安排\n积极谋划储备重大项目,力争新谋划项目80个。\n")
    assert one(fs, 80).kind == "target"  # 力争 commits


def test_the_plan_of_investment_is_a_noun():
    fs = facts_of("青山市重点项目推进情况\n1-6月,全市重点项目完成投资80亿元,年度投资计划增长12%,完成率65%。\n")
    assert one(fs, 65).kind == "actual"
