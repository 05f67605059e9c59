"""A share written as its definition and then, in brackets right before its value, by the rate's own name
(城镇人口占总人口比重(常住人口城镇化率)为61.2%) is named by that name, and so are the figures after it that took their
name from the definition (比上年末提高0.9个百分点).  A bracket that is a remark (含…, 不含…) or names no rate leaves
the name as it was.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_share_named_by_its_rate_in_brackets():
    _, ex = context_of("2021年浏阳市国民经济和社会发展统计公报\n2022-03-20\n\n年末全市常住人口146.2万人，其中城镇常住人口81.5万人，"
                       "占常住人口比重(常住人口城镇化率)为55.7%，比上年末提高0.9个百分点。\n")
    assert one(ex.facts, 55.7).indicator == "常住人口城镇化率"
    assert one(ex.facts, 0.9).indicator.startswith("常住人口城镇化率")


def test_the_rate_in_brackets_without_a_copula():
    _, ex = context_of("2023年某省国民经济和社会发展统计公报\n2024-03-01\n\n年末城镇人口2380万人，占总人口比重（城镇化率）63.4%，"
                       "比上年末提高0.7个百分点；研究与试验发展经费支出占地区生产总值的比重（研发投入强度）为2.3%。\n")
    assert one(ex.facts, 63.4).indicator == "城镇化率"
    assert one(ex.facts, 0.7).indicator.startswith("城镇化率")
    assert one(ex.facts, 2.3).indicator == "研发投入强度"


def test_a_remark_in_brackets_is_no_name():
    _, ex = context_of("2022年某县国民经济和社会发展统计公报\n2023-03-10\n\n全年工业用地占建设用地的比重(不含园区)为18.5%。"
                       "森林覆盖率(含灌木林地)达62.3%。\n")
    assert "不含" not in one(ex.facts, 18.5).indicator
    assert one(ex.facts, 62.3).indicator == "森林覆盖率"
