"""Places the gazetteer lacks: a county, district or town named with its suffix that the text speaks as.

Every name here is invented (岚溪县, 墨川县, 澄溪市, 鹭川镇, 岚江新区); the gazetteer holds none of them in full.
"""
from __future__ import annotations

import pytest
from factrun import context_of, one

from taizhang.extract.docregions import DocRegions, speaking_place, unlisted_places
from taizhang.extract.regions import COUNTY, TOWN, gazetteer


def names(text: str, title_end: int | None = None) -> dict:
    g = gazetteer()
    return {p.name: p for p in unlisted_places(text, g, (0, title_end) if title_end else None)}


# ------------------------------------------------------------------ finding names

def test_a_name_is_delimited_by_the_words_around_it():
    text = "关于印发岚溪县重点项目的通知。赴岚溪县调研。在岚溪县召开会议。推进岚溪县发展。"
    got = names(text)
    assert set(got) == {"岚溪县"}
    p = got["岚溪县"]
    assert p.root == "岚溪" and p.level == COUNTY and len(p.spans) == 4
    assert all(text[a:b] == "岚溪县" for a, b in p.spans)


def test_a_level_character_ends_a_name_only_as_its_last_character():
    got = names("澄州市人民政府办公室。全市上下。澄州市完成投资。黔南州岚溪县召开会议。")
    assert set(got) == {"澄州市", "岚溪县"}
    assert len(got["澄州市"].spans) == 2 and got["澄州市"].issuer


def test_a_chain_stops_at_the_parents_suffix_and_suffix_words_are_kept():
    text = "澄溪市墨川县人民政府。中共墨川县委、墨川县政府召开会议。"
    got = names(text)
    assert "墨川县" in got and got["墨川县"].issuer and len(got["墨川县"].spans) == 3
    assert "澄溪市" in got and got["澄溪市"].level == 2


@pytest.mark.parametrize("text", [
    "全县旅游景区和城市社区建设加快。",  # 景区, 社区, 全县
    "全县重点区建设有序推进,示范区和开发区扩容。",  # 重点区, 示范区, 开发区
    "各县市区、郊县和城区都在推进。",  # 各县, 郊县, 城区
    "创建全国文明城市,超市和市场繁荣。",  # 文明城市, 超市, 市场
    "推动特色小镇和美丽乡村建设,城乡一体化。",  # 小镇, 乡村, 城乡
    "贫困山区群众增收,全市街道社区加强治理。",  # 贫困山区: ordinary words before the suffix
    "岚溪市场监管局开展检查。",  # 市场, not 岚溪市
    "融入粤港澳大湾区建设,在大湾区发展中发挥作用。",  # 大湾区: a region of planning, no division
    "参与美丽圩镇建设,支持一批中心镇做强。",  # 圩镇, 中心镇: kinds of town
    "坚持一县一园多区模式,构建一带一廊一区格局。",  # counted slogans
    "建强用好县级融媒体中心。",  # 县级 after verbs
    "山东枣庄市召开会议,山东枣庄市部署工作。",  # 枣庄市 is the gazetteer's; 山东 its province
    "全市上下对标广州市,学习广州市经验。",  # 广州市 is the gazetteer's, 对标 a verb before it
    "推进县乡村三级治理,市县乡联动,三县两区一市共建。",  # levels counted or listed
    "高举红旗,书记坐镇指挥,走访门市部和菜市场。",  # 旗, 镇, 市 inside common words
    "建设经济特区和地区中心,来自外县的客商与邻县合作。",
    "打造高质量发展示范区和生态文明示范县,推动产业新区建设。",
    "加快老城区改造,支持县城建设,做大做强县域经济。",
])
def test_words_ending_in_a_suffix_are_no_places(text):
    assert names(text) == {}


def test_a_name_the_gazetteer_holds_is_left_to_the_gazetteer():
    assert "兴文县" not in names("兴文县人民政府。全县上下。兴文县完成投资。")


# ------------------------------------------------------------------ speaking as it

def test_title_and_self_reference_make_the_documents_place():
    text = "岚溪县2024年重点项目建设情况通报\n今年以来,全县上下在县委县政府的领导下加快项目建设。"
    p = speaking_place(list(names(text, text.index("\n")).values()))
    assert p is not None and p.name == "岚溪县" and p.in_title and p.self_refs >= 2


def test_two_counties_named_as_often_give_no_place():
    text = "岚溪县完成投资5亿元,墨川县完成投资4亿元。岚溪县新开工项目3个,墨川县新开工项目2个。全县、全县。"
    assert speaking_place(list(names(text).values())) is None


def test_a_county_named_once_in_passing_is_not_the_documents_place():
    text = "全市经济运行平稳。据岚溪县反映,项目进展顺利。"
    assert speaking_place(list(names(text).values())) is None


# ------------------------------------------------------------------ the document's place and subjects

