"""Whom a figure is about when the text names places that are not its topic: the addressee line of a notice names who
reads it, a text speaking as the nation (全国, 我国) is the nation's, a scope word after 、 goes on with the comparison
before it, a zone written with its level's character (市开发区) is its own subject in a list of places, and a place
followed by the levels under it (四川省市县三级) is no place of its own.

Sentences are written for these tests; 眉山市, its 东坡区/彭山区/青神县 and the provinces are real so the gazetteer
knows them, 岚溪县 is invented.
"""
from __future__ import annotations

import pytest

from factrun import context_of, facts_of, one

from taizhang.extract.docregions import addressee_lines


# ---------------------------------------------------------------- (a) the addressee line names the readers

NATIONAL_ADDRESSEES = [
    "各省、自治区、直辖市人民政府,新疆生产建设兵团:",
    "各省、自治区、直辖市及新疆生产建设兵团住房和城乡建设厅(委、局):",
    "各省(区、市)应急管理厅(局),新疆生产建设兵团应急管理局:",
    "各省、自治区、直辖市和新疆生产建设兵团统计局:",
    "各省、自治区、直辖市发展改革委,新疆生产建设兵团发展改革委:",
]


@pytest.mark.parametrize("addressee", NATIONAL_ADDRESSEES)
def test_a_national_notices_addressee_line_gives_no_figure_to_a_region_named_in_it(addressee):
    fs = facts_of("关于2025年度安全生产工作考核情况的通报\n" + addressee + "\n"
                  "2025年,全国共发生生产安全事故2.1万起,同比下降12.5%。考核结果为优秀的有8个,良好的有15个。\n")
    for v in (2.1, 12.5):
        assert one(fs, v).subject == "全国"
    for v in (8, 15):
        assert one(fs, v).subject in ("", "全国")  # never 新疆维吾尔自治区


def test_a_city_notice_to_its_counties_and_a_new_area_is_the_citys():
    fs = facts_of("眉山市人民政府办公室关于第三季度重点项目推进情况的通报\n"
                  "各县(区)人民政府,眉山天府新区管委会,市级有关部门:\n"
                  "三季度,全市重点项目完成投资156亿元,新开工项目42个。\n")
    assert one(fs, 156).subject == "眉山市"
    assert one(fs, 42).subject == "眉山市"


def test_a_county_supervision_notice_to_its_towns_is_the_countys():
    ctx, ex = context_of("岚溪县人民政府督查室关于12345热线办理情况的通报\n"
                         "各乡镇人民政府,青神县驻岚溪办事处,县直各部门:\n"
                         "10月份,全县12345热线受理群众诉求3250件,办结率98.6%。\n")
    assert one(ex.facts, 3250).subject == "岚溪县"
    assert one(ex.facts, 98.6).subject == "岚溪县"


def test_addressee_lines_are_short_colon_lines_of_bodies_near_the_top():
    text = ("关于某事的通知\n各市(州)人民政府,省直有关部门:\n县直各单位:\n"
            "各乡镇完成造林1200亩:\n各地要高度重视,认真落实。\n")
    spans = [text[a:b].strip() for a, b in addressee_lines(text)]
    assert spans == ["各市(州)人民政府,省直有关部门:", "县直各单位:"]  # a line with a figure or no colon is text


# ---------------------------------------------------------------- the nation as a subject

def test_a_text_speaking_as_the_nation_names_its_figures_the_nations():
    fs = facts_of("国家统计局关于2025年粮食产量数据的公告\n"
                  "全国粮食总产量13908亿斤,比上年增加222亿斤,增长1.6%。我国粮食播种面积17.9亿亩。\n"
                  "分地区看,全国有12个省份粮食产量增加。其中河南省粮食产量1340亿斤。\n")
    assert one(fs, 13908).subject == "全国"
    assert one(fs, 1.6).subject == "全国"
    assert one(fs, 17.9).subject == "全国"
    assert one(fs, 1340).subject == "河南省"  # a province named at its clause's head keeps its figure


def test_a_national_scope_word_opening_a_clause_in_a_local_text():
    fs = facts_of("眉山市2025年粮食生产情况\n全市粮食产量120万吨,同比增长2.1%。同期全国粮食产量6.9亿吨。\n")
    assert one(fs, 120).subject == "眉山市"
    assert one(fs, 6.9).subject == "全国"


