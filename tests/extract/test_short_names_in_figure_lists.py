"""A province's or the nation's report lists its places by their bare short forms, each with its figure, in a list
parted by 、 (从属地看,南宁12件、柳州9件 / 其中,襄阳86个、宜昌74个 / 分地区看,广东8.3万亿元、江苏5.2万亿元) or by
semicolons, each place's item holding what was done of its figure (郑州312件,已办结298件;洛阳156件,…): every
figure is its place's, named as the gazetteer names it.  A list of things whose names are also short forms of places
(黄金17.42吨、白银3029.3吨: 白银 the metal, as 黄金 is one) names no place.

Sentences written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_cities_by_their_short_forms_in_a_provinces_supervision_notice():
    fs = facts_of("广西壮族自治区环保督察信访件办理情况通报\n5月20日,督察组向我区转办第八批信访件68件。从属地看,南宁12件、"
                  "柳州9件、桂林7件、梧州3件。\n")
    assert [one(fs, v).subject for v in (68, 12, 9, 7, 3)] == ["广西壮族自治区", "南宁市", "柳州市", "桂林市", "梧州市"]


def test_cities_after_其中_in_a_provinces_progress_report():
    fs = facts_of("湖北省2024年一季度重大项目开工情况\n一季度全省新开工亿元以上项目512个。其中,襄阳86个、宜昌74个、荆州52个、"
                  "黄冈41个。\n")
    assert [one(fs, v).subject for v in (86, 74, 52, 41)] == ["襄阳市", "宜昌市", "荆州市", "黄冈市"]
    assert {one(fs, v).indicator for v in (86, 74, 52, 41)} == {"新开工亿元以上项目"}


def test_provinces_by_their_short_forms_in_a_national_release():
    fs = facts_of("2023年全国各地区外贸情况\n分地区看,广东8.3万亿元、江苏5.2万亿元、浙江4.9万亿元。\n")
    assert [one(fs, v).subject for v in (8.3, 5.2, 4.9)] == ["广东省", "江苏省", "浙江省"]


def test_places_whose_items_hold_what_was_done_of_their_figure():
    fs = facts_of("河南省2024年1-6月信访事项办理通报\n截至6月底,全省累计受理信访事项1286件,其中,郑州312件,已办结298件;"
                  "洛阳156件,已办结150件;南阳98件,已办结91件。\n")
    assert [one(fs, v).subject for v in (312, 298, 156, 150, 98, 91)] == ["郑州市", "郑州市", "洛阳市", "洛阳市",
                                                                          "南阳市", "南阳市"]


def test_an_items_own_figures_parted_by_the_same_mark():
    fs = facts_of("福建省重大项目集中开工\n全省集中开工重大项目358个。其中,福州45个、总投资210亿元,厦门17个、总投资88亿元,"
                  "漳州83个、总投资369亿元。\n")
    assert [one(fs, v).subject for v in (45, 210, 17, 88, 83, 369)] == ["福州市", "福州市", "厦门市", "厦门市",
                                                                        "漳州市", "漳州市"]


def test_a_list_of_things_named_like_places_names_no_place():
    fs = facts_of("甘肃省2023年国民经济和社会发展统计公报\n全年主要工业产品中,黄金17.42吨、白银3029.3吨、铜材4.05万吨。\n")
    assert [one(fs, v).subject for v in (17.42, 3029.3, 4.05)] == ["甘肃省"] * 3
    assert one(fs, 3029.3).indicator == "白银"
