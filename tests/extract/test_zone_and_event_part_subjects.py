"""A sentence of a start-up event's news opened by one of its parts (高新区本次…, 此次某区…) speaks of that part in all
its clauses: the zone of the city (by its gazetteer name when the gazetteer holds it), or the district that did what
the clause counts; not the city whose event it is (sentences invented; the places are real for the gazetteer)."""
import pytest

from factrun import facts_of, one

CITY_EVENT = ("宝鸡市2023年第一批重点项目集中开工\n3月16日,渭滨区集中开工项目14个,总投资52亿元。\n"
              "高新区本次集中开工项目6个,总投资23亿元。此次金台区集中开工3个,总投资7亿元。\n")
ZONE_NAMED = ("芜湖市一季度招商引资情况\n一季度,全市新签约亿元以上项目96个。经开区今年签约项目7个,总投资41亿元。\n")
EVENT_NAME = ("咸阳市秋季招商活动\n这次咸阳市开发区活动,签约项目39个。\n")


@pytest.mark.parametrize("text, value, subject", [
    (CITY_EVENT, 23, "宝鸡高新区"),  # the zone opening the sentence: its total too
    (CITY_EVENT, 3, "金台区"), (CITY_EVENT, 7, "金台区"),  # 此次 then the district that started works
    (ZONE_NAMED, 7, "芜湖经济技术开发区"),  # the zone by its gazetteer name, as in the clauses after it
])
def test_an_events_part_speaks_for_its_sentence(text, value, subject):
    assert one(facts_of(text), value).subject == subject


@pytest.mark.parametrize("text, value, subject", [
    (CITY_EVENT, 6, "宝鸡高新区"), (CITY_EVENT, 52, "渭滨区"),
    (EVENT_NAME, 39, "咸阳市"),  # 这次某市…活动: the event named by its place, whose figures are the city's
])
def test_the_parts_own_clauses_keep_their_subject(text, value, subject):
    assert one(facts_of(text), value).subject == subject
