"""Lists of figures that go on past their first form: places coordinated under one 第 and one 位 (分别位居全州第一、二、
三位) are ranks each; a second list of as many figures with no places, items nor 分别 of its own goes on over the
places the first was spread over (分别交办问题12个、9个、7个,已整改10个、8个、7个); a group's share written 占x% after
its count, its whole unwritten, is its 占比; places sharing a place (并列第二) leave no 列 in what is ranked.  Sentences written for these tests."""
from __future__ import annotations

from factrun import facts_of


def test_places_sharing_one_di_and_one_wei_are_each_a_rank():
    text = ("楚雄州2024年县域经济运行简况\n2024年,楚雄市、禄丰市、元谋县生产总值分别增长6.1%、5.2%和4.4%,"
            "分别位居全州第一、二、三位。\n")
    got = [(f.value, f.subject) for f in facts_of(text) if f.measure == "rank"]
    assert got == [(1, "楚雄市"), (2, "禄丰市"), (3, "元谋县")]


def test_a_second_list_goes_on_over_the_same_places():
    text = ("关于2024年一季度昭通市环保督察整改情况的通报\n各县(市、区)人民政府:\n"
            "昭阳区、鲁甸县、巧家县分别受理信访件15件、11件、6件,已办结13件、9件、6件。\n")
    got = [(f.value, f.subject) for f in facts_of(text) if f.unit == "件"]
    assert got == [(15, "昭阳区"), (11, "鲁甸县"), (6, "巧家县"), (13, "昭阳区"), (9, "鲁甸县"), (6, "巧家县")]


def test_a_share_after_a_count_with_no_whole_written_is_its_zhanbi():
    text = ("楚雄州2024年人口变动情况\n年末全州常住人口236.2万人,其中0-14岁人口38.1万人,占16.1%;"
            "65岁及以上人口33.9万人,占14.4%。\n")
    got = [(f.value, f.indicator) for f in facts_of(text) if f.unit == "%"]
    assert got == [(16.1, "0-14岁人口占比"), (14.4, "65岁及以上人口占比")]


def test_places_sharing_a_place_leave_no_word_of_standing_in_its_name():
    text = ("关于2024年上半年昭通市重点项目督查情况的通报\n各县(市、区)人民政府:\n"
            "项目开工率方面,昭阳区排名第一,鲁甸县、巧家县并列第二。\n")
    got = [(f.value, f.subject, f.indicator) for f in facts_of(text) if f.measure == "rank"]
    assert [(v, s) for v, s, _ in got] == [(1, "昭阳区"), (2, "鲁甸县")]
    assert not got[1][2].startswith("列")
