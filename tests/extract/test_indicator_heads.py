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


# --------------------------------------------------------------------------- headless measures take their class's head

def test_a_label_before_the_colon_heads_every_bare_measure_of_its_line():
    fs = facts_of("东坡县2026年重点项目推进情况\n产业发展项目组:年度计划投资86亿元,完成投资71.2亿元,完成率82.8%。\n"
                  "基础设施项目组:年度计划投资54亿元,完成投资40.1亿元,完成率74.3%。\n")
    assert [one(fs, v).indicator for v in (86, 71.2, 54, 40.1)] == [
        "产业发展项目组年度计划投资", "产业发展项目组完成投资", "基础设施项目组年度计划投资", "基础设施项目组完成投资"]
    assert one(fs, 82.8).indicator.startswith("产业发展项目组")
    fs = facts_of("岚溪县2026年重点项目计划\n2.文旅项目:共12个,总投资48.5亿元,2026年计划投资6.2亿元。\n")
    assert [one(fs, v).indicator for v in (12, 48.5, 6.2)] == ["文旅项目", "文旅项目总投资", "文旅项目计划投资"]


def test_a_class_label_before_a_colon_inside_the_sentence_heads_the_stages_and_acts_after_it():
    # a city's start-up news: the labels open clauses inside the sentence, each going on to its semicolon
    fs = facts_of("青川市重点项目集中开工\n全市第三批重点项目集中开工,其中建设类项目:已经开工58个,已竣工12个;"
                  "督办类项目:已办结45个。\n")
    assert [one(fs, v).indicator for v in (58, 12, 45)] == ["建设类项目开工", "建设类项目竣工", "督办类项目办结"]
    # a county's line opened by the label: the stage of that class, not every class's projects of that stage
    fs = facts_of("岚溪县项目推进情况\n产业类项目:已开工25个。\n")
    assert one(fs, 25).indicator == "产业类项目开工"


def test_a_single_project_named_before_the_colon_is_the_subject_not_a_class():
    fs = facts_of("东坡县重点项目推进情况\n1.东坡县智能制造产业园二期项目:年度计划投资5.6亿元,完成投资3.1亿元,完成率55.4%。\n")
    assert [one(fs, v).indicator for v in (5.6, 3.1)] == ["年度计划投资", "完成投资"]


def test_the_class_counted_earlier_in_the_sentence_heads_the_bare_amounts_after_it():
    cases = (
        ("青川市招商引资工作通报\n上半年引进沿海产业转移项目86个,签约额312.4亿元,到位资金95.6亿元。\n",
         312.4, "引进沿海产业转移项目签约额"),
        ("东坡县项目建设情况\n今年全县确定县级重点项目46项,项目总投资213.5亿元,计划年内完成投资42.5亿元。\n",
         213.5, "县级重点项目总投资"),
        ("东坡县项目建设情况\n今年全县确定县级重点项目46项,项目总投资213.5亿元,计划年内完成投资42.5亿元。\n",
         42.5, "县级重点项目完成投资"),
        ("岚溪县2026年项目计划\n合力推进交通基础设施项目21个、总投资180.3亿元、年度计划投资36亿元。\n",
         180.3, "交通基础设施项目总投资"),
        ("青川市23个重大项目集中开工\n记者从现场获悉,全市一季度集中开工重大项目23个、总投资186亿元、年内计划投资31亿元。"
         "从所属行业看,工业项目9个、总投资88亿元;基础设施项目8个、总投资61亿元。\n", 186, "集中开工重大项目总投资"),
        ("青川市23个重大项目集中开工\n记者从现场获悉,全市一季度集中开工重大项目23个、总投资186亿元、年内计划投资31亿元。"
         "从所属行业看,工业项目9个、总投资88亿元;基础设施项目8个、总投资61亿元。\n", 88, "工业项目总投资"),
    )
    for text, value, ind in cases:
        assert one(facts_of(text), value).indicator == ind, text


def test_an_amount_naming_the_act_its_class_is_named_by_keeps_its_own_name():
    fs = facts_of("东坡县招商引资情况\n上半年签约项目48个,签约资金64.5亿元。\n")
    assert one(fs, 64.5).indicator == "签约资金"


def test_a_named_measure_between_stops_the_class_from_heading_later_amounts():
    fs = facts_of("岚溪县2025年经济运行情况\n全县新引进企业30家,地区生产总值增长6.2%,完成投资80亿元。\n")
    assert one(fs, 80).indicator == "完成投资"


def test_a_headline_figure_measures_the_class_the_headline_counts():
    for text in ("青川市重点项目建设\n总投资52.6亿元!青川市36个重点建设项目集中开工\n3月2日上午,仪式在工业园区举行。\n",
                 "青川市重点项目建设\n总投资达52.6亿元的36个重点建设项目集中开工\n",
                 "岚溪县重大项目集中开工\n总投资86.4亿元 岚溪县32个重大项目集中开工\n"):
        fs = facts_of(text)
        ind = one(fs, 52.6 if "52.6" in text else 86.4).indicator
        assert ind.endswith("项目总投资") and "集中开工" in ind, (text, ind)
        assert not one(fs, 36 if "36" in text else 32).indicator.startswith("总投资"), text


