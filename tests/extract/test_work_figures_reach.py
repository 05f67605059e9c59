"""A named work's or a company's own figures reach over the clauses after them.

- A work named by the head of a road, a line, a plant or a water works (甲高铁, 乙高速公路某某段, 丙隧道) opening a
  ;-part or a clause is what the figures of its clauses are about: subject the work as written, its name no part of
  the indicator; an ordinary word before the head (农村公路, 高速公路建设) names the place's field, no work.
- The clauses after a work's or a company's figure that name no one of their own go on about it (桩基完成3200根,
  完成总工程量的65%), and so does the next sentence when it opens with 目前 / 同时 / 该项目; a place, a scope word
  (全市, 全县) or a new name ends the reach, and 该项目 never takes up a company; 其中 opens parts named by their own class.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, facts_of, one


def _subjects(ex, values):
    return {v: one(ex.facts, v).subject for v in values}


def test_a_lines_figures_reach_its_later_clauses_in_province_news():
    _, ex = context_of("湖南省重大交通项目建设提速\n2023-08-12\n今年以来，湘桂赣高铁累计完成投资120亿元，桩基完成3200根，"
                       "完成总工程量的65%。目前，已完成路基工程80%。全省重点项目完成投资3000亿元。\n")
    assert _subjects(ex, (120, 3200, 65, 80)) == {120: "湘桂赣高铁", 3200: "湘桂赣高铁", 65: "湘桂赣高铁",
                                                  80: "湘桂赣高铁"}
    assert one(ex.facts, 3000).subject == "湖南省"


def test_roads_opening_parts_of_a_citys_bulletin():
    _, ex = context_of("德州市重点交通项目一季度进展\n2024-04-16\n已开工项目中，临邑至平原高速公路全线路基土方累计完成48%，"
                       "桥梁下部结构完成81%；夏津至武城高速公路宁津段桥梁基础完成19%。全市农村公路完成投资2.6亿元。\n")
    f = one(ex.facts, 48)
    assert (f.subject, f.indicator) == ("临邑至平原高速公路", "全线路基土方")
    assert _subjects(ex, (81, 19)) == {81: "临邑至平原高速公路", 19: "夏津至武城高速公路宁津段"}
    assert one(ex.facts, 2.6).subject == "德州市"


def test_a_companys_clauses_and_the_project_after_it_in_county_news():
    _, ex = context_of("平江县工业经济运行良好\n2022-07-20\n上半年，湘东钢铁公司实现营业收入12亿元，上缴税收8000万元。"
                       "该项目二期工程占地300亩。全县规模工业增加值增长9%。\n")
    assert _subjects(ex, (12, 8000)) == {12: "湘东钢铁公司", 8000: "湘东钢铁公司"}
    assert one(ex.facts, 300).subject != "湘东钢铁公司"  # 该项目 takes up a work, never the company
    assert one(ex.facts, 9).subject == "平江县"


def test_an_ordinary_word_before_the_head_is_the_places_field():
    _, ex = context_of("岳阳县交通建设情况\n2021-12-20\n今年，农村公路完成投资1.5亿元，新改建里程120公里。\n")
    assert _subjects(ex, (1.5, 120)) == {1.5: "岳阳县", 120: "岳阳县"}


def test_a_class_of_works_heading_its_row_does_not_go_on():
    """固定资产投资项目已开工160项 names the place's works of a class, no one work: the clauses after it are the place's."""
    fs = facts_of("我旗上半年项目建设情况\n2017年7月5日\n今年我旗计划完成固定资产投资85亿元。截至6月底,固定资产投资项目已开工"
                  "160项,完成投资75.3亿元,完成预计目标的88.6%。\n")
    for v in (75.3, 88.6):
        assert "项目" not in one(fs, v).subject, v


def test_an_industrys_product_is_no_company_and_does_not_go_on():
    """新能源汽车产量增长19.5% names a product of the place's industry (zh_projects.INDUSTRY_NAMES), no company's brand:
    the figure and the products listed after it stay the province's."""
    fs = facts_of("辽宁省1-7月经济运行情况\n2023年8月20日\n1-7月,全省规模以上工业增加值增长5%。从主要新产品看,新能源汽车产量"
                  "增长19.5%,集成电路产量增长8.9%,工业机器人产量增长5.6%。\n")
    for v in (19.5, 8.9, 5.6):
        assert one(fs, v).subject == "辽宁省", v
    assert one(fs, 19.5).indicator == "新能源汽车产量"