def test_an_invented_county_in_the_title_is_the_place_and_the_subject():
    text = ("岚溪县2024年国民经济和社会发展统计公报\n"
            "  2024年,全县实现地区生产总值182.5亿元,比上年增长6.1%。县委县政府坚持项目为王。\n")
    c, ex = context_of(text)
    assert c.place.name == "岚溪县" and c.place.code == "" and c.place.confidence < 0.7
    assert c.place.evidence.source == "unlisted_title"
    assert text[c.place.evidence.start:c.place.evidence.end] == "岚溪县"
    assert ex.record.regions[0] == "岚溪县"
    assert one(ex.facts, 182.5).subject == "岚溪县"


def test_an_issuer_without_a_title_line_names_the_place():
    text = ("  为加快项目建设,现将有关事项通知如下。全县各乡镇要抓好落实。\n"
            "  一、全年计划新开工项目40个。全县完成投资12亿元。\n"
            "                                      墨川县人民政府办公室\n"
            "                                      2025年3月2日\n")
    c, ex = context_of(text)
    assert c.place is not None and c.place.name == "墨川县"
    assert one(ex.facts, 40).subject == "墨川县"


def test_a_town_document_speaks_as_its_town():
    text = ("鹭川镇2023年工作总结\n"
            "  2023年,在镇党委、镇政府的领导下,全镇完成农业总产值3.2亿元,鹭川镇新建村级道路12公里。\n")
    c, ex = context_of(text)
    assert c.place.name == "鹭川镇"
    assert one(ex.facts, 3.2).subject == "鹭川镇"
    assert one(ex.facts, 12).subject == "鹭川镇"


def test_a_county_named_in_a_figures_clause_is_its_subject_in_a_prefecture_document():
    # the document is the (invented) city's; the county named at the clause start is the subject of its figure
    text = ("澄溪市2023年重点项目进展情况\n  全市完成投资80亿元。其中,岚溪县完成投资20亿元。全市新开工项目30个。\n"
            "  市委市政府要求加快推进。\n")
    c, ex = context_of(text)
    assert c.place.name == "澄溪市"
    assert one(ex.facts, 80).subject == "澄溪市"


def test_counties_named_again_and_again_in_a_city_report_are_the_subjects_of_their_figures():
    text = ("澄溪市2023年重点项目进展情况\n  全市完成投资80亿元。岚溪县完成投资20亿元,墨川县完成投资15亿元。"
            "全市新开工项目30个,其中岚溪县新开工项目9个。\n  市委市政府要求加快推进,墨川县要加快进度。\n")
    c, ex = context_of(text)
    assert c.place.name == "澄溪市"
    assert [one(ex.facts, v).subject for v in (80, 20, 15, 30, 9)] == ["澄溪市", "岚溪县", "墨川县", "澄溪市", "岚溪县"]


def test_a_notice_signed_by_its_city_speaks_as_that_city():
    text = ("关于市政府常务会议议定事项落实情况的督办通报\n各县(区)人民政府,市政府各部门:\n"
            "  市政府督查室对常务会议议定的26项事项进行了督办。截至9月底,已办结18项。\n"
            "                    澄溪市人民政府督查室\n                    2024年10月9日\n")
    c, ex = context_of(text)
    assert c.place.name == "澄溪市" and c.place.evidence.source == "unlisted_issuer"
    assert one(ex.facts, 26).subject == "澄溪市"


def test_the_gazetteers_county_named_as_issuer_is_kept_over_an_unlisted_town():
    text = ("兴文县人民政府关于表彰鹭川镇的决定\n  2023年,全县完成投资50亿元。全县、县委县政府。鹭川镇表现突出。\n")
    c, ex = context_of(text)
    assert c.place.name == "兴文县"


def test_an_unlisted_county_is_narrower_than_its_province_in_the_title():
    text = ("四川省岚溪县2023年政府工作报告\n  过去一年,全县地区生产总值增长7.2%。县委县政府带领全县人民奋力拼搏。\n")
    c, ex = context_of(text)
    assert c.place.name == "岚溪县"
    assert one(ex.facts, 7.2).subject == "岚溪县"


def test_a_place_added_to_the_region_layer_is_found_in_any_window():
    text = "岚溪县完成投资。溪县二字。岚溪经济向好。"
    layer = DocRegions(text, gazetteer())
    p = names(text)["岚溪县"]
    layer.add_place(p.region(), (p.name, p.root))
    hits = layer.find()
    assert [(h.start, h.text) for h in hits if h.region.name == "岚溪县"] == [(0, "岚溪县"), (13, "岚溪")]
    assert [h.text for h in layer.find(1, len(text))] == ["岚溪"]  # a window cutting the name does not see it
    assert layer.find(0, 3, max_level=TOWN)[0].region.code == ""


