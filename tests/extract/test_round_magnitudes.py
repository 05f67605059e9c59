"""A round magnitude written as one character is a figure after a bound in any unit a figure takes (超千场, 近万列), with
the magnitude as the unit, in 元 for an amount of money (突破万亿 → 1 万亿元, 产值突破百亿), and without a bound right after a verb of holding (举办千场);
a bound naming a class (超百亿元企业) and an idiom (千家万户) are none (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_bound_round_magnitude_in_any_unit_is_a_figure():
    fs = facts_of("某省2025年政府工作报告\n过去一年，全省举办各类促消费活动超千场，中欧班列开行近万列，"
                  "集装箱航线突破百条。\n")
    assert (one(fs, 1000).unit, one(fs, 1000).comparator, one(fs, 1000).measure) == ("场", ">", "count")
    assert (one(fs, 1).unit, one(fs, 1).comparator) == ("万列", "~")
    assert one(fs, 100).unit == "条"


def test_a_round_magnitude_without_a_unit_is_the_amount_its_clause_names():
    fs = facts_of("某市2024年经济运行情况\n全市海洋生产总值突破万亿，文化产业产值突破百亿。\n")
    # an amount of money, 元 left unwritten: 10000 亿元 (as 突破万亿元 gives; the character is the value, as 百 of 百亿)
    assert (one(fs, 10000).unit, one(fs, 10000).measure, one(fs, 10000).comparator) == ("亿元", "level", ">")
    assert (one(fs, 100).unit, one(fs, 100).measure) == ("亿元", "level")


def test_a_round_magnitude_after_a_verb_of_holding_is_a_count():
    fs = facts_of("东坡县2023年文化旅游工作总结\n全年举办千场乡村文艺演出，接待游客近百万人次。\n")
    assert (one(fs, 1000).unit, one(fs, 1000).comparator) == ("场", "=")
    assert one(fs, 100).unit == "万人次"


def test_a_class_bound_and_an_idiom_are_no_round_figure():
    fs = facts_of("某市2024年工业经济简报\n全市营业收入超百亿元企业达到12家，惠及千家万户。\n")
    assert [(f.value, f.unit) for f in fs] == [(12, "家")]


def test_people_counted_in_a_magnitude_head_their_phrase():
    fs = facts_of("某省2025年民生实事进展\n农村供水工程惠及300多万各族群众，为138万残疾人发放生活补贴，"
                  "让40万偏远山区居民喝上放心水。\n")
    assert [(f.value, f.unit, f.measure) for f in fs] == [(300, "万", "count"), (138, "万", "count"),
                                                          (40, "万", "count")]
    assert one(fs, 300).comparator == ">"


def test_a_magnitude_of_money_before_a_noun_names_a_class_not_a_count():
    # 引进百亿项目4个: the projects of a hundred 亿 are counted (4), the 百亿 is no count of 亿项
    fs = facts_of("西岭市2025年招商引资工作总结\n全年引进百亿项目4个、千亿级产业集群1个,签约亿元以上项目120个。\n")
    assert [(f.value, f.unit) for f in fs] == [(4, "个"), (1, "个"), (120, "个")]