def test_a_class_heading_heads_the_bare_figures_of_its_block():
    fs = facts_of("岚溪县2026年重点项目计划\n(三)农业农村类\n共安排项目15个,总投资32.6亿元,年度计划投资8.1亿元。\n"
                  "(四)社会民生类\n项目9个,总投资12亿元,年度计划投资3.5亿元。\n")
    assert [one(fs, v).indicator for v in (15, 32.6, 8.1, 9, 12)] == [
        "农业农村类项目", "农业农村类项目总投资", "农业农村类项目年度计划投资", "社会民生类项目", "社会民生类项目总投资"]
    fs = facts_of("岚溪县重点项目督查通报\n二、续建项目\n截至9月底,累计完成投资28.6亿元,占年度计划的78%。\n"
                  "三、新开工项目\n截至9月底,累计完成投资12.4亿元,占年度计划的64%。\n")
    assert [one(fs, v).indicator for v in (28.6, 12.4)] == ["续建项目完成投资", "新开工项目完成投资"]
    assert one(fs, 78).indicator.startswith("续建项目")
    fs = facts_of("岚溪县重点项目建设进展\n一、省重点项目推进情况\n1-9月累计完成投资35.9亿元。\n二、市重点项目推进情况\n"
                  "1-9月累计完成投资18.2亿元,完成率76.5%。\n")
    assert [one(fs, v).indicator for v in (35.9, 18.2)] == ["省重点项目完成投资", "市重点项目完成投资"]


def test_a_heading_that_names_no_class_heads_nothing():
    fs = facts_of("岚溪县重点项目建设进展\n一、总体情况\n1-9月累计完成投资35.9亿元。\n二、各项目组推进情况\n"
                  "1-9月累计完成投资18.2亿元。\n")
    assert [one(fs, v).indicator for v in (35.9, 18.2)] == ["完成投资"] * 2


def test_a_count_named_by_a_stage_alone_counts_that_stage_of_the_projects():
    fs = facts_of("东坡县重点项目督查通报\n全县共有市级重点项目57个(新建15个,续建42个),另有预备项目10个。\n")
    # (the whole a class named by its rank: its stages are that class's, test_stage_parts_of_a_ranked_class)
    assert [one(fs, v).indicator for v in (15, 42, 10)] == ["新建市级重点项目", "续建市级重点项目", "预备项目"]
    fs = facts_of("东坡县重点项目督查通报\n截至目前,承诺开复工项目36项,其中续建29项,新建7项;"
                  "未开复工项目10项,其中续建8项,新建2项。\n")
    assert [one(fs, v).indicator for v in (29, 7, 8, 2)] == ["续建项目", "新建项目", "续建项目", "新建项目"]
    fs = facts_of("青川市2026年重大工程清单\n今年安排重大工程45个,其中续建20个、新开工25个。\n")
    assert [one(fs, v).indicator for v in (20, 25)] == ["续建重大工程", "新开工重大工程"]  # (of the ranked class)


def test_an_amount_already_named_by_its_class_heads_the_bare_amounts_after_it():
    fs = facts_of("岚溪县上半年重点项目推进情况\n2026年计划实施千万元以上重点建设项目71个,总投资337.1亿元,"
                  "年度计划完成投资56.2亿元,1-6月份累计完成投资35.9亿元。\n")
    assert [one(fs, v).indicator for v in (56.2, 35.9)] == [
        "千万元以上重点建设项目年度计划完成投资", "千万元以上重点建设项目完成投资"]
    fs = facts_of("东坡县项目建设简报\n全县市级重点项目总投资120亿元,1-6月累计完成投资35.9亿元。\n")
    assert one(fs, 35.9).indicator == "市级重点项目完成投资"
    fs = facts_of("岚溪县经济运行\n全县地区生产总值增长6%,1-6月累计完成投资35.9亿元。\n")
    assert one(fs, 35.9).indicator == "完成投资"  # a measure of the economy names no class


def test_a_bare_amount_whose_own_clause_names_a_class_takes_no_class_named_before():
    for text, value, earlier in (
            ("岚溪县一季度重大项目推进情况\n30个基础设施项目已开工24个。其中交通项目完成投资5.2亿元,"
             "能源项目完成投资3.1亿元,城乡建设项目完成2.4亿元。\n", 2.4, "能源项目"),
            ("东坡县项目建设通报\n截至9月底,产业项目完成投资18亿元;民生项目完成投资7.6亿元,生态环保工程完成3.3亿元。\n",
             3.3, "民生项目"),
            ("青川市重点项目进展\n1-6月,续建项目完成投资42亿元,新开工项目完成投资11亿元,园区配套工程完成6.5亿元。\n",
             6.5, "新开工项目")):
        assert not one(facts_of(text), value).indicator.startswith(earlier), text
    fs = facts_of("岚溪县重点项目推进情况\n续建项目38个,总投资120亿元,年度计划投资30亿元。\n")
    assert one(fs, 120).indicator == "续建项目总投资"  # a clause naming no class still takes the one counted before it
    assert one(fs, 30).indicator == "续建项目年度计划投资"
