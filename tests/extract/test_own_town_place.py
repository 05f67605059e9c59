"""The page's own place when it is a town or a 街道: its office heads the text, or it is named once and spoken as
(全镇) again and again; a wider 全市/全区 the text never names is then nobody's known place (subject "").  And a body
whose news a report passes on (据某省某厅消息) is its source, not its place.

Every sentence and figure is invented; the root words of the towns (七星) are ones the gazetteer holds for several
towns, none of which the text anchors.
"""
from __future__ import annotations

from factrun import context_of, one

from taizhang.extract.docregions import speaking_place, unlisted_places
from taizhang.extract.regions import gazetteer


def test_a_street_office_opening_a_one_line_report_is_its_place_over_a_wider_word_it_leads():
    text = ("青禾街道办事处2025年工作报告一、2024年工作回顾一年来,街道聚力发展,完成工业投资3.2亿元,增速领跑全区。"
            "全年实现税收8.6亿元,同比增长4.5%。")
    ctx, ex = context_of(text)
    assert ctx.place is not None and ctx.place.name == "青禾街道"
    assert one(ex.facts, 8.6).subject == "青禾街道"


def test_a_town_named_once_and_spoken_as_again_and_again_is_the_texts_place():
    text = ("甲年经济简况\n稳中有进,七星镇产业升级步伐加快。\n"
            "前十个月,全镇工业总产值41.5亿元,较上年多出7.2%。\n"
            "前十个月,全镇新登记市场主体增加9.3%。\n"
            "前十个月,全镇完成税收12.4亿元。\n"
            "价格方面。当年全市猪肉价格上升1.3%。另外,11月份全市蔬菜价格回落0.9%。\n")
    g = gazetteer()
    own = speaking_place(unlisted_places(text, g))
    assert own is not None and own.name == "七星镇"
    ctx, ex = context_of(text)
    assert ctx.place is not None and ctx.place.name == "七星镇"
    assert one(ex.facts, 41.5).subject == "七星镇"
    # the city's figures the town's bulletin quotes: a city the text never names
    assert one(ex.facts, 1.3).subject == ""
    assert one(ex.facts, 0.9).subject == ""


def test_a_kind_of_town_is_no_town_however_often_the_text_speaks_as_a_town():
    text = ("全镇加快建设中心镇。全镇推进中心镇扩容。全镇培育特色镇,全镇新增企业12家。")
    assert "中心镇" not in {p.name for p in unlisted_places(text, gazetteer())}


def test_a_body_whose_news_is_passed_on_is_the_source_not_the_place():
    text = ("据湖南省商务厅消息:上半年岚溪县稳步推进招商。全县引进企业27家,到位资金88.6亿元。"
            "全县上下抓落实,全县新建厂房9栋。\n")
    ctx, ex = context_of(text)
    assert ctx.place is not None and ctx.place.name == "岚溪县"
    assert one(ex.facts, 27).subject == "岚溪县"


def test_a_province_whose_office_is_quoted_is_no_issuer_of_a_countys_news():
    text = ("据湖南省商务厅消息:上半年芷江侗族自治县稳步推进招商。全县引进企业27家,到位资金88.6亿元。"
            "全县新建厂房9栋。\n")
    ctx, ex = context_of(text)
    assert ctx.place is not None and ctx.place.name == "芷江侗族自治县"
    assert ctx.place.evidence.source != "issuer"


def test_a_prefectures_list_of_key_projects_classes_a_county_level_citys_own_projects():
    text = ("邹城市2025年6月重点项目进展情况\n(一)省重点项目\n我市共2项省重点项目,总投资9.4亿元。\n"
            "(二)济宁重点项目\n我市共41项济宁重点项目,总投资212亿元,1-6月完成投资37.5亿元。"
            "其中:产业工程22项,完成投资19.2亿元。\n")
    ctx, ex = context_of(text)
    assert ctx.place is not None and ctx.place.name == "邹城市"
    assert one(ex.facts, 41).subject == "邹城市"
    assert one(ex.facts, 37.5).subject == "邹城市"
    assert one(ex.facts, 19.2).subject == "邹城市"


def test_a_countys_key_projects_in_its_prefectures_text_stay_the_countys():
    text = ("济宁市2025年6月重点项目进展情况\n全市共320项重点项目,总投资1600亿元。"
            "其中邹城市重点项目41项,完成投资37.5亿元。\n")
    ctx, ex = context_of(text)
    assert one(ex.facts, 41).subject == "邹城市"
