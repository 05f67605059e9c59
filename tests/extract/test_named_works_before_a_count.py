"""Works and facilities named as examples before 等 and a count of their kind (人民路、建设路等9条断头路, 城东、城西等4家
卫生院, 城北公园等3个口袋公园): each example is one of the things counted, by its name, so the count measures the kind
(断头路), not the first example's name.  Sentences written for these tests; places, names and figures invented."""
from __future__ import annotations

import pytest

from factrun import facts_of


@pytest.mark.parametrize("text, value, expected", [
    ("岚溪县2026年民生实事进展\n今年,全县打通人民路、建设路等9条断头路。\n", 9, "断头路"),
    ("岚溪县2026年民生实事进展\n打通县城人民路(东段)等12条断头路。\n", 12, "断头路"),
    ("东坡县2026年重点项目推进\n全县建成投用城东、城西等4家卫生院。\n", 4, "建成卫生院"),
    ("青川市2025年政府工作报告\n新建城北公园、滨江公园等3个口袋公园。\n", 3, "新建口袋公园"),
    ("白沙镇2025年工作总结\n全镇新建白沙、河口等6个村级文化驿站。\n", 6, "新建村级文化驿站"),
    ("江川省2025年水利建设进展\n全省开工建设青龙、白马等5座中型水库。\n", 5, "开工中型水库"),
])
def test_a_count_after_named_examples_measures_their_kind(text, value, expected):
    assert [f.indicator for f in facts_of(text) if f.value == value] == [expected]