def test_an_unlisted_place_in_traditional_script_is_named_as_written_and_its_subject_in_simplified():
    # no gazetteer name to give: the document's place and regions are the name as the text writes it (the extractor
    # reads it as 鹭川镇, as every reader of the simplified view does, and hands it out as written:
    # test_traditional_twins.py); a fact's subject is written in simplified script (test_subject_forms.py)
    text = "鷺川鎮2023年工作總結\n  2023年,在鎮黨委、鎮政府的領導下,全鎮完成農業總產值3.2億元,新建村級道路12公里。\n"
    c, ex = context_of(text)
    assert ex.record.context["place"] == "鷺川鎮" and ex.record.regions[0] == "鷺川鎮"
    assert one(ex.facts, 3.2).subject == "鹭川镇"


def test_a_town_the_gazetteer_also_holds_is_named_as_written():
    # 柳塘镇 is a town of the gazetteer (one of several of the name); the text's own town is named as it writes it
    text = "柳塘鎮2022年工作總結\n  2022年,在鎮黨委、鎮政府的領導下,全鎮完成農業總產值2.6億元。\n"
    c, ex = context_of(text)
    assert ex.record.context["place"] == "柳塘鎮"
    assert one(ex.facts, 2.6).subject == "柳塘镇"


def test_a_development_zone_run_as_a_county_is_the_place_of_its_report():
    text = ("岚溪经济技术开发区2024年工作报告\n  2024年,在开发区党工委、管委会的领导下,全区完成规模以上工业总产值320亿元,"
            "比上年增长9.5%。岚溪经济技术开发区新引进项目18个。\n")
    c, ex = context_of(text)
    assert c.place.name == "岚溪经济技术开发区"
    assert [one(ex.facts, v).subject for v in (320, 9.5, 18)] == ["岚溪经济技术开发区"] * 3


@pytest.mark.parametrize("text", ["全县经济开发区和各高新区加快发展,全区上下。", "推动国家级经济技术开发区扩区,全区上下。"])
def test_zone_words_without_a_name_are_no_places(text):
    assert names(text) == {}


def test_a_title_calling_the_place_by_its_short_name_names_it():
    text = ("岚溪:项目建设跑出加速度\n  今年以来,岚溪县新开工项目26个,全县完成投资38亿元。\n")
    c, ex = context_of(text)
    assert c.place.name == "岚溪县" and c.place.evidence.source == "unlisted_title"
    assert one(ex.facts, 26).subject == "岚溪县"


def test_the_actor_named_again_and_again_is_the_place_of_a_report_without_title_or_self_reference():
    text = ("  今年以来,岚溪县新开工项目26个。岚溪县完成投资38亿元,岚溪县新增市场主体1200户。据悉,墨川县也在推进。\n")
    c, ex = context_of(text)
    assert c.place is not None and c.place.name == "岚溪县" and c.place.confidence < 0.6
    assert one(ex.facts, 26).subject == "岚溪县"


def test_two_actors_named_as_often_give_no_place():
    text = ("  岚溪县新开工项目26个。墨川县完成投资38亿元。岚溪县新增市场主体1200户,墨川县新增900户。"
            "岚溪县、墨川县都在推进。\n")
    assert speaking_place(list(names(text).values())) is None


@pytest.mark.parametrize("county", ["岚溪县", "彭山区"])  # one the gazetteer lacks, one it holds
def test_a_zone_named_after_the_county_is_not_the_place_of_the_countys_report(county):
    root, whole = county[:2], "全" + county[-1]
    text = (f"{county}2024年政府工作报告\n  2023年,{whole}生产总值完成120亿元,增长6%。{root}经济开发区改革有序推进,"
            f"园区完成投资15亿元。加快{root}经济开发区建设。{whole}新增市场主体900户。\n")
    c, ex = context_of(text)
    assert c.place is not None and c.place.name == county
    assert one(ex.facts, 120).subject == county


def test_a_town_news_item_speaks_as_its_town_over_a_city_its_team_went_to():
    # the town named again and again, or called 该镇, and a city its team went to named once: the town's figures
    text = ("近日,鹭川镇主要领导带队赴江苏南通开展招商活动,与企业对接洽谈,签订协议4项,总投资约2.3亿元。"
            "该镇招商团队实地查看了8家企业。该镇根据鹭川镇产业特点,与3家企业签订框架协议。\n")
    ctx, ex = context_of(text)
    assert ctx.place.name == "鹭川镇"
    assert one(ex.facts, 2.3).subject == "鹭川镇"
    text = ("墨溪镇积极开展产业链招商。墨溪镇工作人员多次奔赴山东、湖北等省和福建厦门等地,开展招商活动20多次。"
            "墨溪镇是工业重镇。墨溪镇在投洽会上拟签约项目3个。\n")
    ctx, ex = context_of(text)
    assert ctx.place.name == "墨溪镇"
    assert one(ex.facts, 20).subject == "墨溪镇"
