"""What a rank ranks is named by the measure's own words: the words of standing in a ranking (居, 排, 在…中, 第, 前) are
taken off where they stand as such, never out of a word of the measure (居民, 排放, 在建, 中小企业, 第一产业, 前期);
ranks of a list whose 位 is written once at its end are one list; the time a finished work is spoken of at (届时)
opens no measure's name.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from factrun import facts_of

HEAD = "普洱市2024年前三季度经济运行简况\n2024年10月28日\n前三季度,"


def rank_names(text):
    return [(f.value, f.subject, f.indicator) for f in facts_of(HEAD + text + "\n") if f.measure == "rank"]


@pytest.mark.parametrize("text, expected", [
    ("全市城镇居民人均可支配收入增速居全省第4位。", "城镇居民人均可支配收入增速全省排名"),
    ("全市化学需氧量排放量居全省第11位。", "化学需氧量排放量全省排名"),
    ("全市在建项目个数居全省第2位。", "在建项目个数全省排名"),
    ("全市中小企业数量在全省排名第6位。", "中小企业数量全省排名"),
    ("全市第三产业增加值增速居全省第1位。", "第三产业增加值增速全省排名"),
])
def test_the_words_of_the_measure_ranked_stay_whole(text, expected):
    assert [i for *_, i in rank_names(text)] == [expected]


def test_ranks_of_a_list_with_wei_written_once_at_its_end():
    text = "曲靖市2024年前三季度经济运行简况\n2024年10月28日\n前三季度,麒麟区、沾益区农村居民人均可支配收入分别位列全省第7、第12位。\n"
    got = [(f.value, f.subject, f.indicator) for f in facts_of(text) if f.measure == "rank"]
    assert got == [(7, "麒麟区", "农村居民人均可支配收入全省排名"), (12, "沾益区", "农村居民人均可支配收入全省排名")]


def test_the_time_a_finished_work_is_spoken_of_names_nothing():
    fs = facts_of(HEAD + "该园区一期建成投产后,届时可实现年产值30亿元。\n")
    assert [f.indicator for f in fs if f.value == 30] == ["年产值"]
