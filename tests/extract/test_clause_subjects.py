"""How far a subject reaches: a place that leads a clause speaks for the clauses after it that have no subject of
their own, and no further (sentences invented; the places are real so that the gazetteer knows them).

A place qualifying a thing in a clause without a figure (南昌地铁1号线北延开通运营) tells of that thing, and the year's
figure after it is the text's own place's; a count of divisions opening its clause (10个区入选…) is its own subject,
not a sibling place's named before it; a scope word (全市) names the division the text speaks for, whatever smaller
place of the same suffix was named before it; a class of actors (民营企业, 城乡居民) is no actor; the average a wider
place's scope word opens a clause with (全市平均增长4.9%) is that place's figure.
"""
import pytest

from factrun import facts_of, one

PROVINCE = ("江西省2025年政府工作报告\n2024年，全省经济稳中有进。南昌地铁1号线北延开通运营，全年完成交通投资520亿元。"
            "九江长江公铁大桥主桥合龙，新增高速公路通车里程210公里。萍乡市光伏产业加快发展，产值增长21%。"
            "吉安市获批国家试点，新增规上企业130家。\n")
COUNTIES = ("四川省2025年政府工作报告\n县域经济底部支撑更加坚实，西昌市、简阳市跻身全国百强县，11个区入选全国百强区。"
            "东坡区，12个村完成人居环境整治。\n")
CITY = ("赣州市2025年政府工作报告\n2024年，全市经济回升向好。瑞金市红色旅游接待游客3100万人次，全市旅游总收入1260亿元。"
        "章贡区坚持项目为王，全区完成投资310亿元。民营企业完成投资560亿元，增长8.5%。城乡居民储蓄存款余额达5300亿元。\n")
COUNTY_BULLETIN = ("武宁县2024年国民经济和社会发展统计公报\n全县地区生产总值增长6.1%，全市平均增长4.9%，"
                   "全县快于全市1.2个百分点，全省平均增速5.1%。\n")
TRANSPORT = ("湖南省交通运输厅通报\n1至9月，湖南交通建设完成投资1210.5亿元，公铁水空基础设施建设累计完成投资1190亿元。"
             "湘江集团完成投资82亿元。长沙综合实力显著增强，地区生产总值突破1.1万亿元。\n")
NEWS = ("各省居民收入排行\n2023年，12个省份居民收入高于全国平均，江西排在第十二位，"
        "而浙江则以60200元稳居各省区首位。\n")


@pytest.mark.parametrize("text, value, subject", [
    (PROVINCE, 520, "江西省"),  # the metro line opened is no subject of the year's transport investment
    (PROVINCE, 210, "江西省"),  # nor the bridge of the motorway kilometres
    (COUNTIES, 11, "四川省"),  # the districts counted are the province's, not the two cities'
    (CITY, 1260, "赣州市"),  # 全市 after a county-level city in a city's report: the city
    (CITY, 560, "赣州市"), (CITY, 8.5, "赣州市"),  # private firms are a class of the city's actors
    (COUNTY_BULLETIN, 4.9, "九江市"), (COUNTY_BULLETIN, 5.1, "江西省"),  # the wider places' own averages
    (NEWS, 60200, "浙江省"),  # a place after a contrast (而) leads its clause
    (TRANSPORT, 1210.5, "湖南省"), (TRANSPORT, 1190, "湖南省"),  # the work invested in is no body that invested
])
def test_a_subject_reaches_as_far_as_its_clauses(text, value, subject):
    assert one(facts_of(text), value).subject == subject


@pytest.mark.parametrize("text, value, subject", [
    (PROVINCE, 21, "萍乡市"),  # a part of the city's economy: the clause after still speaks of the city
    (PROVINCE, 130, "吉安市"),  # the city did something: the clause after goes on about it
    (COUNTIES, 12, "东坡区"),  # a place set before its clauses speaks for them
    (CITY, 3100, "瑞金市"), (CITY, 310, "章贡区"),  # a place's own clause, and its own scope word (全区)
    (CITY, 5300, "赣州市"),  # residents are a class: the city's deposits
    (COUNTY_BULLETIN, 6.1, "武宁县"), (COUNTY_BULLETIN, 1.2, "武宁县"),
    (TRANSPORT, 82, "湘江集团"),  # a named firm keeps its figure
    (TRANSPORT, 1.1, "长沙市"),  # what the city is (综合实力) is no thing of it: the clause after speaks of the city
])
def test_a_place_keeps_the_clauses_that_speak_of_it(text, value, subject):
    assert one(facts_of(text), value).subject == subject
