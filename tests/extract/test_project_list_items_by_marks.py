"""A list of works closed by a class of projects (甲、乙、丙等项目, 等8个重点项目): the class names each item a project,
so each item runs from the 、 before it, whatever words stand inside it (储备, 建, 重点 end a name elsewhere).

Every sentence here is invented (临川县, 北岸, 西岭 … are fictitious places and works).
"""
from __future__ import annotations

import pytest

from factrun import project_mentions as run


@pytest.mark.parametrize("text, names", [
    # the last item holds a word that is a stop word elsewhere (储备): the list before it is not lost
    ("今年临川县续建项目主要包括北岸大道东延工程、西岭水厂扩建项目、临川县粮食储备仓提质改造等项目,计划投资9亿元。",
     {"北岸大道东延工程", "西岭水厂扩建项目", "临川县粮食储备仓提质改造"}),
    # an item in the middle holds one (重点), and a firm's product names another item
    ("一季度,东湖物流园、南门重点排涝泵站、西岭集团精细化工等5个项目集中开工。",
     {"东湖物流园", "南门重点排涝泵站", "西岭集团精细化工"}),
])
def test_items_of_a_list_a_class_of_projects_closes_run_between_its_marks(text, names):
    m = run(text)
    assert names <= set(m)


def test_a_list_of_things_is_still_read_by_its_heads():
    """甲、乙等设施: no class of projects closes the list; an item is what its own words name."""
    m = run("该园区拥有临川县粮食储备仓提质改造、北岸仓储中心等配套设施。")
    assert "临川县粮食储备仓提质改造" not in m
