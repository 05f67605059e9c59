"""Whom a figure is about (``scope.subject``): a place, a unit, a named project or company, never a fragment of a
clause, a kind of unit or a class of projects; a sentence's own scope word (全市) over a place named before it.

Sentences are written for these tests; 眉山市 and its 东坡区 are real so the gazetteer knows them, 岚溪县 is invented.
"""
from __future__ import annotations

from factrun import context_of, facts_of, one

CITY = "眉山市2024年重点工作推进情况\n"
COUNTY = "岚溪县2024年上半年重点项目推进情况\n岚溪县人民政府\n"


def test_a_place_and_what_it_does_is_no_name():
    fs = facts_of(COUNTY + "岚溪县坚持把项目建设作为经济工作的重中之重,1-6月完成投资12亿元,同比增长8.5%。全县共有项目50个。\n")
    assert one(fs, 12).subject == "岚溪县"
    assert one(fs, 8.5).subject == "岚溪县"


def test_a_kind_of_unit_is_no_subject():
    fs = facts_of(CITY + "社区:家长学校举办培训12场,参训家长800人次。\n乡镇卫生院完成体检5000人。\n"
                  "城关镇卫生院:完成体检3000人。\n")
    assert one(fs, 12).subject == "眉山市"
    assert one(fs, 800).subject == "眉山市"
    assert one(fs, 5000).subject == "眉山市"
    assert one(fs, 3000).subject == "城关镇卫生院"  # a unit with its own name stays


def test_a_class_of_projects_is_no_subject():
    fs = facts_of(CITY + "市列重大项目完成投资45亿元,占年度计划的60%。\n")
    assert one(fs, 45).subject == "眉山市"
    assert one(fs, 60).subject == "眉山市"
    fs = facts_of(CITY + "某某智能装备产业园项目完成投资4.5亿元,占年度计划的65%。\n")
    assert one(fs, 4.5).subject == "某某智能装备产业园项目"


def test_a_scope_word_opening_a_clause_beats_the_place_named_before_it():
    fs = facts_of(CITY + "在东坡区举行的招商推介会上,全市共签约项目20个,总投资150亿元。\n")
    assert one(fs, 20).subject == "眉山市"
    assert one(fs, 150).subject == "眉山市"
    fs = facts_of(CITY + "全市共签约20个项目,总投资150亿元,其中东坡区签约8个,总投资60亿元。\n")
    assert one(fs, 20).subject == "眉山市"
    assert one(fs, 8).subject == "东坡区"
    assert one(fs, 60).subject == "东坡区"


def test_a_places_own_scope_word_and_a_comparison_keep_the_place():
    fs = facts_of(CITY + "东坡区全区共签约项目20个。东坡区签约项目投资额占全市的40%。\n")
    assert one(fs, 20).subject == "东坡区"
    assert one(fs, 40).subject == "东坡区"


def test_a_place_inside_brackets_is_the_subject_of_its_figure():
    fs = facts_of(CITY + "全市共签约项目20个(其中东坡区8个),总投资150亿元。\n")
    assert one(fs, 20).subject == "眉山市"
    assert one(fs, 8).subject == "东坡区"
    assert one(fs, 150).subject == "眉山市"


def test_a_venue_is_no_subject():
    fs = facts_of(CITY + "在东坡区举行的项目推介会上,现场签约项目20个。\n")
    assert one(fs, 20).subject == "眉山市"


def test_a_company_keeps_its_figures_near_a_county_name():
    fs = facts_of(CITY + "东坡区某某食品有限公司今年实现产值5亿元,同比增长12%。\n"
                  "位于东坡区的某某科技有限公司完成投资3亿元。\n青川某某新材料有限公司在东坡区完成投资2.5亿元。\n")
    assert one(fs, 5).subject == "东坡区某某食品有限公司"
    assert one(fs, 12).subject == "东坡区某某食品有限公司"  # the bare change goes on about the company
    assert one(fs, 3).subject == "某某科技有限公司"
    assert one(fs, 2.5).subject == "青川某某新材料有限公司"


def test_a_zone_is_the_subject_of_its_figures_named_as_written():
    fs = facts_of(COUNTY + "岚溪县经济开发区完成投资12亿元。岚溪工业园区实现产值30亿元。全县完成投资50亿元。\n")
    assert one(fs, 12).subject == "岚溪县经济开发区"
    assert one(fs, 30).subject == "岚溪工业园区"  # the longer zone word, not 工业园 + 区
    assert "区" not in one(fs, 30).indicator
    assert one(fs, 50).subject == "岚溪县"


