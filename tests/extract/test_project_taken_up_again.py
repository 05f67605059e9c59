"""该项目 / 工程 / 项目 taking up a work the text named before: which name it takes up.

Chinese news and reports introduce a work, say what it is, then give its card in the next sentence with a bare or
pointed noun (该工程总投资…, 工程总投资…, 据了解,该项目总投资…).  What it takes up is the work named as a topic, not:
- what the work is said to be after a copula (…,是全县的重要民生工程 / 也是…的首项工程: a class predicated of it);
- an item's number opening a task list's line (五是某森林公园一期工程按期完工: 五是 is no part of the name);
and it takes up a work named before a site or a progress word (某某项目现场,建设者… / 某某项目进展顺利,项目总投资…).
A bare 项目 in a sentence that has just counted projects (参加观摩项目共18个,项目总投资…) is that set, the place's.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_class_said_of_the_work_is_not_what_the_works_card_takes_up():
    _, ex = context_of("凤阳县水利建设情况\n2016-08-20\n燕山水库工程位于武店镇境内，是保障淮河以南农田灌溉的重要民生工程。"
                       "工程总投资28亿元，工期48个月。\n")
    assert one(ex.facts, 28).subject == "燕山水库工程"
    _, ex = context_of("肇源县水利枢纽奠基\n2003-10-08\n该工程是全省百项重点工程之一，也是松花江梯级开发的首项工程。"
                       "于9月29日举行了奠基仪式。\n古龙航电枢纽工程位于肇源县境内。该工程计划总投资28.8亿元。\n")
    assert one(ex.facts, 28.8).subject == "古龙航电枢纽工程"


def test_an_items_number_is_no_part_of_the_work_a_task_lists_line_names():
    _, ex = context_of("忻州市文旅项目建设综述\n2018-12-20\n四是古城保护工程顺利实施。五是南湖森林公园一期工程按期完工。"
                       "工程总投资1800万元。\n")
    assert one(ex.facts, 1800).subject == "南湖森林公园一期工程"


def test_a_work_named_before_its_site_or_its_progress_in_a_districts_news():
    _, ex = context_of("南昌高新区重点项目建设热潮涌动\n2023-08-15\n连日来，汇宁医药处方药生产基地项目现场，建设者奋战正酣。"
                       "据了解，该项目总投资20亿元。\n")
    assert one(ex.facts, 20).subject == "汇宁医药处方药生产基地项目"
    _, ex = context_of("青田县重大项目推进会召开\n2023-03-08\n会上通报，温溪港区综合物流园项目进展顺利，项目总投资18亿元。\n")
    assert one(ex.facts, 18).subject == "温溪港区综合物流园项目"


def test_a_bare_project_after_a_count_of_projects_is_the_set_counted():
    _, ex = context_of("周至县重点项目观摩活动举行\n2022-09-29\n为营造“赛比拼抓项目，齐心协力谋发展”的氛围，9月28日，周至县"
                       "举行重点项目观摩活动。\n据悉，参加观摩项目共18个，涉及10个单位，项目总投资86亿元。\n")
    assert one(ex.facts, 86).subject == "周至县"
