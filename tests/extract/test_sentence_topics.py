"""A sentence opened by a figure of a set (a class of works, a kind of requests a hotline took in) goes on in clauses
that write only the measure: 完成投资, 总投资, 开工率, 复工率, 办结率, 解决率, 满意率.  The set is the topic all its
clauses share, left out after the first: 产业类项目已开工120个、开工率81%,完成投资36.5亿元 → 产业类项目完成投资;
受理涉企服务诉求2300件,解决率96.5% → 涉企服务诉求解决率.  Only the sentence's first figure is its topic, an amount is
of a set of works only, and a clause naming its own set keeps it.  Sentences written for these tests; places and figures
invented (a title names the county where a line's name opens with it: a place heading a line's name alone is no
place the text speaks as)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text, value, unit, expected", [
    # an amount after a stage count and its rate: the class of works the count opened with
    ("2024年1-6月,岚溪县产业类项目已开工120个、开工率81%,完成投资36.5亿元。", 36.5, "亿元", "产业类项目完成投资"),
    ("2025年1-9月,岚溪县民生保障类工程已开工46个、开工率90%,累计完成投资12.8亿元。", 12.8, "亿元",
     "民生保障类工程完成投资"),
    # a rate after an amount of a set of works
    ("1-5月,岚溪县县重点建设项目完成投资86.2亿元,复工率为98%。", 98, "%", "重点建设项目复工率"),
    # the rates of a hotline's requests, after the count of what it took in
    ("岚溪县政务服务工作简报\n今年以来,岚溪县12345热线受理涉企服务诉求2300件,解决率96.5%,满意率95.2%。", 96.5, "%", "涉企服务诉求解决率"),
    ("岚溪县政务服务工作简报\n今年以来,岚溪县12345热线受理涉企服务诉求2300件,解决率96.5%,满意率95.2%。", 95.2, "%", "涉企服务诉求满意率"),
    # requests named only by who sent them: the line or box that took them in
    ("2023年,岚溪县县长信箱共收到群众来信860件,按期办结率99.1%。", 99.1, "%", "县长信箱按期办结率"),
    ("岚溪县政务服务工作简报\n2025年1-6月,岚溪县12345便民服务热线共受理市民各类诉求4100件,应办结4100件,办结率100%。", 100, "%",
     "12345便民服务热线办结率"),
    ("岚溪县政务服务工作简报\n2024年第三季度,岚溪县政务服务平台共受理企业诉求310件,满意率97.5%。", 97.5, "%", "政务服务平台满意率"),
    # works named by their start, no rate between: the amount is the set's (the count names them 开工项目)
    ("2024年6月,岚溪县集中开工项目36个,总投资额52亿元。", 52, "亿元", "开工项目总投资额"),
    # a county's started works: the rate and the amount are of the planned set counted first
    ("2024年,岚溪县计划新开工项目40个,截至5月底已开工建设31个,开工率77.5%,累计完成投资20.3亿元。", 77.5, "%",
     "新开工项目开工率"),
])
def test_a_measure_written_alone_is_the_sentence_topics(text, value, unit, expected):
    assert one(facts_of(text), value, unit).indicator == expected


@pytest.mark.parametrize("text, value, unit, expected", [
    # the clause opens the sentence: its measure is as it writes it
    ("2024年,岚溪县完成投资36.5亿元,同比增长8%。", 36.5, "亿元", "完成投资"),
    # the first figure is a measure of the place, no set of works: an amount after it is not its
    ("2024年,岚溪县地区生产总值320亿元,完成投资36.5亿元。", 36.5, "亿元", "完成投资"),
    # a semicolon opens a topic of its own: the amount after it is of the set counted after it
    ("2024年一季度,岚溪县新签约亿元以上项目12个,总投资46亿元;新开工项目9个,总投资额31亿元。", 31, "亿元",
     "新开工项目总投资额"),
    # the items of a list after a colon each name their own
    ("2024年,岚溪县超额完成任务的有3项:乡村驿站建设完成4个,完成率200%;困难群众救助1200名,完成率110%。", 110, "%",
     "完成率"),
    # requests of no kind of their own, the line that took them in not named in the sentence
    ("6月份,岚溪县共受理市民来信19件,已办结19件,办结率100%。", 100, "%", "办结率"),
    # the set counted first is the part that started: the rate over the whole is no rate of that part
    ("2024年前三季度,岚溪县开复工工程18个,开复工率90%。", 90, "%", "开复工率"),
    # a rate after a count of people is no rate over a set of items
    ("2024年,岚溪县新增城镇就业3200人,满意率95%。", 95, "%", "满意率"),
])
def test_a_measure_of_no_set_named_first_stays_as_written(text, value, unit, expected):
    assert one(facts_of(text), value, unit).indicator == expected


def _counts(text):
    return [(f.value, f.indicator) for f in sorted(facts_of(text), key=lambda f: f.vstart) if f.measure == "count"]


@pytest.mark.parametrize("text, expected", [
    # a hotline's counts: the line, the verb, the requests without who sent them
    ("岚溪县政务服务工作简报\n2025年1-6月,岚溪县12345便民服务热线共受理市民各类诉求4100件,应办结4100件,办结4096件,办结率99.9%。",
     [(4100, "12345便民服务热线受理诉求"), (4100, "12345便民服务热线应办结诉求"), (4096, "12345便民服务热线办结诉求")]),
    # a mailbox's letters
    ("2023年,岚溪县县长信箱共收到群众来信860件。", [(860, "县长信箱收到来信")]),
    # the line the sentence opens with, its clauses after a bracket
    ("岚溪县政务服务工作简报\n岚溪县12345热线开通以来(2021年3月至2023年6月),共受理群众来电5600个。", [(5600, "12345热线受理来电")]),
    # the line an item's label names before its colon; a part of the count after 其中
    ("(三)12345热线受理量:共受理各类来电4150件,其中转办870件。", [(4150, "12345热线受理来电"), (870, "12345热线转办来电")]),
    # the line a heading of its own names
    ("(二)县长信箱\n6月份,岚溪县共受理市民来信31件。", [(31, "县长信箱受理来信")]),
])
def test_requests_named_by_their_senders_only_are_the_lines(text, expected):
    assert _counts(text) == expected


def test_the_line_a_sentence_opens_with_names_its_rates():
    text = "岚溪县政务服务工作简报\n岚溪县12345热线开通以来(2021年3月至2023年6月),共受理群众来电5600个,回复率100%。"
    assert one(facts_of(text), 100, "%").indicator == "12345热线回复率"


@pytest.mark.parametrize("text, expected", [
    # no line named: as written
    ("6月份,岚溪县共受理市民来信19件。", [(19, "受理市民来信")]),
    # a line taken up again (热线 alone), the office that runs a line, a line cited: none is the line of the count
    ("热线自开通以来,共受理群众诉求5200件。", [(5200, "受理群众诉求")]),
    ("根据岚溪县12345政务服务热线中心的数据统计,2025年第一季度,共受理各类诉求277件。", [(277, "受理各类诉求")]),
    # requests of a kind of their own are named by their kind
    ("岚溪县政务服务工作简报\n今年以来,岚溪县12345热线受理涉企服务诉求2300件。", [(2300, "12345热线受理涉企服务诉求")]),
])
def test_requests_of_no_line_named_stay_as_written(text, expected):
    assert _counts(text) == expected
