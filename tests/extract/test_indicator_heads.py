"""Indicators as heads with their modifiers: the qualifier that says which, the measure a part shares with its whole,
the neighbours a list glues on (sentences written for these tests; places invented)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_listed_item_with_its_figure_in_brackets_ends_at_the_enumeration_mark():
    fs = facts_of("青川市产业发展情况\n2023年,全市重点产业链产值突破3000亿元,其中先进制造(1177亿元)、"
                  "特色食品加工(560亿元)、现代物流(320亿元)。\n")
    for value, item in ((1177, "先进制造"), (560, "特色食品加工"), (320, "现代物流")):
        ind = one(fs, value).indicator
        assert ind.startswith(item), ind  # no earlier item, no bracket, no figure glued on
        assert "(" not in ind and "、" not in ind


def test_a_part_named_only_by_its_sector_measures_what_its_whole_measures():
    fs = facts_of("岚溪县2023年国民经济和社会发展统计公报\n全年实现农林牧渔业总产值50亿元,增长3.5%,"
                  "其中:农业30亿元,增长3%;林业3亿元,增长2%。\n")
    assert one(fs, 30).indicator == "农业产值"
    assert one(fs, 3, "%").indicator == "农业产值"  # the part's growth is that of the part's measure
    assert one(fs, 3, "亿元").indicator == "林业产值"
    assert one(fs, 2).indicator == "林业产值"


def test_a_sentence_opening_with_qizhong_splits_the_whole_of_the_sentence_before():
    fs = facts_of("东坡县2022年统计公报\n全年地区生产总值120亿元。其中,第一产业18亿元,第二产业45亿元。\n")
    assert one(fs, 18).indicator == "第一产业增加值"
    assert one(fs, 45).indicator == "第二产业增加值"


def test_a_part_whose_name_holds_its_measure_is_left_as_named():
    fs = facts_of("岚溪县2023年统计公报\n全年农林牧渔业总产值50亿元。其中,林业产值3亿元,增长2%。\n")
    assert one(fs, 3).indicator == "林业产值"
    assert one(fs, 2).indicator == "林业产值"


def test_a_share_written_as_being_part_of_a_whole_reads_as_its_share():
    for text in ("岚溪县重点项目推进情况\n1-9月,全县重点项目完成投资85亿元,为年投资计划的80%。\n",
                 "岚溪县重点项目推进情况\n1-9月,全县重点项目完成投资85亿元,相当于年投资计划的80%。\n"):
        ind = one(facts_of(text), 80).indicator
        assert ind == "重点项目完成投资占年投资计划", ind


def test_a_total_word_before_the_count_is_no_part_of_its_name():
    fs = facts_of("岚溪县2024年重点项目集中开工\n本次集中开工的项目,共计32个,总投资120亿元。\n")
    assert one(fs, 32).indicator == "集中开工的项目"
    fs = facts_of("岚溪县2024年重点项目集中开工\n此次集中开工项目涉及32个,总投资120亿元。\n")
    assert one(fs, 32).indicator == "集中开工项目"


def test_bare_projects_counted_at_an_event_are_the_events_projects():
    for text in ("岚溪县2024年重点项目集中开工\n2月8日,岚溪县举行重大项目集中开工仪式,共有项目32个,总投资120亿元。\n",
                 "岚溪县2024年重点项目集中开工\n2月8日,岚溪县举行重大项目集中开工仪式。本次集中开工共有项目32个,"
                 "总投资120亿元。\n",
                 "岚溪县2024年重点项目集中开工\n2月8日,岚溪县第一批重大项目集中开工仪式举行。项目32个,总投资120亿元。\n"):
        fs = facts_of(text)
        assert one(fs, 32).indicator == "集中开工项目", text
        assert one(fs, 120).indicator == "集中开工项目总投资", text


def test_bare_projects_without_an_event_keep_the_class_the_sentence_names():
    fs = facts_of("东坡县项目建设情况\n2023年,全县共有省重点项目12个、市重点项目30个,项目总投资300亿元。\n")
    assert one(fs, 12).indicator == "省重点项目"
    assert one(fs, 300).indicator == "项目总投资"


def test_a_body_named_before_what_it_counts_is_the_subject_not_the_indicator():
    fs = facts_of("东坡县政务服务通报\n本月各部门办件情况:住建局办件量120件,人社局办件量95件,县纪委立案数12件。\n")
    f = one(fs, 120)
    assert (f.indicator, f.subject) == ("办件量", "住建局")
    assert (one(fs, 95).indicator, one(fs, 95).subject) == ("办件量", "人社局")
    assert (one(fs, 12).indicator, one(fs, 12).subject) == ("立案数", "县纪委")


def test_words_ending_like_a_body_are_no_body():
    fs = facts_of("岚溪县2024年工作安排\n优化产业布局项目12个,委托办理事项30件,开局之年新签约项目8个。\n")
    assert "布局" in one(fs, 12).indicator
    assert "委托" in one(fs, 30).indicator
    fs = facts_of("洺川市督办通报\n市发改委、市财政局等19个单位承办的事项全部按期办结。\n")
    assert "单位" in one(fs, 19).indicator


def test_a_body_acted_on_is_no_reporting_body():
    fs = facts_of("岚溪县问题整改通报\n全县共排查问题15个,已督促县水利局整改9个,要求城管局回访群众30人次。\n")
    assert one(fs, 9).subject == "岚溪县"
    assert one(fs, 30).subject == "岚溪县"


def test_parts_of_a_run_naming_only_their_place_count_what_the_run_counts():
    # real districts of a real city, so that the gazetteer knows them as places of the document
    fs = facts_of("眉山市2024年一季度重大项目集中开工\n3月8日,全市一季度重大项目集中开工活动举行。"
                  "东坡区集中开工项目30个,总投资50亿元;彭山区20个,总投资35亿元。\n")
    assert one(fs, 20).indicator == "集中开工项目"
    assert one(fs, 35).indicator == "集中开工项目总投资"
    fs = facts_of("岚溪县项目建设\n2月8日,全省集中开工活动举行。全省共集中开工项目3000个,总投资9000亿元,其中岚溪县32个。\n")
    assert one(fs, 32).indicator == "集中开工项目"


def test_a_place_heading_a_bare_project_count_after_the_event_counts_the_events_projects():
    fs = facts_of("眉山市2024年一季度重大项目集中开工\n3月8日,全市一季度重大项目集中开工活动举行。"
                  "东坡区项目30个,总投资50亿元;彭山区项目20个,总投资35亿元。\n")
    assert [one(fs, v).indicator for v in (30, 20)] == ["集中开工项目"] * 2
    assert one(fs, 50).indicator == "集中开工项目总投资"




def test_a_bare_rate_of_a_part_an_aspect_opens_is_that_aspects():
    fs = facts_of("东坡县12345热线工作通报\n二、回访情况\n城管方面:受理120件,满意率95%。住建方面:受理80件,满意率92.5%。\n")
    assert one(fs, 95).indicator == "城管满意率"
    assert one(fs, 92.5).indicator == "住建满意率"
    fs = facts_of("东坡县12345热线工作通报\n(一)城管方面\n受理工单120件,办结率98%,满意率95%。\n(二)住建方面\n"
                  "受理工单80件,满意率92%。\n")
    assert [one(fs, v).indicator for v in (98, 95, 92)] == ["城管办结率", "城管满意率", "住建满意率"]
    fs = facts_of("东坡县12345热线工作通报\n2023年5月,城管方面的满意率为95%,住建方面满意率为92.5%。\n")
    assert [one(fs, v).indicator for v in (95, 92.5)] == ["城管满意率", "住建满意率"]


def test_a_theme_or_a_discourse_marker_is_no_aspect_of_a_full_name():
    fs = facts_of("岚溪县2024年政府工作报告\n在经济总量方面,地区生产总值增长6%左右。一方面,全县完成投资80亿元;"
                  "另一方面,城镇调查失业率控制在5.5%以内。综合考虑各方面因素,粮食综合产能达标率95%。\n")
    assert one(fs, 6).indicator == "地区生产总值"
    assert one(fs, 80).indicator == "完成投资"
    assert one(fs, 5.5).indicator == "城镇调查失业率"
    assert "各" not in one(fs, 95).indicator


def test_a_sector_part_of_a_whole_grows_as_the_wholes_measure():
    fs = facts_of("岚溪县2023年统计公报\n全年农林牧渔业增加值28亿元,增长3.6%。其中,农业增长3.1%,林业增长2%。\n")
    assert one(fs, 3.1).indicator == "农业增加值"
    assert one(fs, 2).indicator == "林业增加值"
    fs = facts_of("岚溪县2023年统计公报\n全年规模以上工业增加值增长8%。分行业看,制造业增长9%,电力行业增长5%。\n")
    assert one(fs, 9).indicator == "制造业增加值"
    assert one(fs, 5).indicator == "电力行业增加值"


def test_a_bare_measure_under_a_sectors_label_is_the_sectors():
    fs = facts_of("岚溪县2023年统计公报\n林业:产值3亿元,增长2%;牧业:产值12亿元,增长3%。\n")
    assert [one(fs, v, u).indicator for v, u in ((3, "亿元"), (2, "%"), (12, "亿元"))] == ["林业产值", "林业产值", "牧业产值"]


def test_growth_words_and_lead_labels_keep_their_names():
    fs = facts_of("岚溪县2023年统计公报\n全年地区生产总值120亿元。其中,一产业年均增速保持在2.6%以上。\n")
    assert one(fs, 2.6).indicator == "一产业年均增速"
    fs = facts_of("岚溪县2024年政府工作报告\n今年主要预期目标是:生产总值增长6%左右,一般公共预算收入增长5%。\n")
    assert one(fs, 6).indicator == "生产总值"


def test_a_bare_project_count_under_a_headline_naming_the_event_counts_its_projects():
    fs = facts_of("眉山市2024年一季度重大项目集中开工\n3月8日上午,全市上下齐心协力。项目32个,总投资120亿元。\n")
    assert one(fs, 32).indicator == "集中开工项目"
    fs = facts_of("岚溪县重点项目推进情况\n二、省重点项目\n项目12个,完成投资8亿元。\n")
    assert one(fs, 12).indicator == "省重点项目"  # a heading naming no event: its class of projects


def test_bodies_listed_with_their_figures_measure_what_the_lead_names():
    fs = facts_of("东坡县政务服务通报\n本月办件量居前三位的单位是:住建局(120件)、人社局(95件)、市场监管局(88件)。\n")
    assert [(one(fs, v).subject, one(fs, v).indicator) for v in (120, 95, 88)] == [
        ("住建局", "办件量"), ("人社局", "办件量"), ("市场监管局", "办件量")]
    fs = facts_of("东坡县政务服务通报\n本月办件量较多的单位有住建局120件、人社局95件。"
                  "满意率低于90%的单位有:城管局(85%)、交通局(88%)。\n")
    assert (one(fs, 120).subject, one(fs, 120).indicator) == ("住建局", "办件量")
    assert (one(fs, 85).subject, one(fs, 85).indicator) == ("城管局", "满意率")


def test_a_run_of_sectors_after_the_whole_measures_what_the_whole_measures():
    fs = facts_of("东坡县2023年统计公报\n全年地区生产总值120亿元,增长6%。第一产业18亿元,增长3%;第二产业45亿元,增长7%。\n")
    assert [one(fs, v).indicator for v in (18, 3, 45, 7)] == ["第一产业增加值"] * 2 + ["第二产业增加值"] * 2
    fs = facts_of("东坡县2023年统计公报\n全年地区生产总值120亿元,增长6%。规上企业120家,企业营业收入增长5%,就业增长2%。\n")
    assert one(fs, 2).indicator == "就业"  # no sector: nothing added
