"""No figure leaves without a name: a figure every pass left nameless takes the words its own clause writes before it,
from the clause's start or from the end of the last figure before it in that clause, without times, places and
copulas (已有, 增长).

- a rate written right after a set's count (9个县级重点项目开复工率100%): the count took the words, the rate too;
- a part counted after its set's count (18个新建项目已有12个开工建设): the set's name, not nothing;
- a sibling's figure run on without a stop between them (甲类企业增长6.1%乙类企业增长7.3%…): its own words.

Every text, place and figure is invented for these tests.
"""
from __future__ import annotations

from factrun import facts_of, one

TEXT = ("青松县上半年重点项目建设情况\n2024年7月10日\n截至6月底,全县9个县级重点项目开复工率100%,完成投资5.2亿元。"
        "全县18个新建项目已有12个开工建设。分类型看,甲类企业增长6.1%乙类企业增长7.3%丙类企业增长-2.4%。"
        "全县新增市场主体340户,增长8.8%。\n")


def test_a_rate_after_its_sets_count_is_named_by_the_same_words():
    fs = facts_of(TEXT)
    assert one(fs, 100).indicator == "县级重点项目开复工率"


def test_a_part_counted_after_its_sets_count_takes_the_sets_name():
    fs = facts_of(TEXT)
    assert one(fs, 12).indicator == "新建项目"


def test_a_figure_run_on_after_a_sibling_takes_its_own_words():
    fs = facts_of(TEXT)
    assert one(fs, 2.4).indicator == "丙类企业"


def test_a_named_figure_keeps_its_name():
    fs = facts_of(TEXT)
    assert one(fs, 340).indicator == "新增市场主体"
    assert one(fs, 8.8).indicator == "新增市场主体"
