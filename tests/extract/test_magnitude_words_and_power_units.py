"""A magnitude without a digit after 破 (破萬億元, as 突破万亿元) and power and energy written in Latin letters (35GWh,
12GW) are figures (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_magnitude_after_po_is_a_figure_passed():
    fs = facts_of("某省經濟運行\n全省經濟總量破萬億元，同比增長5.2%。\n")
    f = one(fs, 10000)  # the character is the value (as 百 of 突破百亿元大关 is 100 亿元)
    assert (f.unit, f.comparator, f.measure) == ("億元", ">", "level")
    assert f.indicator == "經濟總量"


def test_power_and_energy_in_latin_units_are_levels():
    fs = facts_of("某市新能源产业发展\n全市储能电池产能达35GWh，光伏装机容量达到12GW，风电装机480万千瓦。\n")
    assert (one(fs, 35).unit, one(fs, 35).measure) == ("GWh", "level")
    assert one(fs, 12).unit == "GW"
