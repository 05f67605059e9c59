"""Lines of "label value" under a heading that names an index and the base it is taken against (居民消费价格指数(上年
同月=100), 工业生产者出厂价格分类指数(上年=100)): each line is the index of the class it names, a level written with no
unit, in the time the caption above the heading gives; the line of the whole (总指数) is the heading's index itself.
All texts here are invented (岚溪县, 青川区 …)."""
from __future__ import annotations

from factrun import facts_of, one


SPACED_LINES = ("2026年3月份青川区居民消费价格\n"
                "发布日期:2026-04-14\n\n"
                "居民消费价格指数(上年同月=100)\n"
                "总指数 100.4\n"
                "食品烟酒 102.3\n"
                "教育文化娱乐 99.1\n"
                "医疗保健 100.9\n")


def test_each_line_under_an_index_heading_is_its_class_index_in_the_captions_month():
    fs = facts_of(SPACED_LINES)
    food = one(fs, 102.3)
    assert (food.kind, food.measure, food.unit, food.period) == ("actual", "level", "", "2026-M03")
    assert "食品烟酒" in food.indicator and "指数" in food.indicator
    assert one(fs, 100.4).indicator == "居民消费价格指数"
    assert one(fs, 99.1).measure == "level" and "教育文化娱乐" in one(fs, 99.1).indicator


TABBED_LINES = ("岚溪县2025年工业生产者价格\n"
                "发布日期:2026-02-03\n\n"
                "二、工业生产者出厂价格指数(上年=100)\n"
                "采矿业\t96.2\n"
                "制造业\t99.4\n"
                "电力热力燃气及水生产和供应业\t101.1\n")


def test_tab_set_lines_under_a_numbered_index_heading_are_read_too():
    fs = facts_of(TABBED_LINES)
    mining = one(fs, 96.2)
    assert (mining.measure, mining.unit, mining.period) == ("level", "", "2025")
    assert mining.indicator.startswith("采矿业")
    assert one(fs, 101.1).indicator.startswith("电力热力燃气及水生产和供应业")
