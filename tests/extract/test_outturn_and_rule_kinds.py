"""Kinds where a plan's words stand in a report: an outturn framed by 从…完成情况看 or a 执行情况 heading uses 计划 for the
plan it measures against; a rating scheme's thresholds are conditions of a rule, no figures, and commit nothing said
after them; the tasks a supervision report counts and the target a share done is taken of are no commitments
(sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one

OUTTURN_OPENED = "岚溪县2025年政府投资项目计划\n从去年完成情况看,本级政府投资项目计划共安排200个,计划安排投资50亿元,完成投资56亿元,计划完成率112%。\n"
OUTTURN_HEADED = ("关于青川市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n一、2024年计划执行情况\n"
                  "全市重点项目计划安排120个,年度计划投资300亿元,实际完成投资318亿元,计划完成率106%。\n"
                  "二、2025年计划安排\n全市计划安排重点项目150个,计划投资320亿元。\n")
OUTTURN_NEWS = "东坡区民生实事办理情况\n从计划执行情况来看,全区计划实施民生实事项目30项,计划投资8亿元,已全部完成,完成投资8.6亿元。\n"


@pytest.mark.parametrize("text, value", [
    (OUTTURN_OPENED, 50), (OUTTURN_OPENED, 112),
    (OUTTURN_HEADED, 120), (OUTTURN_HEADED, 300), (OUTTURN_HEADED, 106),
    (OUTTURN_NEWS, 8),
    # a run-in heading naming the outturn opens the paragraph alike
    ("岚溪县发展和改革局工作总结\n2024年计划执行情况:全县政府投资项目计划安排200个,计划安排投资50亿元,完成投资56亿元。\n", 56),
    ("岚溪县发展和改革局工作总结\n2024年计划执行情况:全县政府投资项目计划安排200个,计划安排投资50亿元,完成投资56亿元。\n", 200),
])
def test_a_plan_in_an_outturns_frame_is_the_base_of_what_was_done(text, value):
    assert one(facts_of(text), value).kind == "actual"


@pytest.mark.parametrize("text, value", [
    (OUTTURN_HEADED, 150), (OUTTURN_HEADED, 320),
    # a later sentence that turns to this year, or a commitment word of its own, still commits
    ("岚溪县2025年政府投资项目计划\n从去年完成情况看,全县完成投资56亿元。今年计划安排投资60亿元。\n", 60),
    ("东坡区重点项目推进情况\n从前三季度运行情况来看,全区完成投资45亿元,力争全年计划完成率达到100%。\n", 100),
])
def test_a_plan_outside_an_outturn_or_with_its_own_commitment_still_commits(text, value):
    assert one(facts_of(text), value).kind == "target"


@pytest.mark.parametrize("text, gone, kept", [
    ("岚溪县纪委监委关于整改落实情况的通报\n整改率达到95%以上的单位列入红榜,低于80%的列入黑榜。本期甲局、乙局整改率分别为86%、83%。\n",
     {95, 80}, {86, 83}),
    ("青川市2025年第三季度重点工作督查通报\n按照考评办法,办结率在90%以上的评为“优秀”,60%以下的评为“较差”。截至9月底,市住建局办结率为92%。\n",
     {90, 60}, {92}),
    ("东坡区营商环境考评情况\n考评实行百分制,得分90分以上的确定为优秀等次,低于70分的要进行约谈。全区15个部门平均得分86.5分。\n",
     {90, 70}, {86.5}),
    # a bound that takes its edge in, a note on the edge in brackets, a band the rule spares
    ("青川市创卫红黑榜出炉\n每月整改率大于等于95%的市直部门、镇政府将列入“红榜”,整改率小于80%(不含80%)的市直部门将列入“黑榜”,"
     "整改率在80%—95%的不被列入红黑榜。本期甲局、乙局整改率分别为86%、83%。\n", {95, 80}, {86, 83}),
])
def test_a_rating_schemes_thresholds_are_no_figures(text, gone, kept):
    values = {f.value for f in facts_of(text)}
    assert not values & gone and kept <= values


@pytest.mark.parametrize("text, value", [
    ("岚溪县外贸情况\n全县加工贸易进出口占全县外贸总额30%的加工企业集中在开发区,出口额增长12%。\n", 30),
    ("青川市招商引资政策\n对固定资产投资超过1亿元的项目,按投资额5%的奖励标准给予补助,全年兑现奖补资金3200万元。\n", 5),
])
def test_a_figure_before_a_noun_that_only_looks_like_a_rules_verb_stays(text, value):
    one(facts_of(text), value)


@pytest.mark.parametrize("text, values", [
    ("青川市营商环境考评结果出炉\n考评办法明确,得分90分以上的确定为优秀等次,低于70分的要进行约谈。市住建局得分92.5分,市交通局得分68分。\n",
     (92.5, 68)),
    ("岚溪县召开整改工作推进会\n会议要求,整改率低于80%的单位将被列入黑榜。甲局、乙局整改率分别为86%、83%。\n", (86, 83)),
])
def test_a_rules_commitment_words_do_not_colour_the_rates_reported_after_it(text, values):
    fs = facts_of(text)
    assert [one(fs, v).kind for v in values] == ["actual"] * len(values)


@pytest.mark.parametrize("text, value", [
    ("东坡区2024年上半年《政府工作报告》目标任务落实情况的督查通报\n年度《政府工作报告》明确目标任务120项,细化为180个工作内容,"
     "其中已完成的36个,欠进度的有12个。\n", 120),
    ("关于青川市2025年重点工作推进情况的通报\n市委、市政府确定的年度重点工作共分解为86项目标任务、210项具体举措,截至目前已完成54项。\n", 210),
    ("岚溪县督查工作情况\n今年县政府明确目标任务64项,分解到32个责任单位。\n", 64),
])
def test_the_tasks_a_supervision_report_counts_are_a_status(text, value):
    assert one(facts_of(text), value).kind == "actual"


@pytest.mark.parametrize("text, value", [
    ("岚溪县1-8月重点项目建设情况\n1-8月,全县重点项目完成投资85亿元,完成投资目标任务的70%。\n", 70),
    ("青川市上半年招商引资情况\n上半年,全市到位资金56亿元,占全年招商目标的52.3%。\n", 52.3),
    ("东坡区重点工作进展\n截至10月底,全区新增市场主体5200户,达到年度任务数的86%。\n", 86),
])
def test_a_share_done_of_a_target_reports(text, value):
    assert one(facts_of(text), value).kind == "actual"


def test_a_share_of_a_target_committed_to_stays_a_target():
    fs = facts_of("岚溪县重点项目推进会\n会议要求,各乡镇力争三季度末完成投资目标任务的75%以上。\n")
    assert one(fs, 75).kind == "target"


@pytest.mark.parametrize("text, values", [
    ("关于2025年9月份路长履职情况的通报\n各乡镇人民政府: 现将9月份路长履职情况通报如下: 一、总体情况 全县路长平均得分96.3,"
     "优秀率46.8%,问题处理率93.5%。\n", (96.3, 46.8, 93.5)),
    ("岚溪县第三季度安全生产检查情况\n根据检查结果,将有关情况报告如下:全县共检查企业320家,发现隐患86处。\n", (320, 86)),
])
def test_the_object_marker_of_a_notices_formula_commits_nothing(text, values):
    """现将…通报如下 / 将有关情况报告如下: 将 is the notice's object marker (把), no future."""
    fs = facts_of(text)
    assert [one(fs, v).kind for v in values] == ["actual"] * len(values)


def test_a_future_jiang_still_commits():
    assert one(facts_of("东坡区2026年民生实事\n明年全区将新建幼儿园6所。\n"), 6).kind == "target"
