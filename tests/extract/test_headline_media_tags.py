"""A headline's tag of the media its item carries (【图】, [视频] at its head, (图) at its end) is page chrome: it is no
part of the place the headline names nor of the measure (headlines written for these tests)."""
from __future__ import annotations

from factrun import facts_of


def _headline_fact(text: str, value: float):
    return min((f for f in facts_of(text) if f.value == value), key=lambda f: f.vstart)


def test_a_tag_before_the_place_of_a_headline():
    f = _headline_fact("【图】东坡区上半年完成投资45亿元\n上半年,全区完成固定资产投资45亿元,同比增长6.2%。\n", 45)
    assert (f.subject, f.indicator) == ("东坡区", "完成投资")
    f = _headline_fact("[视频]岚溪县上半年完成投资45亿元\n上半年,全县完成固定资产投资45亿元。\n", 45)
    assert "视频" not in f.subject + f.indicator


def test_a_tag_after_the_figure_of_a_headline():
    f = _headline_fact("东坡区新签约项目12个(组图)\n今年以来,全区新签约项目12个。\n", 12)
    assert (f.subject, f.indicator) == ("东坡区", "新签约项目")


def test_a_bracketed_word_inside_a_line_stays():
    text = "东坡区召开重点项目推进会(图)\n会议指出,今年全区实施重点项目【图】表所列的36个。\n"
    assert any(f.value == 36 for f in facts_of(text))
