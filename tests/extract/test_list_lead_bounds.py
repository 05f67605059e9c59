"""A bound written once before the first value of a 分别 list holds for every value the list goes on with; a bound
written after the first value is its own.  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_plan_targets_each_cross_the_bound():
    fs = facts_of("柳岸市2024年国民经济和社会发展计划\n2024年1月10日\n"
                  "主要预期目标是：地区生产总值增长6%左右，城乡居民人均可支配收入分别突破4.6万元、2.3万元。\n")
    assert [one(fs, v).comparator for v in (4.6, 2.3)] == [">", ">"]


def test_review_counts_each_exceed_the_bound_and_a_bound_after_stays_its_own():
    fs = facts_of("柳岸县2023年经济运行情况\n2024年1月20日\n"
                  "全年规模以上工业企业和高新技术企业分别超过120家和45家；粮食和油料产量分别为38万吨以上、2万吨。\n")
    assert [one(fs, v).comparator for v in (120, 45)] == [">", ">"]
    assert [one(fs, v).comparator for v in (38, 2)] == [">=", "="]
