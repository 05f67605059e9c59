"""Subjects and indicators in ways of writing met in unseen documents (sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


def test_tenths_written_in_words_are_a_share_in_cheng_as_written():
    # 3成 is 3 成: SCHEMA writes the value and its unit as written, the span the numeral's
    fs = facts_of("岚溪县项目建设情况\n截至9月底,全县项目开工率达到三成,近六成项目已完成年度投资的五成以上,两成企业订单增长。\n")
    assert sorted((f.value, f.unit, f.comparator, f.measure) for f in fs) == [
        (2, "成", "=", "share"), (3, "成", "=", "share"), (5, "成", ">=", "share"), (6, "成", "~", "share")]
    f = one(fs, 3)
    assert "三成" in f.evidence and f.vend - f.vstart == 1


def test_tenths_in_figures_and_words_in_a_province_plan_and_a_city_review():
    fs = facts_of("青川省“十五五”规划纲要\n到2030年,数字经济核心产业增加值占比力争达到三成以上。\n")
    f = one(fs, 3)
    assert (f.unit, f.measure, f.comparator, f.kind) == ("成", "share", ">=", "target")
    fs = facts_of("东坡市2025年政府工作报告\n过去一年,全市近7成的新增就业岗位由民营企业提供。\n")
    f = one(fs, 7)
    assert (f.unit, f.measure, f.comparator, f.kind) == ("成", "share", "~", "actual")
    # 达到3成: read once
    assert [(f.value, f.unit) for f in facts_of("岚溪县\n全县项目开工率达到3成。\n")] == [(3, "成")]


def test_a_share_in_tenths_bounded_before_the_set_it_is_taken_of_is_a_figure():
    # 超八成行政村 / 七成以上的企业: the share of the villages or firms, not a size naming a class of them
    for text, value, cmp in (("黑水省数字乡村\n全省超八成行政村通5G。\n", 8, ">"),
                             ("岚溪县复工复产\n全县七成以上的企业已复工。\n", 7, ">=")):
        f = one(facts_of(text), value)
        assert (f.unit, f.measure, f.comparator) == ("成", "share", cmp)
    assert facts_of("东坡县\n对完成率低于五成的项目予以通报。\n") == []


@pytest.mark.parametrize("text, value, unit, cmp", [
    # a province's grain held at a round magnitude
    ("黑水省粮食生产\n全省粮食产量连续五年稳定在千亿斤以上。\n", 1000, "亿斤", ">="),
    ("岚溪县农业\n全县粮食总产量达到百亿斤。\n", 100, "亿斤", "="),
    # a headline's milestone without 元: an amount of money (the character is the value: 10000 亿元)
    ("青川省经济总量破万亿\n2024年全省地区生产总值首次突破一万亿元。\n", 10000, "亿元", ">"),
    ("东坡市\n全市经济总量破万亿。\n", 10000, "亿元", ">"),
])
def test_a_round_magnitude_in_one_character_is_the_level_held_or_passed(text, value, unit, cmp):
    f = one([f for f in facts_of(text) if f.unit == unit], value)
    assert (f.measure, f.comparator) == ("level", cmp)


def test_cheng_opening_a_word_of_its_own_is_no_share():
    fs = facts_of("岚溪县工作情况\n三成员单位参加会议,一成不变的做法要改,八成新的设备已报废,形成五成本优势。\n")
    assert [f.value for f in fs] == []


def test_a_bound_picking_out_what_a_rule_applies_to_is_no_fact():
    fs = facts_of("岚溪县重点项目推进情况\n对完成率低于60%的项目予以通报,投资完成率不足五成的单位由县督查室约谈。"
                  "全县完成投资32亿元,完成率达到75%。\n")
    assert sorted(f.value for f in fs) == [32, 75]


def test_a_size_bound_naming_a_class_counted_is_no_fact_but_the_count_is():
    fs = facts_of("岚溪县重点项目推进情况\n1—6月,全县完成投资超过1亿元的项目有25个,形象进度在80%以上的工程12个。\n")
    assert sorted(f.value for f in fs) == [12, 25]


def test_a_stage_class_counted_at_the_head_of_its_part_names_the_parts_amounts():
    fs = facts_of("岚溪县重点项目推进情况\n1.续建项目38个,年度计划投资60亿元,1-6月完成投资45亿元;"
                  "新开工项目12个,完成投资9亿元。\n")
    assert one(fs, 38).indicator == "续建项目"
    assert one(fs, 60).indicator == "续建项目年度计划投资"
    assert one(fs, 45).indicator == "续建项目完成投资"
    assert one(fs, 12).indicator == "新开工项目"
    assert one(fs, 9).indicator == "新开工项目完成投资"


def test_a_count_under_a_heading_that_is_only_a_label_is_named_by_it():
    for text in ("岚溪县重点项目推进情况\n续建项目\n38个,完成投资45亿元。\n",
                 "岚溪县重点项目推进情况\n二、续建项目。38个,完成投资45亿元。\n"):
        fs = facts_of(text)
        assert one(fs, 38).indicator == "续建项目"
        assert one(fs, 45).indicator == "续建项目完成投资"  # no 38个 in the name


def test_an_items_label_is_no_part_of_the_indicator():
    fs = facts_of("岚溪县重点项目推进情况\n一是续建项目38个,完成投资45亿元。二是新开工项目12个,完成投资9亿元。\n")
    assert one(fs, 38).indicator == "续建项目"
    assert one(fs, 12).indicator == "新开工项目"


def test_a_row_head_naming_a_class_of_projects_is_no_subject():
    fs = facts_of("兴文县重点项目推进情况\n二、省市重点项目:全县列入省市重点项目12个,1-6月完成投资18.5亿元。\n"
                  "2.产业项目:共32个,完成投资10亿元。\n3.凤凰大道改造工程:完成投资2.1亿元。\n")
    assert one(fs, 12).subject == "兴文县" and one(fs, 18.5).subject == "兴文县"
    assert one(fs, 32).subject == "兴文县" and one(fs, 32).indicator == "产业项目"
    assert one(fs, 10).indicator == "产业项目完成投资"
    assert one(fs, 2.1).subject == "凤凰大道改造工程"  # a project's own row keeps it as its subject


def test_the_bare_word_project_is_no_subject():
    fs = facts_of("兴文县投资运行情况\n1-6月,全县固定资产投资完成32亿元;其中,项目投资完成28亿元,同比增长12%。\n")
    assert one(fs, 28).subject == "兴文县"


def test_units_acting_together_are_no_part_of_the_indicator():
    fs = facts_of("岚溪县重点工作推进情况\n2023年,由县发改局会同县财政局安排专项资金5000万元,"
                  "县政府会同各乡镇完成造林面积1.2万亩。\n")
    assert one(fs, 5000).indicator == "专项资金"
    assert one(fs, 1.2).indicator == "完成造林面积"


def test_a_row_opening_with_its_own_label_is_not_joined_to_the_row_above():
    fs = facts_of("岚溪县2023年上半年经济运行情况\n地区生产总值:56.2亿元,增长6.5%\n固定资产投资:32.1亿元,增长8.2%\n"
                  "社会消费品零售总额:21.3亿元\n")
    assert one(fs, 6.5).indicator == "地区生产总值"
    assert one(fs, 8.2).indicator == "固定资产投资"


def test_a_growth_after_a_share_of_the_plan_is_the_amounts_growth():
    fs = facts_of("岚溪县2023年经济运行情况\n1-9月,全县累计完成投资45亿元,占年度计划的75%,同比增长12%。\n")
    assert one(fs, 75).indicator == "完成投资占年度计划"
    assert one(fs, 12).indicator == "完成投资"


def test_a_project_heading_its_line_before_a_comma_is_the_lines_subject():
    fs = facts_of("兴文县重点项目推进情况\n1.凤凰大道改造工程,完成投资2.1亿元,形象进度60%。\n"
                  "2、龙江河治理项目 总投资5亿元,今年计划投资2亿元,1-6月完成投资1.2亿元。\n")
    assert {f.subject for f in fs if f.value in (2.1, 60)} == {"凤凰大道改造工程"}
    assert {f.subject for f in fs if f.value in (5, 2, 1.2)} == {"龙江河治理项目"}
    assert one(fs, 2).indicator == "计划投资"
    assert one(fs, 1.2).indicator == "完成投资"
    # a class of projects heading its line is no project
    fs = facts_of("兴文县重点项目推进情况\n3.省重点项目,完成投资18亿元。\n")
    assert one(fs, 18).subject == "兴文县"


def test_a_yearly_average_and_a_deadline_are_no_part_of_the_indicator():
    fs = facts_of("岚溪县“十三五”规划纲要\n“十三五”期间,全县地区生产总值年均增长8.5%,到2020年达到150亿元。\n")
    assert one(fs, 8.5).indicator == "地区生产总值"
    assert one(fs, 150).indicator == "地区生产总值"


def test_a_set_framed_by_zhong_names_its_members_counts():
    fs = facts_of("岚溪县重点项目推进情况\n全县43个重点项目中,已开工38个。全县新建高中2所、初中3所。\n")
    assert one(fs, 43).indicator == "重点项目"
    assert one(fs, 38).indicator == "开工重点项目"
    assert one(fs, 2).indicator.endswith("高中")
    assert one(fs, 3).indicator.endswith("初中")


def test_bands_of_a_class_are_no_facts_and_name_the_counts():
    fs = facts_of("岚溪县重点项目推进情况\n从项目进度看,完成年度投资计划80%以上的项目有12个,"
                  "50%-80%的项目20个,50%以下的项目11个。\n")
    assert sorted(f.value for f in fs) == [11, 12, 20]
    assert one(fs, 20).indicator == "50%-80%的项目"
    assert one(fs, 11).indicator == "50%以下的项目"


def test_a_copula_before_the_plan_is_no_part_of_the_share():
    fs = facts_of("岚溪县经济运行情况\n1-6月完成全社会固定资产投资35亿元,为年度目标任务的52%。\n")
    assert not one(fs, 52).indicator.startswith("为")


def test_a_part_of_a_projects_works_is_no_subject_and_the_project_no_part_of_the_indicator():
    fs = facts_of("兴文县重点项目推进情况\n截至目前,项目已完成土地征收800亩,主体工程完成60%。\n")
    assert one(fs, 800).indicator == "完成土地征收"
    assert one(fs, 60).subject == "兴文县"


def test_figures_on_lines_of_their_own_under_a_label_line_are_named_by_it():
    fs = facts_of("岚溪县2023年上半年经济运行情况\n地区生产总值\n56.2亿元\n增长6.5%\n固定资产投资\n32.1亿元\n增长8.2%\n")
    assert one(fs, 56.2).indicator == "地区生产总值"
    assert one(fs, 6.5).indicator == "地区生产总值"
    assert one(fs, 32.1).indicator == "固定资产投资"
    assert one(fs, 8.2).indicator == "固定资产投资"


def test_a_component_the_wholes_name_holds_names_itself_after_qizhong():
    fs = facts_of("岚溪县经济运行情况\n外贸进出口总额1.2亿美元,同比增长20%,其中出口8000万美元。\n")
    assert one(fs, 8000).indicator == "出口"


def test_a_sentence_opening_with_a_bare_growth_goes_on_about_the_last_figure():
    fs = facts_of("岚溪县经济运行情况\n1-6月,全县完成投资45亿元。同比增长12%,增速居全市第3位。\n")
    assert one(fs, 12).indicator == "完成投资"


def test_a_circled_numeral_is_an_items_label():
    fs = facts_of("岚溪县财政收入情况\n①税收收入完成46.8亿元,下降6%。\n")
    assert one(fs, 46.8).indicator == "税收收入"


def test_a_stage_word_naming_a_class_of_projects_stays_in_the_counted_noun():
    fs = facts_of("青川市重点项目推进情况\n1-6月,其中,25个续建项目完成投资8亿元;12个新开工项目完成投资3亿元;"
                  "5个竣工项目完成投资1亿元。\n")
    assert one(fs, 25).indicator == "续建项目" and one(fs, 8).indicator == "续建项目完成投资"
    assert one(fs, 12).indicator == "新开工项目" and one(fs, 3).indicator == "新开工项目完成投资"
    assert one(fs, 5).indicator == "竣工项目" and one(fs, 1).indicator == "竣工项目完成投资"


def test_a_clause_of_duties_and_a_bracketed_remark_are_no_part_of_the_name():
    fs = facts_of("青川市重点项目推进情况\n一、市级重点项目(包含预备项目)\n具体由责任单位负责推进,共120个,总投资500亿元。\n")
    assert one(fs, 120).indicator == "市级重点项目"
    assert one(fs, 500).indicator == "市级重点项目总投资"
    fs = facts_of("青川市重点项目推进情况\n2024年全市共安排重点项目120个(包含预备项目20个),年度计划投资80亿元。\n")
    assert one(fs, 20).indicator == "预备项目"
    assert one(fs, 120).indicator == "重点项目"
    for text in ("青川市重点项目推进情况\n全市共安排120个重点项目(包含预备项目),由各责任单位负责推进。\n",
                 "青川市重点项目推进情况\n全市共安排120个重点项目(包含预备项目)具体由各责任单位负责推进。\n"):
        assert one(facts_of(text), 120).indicator == "重点项目"


def test_a_bare_plan_before_an_amount_of_a_list_of_projects_is_its_planned_investment():
    fs = facts_of("青川市重点项目推进情况\n2024年,全市安排重点项目120个,总投资500亿元,年度计划80亿元;"
                  "其中产业项目60个,年度计划50亿元。\n")
    assert one(fs, 80).indicator == "重点项目年度计划投资"  # the class counted in the sentence heads it
    assert one(fs, 50).indicator == "产业项目年度计划投资"
    fs = facts_of("青川市财政运行情况\n2024年,全市一般公共预算收入年度计划20亿元,1-6月完成12亿元。\n")
    assert "投资" not in one(fs, 20).indicator  # the plan of a revenue is no investment


def test_a_measure_written_short_is_named_in_full():
    fs = facts_of("青川市招商引资情况\n1-6月,全市新签项目15个,签项目总金额120亿元;签项目已开工8个。\n")
    assert one(fs, 15).indicator == "新签项目"
    assert one(fs, 120).indicator == "签约项目总金额"
    assert one(fs, 8).indicator.startswith("签约项目")


def test_a_converted_value_measures_what_it_converts():
    fs = facts_of("青川市经济运行情况\n2023年全市人均GDP 1.2万美元,折合人民币8.5万元。"
                  "实际利用外资1.5亿美元,约合人民币10.6亿元,增长5%。\n")
    assert one(fs, 8.5).indicator == "人均GDP"
    assert one(fs, 10.6).indicator == "实际利用外资"
    assert one(fs, 5).indicator == "实际利用外资"


def test_a_count_left_out_after_a_stage_verb_takes_the_noun_once():
    fs = facts_of("岚溪县重点项目进展情况通报\n一季度,全县列入市级重点项目35个。35个项目中,已开工28个,开工率80%;"
                  "未开工7个,正在加快办理前期手续。\n")
    assert one(fs, 7).indicator == "未开工项目"  # not 未开工开工项目


def test_a_band_of_sizes_naming_a_class_is_no_figure_and_stays_in_the_name():
    fs = facts_of("青川市重点项目集中开工\n此次集中开工项目共58个。其中,10亿元以上项目6个,5亿元至10亿元项目9个,"
                  "1亿-5亿元的项目20个。\n")
    assert sorted(f.value for f in fs) == [6, 9, 20, 58]
    assert one(fs, 9).indicator == "5亿元至10亿元项目"
    assert one(fs, 20).indicator == "1亿-5亿元的项目"


def test_a_count_inside_a_remark_after_an_amount():
    fs = facts_of("青川市重点项目集中开工\n今年以来,全市已累计开工重点项目146个,总投资586亿元(含第一批项目88个)。\n")
    assert one(fs, 88).indicator == "第一批项目"
    assert one(fs, 586).indicator.endswith("重点项目总投资")


def test_what_is_done_to_the_counted_and_who_does_it_are_no_part_of_its_name():
    fs = facts_of("岚溪县督查情况的通报\n8月份,县督查室对全县68项重点工作开展了专项督查。从督查情况看,"
                  "已完成或达到序时进度的52项,占76.5%;滞后序时进度的16项,占23.5%。\n")
    assert not one(fs, 68).indicator.startswith(("了", "县督查室"))
    assert "或达到" not in one(fs, 16).indicator  # an earlier predicate lends no noun


def test_dui_opening_a_word_stays():
    fs = facts_of("岚溪县重点工作\n全县对口帮扶资金1.2亿元,社会对口支援资金3000万元,对外贸易进出口总额5亿元。\n")
    assert one(fs, 1.2).indicator == "对口帮扶资金"
    assert one(fs, 3000).indicator.endswith("对口支援资金")
    assert one(fs, 5).indicator == "对外贸易进出口总额"


def test_a_bare_amount_after_a_count_is_the_amount_of_what_was_counted():
    fs = facts_of("青川市重大项目集中签约\n一季度全市共签约亿元以上项目56个,总金额412亿元,同比增长23.5%。\n")
    assert one(fs, 412).indicator.endswith("项目总金额")

