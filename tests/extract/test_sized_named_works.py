"""A bare 投资 opening a clause or a list item before a work's name after 的 (投资3200万元的城南水厂扩建工程已完成…,
投资860万元的某工程、投资450万元的某工程…等6个项目已完工) states that work's size: the figure's subject is the work as
written and its indicator 总投资 (the lead's convention: a named project's figure takes the project), in the year, not
the bulletin's months, and no size of a set counted before it.  A year opening such a name (2019年农村饮水巩固提升工程)
is part of the name: it dates nothing, neither the size nor the later figures of the sentence.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_run_of_sized_works_in_a_countys_review():
    _, ex = context_of("岳池县2019年水利建设工作总结\n2019-12-20\n今年以来,全县水利项目建设有序推进。投资3200万元的城南水厂"
                       "扩建工程已完成主体施工;投资860万元的石门河治理工程、投资1200万元的高标准农田建设项目等6个项目已完工。\n")
    for v, name in ((3200, "城南水厂扩建工程"), (860, "石门河治理工程"), (1200, "高标准农田建设项目")):
        f = one(ex.facts, v)
        assert (f.subject, f.indicator) == (name, "总投资")


def test_a_year_opening_a_works_name_dates_nothing():
    _, ex = context_of("关于2020年1-9月重点项目推进情况的通报\n2020-10-12\n1-9月,全县重点项目完成投资28.6亿元。投资860万元的"
                       "2019年农村饮水巩固提升工程、投资450万元的石门河治理工程等6个项目已完工;投资5600万元的白庙镇污水处理厂"
                       "已投入使用。\n")
    f = one(ex.facts, 860)
    assert (f.subject, f.indicator, f.period) == ("2019年农村饮水巩固提升工程", "总投资", "2020")
    assert one(ex.facts, 450).period == "2020"
    assert one(ex.facts, 6).period == "2020-M01..M09"
    f = one(ex.facts, 5600)
    assert (f.subject, f.indicator, f.period) == ("白庙镇污水处理厂", "总投资", "2020")


def test_a_sized_work_after_a_dash_in_a_districts_report():
    _, ex = context_of("区委全会工作报告\n2004-07-20\n上半年,全区固定资产投资完成4.7亿元。中央商务区的核心项目——投资12亿元的"
                       "“景子街”改造项目进展顺利,即将开工建设。\n")
    f = one(ex.facts, 12)
    assert (f.subject, f.indicator) == ("“景子街”改造项目", "总投资")


def test_money_done_is_no_size():
    _, ex = context_of("岳池县2021年上半年重点项目推进情况\n2021-07-10\n上半年,全县累计投资45亿元,完成年度计划的52%。\n")
    assert one(ex.facts, 45).subject == "岳池县"


def test_a_year_opening_a_sized_name_of_any_head_dates_nothing():
    """投资1.49亿元的2012年易地搬迁 / 投资8550万元的2011年整村推进: the year goes on into the name (whatever head the name
    ends with) and dates neither the size nor the sentence's later figures."""
    _, ex = context_of("某县前4月完成固定资产投资10.9亿元\n发布时间:2013年05月29日\n今年,全县计划实施项目300项。截至目前,"
                  "投资8550万元的2011年整村推进、投资2791万元的河道防洪工程(三期)等5个项目已完工,投资1.49亿元的2012年"
                  "易地搬迁、投资1746万元的城关学校等87个项目正在建设。\n")
    for v in (8550, 5, 1.49, 1746, 87):
        assert one(ex.facts, v).period.lstrip(".").startswith("2013"), (v, one(ex.facts, v).period)


def test_a_run_of_sized_works_of_any_head_under_a_cut_off():
    """截至目前,投资8550万元的2011年整村推进、投资2791万元的河道防洪工程(三期)…等5个项目已完工: in a run of sized works the
    next item's 投资 or the closing 等N个 makes each a work whatever its head; each size is its work's (subject the work
    as written, 总投资), of the year, not a flow up to the cut-off."""
    _, ex = context_of("民和县前4月完成固定资产投资10.9亿元\n发布时间:2013年05月29日\n今年,全县计划实施项目300项。截至目前,"
                       "投资8550万元的2011年整村推进、投资2791万元的河道防洪工程(三期)等5个项目已完工,投资1.49亿元的2012年"
                       "易地搬迁、投资1746万元的城关学校等87个项目正在建设。\n")
    for v, work in ((8550, "2011年整村推进"), (2791, "河道防洪工程(三期)"), (1.49, "2012年易地搬迁"), (1746, "城关学校")):
        f = one(ex.facts, v)
        assert (f.subject, f.indicator, f.period) == (work, "总投资", "2013"), (v, f.subject, f.indicator, f.period)
    assert one(ex.facts, 5).period == "..2013-M04"
