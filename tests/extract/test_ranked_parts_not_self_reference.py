"""A place named about as often as its neighbours of the same level under the same city (the rows of a ranking:
甲区(8.4%)和乙县(7.9%)…分别位列全区第4位和第9位) is one of the parts the text ranks, never the division it speaks
as — at every level, as it already was for a county-level city under a text of 全市.  The 全区 such a city's release
ranks its districts in is the wider region it compares itself with; the release is the city's.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one

_RELEASE = ("今年上半年包头经济稳步恢复。据包头市统计局数据,上半年全市经济运行稳中向好。\n"
            "地区生产总值完成1926.3亿元,增长6.2%,增速快于全区0.8个百分点,居全区12个盟市第3位;规模以上工业增加值"
            "增长9.1%,连续5个月领跑全区。分旗县区看,昆都仑区(8.4%)和固阳县(7.9%)地区生产总值增速分别位列全区"
            "103个旗县区第4位和第9位;昆都仑区(12.6%)和青山区(10.3%)工业增加值增速分别位列全区第2位和第7位;"
            "固阳县(15.2%)和昆都仑区(13.8%)固定资产投资增速分别位列全区第1位和第3位。\n")


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