def test_a_zone_word_alone_is_the_zone_of_the_place_the_text_is_about():
    fs = facts_of(COUNTY + "经开区新签约项目6个。\n")
    f = one(fs, 6)
    assert f.subject == "岚溪经开区"  # the place's name without its suffix, as for a gazetteer place (江都经济开发区)
    assert "经开区" not in f.indicator


def test_a_towns_office_reporting_in_a_countys_text_does_not_make_the_text_the_towns():
    from factrun import context_of
    text = ("眉山市东坡区2024年工作总结\n东坡区人民政府\n全区各街道办事处共受理诉求1200件。街道办事处受理诉求300件。"
            "云峰街道办事处受理诉求200件。\n")
    ctx, ex = context_of(text)
    assert ctx.place.name == "东坡区"
    assert one(ex.facts, 1200).subject == "东坡区"
    text = ("岚溪县2024年工作总结\n岚溪县人民政府\n全县各街道办事处共受理诉求1200件。街道办事处受理诉求300件。"
            "云峰街道办事处受理诉求200件。\n")
    ctx, ex = context_of(text)
    assert ctx.place.name == "岚溪县"  # the title's county, not the town whose office is named in the text
    assert one(ex.facts, 300).subject == "岚溪县"


def test_every_towns_office_is_no_self_reference():
    from taizhang.extract.docregions import unlisted_places
    from taizhang.extract.regions import gazetteer
    got = {p.name: p for p in unlisted_places("云峰街道办事处。各街道办事处、每个街道办事处。", gazetteer())}
    assert got["云峰街道"].self_refs == 1  # its own 街道办事处 only


def test_a_place_then_what_it_does_is_the_subject_and_no_part_of_the_indicator():
    fs = facts_of(CITY + "东坡区高度重视项目建设,完成投资60亿元。今年以来,东坡区以项目建设为抓手,新签约项目21个。"
                  "东坡区在建项目完成投资30亿元。东坡区新开工项目,完成投资5亿元。\n")
    f = one(fs, 60)
    assert (f.subject, f.indicator) == ("东坡区", "完成投资")
    f = one(fs, 21)
    assert f.subject == "东坡区" and "抓手" not in f.indicator
    assert one(fs, 30).subject == "东坡区"  # its class of projects (在建项目) is no project named after it
    assert one(fs, 5).indicator == "新开工项目完成投资"  # a class before the value still names what is measured
    fs = facts_of(COUNTY + "岚溪县坚持把项目建设作为经济工作的重中之重,1-6月完成投资12亿元。\n")
    assert one(fs, 12).indicator == "完成投资"


def test_a_company_opening_its_clause_reports_of_itself():
    fs = facts_of(CITY + "东坡区某某电子科技有限公司年产值突破10亿元,同比增长15%。全市规上工业企业实现产值300亿元。\n")
    f = one(fs, 10)
    assert f.subject == "东坡区某某电子科技有限公司" and "公司" not in f.indicator
    assert one(fs, 15).subject == "东坡区某某电子科技有限公司"
    assert one(fs, 300).subject == "眉山市"  # a class of companies is no company


def test_what_is_said_of_a_project_before_de_is_no_part_of_its_name():
    fs = facts_of(CITY + "某某集团投资建设的某某产业园项目在青神县开工,总投资20亿元。\n")
    assert one(fs, 20).subject == "某某产业园项目"


def test_a_scope_word_of_the_places_own_level_is_the_places():
    fs = facts_of(CITY + "今年以来,东坡区坚持项目为王,全区完成投资60亿元。\n")
    assert one(fs, 60).subject == "东坡区"


def test_each_clause_of_a_run_takes_its_own_leading_place():
    # an equal count in the next clause is no restatement of the first place's figure
    fs = facts_of(CITY + "本次共签约项目12个。其中,东坡区项目3个,总投资5亿元;彭山区项目3个,总投资6亿元;"
                  "仁寿县项目6个,总投资69亿元。\n")
    threes = [f for f in fs if f.value == 3]
    assert [f.subject for f in threes] == ["东坡区", "彭山区"]
    assert one(fs, 6, "亿元").subject == "彭山区"
    assert one(fs, 6, "个").subject == "仁寿县"


