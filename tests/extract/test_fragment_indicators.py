"""Fragments are never indicators: a joining word at the end, the next item after 和, a clause saying how things went,
the base of a multiple (sentences written for these tests)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text, value, indicator", [
    ("岚溪县经济运行\n第一产业对经济增长的贡献率36.8%和第二产业的贡献率42.1%。\n", 42.1, "第二产业的贡献率"),
    ("青川市财政情况\n税收收入占比78.2%及非税收入占比21.8%。\n", 21.8, "非税收入占比"),
    ("东坡县农业生产\n粮食产量12.3万吨与油料产量2.1万吨均创新高。\n", 2.1, "油料产量"),
    ("河口县社会事业\n城镇新增就业3200人和农村劳动力转移就业1.2万人。\n", 1.2, "农村劳动力转移就业"),
    ("岚溪县项目建设\n完成投资45亿元、年度计划投资60亿元以及新开工项目18个。\n", 18, "新开工项目"),
])
def test_the_item_after_a_joining_word_names_its_own_value(text, value, indicator):
    fs = facts_of(text)
    assert one(fs, value).indicator == indicator
    assert all(not f.indicator.startswith(("和", "及", "与", "以及")) for f in fs)


@pytest.mark.parametrize("text, value", [
    ("岚溪县项目建设情况\n全县项目建设总体进展顺利,完成投资45亿元。\n", 45),
    ("青川市重点工作推进\n各项重点工作推进有序,完成年度任务的78%。\n", 78),
    ("东坡区经济运行\n全区经济运行总体平稳,规上工业增加值增长6.5%。\n", 6.5),
    ("河口县招商引资\n招商引资工作成效明显,新签约项目32个。\n", 32),
    ("岚溪县民生实事\n民生实事办理扎实,已办结18件。\n", 18),
])
def test_a_clause_saying_how_things_went_names_no_measure(text, value):
    ind = one(facts_of(text), value).indicator
    for w in ("顺利", "有序", "平稳", "明显", "扎实"):
        assert w not in ind


@pytest.mark.parametrize("text, value, indicator", [
    ("岚溪县十四五回顾\n2025年地区生产总值达到320亿元,是2020年的1.5倍。\n", 1.5, "地区生产总值"),
    ("青川市财政情况\n一般公共预算收入突破20亿元,相当于2015年的2倍。\n", 2, "一般公共预算收入"),
    ("东坡县旅游发展\n旅游综合收入86亿元,为2019年的1.3倍。\n", 1.3, "旅游综合收入"),
])
def test_a_multiple_is_named_by_its_measure_not_its_base(text, value, indicator):
    assert one(facts_of(text), value, "倍").indicator == indicator


@pytest.mark.parametrize("text", [
    "青川市督办情况\n市工信局、市水利局、东坡区政府各有1项。\n",
    "岚溪县热线办理\n逾期未办结事项涉及城管局、住建局等。城管局、交通局各2件。\n",
    "东坡县棚改情况\n涉及城北片区棚户区改造项目等1100户。\n",
])
def test_no_indicator_ends_in_a_joining_or_distributing_word(text):
    for f in facts_of(text):
        assert not f.indicator.endswith(("和", "及", "与", "的", "等", "各", "各有")), f.indicator


@pytest.mark.parametrize("text, values", [
    ("岚溪县经济运行\n三次产业结构比为6.5:48.5:44.9,贡献率为1.9%、49.7%、48.4%。\n", [1.9, 49.7, 48.4]),
    ("青川市民生投入\n教育、卫生、社保支出占比依次是18%、9%、12%。\n", [18, 9, 12]),
    ("东坡县农业\n粮食、蔬菜、水果产量为12万吨、30万吨、8万吨。\n", [12, 30, 8]),
])
def test_every_value_of_a_list_written_with_one_name_has_a_name(text, values):
    fs = facts_of(text)
    for v in values:
        assert one(fs, v).indicator, v
