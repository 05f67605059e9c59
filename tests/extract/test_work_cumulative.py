"""What a work has summed since it began (该项目累计完成投资78亿元, 开累完成投资) in project news dated to the day, its
sentence stating no time, holds as of the page's month (..2024-M07 on a page of 2024年7月29日: SCHEMA's 截至6月底 →
..2023-M06), not the year nor January to that month; the share of the sum right after it (占总投资的65%) too.  A sum of
the year (年度累计完成投资) and a sentence that states its time (截至目前, 目前: the page's year) keep their readings.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_a_works_sum_since_it_began_is_as_of_the_pages_month():
    fs = facts_of("渭武高速公路建设稳步推进\n2024年7月29日 来源:陇南市交通运输局\n渭武高速公路项目全长86公里,总投资120亿元。该项目"
                  "累计完成投资78亿元,占总投资的65%。\n")
    assert one(fs, 78).period == "..2024-M07"
    assert one(fs, 65).period == "..2024-M07"
    assert one(fs, 120).period == "2024"


def test_a_years_sum_and_a_stated_time_keep_their_readings():
    fs = facts_of("渭武高速公路建设稳步推进\n2024年7月29日 来源:陇南市交通运输局\n渭武高速公路项目全长86公里,总投资120亿元。截至目前,"
                  "该项目累计完成投资78亿元。该项目年度累计完成投资21亿元。\n")
    assert one(fs, 78).period == "2024"
    assert one(fs, 21).period == "2024"
