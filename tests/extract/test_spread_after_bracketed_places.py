"""Places each written with their figure in brackets, then in the same clause a 分别 list of as many values (甲区(13.0%)
和乙县(8.2%)增速分别位列全市第2位和第6位): each value of the 分别 list is its place's in turn, as when the 分别 list opens a
clause after the places (贡献率分别为甲县(23.9%)、乙县(16.9%),拉动力分别为6.0、4.3个百分点).  The rank after the list
went to one place for both.  Sentences invented; the places are real so that the gazetteer knows them."""
from __future__ import annotations

from factrun import facts_of


def _subjects(text: str, after: str, values) -> list[str]:
    k = text.index(after)
    fs = [f for f in facts_of(text) if f.vstart > k]
    return [next(f.subject for f in fs if f.value == v) for v in values]


def test_two_places_joined_by_he_then_their_ranks():
    text = ("桂林市2025年上半年经济运行情况\n上半年,全市地区生产总值增长5.4%。"
            "秀峰区(11.2%)和阳朔县(7.6%)地区生产总值增速分别位列全市17个县(市、区)第3位和第8位。\n")
    assert _subjects(text, "秀峰区(", (11.2, 7.6, 3, 8)) == ["秀峰区", "阳朔县", "秀峰区", "阳朔县"]


def test_three_places_listed_by_dun_then_their_ranks():
    text = ("眉山市一季度经济运行简况\n一季度,全市规模以上工业增加值增长7.1%。"
            "东坡区(9.4%)、仁寿县(8.8%)、彭山区(8.1%)工业增加值增速分别居全省县(市、区)第5位、第9位、第14位。\n")
    assert _subjects(text, "东坡区(", (5, 9, 14)) == ["东坡区", "仁寿县", "彭山区"]


def test_two_counties_a_city_ranks():
    text = ("眉山市前三季度经济运行情况\n前三季度,全市社会消费品零售总额增长5.2%。"
            "仁寿县(增长6.9%)和洪雅县(增长6.1%)社会消费品零售总额增速分别排名全市第一和第三。\n")
    assert _subjects(text, "仁寿县(", (6.9, 6.1, 1, 3)) == ["仁寿县", "洪雅县", "仁寿县", "洪雅县"]


def test_a_spread_before_the_list_is_not_read_again():
    # the 分别 stands before the places: the bracketed figures are the list; the figure after it is the whole's
    text = ("桂林市2025年上半年经济运行情况\n上半年,全市固定资产投资增长8.5%,增速排前两位的分别是秀峰区(14.6%)、"
            "阳朔县(11.3%),全市平均增速高于全区2.5个百分点。\n")
    assert _subjects(text, "秀峰区(", (14.6, 11.3, 2.5)) == ["秀峰区", "阳朔县", "桂林市"]
