"""Indicators that name whose measure it is: a bare rate over the set counted before it, a part carrying the whole's
measure, a figure named by the noun the text counts (sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text, value, indicator", [
    # the set counted in the sentence before, the rate in a sentence of its own
    ("青川市重点项目推进情况\n今年全市共安排省重点项目48个,年度计划投资120亿元。截至目前,开工率为75%,完成投资45亿元。\n",
     75, "省重点项目开工率"),
    # the numerator between the set and the rate is skipped
    ("东坡县项目建设情况\n全县列入市级重点项目32个,已开工28个,开工率87.5%。\n", 87.5, "市级重点项目开工率"),
    ("东坡县安全生产情况\n全县共排查安全隐患320处,已整改296处,整改率92.5%。\n", 92.5, "安全隐患整改率"),
    ("东坡县民生实事进展\n东坡县2024年共有重点民生实事30件。截至6月底,已办结18件,办结率60%。\n", 60, "重点民生实事办结率"),
    # a count of another stage (新开工项目 for 开复工率) names no set: the set is counted before it
    ("岚溪县重大项目推进情况\n岚溪县今年谋划实施重大项目60个。1-5月,新开工项目42个,开复工率达到70%。\n",
     70, "重大项目开复工率"),
    # the numerator names its set itself (177个新开工项目已开工106个)
    ("东坡县新开工项目推进情况\n全县120个新开工项目已开工86个,开工率71.7%。\n", 71.7, "新开工项目开工率"),
    # who does the work (46个承办单位) is no set of items: the numerator's own noun is
    ("青川市督办工作通报\n形成议定事项208项,分解交办给46个承办单位,已办结163项,办结率78.4%。\n", 78.4, "议定事项办结率"),
    ("青川市督查通报\n青川市纳入考核的督办事项126项,其中按期办结119项,按期办结率94.4%。\n", 94.4, "督办事项按期办结率"),
    ("青川市招商引资情况\n全市今年签约招商项目46个,履约率达到80%。\n", 80, "招商项目履约率"),
])
def test_a_bare_rate_is_the_rate_over_the_set_counted_before_it(text, value, indicator):
    assert one(facts_of(text), value).indicator == indicator


@pytest.mark.parametrize("text, value, indicator", [
    ("岚溪县人口情况\n年末全县常住人口35.2万人,全年出生人口2100人,出生率6.1%。\n", 6.1, "出生率"),  # a rate of people
    ("青川市招商引资情况\n全市今年签约招商项目46个,资金到位率65%。\n", 65, "资金到位率"),  # no bare rate of an action
    ("东坡县重点项目情况\n全县重点项目开复工率达60%。\n", 60, "重点项目开复工率"),  # named whose already
])
def test_a_rate_that_is_not_over_a_counted_set_is_left_as_written(text, value, indicator):
    assert one(facts_of(text), value).indicator == indicator
