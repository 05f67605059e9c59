"""A lead that ranks or selects kinds of thing (行业, 领域) by a measure, then lists them with their figures (投资完成率
前3名的行业是:交通76%、水利72%): each figure measures what the lead names, of its own kind (交通投资完成率), as a list
of places gives each place the lead's measure.  Sentences written for these tests; places and figures invented."""
from __future__ import annotations

import pytest

from factrun import facts_of


def _named(fs, unit):
    return [(f.value, f.measure, f.indicator) for f in sorted(fs, key=lambda f: f.vstart) if f.unit == unit]


@pytest.mark.parametrize("text, unit, expected", [
    # a province's monthly progress: a top-N of sectors, one name holding 及, the last joined by 和
    ("江川省2022年1-4月重点项目进展\n分行业看,年度计划投资完成率前3名的行业是:产业升级及科技创新34.5%、农业水利33.0%和"
     "交通物流26.5%。\n", "%",
     [(34.5, "share", "产业升级及科技创新年度计划投资完成率"), (33.0, "share", "农业水利年度计划投资完成率"),
      (26.5, "share", "交通物流年度计划投资完成率")]),
    # the same page's amounts
    ("江川省2022年1-4月重点项目进展\n累计完成投资前2名的行业是:交通物流197亿元、能源181亿元。\n", "亿元",
     [(197, "level", "交通物流完成投资"), (181, "level", "能源完成投资")]),
    # a city's industry bulletin: a rate of change ranks the industries, commas part them
    ("青川市2023年1-9月工业运行\n1-9月,增加值增速居前的行业为:汽车制造业12.1%,医药制造业9.8%,食品制造业7.5%。\n", "%",
     [(12.1, "growth", "汽车制造业增加值增速"), (9.8, "growth", "医药制造业增加值增速"),
      (7.5, "growth", "食品制造业增加值增速")]),
    # a county's project report: fields selected by a level
    ("岚溪县2024年项目建设情况\n投资完成率较高的领域有:交通76%、水利72%、教育68%。\n", "%",
     [(76, "share", "交通投资完成率"), (72, "share", "水利投资完成率"), (68, "share", "教育投资完成率")]),
    # a town's: the kind named by the opener, the lead a bare 的是
    ("白沙镇2024年项目建设情况\n从行业看,投资完成率前三的是:农业81%、商贸75%、旅游70%。\n", "%",
     [(81, "share", "农业投资完成率"), (75, "share", "商贸投资完成率"), (70, "share", "旅游投资完成率")]),
])
def test_each_kind_of_a_ranked_list_is_measured_by_the_leads_measure(text, unit, expected):
    assert _named(facts_of(text), unit) == expected


def test_a_list_of_places_keeps_its_places_as_subjects():
    text = "青川市2024年项目建设情况\n各县投资完成率前两名的是:岚溪县92%、东坡县90%。\n"
    fs = sorted((f for f in facts_of(text) if f.unit == "%"), key=lambda f: f.vstart)
    assert [(f.subject, f.indicator) for f in fs] == [("岚溪县", "投资完成率"), ("东坡县", "投资完成率")]
