"""A run of place items written right after a count in its sentence (…问题61个,其中资阳区18个、桃江县11个 /
…问题12个,赫山区完成2个,南县1个) breaks that count down by place: each row is of the whole's measure, or of the
measure the run's first item names after its place (完成…), with its place as the subject; and examples joined by 、
and closed by 等 before a count (发现河道乱占、乱采、乱建等问题61个) name the kind counted by instances, the count being
of that kind (发现问题), not of the last example.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_rows_after_a_whole_counted_by_its_examples_are_of_the_whole():
    fs = facts_of("益阳市开展河湖专项督察\n2024-05-10\n第一轮督察共发现河道乱占、乱采、乱堆、乱建等问题61个,其中资阳区18个、"
                  "桃江县11个、安化县5个。\n")
    assert one(fs, 61).indicator == "发现问题"
    for value, place in ((18, "资阳区"), (11, "桃江县"), (5, "安化县")):
        f = one(fs, value)
        assert (f.indicator, f.subject) == ("发现问题", place)


def test_bare_rows_take_the_measure_their_first_row_names():
    fs = facts_of("益阳市环保督察整改进展\n2024-05-10\n全市共排查环境隐患144个,已完成整改96个。市级交办问题12个,赫山区完成"
                  "整改5个,南县3个,沅江市2个。\n")
    for value, place in ((5, "赫山区"), (3, "南县"), (2, "沅江市")):
        f = one(fs, value)
        assert (f.indicator, f.subject) == ("完成整改市级交办问题", place)


def test_a_paired_assistance_is_one_word_in_a_rows_name():
    fs = facts_of("克孜勒苏柯尔克孜自治州援疆工作情况\n2013-07-20\n今年,对口援疆重点建设项目34项,其中江西省11项,计划投资"
                  "1.84亿元,目前已经累计完成投资1.73亿元。\n")
    assert one(fs, 11).indicator == "对口援疆重点建设项目"
    assert one(fs, 1.84).indicator.startswith("对口援疆")
