"""A news piece, release or notice states its time once (an opening 1-8月, a campaign's days) and every later clause
that states no time of its own reports that same time, until another time is stated.  Every text is invented for
these tests."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text,values,period", [
    # a release opened on the office that approved its figures, the span after it, its breakdown in the next line
    ("经市统计局审定,1-8月,全市规模以上工业增加值增长6.1%。\n分门类看,采矿业增加值增长3.2%,制造业增加值增长6.8%。\n",
     (3.2, 6.8), "?-M01..M08"),
    # the account the figures come from (统一核算结果), the half after it
    ("根据地区生产总值统一核算结果,上半年,河口县地区生产总值增长5.6%。\n分产业看,第一产业增加值增长3.1%,"
     "第二产业增加值增长7.2%。\n", (3.1, 7.2), "?-H1"),
    # the office's count (据…统计), the quarters after it, a paragraph with no time after
    ("据县统计局统计,前三季度,全县社会消费品零售总额增长4.9%。\n城镇消费品零售额增长5.1%,乡村消费品零售额增长4.2%。\n",
     (5.1, 4.2), "?-M01..M09"),
    # a first account (初步核算) opening the release
    ("初步核算,前三季度,东坪区地区生产总值增长5.3%。\n分产业看,第一产业增加值增长2.9%。\n", (2.9,), "?-M01..M09"),
])
def test_a_releases_source_before_its_span_lets_the_span_go_on(text, values, period):
    fs = facts_of(text)
    assert [one(fs, v).period for v in values] == [period] * len(values)


@pytest.mark.parametrize("text,value,period", [
    # a round of inspections over two months, the year written at the start only, the text's own year unknown
    ("2024年10月9日至11月26日,县委3个巡察组对县直12个单位开展巡察,共发现问题136个,移交问题线索9件。\n", 136, "2024"),
    # a campaign on a dated page over two months, the end month written without its year
    ("青川县农村人居环境集中整治行动成效明显\n2025-08-12\n7月21日至8月6日,青川县开展农村人居环境集中整治行动,"
     "共清理生活垃圾3200吨,拆除危旧房屋86处。\n", 3200, "2025"),
    # days within one month: that month (the lead's convention of session 27)
    ("某某市开展饮用水源地专项执法行动\n2025-08-12\n8月1日至8月6日,市生态环境局对全市水源地开展专项执法行动,"
     "共检查企业320家,立案查处17起。\n", 320, "2025-M08"),
])
def test_a_span_of_days_over_two_months_is_of_its_year(text, value, period):
    assert one(facts_of(text), value).period == period
