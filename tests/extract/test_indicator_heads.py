"""Indicators as heads with their modifiers: the qualifier that says which, the measure a part shares with its whole,
the neighbours a list glues on (sentences written for these tests; places invented)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_listed_item_with_its_figure_in_brackets_ends_at_the_enumeration_mark():
    fs = facts_of("青川市产业发展情况\n2023年,全市重点产业链产值突破3000亿元,其中先进制造(1177亿元)、"
                  "特色食品加工(560亿元)、现代物流(320亿元)。\n")
    for value, item in ((1177, "先进制造"), (560, "特色食品加工"), (320, "现代物流")):
        ind = one(fs, value).indicator
        assert ind.startswith(item), ind  # no earlier item, no bracket, no figure glued on
        assert "(" not in ind and "、" not in ind


def test_a_part_named_only_by_its_sector_measures_what_its_whole_measures():
    fs = facts_of("岚溪县2023年国民经济和社会发展统计公报\n全年实现农林牧渔业总产值50亿元,增长3.5%,"
                  "其中:农业30亿元,增长3%;林业3亿元,增长2%。\n")
    assert one(fs, 30).indicator == "农业产值"
    assert one(fs, 3, "%").indicator == "农业产值"  # the part's growth is that of the part's measure
    assert one(fs, 3, "亿元").indicator == "林业产值"
    assert one(fs, 2).indicator == "林业产值"


def test_a_sentence_opening_with_qizhong_splits_the_whole_of_the_sentence_before():
    fs = facts_of("东坡县2022年统计公报\n全年地区生产总值120亿元。其中,第一产业18亿元,第二产业45亿元。\n")
    assert one(fs, 18).indicator == "第一产业增加值"
    assert one(fs, 45).indicator == "第二产业增加值"


def test_a_part_whose_name_holds_its_measure_is_left_as_named():
    fs = facts_of("岚溪县2023年统计公报\n全年农林牧渔业总产值50亿元。其中,林业产值3亿元,增长2%。\n")
    assert one(fs, 3).indicator == "林业产值"
    assert one(fs, 2).indicator == "林业产值"


def test_a_share_written_as_being_part_of_a_whole_reads_as_its_share():
    for text in ("岚溪县重点项目推进情况\n1-9月,全县重点项目完成投资85亿元,为年投资计划的80%。\n",
                 "岚溪县重点项目推进情况\n1-9月,全县重点项目完成投资85亿元,相当于年投资计划的80%。\n"):
        ind = one(facts_of(text), 80).indicator
        assert ind == "重点项目完成投资占年投资计划", ind


def test_a_total_word_before_the_count_is_no_part_of_its_name():
    fs = facts_of("岚溪县2024年重点项目集中开工\n本次集中开工的项目,共计32个,总投资120亿元。\n")
    assert one(fs, 32).indicator == "集中开工的项目"
    fs = facts_of("岚溪县2024年重点项目集中开工\n此次集中开工项目涉及32个,总投资120亿元。\n")
    assert one(fs, 32).indicator == "集中开工项目"
