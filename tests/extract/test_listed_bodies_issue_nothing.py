"""A hotline bulletin or supervision notice names government bodies near its head as units it reports on: a list of
overdue cases (其中甲区政府4件,乙区政府、市住建局各1件) or the bodies a line of cases was handed to (已分别转交甲区政府、
市城管局、乙县政府).  A body counted or standing in a 、-list of bodies is such a unit, never the text's issuer; the first
of them had become the place of every figure of the bulletin.  A title naming its issuer keeps it.  Sentences
invented; the places are real so that the gazetteer knows them."""
from __future__ import annotations

from factrun import context_of, facts_of, one


def test_a_district_counted_among_overdue_units_is_no_issuer():
    text = ("12345政务服务热线月度通报\n3月份,12345热线共受理群众来电6420件,办结率97.5%。"
            "逾期办理情况:3月份有9件逾期,其中东坡区政府4件,彭山区政府、市住建局、中国电信眉山分公司各1件。\n")
    ctx, ex = context_of(text)
    assert one(ex.facts, 6420).subject == "眉山市"
    assert ctx.place is not None and ctx.place.name == "眉山市"


def test_bodies_a_line_of_cases_was_handed_to_are_no_issuer():
    text = ("市长热线来电摘报\n1、仁寿县某村村民反映,村道积水严重。希望解决。\n"
            "以上反映,市长热线办公室已分别转交仁寿县政府、市城管局、洪雅县政府,要求办理回复。\n"
            "本周热线受理群众来电3150件,较上周增长4.2%。\n")
    ctx, _ = context_of(text)
    assert ctx.place is None or ctx.place.evidence.source != "issuer"


def test_the_last_body_of_a_list_is_listed_too():
    text = ("热线办理情况周报\n本周转办工单中,超期未办结的单位有:市交通局、洪雅县人民政府。"
            "本周共受理来电2860件,按时办结率96.1%。\n")
    ctx, _ = context_of(text)
    assert ctx.place is None or ctx.place.evidence.source != "issuer"


def test_an_issuer_in_the_title_keeps_its_place():
    text = "仁寿县人民政府关于2025年重点项目计划的通知\n各乡镇人民政府:\n全县今年计划实施重点项目60个,总投资320亿元。\n"
    assert one(facts_of(text), 60).subject == "仁寿县"


def test_an_issuer_line_of_a_numbered_item_is_no_list():
    # 一、 is a heading's label: the body after it is no member of a 、-list
    text = "仁寿县2025年工作要点\n一、仁寿县人民政府重点工作\n全县今年计划实施重点项目60个。\n"
    assert one(facts_of(text), 60).subject == "仁寿县"


def test_an_addressee_line_reads_as_before():
    # the bodies a notice is addressed to close with a colon: no list of units reported on (the line is read as it
    # was: its place, when nothing else names one, is the one it addresses)
    text = ("关于印发支持岚州钒钛产业发展若干措施的通知\n冀工信〔2025〕12号\n省有关部门、承德市政府：\n"
            "现将措施印发你们。到2027年,全市钒钛产业营业收入达到500亿元。\n")
    ctx, _ = context_of(text)
    assert ctx.place is not None and ctx.place.name == "承德市"
