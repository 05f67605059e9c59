"""A notice that names only a prefecture's counties (the ranking a city's office sends its counties and districts, the
city itself never named, no 全市 said) speaks of no place it names: not the first county, and not the prefecture they
lie in (the lead's convention of session 21: a place never named is not inferred from its parts listed; these tests
had stated that the counties imply it).  Each figure keeps the county its clause names.  A county's own text, naming
its neighbours once, keeps the county.

Every text is written for these tests; the counties and districts are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


RANKING = ("关于2024年1-6月县域经济主要指标完成情况的通报\n各县（区）人民政府：\n现将1-6月各县（区）主要指标完成情况通报如下。\n"
           "一、固定资产投资。东坡区完成投资61.2亿元，同比增长9.1%；仁寿县完成投资88.4亿元，同比增长7.6%；"
           "彭山区完成投资40.3亿元，同比增长5.2%；青神县完成投资18.7亿元，同比增长3.9%。\n"
           "二、工业增加值。仁寿县增长8.8%，东坡区增长8.1%，洪雅县增长6.4%，丹棱县增长2.7%。\n")

# a prefecture's districts and its county-level city in a ranking of another province and level
DISTRICTS = ("2023年度区县(市)高质量发展综合考评结果通报\n各区县（市）：\n经综合考评，2023年度高质量发展综合考评结果如下："
             "鄞州区得分96.5分，居第一位；余姚市得分95.1分，居第二位；慈溪市得分94.2分，居第三位；宁海县得分90.6分。\n")


def test_a_notice_naming_only_a_prefectures_counties_speaks_of_none_of_them():
    ctx, ex = context_of(RANKING)
    assert ctx.place is None
    assert one(ex.facts, 88.4).subject == "仁寿县"
    assert one(ex.facts, 40.3).subject == "彭山区"
    assert one(ex.facts, 2.7).subject == "丹棱县"


def test_a_ranking_of_districts_and_county_level_cities_speaks_of_no_city():
    ctx, ex = context_of(DISTRICTS)
    assert ctx.place is None
    assert one(ex.facts, 95.1).subject == "余姚市"


def test_a_countys_own_report_naming_its_neighbours_keeps_the_county():
    ctx, _ = context_of("仁寿县2024年上半年经济运行情况\n上半年，仁寿县完成固定资产投资88.4亿元，增长7.6%。仁寿县规上工业"
                        "增加值增长8.8%，增速高于东坡区、彭山区和青神县。仁寿县社会消费品零售总额增长6.1%。\n")
    assert ctx.place.name == "仁寿县"


def test_counties_of_two_prefectures_imply_neither():
    ctx, _ = context_of("县域经济发展情况\n上半年，东坡区完成投资61.2亿元，仁寿县完成投资88.4亿元，鄞州区完成投资120.5亿元，"
                        "宁海县完成投资45.1亿元。\n")
    assert ctx.place is None or ctx.place.name not in ("眉山市", "宁波市")
