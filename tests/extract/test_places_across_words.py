"""A place's name spelled across the words of a longer name or phrase is no place (sentences invented).

大南昌都市圈 spells 昌都市 (a prefecture of Tibet) across 南昌|都市圈, 新增城区 spells 增城区 across 新增|城区, 沿海城市
spells 海城市 across 沿海|城市: the 市 or 区 is a word's, not a division's word.  And a bloc of places named after its
core city (南昌都市圈, 西安都市圈, 长株潭城市群) is the bloc a county joins, not the county's own place.
"""
from factrun import facts_of, one

from taizhang.extract.docregions import DocRegions
from taizhang.extract.regions import gazetteer


def _surfaces(text: str) -> list[str]:
    return [h[2] for h in DocRegions(text, gazetteer()).hits]


def test_a_full_name_read_across_two_words_is_no_hit():
    assert "昌都市" not in _surfaces("全县深度融入大南昌都市圈，全年经济稳中有进。")
    assert "增城区" not in _surfaces("全年新增城区绿化面积28公顷。")
    assert "海城市" not in _surfaces("着力建设发达沿海城市。")
    assert "中城镇" not in _surfaces("常住人口城镇化率为61.2%，其中城镇为58.1%。")
    # the name standing as words of its own, or inside one longer word, stays
    assert "海城市" in _surfaces("会议在海城市召开。")
    assert "昌都市" in _surfaces("西藏昌都市地区生产总值增长7%。")
    assert "浙江省" in _surfaces("中共浙江省委举行新闻发布会。")


def test_a_county_headline_joining_a_metropolitan_area_gives_no_prefecture():
    text = ("全县深度融入大南昌都市圈 经济运行稳中向好\n\n2025年，全县深度融入大南昌都市圈，经济运行稳中有进。"
            "全年实现地区生产总值320.5亿元，比上年增长5.6%。\n全县规模以上工业增加值增长7.1%。\n")
    fs = facts_of(text)
    assert one(fs, 320.5).subject == ""  # the county is never named: no 昌都市, no 南昌市
    assert one(fs, 7.1).subject == ""


def test_a_headline_of_new_green_space_or_coastal_cities_names_no_county():
    fs = facts_of("新增城区绿化面积28公顷\n\n今年，全市完成城建重点工程投资120亿元，新增城区绿化面积28公顷。\n"
                  "全市新建公园5个。\n")
    assert {f.subject for f in fs} == {""}
    fs = facts_of("发达沿海城市建设稳步推进 全市经济稳中向好\n\n2025年，全市实现地区生产总值3200亿元，比上年增长5.5%。\n"
                  "全市规模以上工业增加值增长6.1%。\n")
    assert one(fs, 3200).subject == ""


def test_the_city_a_metropolitan_area_is_named_after_is_not_the_county_s_place():
    fs = facts_of("西安都市圈建设提速 全县经济稳中向好\n\n2025年，全县深度参与西安都市圈建设，经济运行稳中有进。"
                  "全年实现地区生产总值180.2亿元，比上年增长6.2%。\n全县规模以上工业增加值增长7.1%。\n")
    assert one(fs, 180.2).subject == ""
    # a county that names itself keeps its own name
    fs = facts_of("安义县2025年国民经济和社会发展统计公报\n\n2025年，全县深度融入大南昌都市圈，经济运行稳中有进。"
                  "全年实现地区生产总值320.5亿元，比上年增长5.6%。\n")
    assert one(fs, 320.5).subject == "安义县"
