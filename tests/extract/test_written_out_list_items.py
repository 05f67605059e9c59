"""A 分别 list whose items are written out one by one, as many as its values, some of a single character (鸡、鸭、
鹅蛋产量 / 猪、牛、羊、禽肉产量): the items are those written, each taking the head the last one ends in (产量), not
a compressed modifier of single characters joined into one item (鸡鸭) that leaves the list one item short and takes
the clause before as its first; nor is one character of a word (鹅|蛋) the modifier's length.  Sentences written for
these tests."""
from __future__ import annotations

from factrun import facts_of, one

HEAD = "岚溪县2025年前三季度农业生产情况\n2025年10月16日\n"


def test_single_character_items_written_out_before_a_longer_one():
    fs = facts_of(HEAD + "前三季度,全县畜牧生产稳定,鸡、鸭、鹅蛋产量分别增长4.2%、3.5%、1.8%。\n")
    assert [one(fs, v).indicator for v in (4.2, 3.5, 1.8)] == ["鸡蛋产量", "鸭蛋产量", "鹅蛋产量"]


def test_all_single_characters_after_a_clause_of_their_own():
    fs = facts_of(HEAD + "主要畜产品供应充足,猪、牛、羊肉产量分别为12.5万吨、3.1万吨、2.6万吨。\n")
    assert [one(fs, v).indicator for v in (12.5, 3.1, 2.6)] == ["猪肉产量", "牛肉产量", "羊肉产量"]


def test_compressed_modifiers_still_expand():
    fs = facts_of(HEAD + "全县城、乡居民人均可支配收入分别为3.6万元、1.9万元。\n")
    assert [one(fs, v).indicator for v in (3.6, 1.9)] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]


def test_a_single_character_item_is_no_modifier_of_a_word_it_does_not_make():
    fs = facts_of(HEAD + "全县畜牧生产稳定,力争肉、奶、禽蛋产量分别增长6%、5%、3%。\n")
    assert [one(fs, v).indicator for v in (6, 5, 3)] == ["肉产量", "奶产量", "禽蛋产量"]
