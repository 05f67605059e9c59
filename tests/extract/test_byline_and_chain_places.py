"""Whose figures a text gives, from where the text itself says it: the place a news item's byline files it from and
the division the item speaks as (江北日报临川3月5日讯 …我省… → 江西省), a district named after its city at the head of
its own report (青山市临水区十届人大三次会议: the district; 全市 stays the city's), the year of a targets lead carried over
a watchword to the targets of the next paragraph, an anaphor (该县) taking up the place named before it, and a
programme (十大工业项目) that is a set of the place's projects, no subject.

Every text is written for these tests.  The provinces, 临川, 济宁, 邹城, 南宁, 抚州, 郑州, 中山, 海南, 赣州, 鄂州市鄂城区, 仁寿县 and
彭山区 are real so that the gazetteer knows them; 江北日报, 青山市, 临水区, 岚湖区, 岚溪县, 东坪县 and 青川市 are invented.
"""
from __future__ import annotations

import pytest

from factrun import context_of, one


# ---------------------------------------------------------------- G2: a byline's place and 我省 / 我市 / 全区

BYLINE_NEWS = [
    # a paper's dateline city, the text speaking as the province that city lies in
    ("全省消费投诉处理工作成效明显\n江北日报临川3月5日讯(记者 王明)记者从省市场监管局获悉,2024年我省累计受理消费投诉8200件,"
     "办结率达98.5%。\n", "江西省", 8200),
    # a news site's dateline, a city of Shandong
    ("我省新增高新技术企业1200家\n大众网济宁6月8日讯 2023年,我省新增高新技术企业1200家,总数达到3.2万家。\n", "山东省", 3.2),
    # a news agency's dateline, the text speaking as an autonomous region (全区)
    ("自治区外贸稳中有升\n新华社南宁5月12日电 记者从南宁海关获悉,今年前4个月,全区外贸进出口总值2300亿元,同比增长9%。\n",
     "广西壮族自治区", 2300),
    # 本报 with the city it files from, a province's paper
    ("我省粮食产量创新高\n本报郑州12月14日讯(记者 刘洋)2024年我省粮食总产量1343亿斤,比上年增加18亿斤。全省粮食播种面积稳定。\n",
     "河南省", 1343),
    # no dateline city: the place heading the site's name, the text speaking as the province
    ("全省旅游市场持续升温\n中国江西网讯 今年“五一”假期,全省共接待游客3200万人次,实现旅游收入210亿元。\n", "江西省", 210),
    # a city's paper, the text speaking as the city (我市): the city itself, not a district of that name elsewhere
    ("我市上半年新增市场主体1.8万户\n中山日报讯(记者 陈强)上半年,我市新增市场主体1.8万户,同比增长7.2%,与江门市合作共建项目"
     "12个。\n", "中山市", 7.2),
    # a province's paper whose name is also the short name of a prefecture elsewhere
    ("全省新能源汽车产量增长\n海南日报讯(记者 林芳)今年1-10月,全省新能源汽车产量达到5.6万辆,同比增长41%。\n", "海南省", 5.6),
    # a county-level city's dateline, the text speaking as 我市: that city, not the prefecture it lies in
    ("我市新增规上工业企业36家\n大众网邹城3月6日讯 2024年,我市新增规上工业企业36家,全市规上工业营业收入增长9.5%。\n",
     "邹城市", 9.5),
    # a city's paper, the text speaking as 我市 under a district's dateline: the city the district lies in
    ("全市一季度新增就业1.2万人\n抚州日报临川4月2日讯(记者 周敏)今年一季度,我市城镇新增就业1.2万人,完成年度目标的31%。"
     "全市失业保险参保人数增长3%。\n", "抚州市", 31),
]


@pytest.mark.parametrize("text,place,value", BYLINE_NEWS)
def test_a_bylines_place_resolves_the_division_the_news_speaks_as(text, place, value):
    ctx, ex = context_of(text)
    assert ctx.place is not None and ctx.place.name == place
    assert ctx.place.evidence.source == "dateline_place"
    assert one(ex.facts, value).subject == place


