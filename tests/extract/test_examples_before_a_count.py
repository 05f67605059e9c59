"""A count written right after 等 (甲、乙等8个产业集群, 甲学院等4所高校) sums the examples listed before it: they are members
of what it counts, whatever that is, and no part of its name; a count written after the noun (油烟、噪音等来电54件) keeps
the kinds as the name of what is counted (sentences written for these tests; places and names invented)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text, value, indicator", [
    ("江川省2025年产业发展情况\n甲市光电、乙市软件等8个省级电子信息产业集群加快发展。\n", 8, "省级电子信息产业集群加快发展"),
    ("青川市2026年教育工作要点\n支持甲学院、乙学院等4所高校开设养老服务专业。\n", 4, "高校开设养老服务专业"),
    ("岚溪县2025年农业工作总结\n丁山云雾、戊溪红等6个区域公用品牌入选省级名录。\n", 6, "区域公用品牌入选省级名录"),
])
def test_the_examples_before_a_count_after_deng_go(text, value, indicator):
    assert one(facts_of(text), value).indicator == indicator


def test_kinds_before_a_count_after_the_noun_stay():
    fs = facts_of("岚溪县12345热线2025年6月运行情况\n反映油烟、噪音等来电54件。\n")
    assert one(fs, 54).indicator == "油烟、噪音等来电"
