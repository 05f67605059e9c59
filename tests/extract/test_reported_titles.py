"""Titles that say the text reports, whatever else they name or whenever the page is stamped: the results of an
assessment named by its targets (关于公布2021年度目标管理考核结果的通知) are reported figures, not commitments; a
statistics communiqué of a year (2021年…统计公报) reports a closed year even when its platform stamps it with a day
early in that same year (发布日期:2021-01-01).  Every text here is invented for these tests (the places too)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text,value,period", [
    # a county's notice of its townships' results
    ("关于公布全县2021年度目标管理考核结果的通知\n发布日期:2022-01-28\n各乡镇:\n经县考核委员会研究,现将考核结果公布如下:\n"
     "东坪镇综合得分98.2分,排名第1。\n", 98.2, "2021"),
    # a city's bulletin of its departments' target assessment
    ("青川市2023年度目标责任制考核结果\n发布时间:2024-02-20\n市发改局得分96.5分,市财政局得分95.1分。\n", 95.1, "2023"),
])
def test_an_assessments_results_named_by_its_targets_are_reported(text, value, period):
    f = one(facts_of(text), value)
    assert (f.kind, f.period) == ("actual", period)


@pytest.mark.parametrize("text,value", [
    # a city's communiqué stamped on the first day of the year it reports
    ("2021年岚溪市国民经济和社会发展统计公报\n发布日期:2021-01-01\n2021年全市实现地区生产总值1520亿元,比上年增长8.2%。"
     "全年粮食产量95万吨。\n", 95),
    # a county's, stamped in the first week of February
    ("东坪县2022年统计公报\n发布时间:2022-02-03\n2022年,全县新增城镇就业5200人,城镇新增就业比上年增长3.1%。\n", 5200),
])
def test_a_communique_stamped_early_in_its_own_year_still_reports(text, value):
    assert one(facts_of(text), value).kind == "actual"