# 湘西土家族苗族自治州 and its counties are real (the gazetteer knows them); the figures are invented.
PREFECTURE_TABLE = ("全州重点项目建设进展情况通报\n"
                    "2023年,全州重点项目200个,1-9月完成投资80亿元。\n各县市完成情况如下:\n"
                    "县市 | 项目数 | 完成率\n泸溪县 | 20 | 64.8%\n凤凰县 | 18 | 68.6%\n花垣县 | 15 | 70.0%\n"
                    "{p}重点项目建设指挥部办公室\n2023年10月8日\n")


def test_counties_of_a_table_below_are_no_place_of_the_prefectures_sentences_above():
    fs = facts_of(PREFECTURE_TABLE.format(p="湘西土家族苗族自治州"))
    assert one(fs, 200).subject == "湘西土家族苗族自治州"
    assert one(fs, 80).subject == "湘西土家族苗族自治州"


def test_a_prefecture_written_by_its_short_form_is_the_subject_by_that_form():
    # a subject is the place resolved (SCHEMA: 全市 in a text of 湛江 → 湛江市), written as the page names it (session
    # 41, the golds: an autonomous prefecture the page calls 湘西州 is 湘西州, its 全州 too; session 24 had named it
    # by the gazetteer's name)
    short = "湘西州"
    fs = facts_of(PREFECTURE_TABLE.format(p="湘西州"))
    assert one(fs, 200).subject == short
    assert one(fs, 80).subject == short
    fs = facts_of("湘西州2023年重点项目建设进展情况\n湘西州全州重点项目200个,其中泸溪县20个。\n")
    assert one(fs, 200).subject == short
    assert one(fs, 200).indicator == "重点项目"  # the short form written is no part of the indicator
    assert one(fs, 20).subject == "泸溪县"


def test_a_row_of_a_table_naming_a_prefecture_by_its_short_form_is_the_prefectures():
    text = ("甲省2015年重点项目投资进展情况\n\n  地区\n\n  目标任务(亿元)\n\n  完成投资(亿元)\n\n  遵义市\n\n  800.5\n\n"
            "  400.2\n\n  黔南州\n\n  300.6\n\n  150.3\n")
    fs = facts_of(text)
    assert one(fs, 800.5).subject == "遵义市"
    assert one(fs, 300.6).subject == "黔南州"
    assert one(fs, 150.3).subject == "黔南州"


def test_a_prefecture_known_by_a_second_short_form_is_named_by_it():
    # the gazetteer's short column gives some prefectures two short forms parted by / (巴州/巴音郭楞, 克州/克孜勒苏,
    # 博州/博尔塔拉): each is a form the prefecture is written by, so its 全州 is the prefecture, not the region
    for p in ("巴州", "克州", "博州"):  # (巴音郭楞蒙古自治州, 克孜勒苏柯尔克孜自治州, 博尔塔拉蒙古自治州)
        fs = facts_of(f"{p}2023年一季度经济运行情况\n一季度,在州委、州政府坚强领导下,全州地区生产总值增长6.4%,"
                      "增速高于新疆维吾尔自治区平均水平0.8个百分点。全州完成固定资产投资86亿元。\n")
        assert one(fs, 6.4).subject == p  # the prefecture (no region: 新疆维吾尔自治区), as the page names it
        assert one(fs, 86).subject == p
    fs = facts_of("海南州2023年经济运行情况\n全州地区生产总值增长5.2%,青海省增长5.3%。\n")
    assert one(fs, 5.2).subject == "海南州"  # (海南州, whose short form ends in 州, is no 海南州州)


def test_a_prefecture_never_named_is_not_inferred_from_its_counties():
    # the lead's convention of session 21: a place the text never names is not inferred from its parts listed
    text = PREFECTURE_TABLE.replace("{p}重点项目建设指挥部办公室\n", "")
    fs = facts_of(text)
    assert one(fs, 200).subject == ""
    assert one(fs, 80).subject == ""


def test_a_street_office_named_in_a_countys_notice_is_not_its_place():
    fs = facts_of("2023年5月份12345热线工单办理情况通报\n2023年5月,全县12345热线共受理群众诉求900件,办结率97.8%。\n"
                  "一、受理情况\n本月受理咨询类300件,投诉类400件。\n二、存在问题\n"
                  "东坡街道办理的2件工单超期未办结。东坡街道要加强督办。\n")
    assert one(fs, 900).subject != "东坡街道"
    assert one(fs, 300).subject != "东坡街道"
    assert one(fs, 400).subject != "东坡街道"


