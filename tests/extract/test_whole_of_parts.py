"""Whose figures a text gives when it speaks as no division (no 全省, 全市) and names its place only once or twice.

(a) The whole and its parts: a text about an event or a total of a division names it (某省二季度重大项目集中开工活动举行)
and then its parts as examples (甲市、乙市、丙市项目投资均超过千亿元; 甲市某区某项目等产业项目…), each once or twice.  The
most named part is one example among several; the whole the text names is its place (``docregions.whole_of_parts``).
A city's own text names itself far more often than the others, and keeps its figures.

(b) A named area as one field of a division's work (科技创新、某某双城经济圈、城市提升三个板块; 二是某某双城经济圈建设
稳步实施), neither the headline nor the lead naming it: the division's figures, not the area's
(``docregions.area_in_lead``); a text about the area names it where it says what it reports.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

import pytest

from factrun import context_of


def subjects(ex, value):
    return {f.subject for f in ex.facts if f.value == value}


@pytest.mark.parametrize("text,value,whole", [
    ("(资料图片)\n\n4月26日,2024年二季度四川省重大项目集中开工活动举行。\n\n这次集中开工项目1260个,总投资5400亿元。"
     "成都、绵阳、宜宾、德阳项目投资均超过百亿元。\n\n具体来看,成都某某电子材料等产业项目700个,总投资3100亿元;"
     "南充某某水库等基础设施项目300个,总投资1500亿元;成都金堂县某某生态治理等生态环保项目60个,总投资260亿元。\n",
     1260, "四川省"),
    ("3月28日,2024年一季度眉山市重大项目集中开工仪式举行。本次开工项目86个,总投资320亿元。其中,东坡区、仁寿县、"
     "彭山区、洪雅县项目投资均超过20亿元。东坡区某某食品产业园等产业项目50个,总投资210亿元。\n", 86, "眉山市"),
    ("记者从省统计局获悉,湖南省上半年经济运行稳中有进。地区生产总值增长4.9%,长沙、株洲、湘潭分别增长5.2%、4.7%、"
     "4.6%,长沙规上工业增加值增长7.1%。\n", 4.9, "湖南省"),
])
def test_the_whole_a_text_names_with_its_parts_is_its_place(text, value, whole):
    ctx, ex = context_of(text)
    assert ctx.place is not None and ctx.place.name == whole
    assert subjects(ex, value) == {whole}


def test_a_citys_own_text_naming_its_province_and_neighbours_stays_the_citys():
    ctx, ex = context_of("(资料图片)\n武汉今年新开工亿元以上项目420个。武汉重点推进光谷科技创新大走廊建设,武汉新城项目"
                         "总投资800亿元。武汉与湖北省内宜昌、襄阳、十堰开展合作。\n")
    assert ctx.place.name == "武汉市"
    assert subjects(ex, 420) == {"武汉市"}


@pytest.mark.parametrize("text,value,place", [
    ("去年市级重大项目完成投资3900亿元\n2月6日,记者从市发展改革委获悉,2023年全年,市级重大项目完成投资3900亿元。\n"
     "科技创新、成渝地区双城经济圈、城市提升三个板块项目分别完成投资300亿元、280亿元、2000亿元。\n"
     "一是科技创新积极推进。重庆围绕新型基础设施建设持续发力,已建成5G基站7万个。\n"
     "二是成渝地区双城经济圈建设稳步实施。重庆继续深化合作,开工建设某某产业园。\n", 280, "重庆市"),
    ("今年市重点项目完成投资1800亿元\n记者从市发改委获悉,今年市重点项目完成投资1800亿元。\n"
     "先进制造、长江中游城市群、民生保障三类项目分别完成投资600亿元、420亿元、300亿元。\n"
     "一是先进制造加快推进。武汉围绕光电子信息产业发力。二是长江中游城市群建设稳步实施。武汉继续推进合作项目。"
     "三是民生保障持续加强。武汉新建学校30所。\n", 420, "武汉市"),
])
def test_an_area_named_as_a_field_of_a_divisions_work_leaves_it_the_divisions_figures(text, value, place):
    ctx, ex = context_of(text)
    assert subjects(ex, value) == {place}
