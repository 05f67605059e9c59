"""Two ways a place's words were read wrong at the front of an indicator.

A set of places opening a name (6市开工率, 长沙、岳阳等市完成投资额, 各地核查属实…) is the places the figures run over,
whom they are about, and no part of what is measured: the name is what follows it (a rank keeps its set: 在16个县市区
中排名 ranks among those, the set is the ranking's scope).  A place word heading another word
(等市场主体) is no set, nor is a counted set joined to another into a name of its own (两区一县).

A place written by its full name before a level word (湖南省级, 岳阳市管) shares its suffix with that word: the name read
after the place keeps it (省级重点项目, not 级重点项目).

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one

from taizhang.extract.facts import _SET_OF_FIGURES


def test_a_counted_set_of_places_before_a_ranked_list():
    fs = facts_of("湖南省重点工程调度通报\n据调度,上半年全省新开工重点工程520项,开工率61.5%。其中6市开工率由高到低为:"
                  "长沙市82.5%、株洲市71.5%、湘潭市63.5%。\n")
    for value, place in ((82.5, "长沙市"), (71.5, "株洲市"), (63.5, "湘潭市")):
        f = one(fs, value)
        assert (f.subject, f.indicator) == (place, "开工率")


def test_a_list_of_places_closed_by_a_set_word():
    fs = facts_of("湖南省重点工程督查通报\n从完成投资情况看,长沙、岳阳、常德等市完成投资额较大,分别为:820亿元、410亿元、"
                  "350亿元。\n")
    for value in (820, 410, 350):
        assert one(fs, value).indicator == "完成投资额"


def test_places_spoken_of_as_a_whole():
    fs = facts_of("湖南省信访举报办理情况通报\n经复核,各地核查属实的群众举报问题2900件。\n")
    assert one(fs, 2900).indicator == "核查属实的群众举报问题"


def test_words_that_are_no_set_of_places():
    for name in ("等市场主体数量", "各地区生产总值", "两区一县均获奖励", "等地方债券发行额"):
        assert _SET_OF_FIGURES.sub("", name) == name
    for name, left in (("11市开复工率", "开复工率"), ("9个设区市优良天数比率", "优良天数比率"),
                       ("等县区完成投资", "完成投资"), ("等地签约项目", "签约项目")):
        assert _SET_OF_FIGURES.sub("", name) == left


def test_a_place_before_a_level_word_keeps_its_suffix_in_the_name():
    # 湖南省级重点项目: the 省 of 湖南省 is the 省 of 省级 too; 岳阳市管项目: the 市 of 市管
    fs = facts_of("湖南省重点项目建设情况\n上半年湖南省级重点项目投资超2600亿元。认真梳理岳阳市管重点项目120个。\n")
    assert one(fs, 2600).indicator == "省级重点项目投资"
    assert one(fs, 120).indicator == "市管重点项目"
    # 管理 is a word of its own: the place before it keeps its suffix (and the name does not take it)
    fs = facts_of("湖南省重点项目建设情况\n上半年岳阳市管理的重点项目完成投资320亿元。\n")
    assert not one(fs, 320).indicator.startswith("市")
