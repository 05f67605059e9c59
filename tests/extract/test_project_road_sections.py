"""A city's road works named by the stretch they build (甲路(乙路至丙路)), on sentences written for these tests
(never corpus text): a progress news item, a district's start-up ceremony, a list of a year's works."""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text


def found(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text).projects}


def test_roads_with_their_stretch_in_a_list_are_each_a_work():
    got = found("目前,桂花路(东湖路至滨江大道)、纬六路(科学大道—创新大道)、第十二大街(经北三路-G107)"
                "等路段正在铺设沥青。")
    assert set(got) == {"桂花路(东湖路至滨江大道)", "纬六路(科学大道—创新大道)", "第十二大街(经北三路-G107)"}


def test_the_works_words_after_the_stretch_belong_to_the_name():
    got = found("2025年青川县开工项目中,包含城南片区溪山路(文昌路至南环路)道路工程、"
                "梅林街(学府路一迎宾路)改造工程Ⅱ标段等城乡道路建设。")
    assert got == {"城南片区溪山路(文昌路至南环路)道路工程": "under_construction",
                   "梅林街(学府路一迎宾路)改造工程Ⅱ标段": "under_construction"}


def test_a_road_whose_name_holds_a_verb_like_word():
    got = found("建设路(人民路至解放路)提升改造工程已完工。")
    assert got == {"建设路(人民路至解放路)提升改造工程": "completed"}


@pytest.mark.parametrize("text", [
    "全市公路通车里程(含高速公路)达到1.2万公里。",
    "按照(2021-2025)规划推进道路建设。",
    "要走好新时代的长征路(一二九运动至今)。",
    "沿江路(暂定名)建设前期工作正在推进。",
])
def test_parentheses_without_a_stretch_between_roads_name_no_section(text):
    assert not any("(" in m for m in found(text))
