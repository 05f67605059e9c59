"""A value is the figure as written without its sign: a fall written with a minus (a table's cell under 增长%, a
rate in brackets after a place compared, 增长-2.1%) gives the figure, its span the digits; the direction lives in the
words or in the column, never in ``value`` (SCHEMA; dev NOTES: "Value as written, no sign"; no gold value of the
seeds, dev or the six spent sets is negative).  Every text here is invented for these tests."""
import pytest
from factrun import facts_of, one


def _span(text, f):
    return text[f.vstart:f.vend]


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_falling_cell_gives_its_figure_without_the_minus(sep):
    text = (f"岚溪县2026年1-6月主要指标\n指标{sep}1-6月{sep}同比增长(%)\n"
            f"社会消费品零售总额(亿元){sep}41.8{sep}-3.6\n一般公共预算收入(亿元){sep}6.2{sep}5.4\n")
    fs = facts_of(text)
    f = one(fs, 3.6)
    assert (f.measure, _span(text, f)) == ("growth", "3.6")
    assert not [g for g in fs if g.value < 0]


def test_rates_in_brackets_after_places_compared_give_their_figures():
    text = ("甲市2026年1-5月经济运行简况\n1-5月,全市规模以上工业增加值同比增长3.1%,增速高于乙市(-0.8%)、"
            "丙市(1.2%)和丁市(-2.4%)。\n")
    fs = facts_of(text)
    assert [v for v in (0.8, 1.2, 2.4) if len([g for g in fs if g.value == v]) == 1] == [0.8, 1.2, 2.4]
    assert _span(text, one(fs, 2.4)) == "2.4" and not [g for g in fs if g.value < 0]


def test_a_town_row_of_a_points_column_gives_its_figure():
    text = ("青石镇2025年各村人居环境考评\n村\t得分\t比上年增减(分)\n东岭村\t88.5\t-1.5\n西坪村\t91.0\t2.0\n")
    fs = facts_of(text)
    assert not [g for g in fs if g.value < 0]
    assert _span(text, one(fs, 1.5)) == "1.5"
