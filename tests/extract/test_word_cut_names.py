"""A name too long for an indicator is cut to its last characters where a word starts, never inside one: the cut of
a 28-character name keeps 巡视组…, not 二巡视组… (the 第二 of 第二巡视组 cut in two), and a name a count took from the
series before it (已办结 and the series' noun) is cut so too.

Every name is written for these tests.
"""
from __future__ import annotations

from taizhang.extract.indicators import last_words, shorten


def test_a_long_name_is_cut_where_a_word_starts():
    name = "中央第二巡视组转交我县的第六批群众来信来访网上留言事项"
    assert shorten(name, 24) == "巡视组转交我县的第六批群众来信来访网上留言事项"
    assert last_words("已办结" + name, 24) == "巡视组转交我县的第六批群众来信来访网上留言事项"
    # not all Han, or too few whole words left: the last characters as before
    assert last_words("PM2.5" + name, 24) == name[-24:]
    assert last_words("甲乙丙丁戊己庚", 3) == "戊己庚"