def test_a_bylines_place_leaves_a_division_it_does_not_lie_in_unresolved():
    # 全县 under a dateline of a prefecture's city: some county the byline does not name
    ctx, ex = context_of("农村公路建设提速\n新华社兰州4月2日电 今年以来,全县新改建农村公路120公里,完成投资3.1亿元。\n")
    assert ctx.place is None and one(ex.facts, 120).subject == ""
    # …and the province it does lie in, once the text speaks as the province
    ctx, ex = context_of("农村公路建设提速\n新华社兰州4月2日电 今年以来,全省新改建农村公路1200公里,全省完成投资31亿元。\n")
    assert ctx.place.name == "甘肃省" and one(ex.facts, 1200).subject == "甘肃省"


def test_the_self_reference_is_no_part_of_the_indicator():
    _, ex = context_of(BYLINE_NEWS[0][0])
    assert one(ex.facts, 8200).indicator == "受理消费投诉"
    _, ex = context_of(BYLINE_NEWS[1][0])
    assert one(ex.facts, 3.2).indicator == "高新技术企业总数"


# ---------------------------------------------------------------- G1: a district named after its city

CHAIN_REPORTS = [
    # a district the gazetteer lacks under a city it knows, the meeting by its term (十届人大); the dictionary has 水区
    ("赣州市临水区十届人大三次会议开幕\n2月20日,赣州市临水区十届人大三次会议开幕。报告提出,2024年全区经济社会发展的主要预期目标是:"
     "地区生产总值增长7%以上,固定资产投资增长10%以上。全市生产总值增长5%。\n", "临水区", "赣州市"),
    # city and district both invented
    ("青山市岚湖区十届人大三次会议开幕\n2月20日,青山市岚湖区十届人大三次会议开幕。报告提出,2024年全区经济社会发展的主要预期目标"
     "是:地区生产总值增长7%以上,固定资产投资增长10%以上。全市生产总值增长5%。\n", "岚湖区", "青山市"),
    # the chain only in the lead, under a headline naming no place, the city's 全市 said more often than 全区
    ("凝心聚力开新局 实干笃行谱新篇\n1月10日,青山市临水区十届人大三次会议开幕。会议听取了区政府工作报告。报告提出,今年全区主要"
     "预期目标是:地区生产总值增长7%以上,固定资产投资增长10%以上。全市经济稳中有进,全市生产总值增长5%。\n", "临水区", "青山市"),
]


@pytest.mark.parametrize("text,district,city", CHAIN_REPORTS)
def test_a_district_named_after_its_city_is_the_reports_place(text, district, city):
    ctx, ex = context_of(text)
    assert ctx.place is not None and ctx.place.name == district
    assert one(ex.facts, 7).subject == district
    assert one(ex.facts, 10).subject == district
    assert one(ex.facts, 5).subject == city  # a figure of the whole city stays the city's


def test_a_known_district_in_the_lead_is_the_place_over_the_city_it_names_first():
    # the meeting by its term only, the district's office-holder in the sentence, 全区 more often than 全市
    text = ("凝心聚力开新局\n1月10日,鄂州市鄂城区区长王某某在区十届人大三次会议上作政府工作报告。报告指出,全市经济稳中有进。"
            "全区地区生产总值增长6%,全区规上工业增加值增长8%。今年,全区主要预期目标是:地区生产总值增长7%以上,"
            "固定资产投资增长10%以上。\n")
    ctx, ex = context_of(text)
    assert ctx.place.name == "鄂城区"
    for v in (6, 8, 7, 10):
        assert one(ex.facts, v).subject == "鄂城区"
    text = ("凝心聚力开新局 实干笃行谱新篇\n1月10日,鄂州市鄂城区十届人大三次会议开幕。会议听取了区政府工作报告。报告提出,今年全区"
            "主要预期目标是:地区生产总值增长7%以上,固定资产投资增长10%以上。全市经济稳中有进,全市上下干劲十足。\n")
    ctx, ex = context_of(text)
    assert ctx.place.name == "鄂城区" and one(ex.facts, 10).subject == "鄂城区"