def test_a_city_measuring_itself_against_its_province_still_speaks_as_the_city():
    from taizhang.extract.docregions import speaking_suffix
    text = "全市地区生产总值增长6%,增速居全省第三,占全省的8%,全省排名第2,在全省率先建成。全市新增企业20家。"
    assert speaking_suffix(text) == "市"
    assert speaking_suffix("全州重点项目200个。全州完成投资80亿元,其中泸溪县20个。") == "州"


def test_a_place_the_gazetteer_lacks_named_once_is_its_clauses_subject():
    # 东坡县 is invented (the gazetteer holds 东坡区 of 眉山市: its short name 东坡 is no hit before another suffix)
    fs = facts_of(CITY + "全市共签约项目20个,总投资150亿元,其中东坡县签约8个,总投资60亿元。全市新开工项目12个。\n")
    assert one(fs, 20).subject == "眉山市"
    assert one(fs, 8).subject == "东坡县"
    assert one(fs, 60).subject == "东坡县"
    assert one(fs, 12).subject == "眉山市"


def test_a_numbered_heading_about_a_place_opens_its_part():
    fs = facts_of(CITY + "一、总体情况\n2024年,全市重点项目150个,1-9月完成投资300亿元。\n二、东坡区重点项目进展情况\n"
                  "1-9月完成投资120亿元,新开工项目12个。\n(一)续建项目\n续建项目完成投资45亿元。\n"
                  "三、东坡区、彭山区协同推进情况\n两区共建项目9个。\n四、下一步工作\n全市将新开工项目20个。\n")
    assert one(fs, 300).subject == "眉山市"
    assert one(fs, 120).subject == "东坡区"
    assert one(fs, 12).subject == "东坡区"
    assert one(fs, 45).subject == "东坡区"  # under a sub-heading of the place's part
    assert one(fs, 9).subject == "眉山市"  # a heading listing two places is neither's part
    assert one(fs, 20).subject == "眉山市"


def test_a_table_row_opening_with_a_place_is_no_heading():
    fs = facts_of(CITY + "县区 | 项目数\n东坡区 | 20\n全市完成投资300亿元。\n")
    assert one(fs, 300).subject == "眉山市"


def test_a_street_office_named_once_is_no_subject_of_its_clause():
    fs = facts_of(CITY + "全市共受理工单900件,其中东坡街道办理的2件工单超期未办结。\n")
    assert one(fs, 2).subject != "东坡街道"


def test_a_street_office_acting_in_a_countys_notice_is_not_its_place():
    ctx, ex = context_of("2023年5月份12345热线工单办理情况通报\n2023年5月,全县12345热线共受理群众诉求900件。\n"
                         "三、存在问题\n东坡街道办事处办理的2件工单超期未办结。\n")
    assert ctx.place is None or ctx.place.name != "东坡街道"
    assert one(ex.facts, 900).subject != "东坡街道"
    # a town's own report (its name in the title) still speaks as the town
    ctx, ex = context_of("东坡街道2023年5月份12345热线工单办理情况\n东坡街道办事处\n"
                         "2023年5月,全街道受理群众诉求90件,全县排名第3。\n")
    assert ctx.place.name == "东坡街道"
    # addressed to 县直各单位: the county speaks, though it never says 全县
    ctx, ex = context_of("2023年5月份12345热线工单办理情况通报\n各乡镇人民政府、县直各单位:\n"
                         "2023年5月,12345热线共受理群众诉求900件。\n三、存在问题\n东坡街道办事处办理的2件工单超期未办结。\n")
    assert ctx.place is None or ctx.place.name != "东坡街道"


def test_a_paragraph_goes_on_about_the_place_it_opens_with():
    fs = facts_of(CITY + "2024年,全市重点项目150个,1-9月完成投资300亿元。\n"
                  "东坡区1-9月完成投资120亿元,同比增长8%。新开工项目12个,竣工项目5个。\n"
                  "彭山区坚持项目为王,完成投资80亿元。新开工项目8个。全市新开工项目40个。\n"
                  "东坡区、彭山区协同推进。共建项目9个。\n")
    assert one(fs, 120).subject == "东坡区"
    assert one(fs, 8, "%").subject == "东坡区"  # a time between the place and its figure is no project's name
    assert one(fs, 12).subject == "东坡区"
    assert one(fs, 5).subject == "东坡区"
    assert one(fs, 8, "个").subject == "彭山区"
    assert one(fs, 40).subject == "眉山市"  # the sentence speaks as the city
    assert one(fs, 9).subject == "眉山市"  # a paragraph opening with a list of places is neither's