@pytest.mark.parametrize("text,value", [
    ("眉山市2025年生态建设情况\n全市森林面积320万亩,占全省森林面积4.1%、全国森林面积0.2%。\n", 0.2),
    ("眉山市2025年经济运行情况\n全市地区生产总值1800亿元,居全国地级市第120位。\n", 1800),
    ("眉山市2025年农业生产情况\n全市粮食单产每亩420公斤,高于全国平均水平15公斤。\n", 15),
])
def test_the_nation_a_local_text_measures_itself_against_is_no_subject(text, value):
    assert one(facts_of(text), value).subject == "眉山市"


# ---------------------------------------------------------------- (d) a zone written with its level in a list

@pytest.mark.parametrize("text,value,expected", [
    ("眉山市人民政府办公室关于重点项目推进情况的通报\n今年共谋划重点项目120个,其中东坡区35个、市开发区12个、彭山区20个。\n",
     12, "眉山市开发区"),
    ("眉山市2025年招商引资工作通报\n全市新签约项目中,东坡区12个、青神县9个、市高新区3个。\n", 3, "眉山市高新区"),
    ("眉山市一季度重点项目开工情况\n全市新开工项目56个,其中市经开区完成投资8.5亿元。\n", 8.5, "眉山市经开区"),
    ("岚溪县2025年工业经济运行情况\n全县规上工业增加值增长7.5%;县工业园区实现产值45亿元。\n", 45, "岚溪县工业园区"),
    ("眉山市重点项目进度督查通报\n东坡区完成年度计划的80%,市开发区完成75%,青神县完成68%。\n", 75, "眉山市开发区"),
])
def test_a_zone_written_with_its_levels_character_is_its_own_subject(text, value, expected):
    fs = facts_of(text)
    assert one(fs, value).subject == expected


def test_the_places_around_a_listed_zone_keep_their_own_figures():
    fs = facts_of("眉山市人民政府办公室关于重点项目推进情况的通报\n今年共谋划重点项目120个,其中东坡区35个、市开发区12个、彭山区20个。\n")
    assert one(fs, 120).subject == "眉山市"
    assert one(fs, 35).subject == "东坡区"
    assert one(fs, 20).subject == "彭山区"


def test_a_zones_office_is_no_zone():
    fs = facts_of("眉山市2025年营商环境情况\n市开发区管委会受理企业诉求126件。\n")
    assert one(fs, 126).subject != "眉山市开发区"


# ---------------------------------------------------------------- (e) a place and the levels under it

@pytest.mark.parametrize("text,value,expected", [
    ("四川省重大项目集中开工\n四川省市县三级3月1日联动开工856个重大项目,总投资5600亿元。\n", 856, "四川省"),
    ("四川省重大项目集中开工\n四川省市县三级3月1日联动开工856个重大项目,总投资5600亿元。\n", 5600, "四川省"),
    ("眉山市重点项目建设情况\n眉山市县两级今年共安排重点项目320个。\n", 320, "眉山市"),
    ("眉山市乡村振兴工作情况\n眉山市县乡三级共派出驻村工作队员1250名。\n", 1250, "眉山市"),
])
def test_a_place_followed_by_the_levels_under_it_is_that_place(text, value, expected):
    assert one(facts_of(text), value).subject == expected


# ---------------------------------------------------------------- (e) fragments are never subjects

@pytest.mark.parametrize("text,value,expected", [
    ("眉山市重点项目建设情况\n自4月中旬启动攻坚以来,市重点项目日均完成投资1.2亿元,是攻坚前的1.8倍。\n", 1.2, "眉山市"),
    ("四川省重点项目百日攻坚情况\n攻坚期间,省重点项目日均完成投资13.1亿元。\n", 13.1, "四川省"),
    ("眉山市一季度工业运行情况\n一季度,市级重点企业月均实现产值25亿元。\n", 25, "眉山市"),
    ("眉山市重大项目建设进展\n5月以来,市级重大项目周均完成投资3.6亿元,同比提高0.8亿元。\n", 3.6, "眉山市"),
    ("四川省农业生产情况\n全省高标准农田亩均实现产值4200元。\n", 4200, "四川省"),
])
def test_a_class_with_an_averages_adverb_is_no_actor(text, value, expected):
    assert one(facts_of(text), value).subject == expected


