"""A rank after a comparison with a scope (增长15%,高于全省3.2个百分点,位列六市第二) ranks the growth compared, named
as a single rank is (规上工业增加值增速六市排名), not by the comparison (高于全省六市排名); the figures the comparison is
made with (高于全国(4.8%)、全省(5.6%)) are its bases, never what is ranked; the peers counted by their level alone
(六市, 全省13市) are the set ranked in; a rank spread by 分别 over a list names the measure before 分别, the scope and the
peers after it.  Sentences written for these tests."""
from __future__ import annotations

from factrun import facts_of

HEAD = "青禾市2025年前三季度经济运行情况\n2025年10月22日\n"


def _ranks(text):
    return [(f.value, f.indicator) for f in facts_of(HEAD + text + "\n") if f.measure == "rank"]


def test_a_rank_after_a_comparison_ranks_the_growth_compared():
    assert _ranks("前三季度,规上工业增加值增长15%,高于全省3.2个百分点,位列六市第二;"
                  "社会消费品零售总额增长6.1%,高于全省平均水平,居六市第四。") == \
        [(2, "规上工业增加值增速六市排名"), (4, "社会消费品零售总额增速六市排名")]


def test_the_bases_of_a_spread_comparison_are_not_ranked():
    assert _ranks("前三季度,全市生产总值980亿元,同比增长6.3%,增速分别高于全国(4.8%)、全省(5.6%)1.5和0.7个百分点,"
                  "位居全省九地市第3位。") == [(3, "生产总值增速全省九地市排名")]


def test_a_rate_compared_without_growth_is_ranked_as_stated():
    # (a guard: no growth in the sentence, no 增速 added; passes before the rule too)
    assert _ranks("12345热线按期办结率97%,高于全市1.5个百分点,位列全市13县区第一。") == \
        [(1, "12345热线按期办结率全市13县区排名")]


def test_peers_counted_by_their_level():
    assert _ranks("固定资产投资完成率81%,位列全省13市前三。") == [(3, "固定资产投资完成率全省13市排名")]


def test_a_rank_spread_over_a_list_names_the_measure_before_fenbie():
    assert _ranks("东湖区(11.2%)和南岗县(9.6%)规上工业增加值增速分别位列全市15个县(市)区第1位和第4位。") == \
        [(1, "规上工业增加值增速全市15个县(市)区排名"), (4, "规上工业增加值增速全市15个县(市)区排名")]
