"""A page whose headline gives out the year's works (2023年某省重点建设项目出炉) is the year's plan, though it names no
list's noun: its rates to be reached are targets; the count, worth and fields of the works it gives are the list as it
stands, actual (the lead's convention of session 43, on a titled page too).  Every page here is invented."""
from __future__ import annotations

from factrun import facts_of, one

PAGE = ("2023年青原省重点建设项目出炉\n\n"
        "近期,从青原省发展改革委获悉,省重点项目建设领导小组印发2023年青原省重点项目建设工作要点和项目名单,共1520个项目,"
        "总投资约3.9万亿元,年度计划投资超1.1万亿元。\n\n"
        "与2022年相比,项目总数增加312个,年度计划投资增长15%。在重大基础设施的162个项目中,包含交通项目98个。\n\n"
        "全年分两批遴选重点项目1800个左右,开工率、竣工率达到100%。\n")


def test_a_headline_giving_out_the_years_works_makes_them_targets():
    fs = facts_of(PAGE)
    for v, u in ((1520, "个"), (3.9, "万亿元"), (312, "个"), (98, "个"), (1800, "个")):
        assert one(fs, v, u).kind == "actual", v
    assert one(fs, 100, "%").kind == "target"


def test_a_headline_reporting_the_works_done_keeps_them_actual():
    fs = facts_of("2022年青原省重点建设项目成效显著\n\n2022年,全省1520个重点项目完成投资1.2万亿元,占年度计划的108%。\n")
    assert one(fs, 1.2, "万亿元").kind == "actual"
