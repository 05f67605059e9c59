"""A news page about two places of equal weight, one paragraph each, under a headline that gives each place's
count after its short name and a colon (二季度项目集中开工 甲市:28个 乙区:19个): each paragraph's figures are its
own place's (the district or county-level city holding the event: 乙区也举行…), and each headline item is the place
written before its colon, as the body names it in full.  A county written after its province (陕西省凤县:) is the
county, whichever script the page is in.  Sentences written for these tests; the places are real so that the
gazetteer knows them."""
from __future__ import annotations

from factrun import facts_of, one

TWO_PLACES = ("二季度项目集中开工 如皋:23个 海安:18个\n2024-04-16 来源:本网\n\n"
              "本网讯 昨日,如皋市举行二季度重大项目集中开工活动。如皋二季度计划新开工亿元以上产业项目23个,"
              "计划总投资176亿元。\n\n"
              "同日,海安市也举行二季度集中开工仪式。此次集中开工产业项目共18个,总投资达64.5亿元。\n")


def test_each_paragraph_of_a_two_place_news_is_its_holders():
    fs = facts_of(TWO_PLACES)
    assert one(fs, 176).subject == "如皋市"
    assert one(fs, 64.5).subject == "海安市"
    assert [f.subject for f in fs if f.value == 18 and f.vstart > 40] == ["海安市"]


def test_each_headline_item_is_the_place_before_its_colon():
    fs = facts_of(TWO_PLACES)
    head = {f.value: f.subject for f in fs if f.vstart < 30}
    assert head == {23: "如皋市", 18: "海安市"}


def test_a_county_after_its_province_in_traditional_script_is_the_county():
    text = ("陝西省眉縣:7個項目總投資9.6億元\n2024年3月12日\n\n"
            "陝西省眉縣舉行一季度重點項目集中開工活動,7個項目總投資9.6億元,年度計劃投資3.1億元。\n")
    fs = facts_of(text)
    assert {f.subject for f in fs} == {"眉县"}


def test_a_district_and_a_city_each_opening_its_paragraph_with_the_quarter_own_its_figures():
    text = ("二季度项目集中开工 崇川:17个 海门:12个\n2024-04-16 来源:本网\n\n"
            "本网讯 昨日,崇川区二季度重大项目集中开工活动在开发区举行。此次集中开工亿元以上产业项目17个,"
            "计划总投资121亿元。\n\n海门区二季度重大产业项目集中开工仪式在临江新区举行。此次集中开工产业项目共12个,"
            "总投资达47.5亿元。\n")
    fs = facts_of(text)
    assert one(fs, 121).subject == "崇川区"
    assert one(fs, 47.5).subject == "海门区"
