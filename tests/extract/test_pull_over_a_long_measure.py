"""A contribution to growth (拉动 / 上拉 / 下拉 … 增长 x个百分点) is a growth (SCHEMA: 拉动GDP增长0.1个百分点), however long
the measure named between the verb and the value (拉动全县规模以上工业增加值增速增长2.1个百分点), and 上拉 says it as
下拉 does (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_pull_over_a_long_measure_is_growth():
    fs = facts_of("1-8月,岚溪县装备制造业增加值增长9.6%,拉动全县规模以上工业增加值增速增长2.1个百分点。\n")
    assert one(fs, 2.1).measure == "growth"


def test_pull_over_a_long_measure_other_words():
    fs = facts_of("前三季度,甲市六个行业共拉动全市规模以上工业增加值增长3.4个百分点,贡献率达61.2%。\n")
    assert one(fs, 3.4).measure == "growth"


def test_pull_up_is_growth():
    fs = facts_of("前三季度,甲市汽车制造业增长12.5%,上拉全市规上工业增加值增速4.3个百分点。\n")
    assert one(fs, 4.3).measure == "growth"


def test_a_gap_in_points_stays_a_delta():
    fs = facts_of("前三季度,甲市汽车制造业增长12.5%,比上半年提高1.3个百分点,高于全市规上工业增加值增速4.3个百分点。\n")
    assert one(fs, 1.3).measure == "delta"
    assert one(fs, 4.3).measure == "delta"
