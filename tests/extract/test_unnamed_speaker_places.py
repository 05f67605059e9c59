"""A text speaking as a division below the province it never names (全区, 全县, 我旗; 全市, 全盟) names the places above
it only as the wider places it lies in: a district's report 在某市委、市政府和区委的领导下, a county's news whose power
line runs 浙江至福州, a city's release following a speech given in its province.  Its own figures are of no place it names: subject "" (SCHEMA: "" when the text never names the place),
never the city or province above it.  A text that names its district, or whose 全区 is an autonomous region's, keeps
its place.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_districts_report_naming_only_its_city():
    _, ex = context_of("政府工作报告\n——2020年1月8日在区第六届人民代表大会第四次会议上\n各位代表:\n"
                       "现在,我代表区人民政府向大会报告工作,请予审议。\n一、2019年工作回顾\n"
                       "一年来,在绵阳市委、市政府和区委的坚强领导下,全区上下团结奋进。全区地区生产总值完成312.4亿元,"
                       "增长7.6%,占全市比重提高0.8个百分点;社会消费品零售总额128.3亿元,增长9.1%。\n"
                       "二、2020年主要目标\n全区地区生产总值增长7%,固定资产投资增长9%。\n")
    for v in (312.4, 7.6, 0.8, 128.3, 9.1, 7, 9):
        assert one(ex.facts, v).subject == ""


def test_a_countys_news_naming_a_province_in_a_lines_name():
    _, ex = context_of("今年以来,在市委、市政府的正确领导下,我县经济社会持续发展。1-9月,全县地区生产总值68.2亿元、增长8.4%,"
                       "固定资产投资31.7亿元、增长15%。全县实施在建项目98个、总投资176亿元。加快湖南至广东特高压线路工程、"
                       "县城220千伏变电站等电力设施建设,确保全年投资2.8亿元。\n")
    for v in (68.2, 8.4, 31.7, 98, 176, 2.8):
        assert one(ex.facts, v).subject == ""


def test_a_banners_speech_naming_only_its_league():
    _, ex = context_of("同志们:\n今年以来,全旗上下认真贯彻落实兴安盟委、行署决策部署。上半年,全旗地区生产总值完成41.6亿元,"
                       "增长6.2%;一般公共预算收入2.3亿元,增长11%。我旗粮食总产量预计达到18亿斤。\n")
    for v in (41.6, 6.2, 2.3, 11):
        assert one(ex.facts, v).subject == ""


def test_a_district_that_names_itself_keeps_its_place():
    _, ex = context_of("政府工作报告\n——2020年1月8日在涪城区第六届人民代表大会第四次会议上\n各位代表:\n"
                       "现在,我代表涪城区人民政府向大会报告工作,请予审议。\n一、2019年工作回顾\n"
                       "一年来,在绵阳市委、市政府和区委的坚强领导下,全区上下团结奋进。全区地区生产总值完成312.4亿元,"
                       "增长7.6%。\n")
    assert one(ex.facts, 312.4).subject == "涪城区"


def test_an_autonomous_regions_text_keeps_its_place():
    _, ex = context_of("广西壮族自治区2019年国民经济运行情况\n2020-01-20\n\n2019年,全区上下坚持稳中求进工作总基调。"
                       "全区地区生产总值21237亿元,增长6%;南宁市地区生产总值4506亿元,增长5.7%。全区固定资产投资增长9.5%。\n")
    assert one(ex.facts, 21237).subject == "广西壮族自治区"
    assert one(ex.facts, 4506).subject == "南宁市"


def test_a_city_never_named_is_not_inferred_from_its_districts():
    # the lead's convention of session 21: the 全市 figures are of no place named; each district keeps its own
    _, ex = context_of("全市重点项目建设进展情况通报\n2023-08-05\n1-7月,全市72个重点项目完成投资186.4亿元,占年度计划的62.3%。"
                       "其中,西湖区完成投资41.2亿元,青云谱区完成投资35.6亿元,进贤县完成投资28.1亿元。全市新开工项目18个。\n")
    for v in (72, 186.4, 62.3, 18):
        assert one(ex.facts, v).subject == ""
    assert one(ex.facts, 41.2).subject == "西湖区"
    assert one(ex.facts, 28.1).subject == "进贤县"


def test_the_first_of_the_districts_a_bulletin_opens_with_is_not_its_place():
    _, ex = context_of("各县区重点项目推进情况\n上半年,临潼区完成投资51.2亿元,长安区完成投资44.6亿元,蓝田县完成投资20.3亿元,"
                       "周至县完成投资18.7亿元。全市重点项目共完成投资312亿元,同比增长8.2%。\n")
    assert one(ex.facts, 51.2).subject == "临潼区"
    assert one(ex.facts, 18.7).subject == "周至县"
    assert one(ex.facts, 312).subject == ""



# A text speaking as a prefecture-level division (全市, 全州, 全盟) names its province only as the wider place it lies
# in, as a county's text does its city: the province met once in the title of a speech it follows is no subject.

def test_a_citys_half_year_release_naming_only_its_province():
    _, ex = context_of("今年以来,全市以习近平总书记考察湖南重要讲话精神为指引,稳住经济基本盘。\n"
                       "1-6月,全市地区生产总值812.36亿元,同比增长6.8%。分产业看,第一产业增加值41.27亿元,"
                       "增长3.2%。全市规模以上工业增加值增长9.4%,社会消费品零售总额326.5亿元,增长7.1%。\n")
    for v in (812.36, 6.8, 41.27, 3.2, 9.4, 326.5, 7.1):
        assert one(ex.facts, v).subject == ""


def test_a_leagues_report_naming_only_its_region():
    _, ex = context_of("今年以来,全盟上下认真落实习近平总书记考察内蒙古重要讲话精神。1-6月,全盟地区生产总值完成268.4亿元,"
                       "增长5.9%;全盟粮食播种面积达到1320万亩。\n")
    for v in (268.4, 5.9, 1320):
        assert one(ex.facts, v).subject == ""


def test_a_city_that_names_itself_keeps_its_place_beside_its_province():
    _, ex = context_of("今年以来,全市以习近平总书记考察湖南重要讲话精神为指引,稳住经济基本盘。\n"
                       "衡阳市1-6月地区生产总值812.36亿元,同比增长6.8%。全市社会消费品零售总额326.5亿元。\n")
    assert one(ex.facts, 812.36).subject == "衡阳市"