def test_a_numbered_item_opening_with_a_place_is_the_places():
    # 1. 东坡区…: the item's number is no word before the place that leads the clause
    fs = facts_of(CITY + "一、各区县推进情况\n1. 东坡区全年实施重点项目52个,完成投资86亿元。\n"
                  "2.彭山区坚持项目为王,完成投资40亿元。\n")
    assert one(fs, 52).subject == "东坡区"
    assert one(fs, 86).subject == "东坡区"
    assert one(fs, 40).subject == "彭山区"


def test_a_paragraph_goes_on_about_the_place_its_first_sentence_names_after_its_circumstances():
    # 今年以来,在…下,仁寿县共实施…: the place named after the sentence's time and circumstance is the paragraph's, and
    # its own scope word (全县) in a sentence after it speaks as that county, not as the city
    fs = facts_of(CITY + "东坡区全年实施重点项目52个,完成投资86亿元。新开工项目18个。\n"
                  "今年以来,在市委市政府的坚强领导下,仁寿县共实施重点项目45个,完成投资72亿元。新开工项目15个,"
                  "竣工项目8个。\n今年1-9月,经过多方努力,青神县完成投资30亿元。全县新签约项目11个。\n"
                  "今年以来,在东坡区的带动下,全市新开工项目60个。其中续建项目33个。\n")
    assert one(fs, 45).subject == "仁寿县"
    assert one(fs, 15).subject == "仁寿县"
    assert one(fs, 8, "个").subject == "仁寿县"
    assert one(fs, 11).subject == "青神县"
    assert one(fs, 33).subject == "眉山市"  # a place in a clause of circumstance (在…的带动下) is no paragraph's


def test_places_that_name_a_facility_are_no_subject_of_the_figures_after_them():
    from taizhang.extract import extract_text

    for lead in ("敦煌口岸", "敦煌、岚山口岸", "岚山、敦煌口岸", "敦煌机场"):
        text = (f"甘肃省政府工作报告摘要\n2023年,全省经济稳中向好,{lead}过货能力显著提升,过境班列12000列、增长20%。"
                "全省上下…\n")
        fs = extract_text(text, name="a.txt").facts
        assert {f.subject for f in fs if f.value in (12000, 20)} == {"甘肃省"}, lead


def test_a_unit_named_by_its_place_and_de_reports_its_own_figures_in_a_region_wide_text():
    # in genres that speak for the city: an industry review, a project progress note, a work report
    fs = facts_of(CITY + "2024年,全市规模以上工业增加值增长8.1%。仁寿县的化工企业完成产值12亿元,增长9.5%。"
                  "地处青神县的竹编产业园实现产值5亿元。\n全市重点项目完成投资320亿元,其中落户东坡区的智能制造基地完成投资"
                  "3亿元。\n")
    assert one(fs, 8.1).subject == "眉山市"
    assert one(fs, 12).subject == "化工企业"
    assert one(fs, 9.5).subject == "化工企业"  # the change goes on about the same unit
    assert one(fs, 5).subject == "竹编产业园"
    assert one(fs, 320).subject == "眉山市"
    assert one(fs, 3).subject == "智能制造基地"


def test_a_class_of_a_places_units_after_de_leaves_the_figures_the_places():
    fs = facts_of(CITY + "东坡区的规上工业企业完成产值120亿元,增长9.5%。东坡区的项目完成投资30亿元。\n")
    assert one(fs, 120).subject == "东坡区"
    assert one(fs, 30).subject == "东坡区"


def test_where_a_checking_body_found_something_taken_up_by_a_demonstrative_is_no_name():
    fs = facts_of("天全县重点项目督查情况通报\n2025年6月3日\n6月2日,县督查组对国道318线改建工程进行督查。"
                  "督察组在该段发现问题5处,已督促施工单位限期整改。\n")
    assert one(fs, 5).subject == "天全县"
