"""A list's noun carried to its items: places listed with their figures after a lead or a breakdown opener, and the
parts of a count that name nothing but their status (sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text, expected", [
    # the opener closed by a colon (从区域看:) frames the split and names nothing counted: the first item names it
    ("衢州市1-9月投资运行情况\n1-9月,全市新开工项目78个。从区域看:柯城区新开工项目41个,衢江区37个,龙游县22个。\n",
     {41: ("柯城区", "新开工项目"), 37: ("衢江区", "新开工项目"), 22: ("龙游县", "新开工项目")}),
    ("衢州市1-9月投资运行情况\n1-9月,全市新开工项目78个。分区域看：柯城区新开工项目41个，衢江区37个。\n",
     {37: ("衢江区", "新开工项目")}),
    # a breakdown by places after the whole's count, each place's amounts beside it
    ("青川市一季度重大项目集中开工\n本次集中开工项目共56个,总投资230亿元。分区域看,东坡区项目12个,总投资58亿元;"
     "岚溪县项目9个,总投资31亿元。\n",
     {12: ("东坡区", "集中开工项目"), 58: ("东坡区", "集中开工项目总投资"), 9: ("岚溪县", "集中开工项目")}),
    # 其中 opens the places' parts of a count in the sentence before
    ("岚溪县招商引资简报\n1-6月,全县新签约项目46个,签约金额128亿元。其中,东坪镇项目8个,签约金额20亿元;"
     "河口镇项目6个,签约金额15亿元。\n",
     {8: ("东坪镇", "新签约项目"), 20: ("东坪镇", "新签约项目签约金额"), 6: ("河口镇", "新签约项目")}),
    # towns' streets in a district's report, opened by 从各街道看
    ("东坡区重点项目竣工情况\n今年以来全区竣工投产项目18个。从各街道看,城东街道项目5个,城西街道项目4个。\n",
     {5: ("城东街道", "竣工投产项目"), 4: ("城西街道", "竣工投产项目")}),
    # a lead ending in 情况: before the places, the places written without a head noun
    ("青川市项目建设通报\n全市重点项目开工情况:东坡区12个,高新区8个,岚溪县5个。\n",
     {12: ("东坡区", "重点项目开工"), 8: ("高新区", "重点项目开工"), 5: ("岚溪县", "重点项目开工")}),
    # the places' paragraph after a blank line, below a split by sectors: the whole is the count before the split
    ("黔南州重大项目集中开工\n本次开工项目共60个,总投资200亿元。分领域看,工业项目20个,总投资80亿元;城镇建设项目40个,"
     "总投资120亿元。\n\n分地区看,都匀市项目14个,总投资50亿元;福泉市项目9个,总投资30亿元。\n",
     {14: ("都匀市", "集中开工项目"), 50: ("都匀市", "集中开工项目总投资"), 9: ("福泉市", "集中开工项目")}),
    ("岚溪县签约项目情况\n上半年全县签约项目48个。按产业分,工业项目30个,服务业项目18个。\n\n从各乡镇看,东坪镇项目12个,"
     "河口镇项目9个。\n",
     {12: ("东坪镇", "签约项目"), 9: ("河口镇", "签约项目")}),
    # a lead ending in 如下: over towns counted with 有
    ("河口县企业培育情况\n今年新增规上企业情况如下:青石镇有6家,白沙乡有4家。\n",
     {6: ("青石镇", "新增规上企业"), 4: ("白沙乡", "新增规上企业")}),
])
def test_a_place_listed_with_its_figure_counts_its_part_of_the_whole(text, expected):
    fs = facts_of(text)
    for value, (subject, indicator) in expected.items():
        f = one(fs, value)
        assert (f.subject, f.indicator) == (subject, indicator), value


@pytest.mark.parametrize("text", [
    # the place's own figure of another kind: no part of the whole's count
    "青川市工业情况\n全市新签约项目46个。东坡区企业12家,岚溪县企业9家。\n",
    # a count of the place opening its sentence without any whole before it
    "岚溪县项目建设情况\n岚溪县项目46个,总投资120亿元。\n",
])
def test_a_place_with_a_figure_but_no_whole_keeps_its_own_name(text):
    fs = facts_of(text)
    assert all(f.indicator not in ("新签约项目",) or f.unit == "个" for f in fs)
    assert all(f.indicator for f in fs)


@pytest.mark.parametrize("text, expected", [
    ("岚溪县隐患排查情况\n今年共排查隐患问题46个,其中有5个已整改到位,有41个正在整改。\n",
     {5: "隐患问题已整改到位", 41: "隐患问题正在整改"}),
    ("东坡区信访工作\n全区共收到群众来信120件,其中有35件属于重复信访,有85件已办结。\n",
     {35: "群众来信属于重复信访", 85: "群众来信已办结"}),
    ("东坡区12345热线运行情况\n共受理群众诉求860件,其中:已办结812件,正在办理48件。\n",
     {812: "已办结群众诉求", 48: "群众诉求正在办理"}),
    ("青川市督查通报\n本轮督查共发现问题128个,已整改到位96个,有32个正在整改。\n",
     {96: "已整改到位发现问题", 32: "问题正在整改"}),
    ("岚溪县协调工作\n梳理出需要协调解决的困难问题36个,其中有21个已经解决,另有15个仍在协调。\n",
     {21: "需要协调解决的困难问题已经解决", 15: "需要协调解决的困难问题仍在协调"}),
    ("青川市安全生产情况\n全市今年共排查出安全隐患520处,其中重大隐患12处,已整改508处,尚未整改10处。\n",
     {12: "重大隐患", 508: "安全隐患已整改", 10: "安全隐患尚未整改"}),
    ("岚溪县民生实事进展\n全县纳入考核的民生实事共30件,其中有18件已完成,有12件正在推进。\n",
     {18: "纳入考核的民生实事已完成", 12: "纳入考核的民生实事正在推进"}),
])
def test_a_part_named_only_by_its_status_counts_the_wholes_noun_in_that_status(text, expected):
    fs = facts_of(text)
    for value, indicator in expected.items():
        assert one(fs, value).indicator == indicator, value


def test_a_part_with_a_noun_of_its_own_keeps_it():
    fs = facts_of("东坡区督查情况\n共督查重点项目40个,其中有6个乡镇项目进度滞后。\n")
    assert "其中" not in one(fs, 6).indicator and "有" != one(fs, 6).indicator[-1]


@pytest.mark.parametrize("text, expected", [
    ("青川市招商引资\n全市签约项目中,工业类12个、服务业类8个、农业类3个。\n",
     {12: "工业类签约项目", 8: "服务业类签约项目", 3: "农业类签约项目"}),
    ("岚溪县企业培育\n今年新引进企业中,制造业类15家,商贸流通类9家。\n", {15: "制造业类新引进企业", 9: "商贸流通类新引进企业"}),
    ("东坡县热线办理\n全县受理的群众诉求中:城建类320件,环保类86件。\n", {320: "城建类受理的群众诉求", 86: "环保类受理的群众诉求"}),
    ("河口县督查通报\n本次督查发现的问题中,安全生产类问题12个、环境保护类8个。\n", {12: "安全生产类问题", 8: "环境保护类督查发现的问题"}),
    ("青川市项目开工\n一季度开工项目中,基础设施类项目10个,产业类项目22个。\n", {10: "基础设施类项目", 22: "产业类项目"}),
])
def test_a_class_listed_after_its_set_counts_that_class_of_the_set(text, expected):
    fs = facts_of(text)
    for value, indicator in expected.items():
        assert one(fs, value).indicator == indicator, value


@pytest.mark.parametrize("text, value", [
    ("原标题:岚溪县32个重点项目集中开工\n\n9月28日,岚溪县32个重点项目集中开工,总投资56.2亿元。\n", 32),
    ("引题:东坡区18个项目签约落地\n\n本报讯 昨日,东坡区举行项目签约仪式,18个项目集中签约。\n", 18),
    ("副标题:青川镇新建5所学校\n\n今年以来,青川镇新建学校5所,新增学位2400个。\n", 5),
    ("原标题：河口县12家企业获评省级专精特新\n\n近日，河口县12家企业获评省级专精特新中小企业。\n", 12),
])
def test_a_headline_label_is_no_lead_of_a_list(text, value):
    """原标题:/引题:/副标题: label the news page's headline; the place and count after them are no item of a list
    whose measure the label would be."""
    for f in facts_of(text):
        assert not any(w in f.indicator for w in ("标题", "引题")), (f.value, f.indicator)
    assert [f for f in facts_of(text) if f.value == value]
