"""Whom a figure is about when the text's speaker is no territorial division, and when a clause names a class.

A body that reports as a place does (the 生产建设兵团, a 农垦 bureau, a forest-industry group) states its own figures in
its communiqué or report: they are the body's as its head names it, not the province around it nor the nation whose
statistics bureau co-signs.  A division of it (…兵团第二师某市) speaks for itself.  A class of projects by its rank in a
list (省重点工程建设项目, 县级重大项目) reports the place's investment, no body's.

Every text is written for these tests.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_corps_communique_is_the_corps_not_the_region_around_it():
    _, ex = context_of("新疆生产建设兵团2021年国民经济和社会发展统计公报\n新疆生产建设兵团统计局\n2022年3月18日\n\n"
                       "2021年，兵团上下稳中求进。一、综合\n初步核算，全年兵团生产总值3201.5亿元，比上年增长7.4%。"
                       "年末兵团总人口342.6万人。\n")
    f = one(ex.facts, 3201.5)
    assert f.subject == "新疆生产建设兵团"
    assert f.indicator == "生产总值"
    assert one(ex.facts, 7.4).subject == "新疆生产建设兵团"
    assert one(ex.facts, 342.6).subject == "新疆生产建设兵团"


def test_a_corps_communique_cosigned_by_the_national_bureau_is_not_the_nations():
    _, ex = context_of("新疆生产建设兵团\n2020年国民经济和社会发展统计公报\n新疆生产建设兵团统计局\n国家统计局兵团调查总队\n\n"
                       "一、综合\n全年实现生产总值2980.3亿元，比上年增长4.2%。人均生产总值90120元。\n")
    assert one(ex.facts, 2980.3).subject == "新疆生产建设兵团"
    assert one(ex.facts, 90120).subject == "新疆生产建设兵团"


def test_a_land_reclamation_bureaus_report_is_the_bureaus():
    _, ex = context_of("黑龙江省农垦总局2017年工作报告\n\n2017年，农垦上下攻坚克难，全年实现生产总值1120.6亿元，增长6.1%；"
                       "粮食总产达到420.5亿斤。\n")
    assert one(ex.facts, 1120.6).subject == "黑龙江省农垦总局"
    assert one(ex.facts, 420.5).subject == "黑龙江省农垦总局"


def test_a_forest_groups_report_names_itself_by_its_short():
    _, ex = context_of("内蒙古森工集团2022年工作报告\n\n2022年，森工集团上下团结奋进。全年实现营业收入38.6亿元，增长5.3%。"
                       "森工集团全年完成营造林面积15.2万亩。\n")
    assert one(ex.facts, 38.6).subject == "内蒙古森工集团"
    assert one(ex.facts, 15.2).subject == "内蒙古森工集团"


def test_a_division_of_the_corps_speaks_for_itself():
    _, ex = context_of("新疆生产建设兵团第八师石河子市2021年国民经济和社会发展统计公报\n第八师石河子市统计局\n\n"
                       "一、综合\n全年实现生产总值856.2亿元，比上年增长9.1%。\n")
    assert one(ex.facts, 856.2).subject != "新疆生产建设兵团"


def test_a_class_of_projects_by_rank_is_the_places():
    _, ex = context_of("湖南省2023年重点项目建设推进情况\n\n截至9月底，全省重点项目建设进展顺利。省重点工程建设项目完成投资"
                       "612亿元，占年度计划的76%。\n")
    assert one(ex.facts, 612).subject == "湖南省"
    assert one(ex.facts, 76).subject == "湖南省"


def test_a_named_project_is_still_its_own():
    _, ex = context_of("湖南省2023年重点项目建设推进情况\n\n截至9月底，长株潭城际铁路延伸线工程完成投资26亿元。\n")
    assert one(ex.facts, 26).subject != "湖南省"
