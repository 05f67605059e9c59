"""The parts of a count written after it, each by its verdict or stage alone, and the rate that closes such a chain
(sentences written for these tests, in petition, supervision and project-progress forms)."""
from __future__ import annotations

from factrun import facts_of, one


def test_verdicts_on_complaints_each_count_the_complaints():
    fs = facts_of("青山市纪委监委通报\n今年以来共受理信访举报86件,办结80件,其中属实30件,部分属实12件,不属实38件。\n")
    assert one(fs, 80).indicator == "办结信访举报"
    assert [one(fs, v).indicator for v in (30, 12, 38)] == ["属实信访举报", "部分属实信访举报", "不属实信访举报"]


def test_verdicts_after_an_inquiry_clause_count_the_whole_not_the_neighbour():
    fs = facts_of("青山县信访工作情况\n全年受理群众来信投诉47件,经调查核实,属实30件,部分属实12件,不属实5件。\n")
    assert one(fs, 12).indicator == "部分属实群众来信投诉"
    assert one(fs, 5).indicator == "不属实群众来信投诉"  # not the neighbour's 部分属实
    fs = facts_of("青山县市场监管局通报\n全年共处理消费者投诉320件,其中基本属实的145件,不属实的175件。\n")
    assert one(fs, 175).indicator == "不属实消费者投诉"


def test_stages_in_a_bracket_after_a_class_and_its_act_are_stages_of_the_class():
    fs = facts_of("青山市重点项目推进情况\n2024年全市重点项目承诺开工24项(续建15项,新建9项),实际开工20项。\n")
    assert (one(fs, 15).indicator, one(fs, 9).indicator) == ("续建项目", "新建项目")
    fs = facts_of("青山县项目建设通报\n今年全县重大项目集中签约18个(其中新建12个、续建6个),签约资金120亿元。\n")
    assert (one(fs, 12).indicator, one(fs, 6).indicator) == ("新建项目", "续建项目")
    assert one(fs, 120).indicator == "签约资金"  # the bracket's last stage heads nothing after it


def test_a_rate_closing_a_chain_is_the_chains_rate_not_the_last_items():
    fs = facts_of("青山市政府工作报告落实情况\n确定事项20项,完成17项,正在办理3项,完成率85%。\n")
    assert one(fs, 85).indicator == "事项完成率"
    assert one(fs, 3).indicator == "事项正在办理"  # a part of the 20, not of the 17 done
    fs = facts_of("青山市民生实事进展\n年初确定的民生实事30件中,已完成24件,序时推进6件,完成率80%。\n")
    assert "序时推进" not in one(fs, 80).indicator
    fs = facts_of("青山县重点项目\n全县重点项目48个,已开工40个,未开工8个,开工率83.3%。\n")
    assert one(fs, 83.3).indicator == "重点项目开工率"  # (no numerator before the last item: as before)


def test_stages_only_projects_are_in_count_projects_whatever_the_whole_says():
    fs = facts_of("青山市督查通报\n全市承诺开工24项(续建15项,新建9项),已开工20项。\n")
    assert (one(fs, 15).indicator, one(fs, 9).indicator) == ("续建项目", "新建项目")
    fs = facts_of("青山县项目进展\n今年开工36个,其中新建20个、续建16个。\n")
    assert (one(fs, 20).indicator, one(fs, 16).indicator) == ("新建项目", "续建项目")
    fs = facts_of("青山县教育事业发展\n今年建设学校12所,其中新建5所、改扩建7所。\n")
    assert "项目" not in one(fs, 5).indicator  # schools counted by 所: no projects