@pytest.mark.parametrize("text,value", [
    ("眉山市第二季度重大项目集中开工\n本次启动建设项目共42个,计划总投资180亿元。\n", 42),
    ("眉山市第二季度重大项目集中开工\n此次集中开工项目共56个,总投资320亿元。\n", 56),
    ("眉山市招商引资推介会举行\n这次签约项目共18个,签约金额96亿元。\n", 18),
    ("眉山市第三批重大项目集中开工\n本批开工建设项目共33个,年度计划投资45亿元。\n", 45),
    ("眉山市重点项目集中竣工\n此批竣工投产项目共12个,总投资28亿元。\n", 28),
])
def test_the_projects_of_the_reported_event_are_no_projects_name(text, value):
    assert one(facts_of(text), value).subject == "眉山市"


def test_a_town_the_table_names_like_a_common_word_is_no_place_of_the_text():
    text = ("2025年区级为民办实事项目进展情况通报\n日前,区政府督查室对为民办实事项目进展情况进行督查。全区兴办10件惠民实事项目,"
            "其中已完成6件,妇女之家和社区家长学校建设已完成,社区卫生服务站改造已完工。\n")
    ctx, ex = context_of(text)
    assert ctx.place is None or ctx.place.name != "社区"
    assert one(ex.facts, 10).subject != "社区"


@pytest.mark.parametrize("text,value,expected", [
    ("眉山市12345热线运行情况通报\n4月份,办件量位于前三的县区:东坡区46件;彭山区24件;青神县22件。\n", 46, "东坡区"),
    ("眉山市12345热线运行情况通报\n4月份,办件量位于前三的县区:东坡区46件;彭山区24件;青神县22件。\n", 24, "彭山区"),
    ("眉山市营商环境投诉办理情况通报\n满意率低于90%的县区:彭山区85%;青神县88%。\n", 85, "彭山区"),
])
def test_a_description_leading_a_list_is_no_label(text, value, expected):
    assert one(facts_of(text), value).subject == expected


# ---------------------------------------------------------------- a named area over several divisions

@pytest.mark.parametrize("text,value,area", [
    ("共建长江中游城市群2025年重点合作事项清单印发\n推动长江中游城市群协同发展联席会议办公室印发清单,共安排合作项目120个,"
     "总投资3200亿元。\n", 120, "长江中游城市群"),
    ("川南经济区2025年重大项目清单\n川南经济区共安排重大项目86个,年度计划投资560亿元。\n", 560, "川南经济区"),
    ("一图读懂|关中平原城市群重大项目\n关中平原城市群今年实施重大项目312个。\n推进关中平原城市群建设,总投资1.2万亿元。\n",
     312, "关中平原城市群"),
    ("共建成渝地区双城经济圈2026年重大项目清单发布\n推动成渝地区双城经济圈建设联合办公室印发清单,"
     "标志性重大项目260个,其中重庆项目130个。\n", 260, "成渝地区双城经济圈"),
    # the slogan's verb written with the name each time (共建…): no part of the area's name
    ("共建东岭地区双核经济圈2026年重大项目清单发布\n日前,共建东岭地区双核经济圈2026年重大项目清单印发,共纳入重大项目"
     "150个,总投资1.8万亿元。\n", 150, "东岭地区双核经济圈"),
])
def test_a_text_about_a_named_area_gives_it_its_figures(text, value, area):
    assert one(facts_of(text), value).subject == area


@pytest.mark.parametrize("text,value,area", [
    # an area over several provinces named by its own word, its plan naming the nation only to compare
    ("2027年,京津冀地区铁路营业里程达到1.3万公里,京津冀高速公路里程达到1.2万公里,占全国的比重提高到6%。\n",
     1.3, "京津冀"),
    ("长三角合作办公室消息\n2026年,长三角地区经济总量达到36万亿元,长三角三省一市出口总额占全国比重达到41%。\n",
     36, "长三角"),
])
def test_a_text_about_an_area_named_by_its_own_word_gives_it_its_figures(text, value, area):
    fs = facts_of(text)
    assert one(fs, value).subject == area
    assert "地区" not in one(fs, value).subject


def test_a_division_speaking_of_an_area_it_lies_in_keeps_its_own_figures():
    fs = facts_of("眉山市2025年重点项目推进情况\n全市主动融入成渝地区双城经济圈建设,全市新开工项目120个。"
                  "全市共有成渝地区双城经济圈重大项目8个。\n")
    assert one(fs, 120).subject == "眉山市"
    assert one(fs, 8).subject == "眉山市"


