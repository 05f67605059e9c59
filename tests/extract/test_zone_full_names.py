"""A zone a page calls by an abbreviation is the subject by its official name when the page spells that name out
(``pipeline.zone_named_in_full``, the last stage's ``subjects_as_named``).

Official writing names a development zone in full once (甲州经济技术开发区) and by an abbreviation after (甲州经开区,
甲开区, 甲州开发区), as it names an autonomous division; the abbreviation is the zone the full name names.  A page that
writes no full name, or two that the abbreviation could stand for, keeps the subject as written.

The cities are real (the gazetteer must know them); the zones, sentences and figures are invented."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text, zone_named_in_full
from taizhang.extract.regions import gazetteer


def facts_of(text: str):
    return extract_text(text, "x.txt").facts


def one(fs, value):
    got = [f for f in fs if f.value == value]
    assert len(got) == 1, [(f.value, f.unit, f.subject) for f in fs]
    return got[0]


def test_an_abbreviation_is_the_zone_the_page_names_in_full():
    g = gazetteer()
    text = "昨日,在芜湖市鸠江船舶经济技术开发区举行的推介会上,多家企业签约。鸠江船开区今年新签约项目12个。"
    assert zone_named_in_full("鸠江船开区", text, g) == "鸠江船舶经济技术开发区"
    # the abbreviation leaves out the city the full name is written after: the zone is named with its city
    text = "在南宁青林经济技术开发区举行的活动上。青开区新签约项目9个。"
    assert zone_named_in_full("青开区", text, g) == "南宁青林经济技术开发区"
    text = "宜宾桐岭经济开发区位于城东。宜宾桐岭开发区一季度完成投资8亿元。"
    assert zone_named_in_full("宜宾桐岭开发区", text, g) == "宜宾桐岭经济开发区"


def test_no_full_name_or_two_of_them_leave_the_abbreviation_as_written():
    g = gazetteer()
    assert zone_named_in_full("鸠江船开区", "鸠江船开区今年新签约项目12个。", g) == "鸠江船开区"
    two = "青林经济技术开发区与青林港经济技术开发区合作。青开区新签约项目9个。"
    assert zone_named_in_full("青开区", two, g) == "青开区"
    # a district of the gazetteer is no zone's abbreviation, whatever zone the page names
    assert zone_named_in_full("新华区", "新华路经济开发区今年签约项目3个。", g) == "新华区"


def test_a_zone_called_by_its_abbreviation_has_its_figures_under_its_full_name():
    fs = facts_of("鸠江船开区一季度项目建设情况\n"
                  "鸠江船舶经济技术开发区位于芜湖市江北。今年一季度,鸠江船开区完成固定资产投资36.5亿元,"
                  "同比增长8.2%。\n")
    assert one(fs, 36.5).subject == "鸠江船舶经济技术开发区"
