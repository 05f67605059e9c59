"""A second 分别 list over the parts a first list named, that states its own measure (…的贡献率分别为a、b、c,分别拉动经济增长
x、y、z个百分点): each later value is what its part pulls, not the first list's measure again (sentences written for these
tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_pull_after_a_list_of_contribution_rates():
    fs = facts_of("岚溪县2024年经济运行情况\n2024年,全县三次产业对经济增长的贡献率分别为8.1%、40.2%、51.7%,"
                  "分别拉动经济增长0.5、2.4、3.1个百分点。\n")
    assert one(fs, 40.2).indicator == "第二产业对经济增长的贡献率"
    assert [one(fs, v).indicator for v in (0.5, 2.4, 3.1)] == ["第一产业拉动经济增长", "第二产业拉动经济增长",
                                                               "第三产业拉动经济增长"]
    assert {one(fs, v).measure for v in (0.5, 2.4, 3.1)} == {"growth"}


def test_pull_after_a_list_of_growths_other_words():
    fs = facts_of("前三季度,岚溪县工业、服务业增加值分别增长6.1%、5.2%,依次拉动全县生产总值增长1.2、0.8个百分点。\n")
    assert one(fs, 6.1).indicator == "工业增加值"
    assert (one(fs, 1.2).indicator, one(fs, 0.8).indicator) == ("工业拉动全县生产总值增长", "服务业拉动全县生产总值增长")


def test_pull_after_shortened_sector_names():
    fs = facts_of("上半年,全市一产、二产、三产的贡献率分别为5.3%、48.1%和46.6%,分别拉动GDP增长0.3、2.9和2.8个百分点。\n")
    assert [one(fs, v).indicator for v in (0.3, 2.9, 2.8)] == ["第一产业拉动GDP增长", "第二产业拉动GDP增长",
                                                               "第三产业拉动GDP增长"]


def test_a_second_list_without_a_measure_of_its_own_keeps_the_first_list_s():
    fs = facts_of("2024年,全县第一、二、三产业增加值分别为18.2亿元、45.3亿元、60.1亿元,分别比上年增长3.2%、6.6%、5.7%。\n")
    assert [one(fs, v).indicator for v in (3.2, 6.6, 5.7)] == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