# ---------------------------------------------------------------- (b) a zone named after a county is no county

@pytest.mark.parametrize("text,value,zone", [
    ("彭山经济开发区2025年工作总结\n2025年,我区实现规上工业产值120亿元,同比增长9.1%。全区新引进项目15个。\n", 120,
     "彭山经济开发区"),
    ("彭山经济开发区2025年工作总结\n2025年,我区实现规上工业产值120亿元,同比增长9.1%。全区新引进项目15个。\n", 15,
     "彭山经济开发区"),
    ("仁寿高新区2025年上半年经济运行情况\n上半年,我区完成固定资产投资32亿元,新签约项目9个。\n", 32, "仁寿高新区"),
    ("仁寿高新区2025年上半年经济运行情况\n上半年,我区完成固定资产投资32亿元,新签约项目9个。\n", 9, "仁寿高新区"),
    ("青神经济开发区管委会2025年工作总结\n2025年,全区实现规上工业产值86亿元,同比增长8.1%。\n", 86, "青神经济开发区"),
    ("洪雅经济技术开发区2025年工作要点\n2025年,我区力争实现规上工业产值100亿元。\n", 100, "洪雅经济技术开发区"),
])
def test_a_zone_named_after_a_county_speaks_as_the_zone_not_the_county(text, value, zone):
    assert one(facts_of(text), value).subject == zone


# ---------------------------------------------------------------- (d) bodies listed with their figures

@pytest.mark.parametrize("line,value,body", [
    ("办件量居前三的乡镇街道:城关街道办事处46件;东风镇人民政府22件;河口镇18件。", 46, "城关街道办事处"),
    ("办件量居前三的乡镇街道:城关街道办事处46件;东风镇人民政府22件;河口镇18件。", 22, "东风镇人民政府"),
    ("超期件数较多的单位有:青川街道办事处5件、县住建局3件。", 5, "青川街道办事处"),
    ("不满意率较高的镇街:东风镇人民政府(3.2%)、城关街道办事处(2.8%)。", 2.8, "城关街道办事处"),
    ("按时办结率低于95%的单位是:县城管局(92%)、城东街道办事处(93%)。", 93, "城东街道办事处"),
])
def test_an_office_listed_with_its_figure_is_its_subject(line, value, body):
    fs = facts_of("岚溪县人民政府办公室关于12345热线办理情况的通报\n各乡镇人民政府、街道办事处,县直各单位:\n"
                  "4月份,全县共受理群众诉求1200件。" + line + "\n")
    assert one(fs, value).subject == body


@pytest.mark.parametrize("text,value,units", [
    ("眉山市人民政府督查室关于议定事项办理情况的通报\n逾期未办结事项分布在4个单位。其中,市自然资源局有3项未按期办结,"
     "市住房城乡建设局有3项未按期办结,市商务局有2项。\n", 3, ["市自然资源局", "市住房城乡建设局"]),
    ("岚溪县人民政府督查室关于重点工作推进情况的通报\n县发改局承办12项,已办结10项;县财政局承办12项,已办结9项。\n", 12,
     ["县发改局", "县财政局"]),
    ("眉山市12345热线办理情况通报\n市住建局受理诉求56件,按时办结56件;市城管局受理诉求41件,按时办结41件。\n", 56,
     ["市住建局", "市住建局"]),
])
def test_the_same_figure_of_two_units_is_no_restatement(text, value, units):
    fs = [f for f in facts_of(text) if f.value == value]
    assert sorted(f.subject for f in fs) == sorted(units)


# ---------------------------------------------------------------- a village heading its sentence

TOWN = "岚溪县东风镇2025年工作总结\n2025年,全镇实现农业总产值3.2亿元。"


@pytest.mark.parametrize("line,value,village", [
    ("上坪村建成高标准农田800亩;石门村发展民宿23家,接待游客3.5万人次。", 800, "上坪村"),
    ("上坪村建成高标准农田800亩;石门村发展民宿23家,接待游客3.5万人次。", 23, "石门村"),
    ("上坪村建成高标准农田800亩;石门村发展民宿23家,接待游客3.5万人次。", 3.5, "石门村"),
    ("溪口村村集体经济收入突破30万元。", 30, "溪口村"),
    ("其中,桃源村引进项目3个,完成投资1200万元。", 1200, "桃源村"),
    ("1.青山村流转土地1500亩,种植茶叶800亩。", 1500, "青山村"),
])
def test_a_village_heading_its_sentence_is_the_subject_of_its_figures(line, value, village):
    assert one(facts_of(TOWN + line + "\n"), value).subject == village


