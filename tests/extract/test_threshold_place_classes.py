"""A bound on a measure written before 的 and a level of places (县, 县(市), 设区市) picks out a class of places,
and the count after it is how many places the class holds: 地区生产总值超过400亿元的县(市)达到9个 states one figure,
9 places of that class (its indicator the class as written), and the 400亿元 is no figure of anything; a change of
that count (由现有的4个力争达到10个) runs from the count the document's year has to the target, a hedge before the
change verb included.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one
from taizhang.extract.structures import is_change_gap


def test_a_bound_on_a_level_of_places_is_no_figure_and_names_the_count():
    fs = facts_of("江西省县域经济高质量发展三年行动方案\n2025年3月1日\n到2027年,全省地区生产总值超过400亿元的县(市)达到9个,"
                  "规模工业增加值150亿—300亿元的县达到14个。\n")
    assert not [f for f in fs if f.value in (400, 150, 300)]
    nine, fourteen = one(fs, 9), one(fs, 14)
    assert nine.kind == fourteen.kind == "target"
    assert nine.indicator.startswith("地区生产总值超过400亿元的县")
    assert fourteen.indicator.startswith("规模工业增加值150亿—300亿元的县")


def test_a_class_of_places_counted_from_its_present_size_to_a_target():
    fs = facts_of("江西省县域经济高质量发展三年行动方案\n2025年3月1日\n到2027年,一般公共预算收入超20亿元的县由现有的4个"
                  "力争达到10个。\n")
    assert not [f for f in fs if f.value == 20]
    now, goal = one(fs, 4), one(fs, 10)
    assert (now.kind, now.period) == ("actual", "2025")
    assert goal.kind == "target" and goal.period in ("2027", "..2027")
    assert now.indicator == goal.indicator == "一般公共预算收入超20亿元的县"


def test_a_hedge_before_the_change_verb_is_part_of_the_change():
    assert is_change_gap("力争达到")
    assert is_change_gap("预计提高到")
    assert not is_change_gap("力争")
