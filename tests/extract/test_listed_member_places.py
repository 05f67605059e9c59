"""A place that is only a member of a list or a comparison governs its own item and nothing after it: the benchmarks an
unequal comparison sets the text's figure against (增速高于甲市(-0.7%)、乙市(1.0%)), the places a count of divisions closes
(甲、乙、丙3市完成投资…, 甲市、乙市等5市超序时进度), a place naming a work listed as an example (加快推进甲市某某基地、
乙工厂升级等重大项目).  A text naming no place of its own but these is of no place they name (SCHEMA: subject "" when the
text never names the place), never of the first member of its list.  A place acting in its own clause keeps its figures.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_comparison_benchmarks_are_not_the_texts_place():
    ctx, ex = context_of("备注:1-5月,全市社会消费品零售总额812.4亿元,同比增长3.1%。增速高于南宁(1.2%)、柳州(0.4%),"
                         "低于全国(4.0%)、桂林(3.6%)。其中,餐饮收入96.2亿元,增长5.3%。\n")
    assert not ctx.place
    for v in (812.4, 3.1, 96.2, 5.3):
        assert one(ex.facts, v).subject == ""
    assert one(ex.facts, 1.2).subject == "南宁市"  # the benchmark's own bracketed figure stays its own


def test_a_run_of_cities_closed_by_their_count():
    ctx, ex = context_of("前五个月省重点项目加快推进\n截至5月底,600个省重点项目完成投资1520亿元,占年度计划的51.2%。\n"
                         "分市看,洛阳、开封、新乡3市完成投资占年度计划的60%以上。分领域看,产业项目完成投资820亿元,"
                         "民生项目完成投资210亿元。\n")
    assert not ctx.place
    for v in (600, 1520, 51.2, 820, 210):
        assert one(ex.facts, v).subject == ""


def test_cities_given_as_examples_of_a_count_with_deng():
    ctx, ex = context_of("截至4月底,省重点项目开工率达到78.5%,累计完成投资930亿元,绵阳、德阳等5市超序时进度。"
                         "新开工省重点项目120个,总投资460亿元。\n")
    assert not ctx.place
    for v in (78.5, 930, 120, 460):
        assert one(ex.facts, v).subject == ""


def test_places_naming_listed_works_are_not_the_texts_place():
    ctx, ex = context_of("重点工作分工方案\n一、扩大有效投资。推进280个省重大项目建设,完成年度投资1800亿元以上。"
                         "加快建设宜宾锂电产业基地、某某乙烯技改二期、遂宁某某物流枢纽等重大项目。\n")
    assert not ctx.place
    for v in (280, 1800):
        assert one(ex.facts, v).subject == ""


def test_works_listed_after_a_verb_name_no_actor():
    ctx, ex = context_of("招商推介会上现场签约泸州长江湾康养度假区等9个项目,总投资52.6亿元;新开工项目14个。\n")
    assert not ctx.place
    for v in (52.6, 14):
        assert one(ex.facts, v).subject == ""


def test_a_place_acting_in_its_clause_keeps_its_figures():
    _, ex = context_of("今年以来,宜宾市新开工学校、医院等项目共32个,完成投资41.5亿元。\n")
    for v in (32, 41.5):
        assert one(ex.facts, v).subject == "宜宾市"