@pytest.mark.parametrize("line,value", [
    ("全镇新建农村公路12公里,行政村通客车率100%。", 12),
    ("全镇新建农村公路12公里,行政村通客车率100%。", 100),
    ("贫困村出列5个,全村实现脱贫。", 5),
    ("各村新建文化广场6个。", 6),
])
def test_a_class_of_villages_is_no_village(line, value):
    assert one(facts_of(TOWN + line + "\n"), value).subject == "东风镇"


def test_a_village_in_a_traditional_text_is_the_subject_in_simplified_script():
    fs = facts_of("嵐溪縣東風鎮2025年工作總結\n2025年,全鎮實現農業總產值3.2億元。石門村發展民宿23家,接待遊客3.5萬人次。\n")
    assert one(fs, 23).subject == "石门村"
    assert one(fs, 3.5).subject == "石门村"


# ---------------------------------------------------------------- a superior named in a county-level city's text

@pytest.mark.parametrize("text,value", [
    ("关于全市城乡生活垃圾治理工作督查情况的通报\n为深入推进全市城乡生活垃圾治理工作,根据省、眉山市的统一部署,"
     "市领导小组办公室组成4个检查组,对全市10个镇处210个行政村进行了督查。全市共排查问题86个。\n", 86),
    ("关于全市城乡生活垃圾治理工作督查情况的通报\n为深入推进全市城乡生活垃圾治理工作,根据省、眉山市的统一部署,"
     "市领导小组办公室组成4个检查组,对全市10个镇处210个行政村进行了督查。全市共排查问题86个。\n", 210),
    ("关于春季植树造林工作的通报\n各乡镇人民政府、街道办事处,市直各单位:\n按照眉山市绿化委员会要求,全市完成植树造林3200亩。"
     "全市各乡镇共栽植苗木12万株。\n", 3200),
])
def test_the_prefecture_a_county_level_citys_text_answers_to_is_not_its_place(text, value):
    assert one(facts_of(text), value).subject == ""


def test_a_prefectures_text_following_the_province_keeps_its_own_place():
    fs = facts_of("关于重点项目推进情况的通报\n各县(区)人民政府,市级有关部门:\n"
                  "根据省、眉山市的部署,全市重点项目完成投资156亿元。各乡镇要加快推进。\n")
    assert one(fs, 156).subject == "眉山市"


# ---------------------------------------------------------------- (c) a headline's city is not carried on

@pytest.mark.parametrize("text,value,expected", [
    ("眉山:一季度重大项目集中开工\n3月8日,四川省一季度重大项目集中开工活动在眉山举行。全省共集中开工项目1200个,"
     "总投资8600亿元。其中,乐山开工项目36个,眉山开工项目28个。\n", 1200, "四川省"),
    ("眉山:一季度重大项目集中开工\n3月8日,四川省一季度重大项目集中开工活动在眉山举行。全省共集中开工项目1200个,"
     "总投资8600亿元。其中,乐山开工项目36个,眉山开工项目28个。\n", 36, "乐山市"),
    ("眉山市三季度重点项目集中开工\n本次集中开工项目56个,总投资320亿元。全省同期集中开工项目1200个。\n", 1200, "四川省"),
    ("眉山新闻网讯 全省重点项目推进会在眉山召开\n会议通报,1-5月全省重点项目完成投资3200亿元,占年度计划的52%。\n",
     52, "四川省"),
    ("眉山市代表团赴乐山考察\n考察团先后走访了乐山市多个园区。乐山市今年一季度新签约项目42个,签约金额260亿元。\n",
     260, "乐山市"),
])
def test_a_headlines_city_is_not_carried_onto_the_provinces_or_another_citys_lines(text, value, expected):
    assert one(facts_of(text), value).subject == expected