# ---------------------------------------------------------------- H: a targets lead over a watchword

MOTTO_LEADS = [
    ("南康区政府工作报告\n2023年,全区地区生产总值增长6%。\n2024年,本区主要预期目标是:稳中求进。\n"
     "力争投资增长12%以上、财政收入达到9亿元、市场主体增长30%以上。\n", "2024", (12, 9, 30)),
    ("岚溪县十届人大三次会议开幕\n1月14日,岚溪县第十届人民代表大会第三次会议开幕。\n2025年,全县经济社会发展的主要预期目标是:"
     "稳字当头、稳中求进。\n力争地区生产总值增长6.5%、规上工业增加值增长9%、新开工项目40个以上。\n", "2025", (6.5, 9, 40)),
    # a watchword of several clauses, no figure in it
    ("东坪县政府工作报告\n2024年,全县经济社会发展的主要预期目标是:坚持稳中求进工作总基调,完整准确全面贯彻新发展理念,推动经济"
     "实现质的有效提升和量的合理增长。\n力争地区生产总值增长7%以上、规上工业增加值增长9%、固定资产投资增长10%左右。\n", "2024",
     (7, 9, 10)),
    ("仁寿县人民政府工作报告\n2026年全县发展的主要目标是:高质量发展。\n力争固定资产投资增长8%,社会消费品零售总额增长7%,"
     "城镇新增就业6000人。\n", "2026", (8, 7, 6000)),
]


@pytest.mark.parametrize("text,year,values", MOTTO_LEADS)
def test_the_year_of_a_targets_lead_over_a_watchword_holds_for_the_next_paragraphs_targets(text, year, values):
    _, ex = context_of(text)
    for v in values:
        f = one(ex.facts, v)
        assert f.kind == "target" and f.period == year, (v, f.kind, f.period)


# ---------------------------------------------------------------- G3: 该县, 该区

def test_an_anaphor_takes_up_the_place_named_before_it():
    _, ex = context_of("青川市上半年项目建设综述\n今年以来,青川市各地狠抓项目建设。岚溪县把项目建设作为头号工程。今年1至6月,"
                       "该县实现新开工项目40个,完成投资32亿元。东坪县紧盯重点项目,该县上半年签约项目18个。\n")
    assert one(ex.facts, 40).subject == "岚溪县" and one(ex.facts, 40).indicator == "新开工项目"
    assert one(ex.facts, 32).subject == "岚溪县"
    assert one(ex.facts, 18).subject == "东坪县"
    _, ex = context_of("眉山市重点项目建设加快推进\n记者从眉山市发改委获悉,仁寿县今年以来项目建设提速。1-8月,该县新开工项目"
                       "28个,该县完成固定资产投资增长12.5%。彭山区同期新签约项目9个,该区实现签约金额45亿元。\n")
    assert one(ex.facts, 28).subject == "仁寿县"
    assert one(ex.facts, 12.5).subject == "仁寿县"
    assert one(ex.facts, 45).subject == "彭山区"


# ---------------------------------------------------------------- G4: a programme is no subject

@pytest.mark.parametrize("text,value,indicator", [
    ("岚溪县重点项目建设进展情况\n1至9月,全县重点项目完成投资82亿元。十大工业项目完成投资35亿元,占年度计划的78%。\n", 35,
     "十大工业项目完成投资"),
    ("青川市重点项目建设进展情况\n1至9月,全市重点项目完成投资182亿元。其中,“双百工程”项目完成投资20亿元。\n", 20,
     "双百工程项目完成投资"),
])
def test_a_programme_counting_its_members_is_no_subject(text, value, indicator):
    ctx, ex = context_of(text)
    f = one(ex.facts, value)
    assert f.subject == ctx.place.name
    assert f.indicator == indicator
