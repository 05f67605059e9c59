"""A place named about as often as its neighbours of the same level under the same city (the rows of a ranking:
甲区(8.4%)和乙县(7.9%)…分别位列全区第4位和第9位) is one of the parts the text ranks, never the division it speaks
as — at every level, as it already was for a county-level city under a text of 全市.  The 全区 such a city's release
ranks its districts in is the wider region it compares itself with; the release is the city's.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one

_RELEASE = ("1-6月,据包头市统计局数据,全市经济总量稳中有进。\n"
            "地区生产总值完成1926.3亿元,增长6.2%,比全区平均水平高0.8个百分点;规模以上工业增加值增长9.1%,"
            "增幅连续5个月居全区首位。旗县区中,昆都仑区(8.4%)和固阳县(7.9%)的经济增速排在全区103个旗县区的第4名和"
            "第9名;工业增速方面,昆都仑区(12.6%)排第2名,青山区(10.3%)排第7名;投资增速方面,固阳县(15.2%)排第1名,"
            "昆都仑区(13.8%)排第3名。\n")


def test_a_citys_release_ranking_its_districts_in_the_region_is_the_citys():
    c, ex = context_of(_RELEASE)
    assert c.place.name == "包头市"
    for v in (1926.3, 6.2, 9.1):
        assert one(ex.facts, v).subject == "包头市"


def test_a_districts_report_naming_itself_again_and_again_keeps_it():
    c, _ = context_of("昆都仑区2024年上半年经济运行情况\n上半年,全区上下攻坚克难。昆都仑区地区生产总值完成612.4亿元,"
                      "增长8.4%;全区规模以上工业增加值增长12.6%,昆都仑区固定资产投资增长13.8%,"
                      "增速高于青山区2.1个百分点。昆都仑区社会消费品零售总额完成120.3亿元。\n")
    assert c.place.name == "昆都仑区"