@pytest.mark.parametrize("text,value,zone", [
    ("东坡区经济开发区管委会关于上半年经济运行情况的报告\n上半年,开发区完成固定资产投资25亿元。我区新签约项目8个。\n", 25,
     "东坡区经济开发区"),
    ("东坡区经济开发区管委会关于上半年经济运行情况的报告\n上半年,开发区完成固定资产投资25亿元。我区新签约项目8个。\n", 8,
     "东坡区经济开发区"),
    ("青神县经济开发区管委会2025年工作总结\n2025年,全区实现规上工业产值86亿元,同比增长8.1%。开发区新引进企业12家。\n", 86,
     "青神县经济开发区"),
    ("眉山市高新区管委会关于一季度经济运行情况的报告\n一季度,我区完成固定资产投资18亿元。全区新签约项目6个。\n", 6,
     "眉山市高新区"),
    ("仁寿县经济开发区2025年上半年工作情况\n上半年,我区实现工业总产值36亿元。\n", 36, "仁寿县经济开发区"),
])
def test_a_zone_named_with_its_places_full_name_speaks_as_the_zone(text, value, zone):
    assert one(facts_of(text), value).subject == zone


@pytest.mark.parametrize("text, value, place", [
    ("岚溪县交通建设\n随着青川大道改造工程完工,全县新增道路12公里。\n", 12, "岚溪县"),
    ("东坡区项目建设\n伴随东湖片区综合开发项目落地,全区新增就业岗位3200个。\n", 3200, "东坡区"),
    ("青川市工业运行\n由于岚溪化工园扩建项目投产,全市化工产值增长15.2%。\n", 15.2, "青川市"),
    ("岚溪县招商引资\n得益于岚溪物流园项目建成,全县物流企业新增26家。\n", 26, "岚溪县"),
    ("东坪镇乡村振兴\n借助万亩茶园提升工程,全镇茶农人均增收1800元。\n", 1800, "东坪镇"),
])
def test_a_project_in_the_circumstance_of_a_clause_is_no_subject(text, value, place):
    """随着/伴随/由于/得益于/借助 + a project open what the figure is said in; the place the clause speaks of owns it."""
    fs = [f for f in facts_of(text) if f.value == value]
    assert fs and all(f.subject == place for f in fs), [(f.value, f.subject) for f in fs]


# ---------------------------------------------------------------- fragments are never subjects nor indicators

@pytest.mark.parametrize("text,values", [
    # a set the figures after it are parts of (…项目中,) heads no row: the place's figures
    ("岚溪县招商引资项目推进情况\n目前在谈项目中,很有希望2项,较有可能4项,难以落地3项。\n", (2, 4, 3)),
    ("岚溪县重点项目督查通报\n全县在建项目中,进度正常的38个,滞后的7个。\n", (38, 7)),
    ("岚溪县招商引资情况\n今年签约项目中:工业项目12个,服务业项目5个。\n", (12, 5)),
    ("岚溪县重大项目储备情况\n储备项目中，已完成可研的20个，正在编制的15个。\n", (20, 15)),
    ("岚溪县2026年重点项目\n在谈项目中, 有意向的8个, 较成熟的3个。\n", (8, 3)),
])
def test_a_set_frame_heads_no_row(text, values):
    fs = facts_of(text)
    for v in values:
        assert one(fs, v).subject == "岚溪县"


@pytest.mark.parametrize("text,value,not_indicator", [
    ("岚溪县招商引资项目推进情况\n目前在谈项目中,很有希望2项,较有可能4项,难以落地3项。\n", 4, "较"),
    ("岚溪县在谈项目情况\n在谈项目18个,其中签约可能性大的5个,可能性较小的7个。\n", 7, "能性较小"),
    ("岚溪县招商引资项目推进情况\n意向项目中,很有可能落地的6项,较有可能的9项。\n", 9, "较"),
    ("岚溪县项目储备\n储备项目中,最具潜力的4个,较具潜力的8个。\n", 8, "较"),
    ("岚溪县项目储备\n前期项目中,较有把握年内开工的11个。\n", 11, "较"),
])
def test_a_degree_adverb_or_a_modal_word_is_no_fragment_left_of_an_indicator(text, value, not_indicator):
    ind = one(facts_of(text), value).indicator
    assert ind != not_indicator and len(ind) >= 2 and not ind.endswith(("较", "很", "最")), ind


