"""A set of projects counted before what of it reached a stage (新开工项目75个,已开工53个 / 续建项目35个全部开工建设)
is the size of the year's list, the stage's count is the bulletin's time (sentences written for these tests; the
places are invented)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_class_of_the_list_and_what_of_it_started_by_the_cutoff():
    fs = facts_of("青川市前三季度重点项目建设情况\n2022-10-12 青川市发展改革委\n"
                  "截至9月底,全市120个市级重点项目已开工98个,累计完成投资286亿元。其中续建项目45个、总投资320亿元;"
                  "新开工项目75个,已开工53个。\n")
    assert one(fs, 120).period == one(fs, 45).period == one(fs, 75).period == "2022"
    assert one(fs, 98).period == one(fs, 53).period == "..2022-M09"


def test_a_class_all_of_which_started_is_the_lists():
    fs = facts_of("岚溪县上半年项目建设综述\n发布时间:2023-07-15\n"
                  "上半年,全县纳入统计的重点项目共62个,完成投资31亿元。62个项目中,计划新开工项目27个,已开工21个;"
                  "续建项目35个全部开工建设。\n")
    assert one(fs, 35).period == one(fs, 27).period == "2023"
    assert one(fs, 21).period == "2023-H1"


def test_work_done_counted_first_stays_the_times():
    fs = facts_of("岚溪县一季度项目建设简报\n发布时间:2023-04-10\n一季度,全县已开工项目30个,已竣工5个。\n")
    assert one(fs, 30).period == one(fs, 5).period == "2023-Q1"
