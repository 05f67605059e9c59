"""A whole split by residence (其中城镇…,农村…; 分城乡看,…): a figure named only by its class of residence (城镇, 农村,
乡村, 城市) measures the whole's measure for the residents of that class, and is the whole's place's (城镇 is no town
named 城): 居民人均消费支出18000元,其中:城镇24000元 → 城镇居民人均消费支出 of the county; 居民恩格尔系数为31.2%,其中城镇
为29.8% → 城镇居民恩格尔系数; 居民消费价格上涨2.1%,其中城市上涨2.3% → 城市居民消费价格.  A part naming its own measure
(城镇人口21.2万人) keeps it, and a whole of no residents keeps the part's own form (城镇零售额).

Every text is written for these tests.
"""
from __future__ import annotations

from factrun import facts_of, one

BULLETIN = ("岚溪县2025年国民经济和社会发展统计公报\n\n"
            "年末全县户籍人口48.6万人，其中城镇人口19.3万人，乡村人口29.3万人。"
            "全县居民人均消费支出19650元，其中：城镇25410元，农村14120元。"
            "居民恩格尔系数为30.6%，其中城镇为28.9%，农村为32.4%。"
            "全年居民消费价格上涨2.1%，其中城市上涨2.3%，农村上涨1.7%。"
            "全年社会消费品零售总额132亿元，其中城镇108亿元，乡村24亿元。"
            "全县居民人均可支配收入29800元，增长6.2%。分城乡看，城镇居民38750元，增长5.4%；农村居民21360元，增长7.1%。\n")


def test_a_part_named_by_its_class_of_residence_measures_the_whole_for_its_residents():
    fs = facts_of(BULLETIN)
    got = {v: (one(fs, v).indicator, one(fs, v).subject) for v in (25410, 14120, 28.9, 32.4)}
    assert got == {25410: ("城镇居民人均消费支出", "岚溪县"), 14120: ("农村居民人均消费支出", "岚溪县"),
                   28.9: ("城镇居民恩格尔系数", "岚溪县"), 32.4: ("农村居民恩格尔系数", "岚溪县")}


def test_a_change_of_a_part_and_a_split_opened_by_its_view():
    fs = facts_of(BULLETIN)
    assert one(fs, 2.3).indicator.startswith("城市居民消费价格")
    assert one(fs, 1.7).indicator.startswith("农村居民消费价格")
    assert {v: one(fs, v).indicator for v in (38750, 5.4, 21360, 7.1)} == {
        38750: "城镇居民人均可支配收入", 5.4: "城镇居民人均可支配收入",
        21360: "农村居民人均可支配收入", 7.1: "农村居民人均可支配收入"}


def test_parts_naming_their_own_measure_keep_it():
    fs = facts_of(BULLETIN)
    assert one(fs, 19.3).indicator == "城镇人口" and one(fs, 29.3).indicator == "乡村人口"
    assert one(fs, 108).indicator == "城镇零售额" and one(fs, 24).indicator == "乡村零售额"
    assert one(fs, 30.6).indicator == "居民恩格尔系数" and one(fs, 19650).indicator == "居民人均消费支出"