@pytest.mark.parametrize("text,value,subject", [
    ("青川市重点项目推进情况\n全市纳入统计的项目共225个,完成投资86亿元,其中东坡县完成投资12亿元。\n", 12, "东坡县"),
    ("岚溪县重点项目进展\n全县项目完成投资45亿元,同时城关镇完成投资5亿元。\n", 5, "城关镇"),
])
def test_a_joining_word_is_no_part_of_a_subject(text, value, subject):
    assert one(facts_of(text), value).subject == subject


@pytest.mark.parametrize("text,values,subject", [
    # a sector's run-in heading names a class of the place's projects, no project
    ("岚溪县1—9月重点项目进展情况通报\n(一)交通项目。共安排12个,年度计划投资35.4亿元,完成投资27.2亿元。\n", (12, 35.4, 27.2),
     "岚溪县"),
    ("岚溪县1—9月重点项目进展情况通报\n(二)水利工程。共安排8个,完成投资6.1亿元。\n", (8, 6.1), "岚溪县"),
    ("岚溪县重点项目进展\n三、文旅项目:共9个,完成投资3.2亿元。\n", (9, 3.2), "岚溪县"),
    # a level of the lists (自治区层面, 市级层面) is a class too
    ("眉山市重大项目推进\n一季度,市级层面以上重大项目完成投资80亿元(其中,省级层面重大项目完成投资28.1亿元)。\n", (80, 28.1),
     "眉山市"),
])
def test_a_class_of_projects_by_sector_or_level_is_no_subject(text, values, subject):
    fs = facts_of(text)
    for v in values:
        assert one(fs, v).subject == subject


@pytest.mark.parametrize("text,value,subject", [
    ("眉山市一季度重大项目开竣工\n东坡区有数字产业园项目、岷江大道改造工程等20个项目开竣工,总投资约95亿元。\n", 20, "东坡区"),
    ("眉山市一季度重大项目开竣工\n彭山区有锂电材料项目等15个项目集中开工。\n", 15, "彭山区"),
    ("眉山市重点项目观摩\n青神县有竹编产业园、城南污水处理厂等8个项目参加观摩。\n", 8, "青神县"),
    ("眉山市重点项目\n仁寿县共有视高经开区标准厂房项目等11个项目纳入省重点。\n", 11, "仁寿县"),
    # a city whose name ends in 州 before its 市
    ("浙江省一季度重大项目集中开工\n杭州市有云栖新材料产业基地项目一期、之江大道改造工程等50个项目开竣工。\n", 50, "杭州市"),
    ("安徽省重大项目集中开工\n滁州市有某某光伏组件项目二期等12个项目集中开工。\n", 12, "滁州市"),
    # 有色 is no 有: a project's name stays whole
    ("眉山市有色金属产业园项目推进情况\n眉山市有色金属产业园项目完成投资12亿元。\n", 12, "眉山市有色金属产业园项目"),
])
def test_a_place_that_has_the_listed_projects_owns_their_count(text, value, subject):
    assert one(facts_of(text), value).subject == subject


@pytest.mark.parametrize("text,value,indicator", [
    # the statistical basis a figure is counted on (按市口径, 市口径统计) is neither its subject nor its measure
    ("岚溪县重点项目督查通报\n全县45个项目中,市口径统计完成投资12亿元。\n", 12, "完成投资"),
    ("岚溪县经济运行\n按市口径,全县固定资产投资增长8.2%;按县口径增长9.1%。\n", 9.1, "固定资产投资"),
    ("岚溪县经济运行\n按省口径统计的固定资产投资增长10.3%。\n", 10.3, "固定资产投资"),
    ("岚溪县经济运行\n县口径计算,全县规上工业增加值增长7.5%。\n", 7.5, "规上工业增加值"),
    ("岚溪县财政收支\n一般公共预算收入完成8.2亿元,按同口径增长5.8%。\n", 5.8, "一般公共预算收入"),
])
def test_a_statistical_basis_is_no_subject_nor_part_of_the_measure(text, value, indicator):
    f = one(facts_of(text), value)
    assert f.subject == "岚溪县"
    assert indicator in f.indicator and "口径" not in f.indicator, f.indicator


def test_an_all_inclusive_measure_keeps_its_name():
    f = one(facts_of("岚溪县经济运行\n全口径税收收入完成18.6亿元,同比增长6.2%。\n"), 18.6)
    assert f.indicator == "全口径税收收入"
