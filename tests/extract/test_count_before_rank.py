"""A place's count with the verb of its standing right after it (昆明24件居第一位, 甲县12个位列全市第二) states two
figures: the place's count, which measures what the sentence counted, and its rank.  It is no size of a group a rank
is taken in (排名35个农产品主产区县第5位 names the group's members before the rank).  Sentences written for these tests."""
from __future__ import annotations

from factrun import facts_of, one


def test_counts_of_places_ranked_right_after_them():
    text = ("关于群众举报件交办情况的通报\n发布时间:2022-07-16\n"
            "7月15日,督察组向我省交办第八批群众举报投诉问题63件,其中贵阳21件居第一位,遵义11件居第二位。\n")
    fs = facts_of(text)
    f = one(fs, 21)
    assert (f.unit, f.measure, f.subject.rstrip("市")) == ("件", "count", "贵阳")  # (the scorer drops 市)
    assert "居" not in f.indicator
    assert one(fs, 11).measure == "count"
    assert sorted(f.value for f in fs if f.measure == "rank") == [1, 2]


def test_a_countys_count_standing_in_a_scope():
    text = "某市项目建设通报\n发布时间:2023-04-10\n一季度,岚溪县新开工项目18个位列全市第一。\n"
    fs = facts_of(text)
    assert one(fs, 18).measure == "count"
    assert one(fs, 1).measure == "rank"


def test_the_size_of_a_group_ranked_in_is_still_no_fact():
    fs = facts_of("某县经济运行\n发布时间:2023-04-10\n全县粮食产量排名35个农产品主产区县第5位。\n")
    assert [f.value for f in fs if f.value == 35] == []
