"""A clause that opens with what was achieved (实现, 创造, 上缴, 完成) names no doer of its own: its amount is the one
the set the sentence counted before it achieved (过亿元企业120家,实现产值560亿元 → 过亿元企业产值), and so are the figures
after it that take their name from it (占…的比重, 增长…).  A count of the set's change (增加18家) is no set; a clause that
names its own doer, or an amount that names the field the set is named by, keeps its name; a rate between the count and
the amount (开工率) leaves the amount the whole's.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_an_achieved_amount_is_the_counted_sets():
    _, ex = context_of("2021年某省高新技术产业发展情况\n2022-02-10\n\n2021年，产值过亿元企业312家，比上年增加18家，实现产值2150亿元，"
                       "占全省高新技术产业产值的78.5%。\n")
    assert one(ex.facts, 2150).indicator == "产值过亿元企业产值"
    assert one(ex.facts, 78.5).indicator.startswith("产值过亿元企业产值占")


def test_a_set_counted_as_a_number_of_firms():
    _, ex = context_of("芜湖市上半年工业经济运行情况\n2023-07-20\n\n上半年，全市规上民营工业企业数达1460家，"
                       "实现营业收入1630亿元，同比增长9.6%。\n")
    assert one(ex.facts, 1630).indicator == "规上民营工业企业营业收入"
    assert one(ex.facts, 9.6).indicator == "规上民营工业企业营业收入"


def test_the_output_of_projects_put_into_use():
    _, ex = context_of("某县重点项目集中投产仪式\n2022-12-01\n\n本次集中投产项目36个，总投资52亿元，全部达产后预计年实现产值80亿元。"
                       "全年累计投产项目120个，总投资150亿元，累计实现产值66亿元。\n")
    assert one(ex.facts, 66).indicator == "投产项目产值"


def test_a_clause_naming_its_doer_or_the_sets_field_keeps_its_name():
    _, ex = context_of("2022年某市国民经济和社会发展统计公报\n2023-03-15\n\n年末全市共有高新技术产品企业420家，完成高新技术产品产值"
                       "860亿元。全年新增规上工业企业56家，实现规上工业增加值增长7.5%。新认定的科技型企业120家，"
                       "科技型企业共创造产值95亿元。\n")
    assert one(ex.facts, 860).indicator.endswith("高新技术产品产值")
    assert "企业" not in one(ex.facts, 860).indicator
    assert "新增" not in one(ex.facts, 7.5).indicator
    assert "新认定" not in one(ex.facts, 95).indicator


def test_an_amount_after_a_start_rate_stays_the_wholes():
    _, ex = context_of("某市重点项目进展\n2021-10-12\n\n前三季度，各出资企业开复工项目52项，开复工率79%，完成投资90.5亿元。\n")
    assert one(ex.facts, 90.5).indicator == "完成投资"


def test_a_set_counted_at_the_head_of_its_clause():
    _, ex = context_of("某县一季度工业经济运行\n2019-04-18\n\n1-3月，全县180户规模工业企业累计实现销售收入42.6亿元，增长12%，"
                       "产销率达97.2%；累计实现利润3.1亿元，增长8%。\n")
    assert one(ex.facts, 42.6).indicator == "规模工业企业销售收入"
    assert one(ex.facts, 12).indicator == "规模工业企业销售收入"
    assert one(ex.facts, 3.1).indicator == "规模工业企业利润"


def test_the_doer_of_the_first_achievement_does_the_rest():
    _, ex = context_of("上半年全省规上工业企业效益\n2021-08-06\n\n上半年，全省规模以上工业企业实现营业收入9800.5亿元，同比增长21.4%，"
                       "增速列全国第五；实现利润总额612.3亿元，同比增长30.2%。\n")
    assert one(ex.facts, 612.3).indicator == "规模以上工业企业利润总额"
    assert one(ex.facts, 30.2).indicator == "规模以上工业企业利润总额"


def test_a_new_set_in_the_sentence_names_its_own():
    _, ex = context_of("2019年我市农业龙头企业经营情况\n2020-03-10\n\n2019年，4家国家级龙头企业实现利润总额3.2亿元，增长9%，"
                       "41家省级龙头企业实现利润总额7.4亿元，增长12.5%。\n")
    assert one(ex.facts, 3.2).indicator == "国家级龙头企业利润总额"
    assert one(ex.facts, 7.4).indicator == "省级龙头企业利润总额"
    assert one(ex.facts, 12.5).indicator == "省级龙头企业利润总额"


def test_an_industry_as_the_doer():
    _, ex = context_of("一季度全市工业经济运行情况\n2022-04-20\n\n1-3月，全市规上工业实现营业收入860.4亿元，同比增长9%；"
                       "实现利润总额52.7亿元，同比增长15.3%。\n")
    assert one(ex.facts, 52.7).indicator == "规上工业利润总额"
    assert one(ex.facts, 860.4).indicator.endswith("营业收入")
