"""A year's plan on a page that measures progress against it: the figures that size the year's list (how many works,
what they are worth, the year's plan amount, and the rows a 其中 sentence breaks it into) are the base of what was
done when the page, in any paragraph before or after, takes a share of that plan (占年度计划的60%, 完成年度计划投资的
105%, 年度计划投资完成率): SCHEMA's convention, actual, period the plan year.  A rate of works begun alone (开复工率)
measures none (s30, adopted).
The same list on a page that measures nothing against a plan, a list of a year to come, a list the text commits to
(将重点推进), or a page whose share is last year's keeps the plan's kind.

Every text, place and figure is invented for these tests.
"""
from __future__ import annotations

from factrun import context_of, one


def test_the_list_stated_after_the_share_taken_of_it():
    _, ex = context_of("甲县项目建设快讯\n2023-08-17\n\n近日从甲县发展改革部门获悉,1-6月,全县41个重点项目在1-6月完成投资37.4亿元,"
                       "为年度计划的61.2%,位列全市前列。\n今年甲县安排县级以上重点项目41个,总投资265亿元,年计划投资61.1亿元,"
                       "覆盖工业、交通和社会事业。\n")
    for v in (265, 61.1):
        assert one(ex.facts, v).kind == "actual", v
    assert [f.kind for f in ex.facts if f.value == 41] == ["actual", "actual"]


def test_the_rows_of_the_list_before_the_paragraph_measuring_them():
    _, ex = context_of("乙市召开重点项目推进会\n2024-06-20\n\n据介绍,2024年乙市共安排市级重点项目517个,2024年度计划投资"
                       "730亿元。其中:续建项目208个,年度计划投资395亿元;新建项目163个,年度计划投资287亿元;预备项目146个,"
                       "年度计划投资48亿元。\n数据显示,乙市重点项目1-5月累计完成投资301.4亿元,占年度计划41.3%。\n")
    for v in (517, 730, 208, 395, 163, 287, 146, 48):
        assert one(ex.facts, v).kind == "actual", v


def test_the_list_a_rate_of_the_planned_investment_measures():
    _, ex = context_of("丙旗重大项目建设综述\n2024-12-30\n\n据了解,2024年丙旗计划实施旗级重点项目138项,总投资612.4亿元,年内计划"
                       "完成投资147.6亿元。\n丙旗发改委负责人介绍,全年138项旗级项目共完成投资158亿元,2024年度计划投资完成率"
                       "为107%,好于预期。\n")
    for v in (612.4, 147.6):
        assert one(ex.facts, v).kind == "actual", v
    assert [f.kind for f in ex.facts if f.value == 138] == ["actual", "actual"]


def test_a_list_named_by_its_year_plan_amount_alone():
    _, ex = context_of("辛市重点项目推进\n2023-09-06\n\n辛市重点项目1-8月完成投资281亿元,为全年计划投资的80.3%。\n今年辛市"
                       "首批重点项目共205个,总投资1760亿元,2023年度计划完成投资350亿元,分为续建项目93个、计划新开工项目112个。\n")
    for v in (205, 1760, 350, 93, 112):
        assert one(ex.facts, v).kind == "actual", v


def test_a_rate_of_works_begun_alone_measures_no_plan():
    # (s30, adopted: only a share taken of the plan makes it the base of what was done)
    _, ex = context_of("壬县重点项目开复工\n2024-04-12\n\n今年壬县计划实施重点项目64个,总投资318亿元,2024年度计划投资71亿元。"
                       "\n截至4月10日,全县重点项目开复工49个,开复工率76.6%。\n")
    for v in (64, 71):
        assert one(ex.facts, v).kind == "target", v
    assert one(ex.facts, 318).kind == "actual"  # what the list's works are worth (session 43: the list's own figure)


def test_a_list_no_share_is_taken_of_stays_the_plan():
    _, ex = context_of("丁市重点项目集中开工\n2024-03-12\n\n3月11日,丁市举行春季项目集中开工活动。据了解,2024年丁市共安排"
                       "重点项目236个,总投资1480亿元,2024年度计划投资325亿元。\n")
    for v in (236, 1480):  # the list's own size: what it holds (session 43)
        assert one(ex.facts, v).kind == "actual", v
    assert one(ex.facts, 325).kind == "target"  # its year's plan amount stays the plan's


def test_next_years_list_and_a_committed_list_keep_their_kind():
    _, ex = context_of("戊县重点项目建设情况\n2024-11-20\n\n戊县重点项目1-10月完成投资52.6亿元,为年度计划的91.3%。\n"
                       "明年,戊县计划安排重点项目58个,总投资406亿元,2025年度计划投资71亿元。\n")
    for v in (58, 406, 71):
        assert one(ex.facts, v).kind == "target", v
    _, ex = context_of("己省重大项目建设推进\n2024-06-28\n\n全省省列重大项目1-5月完成投资903亿元,为年度计划的38.6%。\n"
                       "2024年,全省将重点推进7大领域259个省列重大项目,总投资13860亿元,2024年度计划投资2340亿元。\n")
    for v in (259, 13860, 2340):
        assert one(ex.facts, v).kind == "target", v


def test_last_years_share_measures_no_list_of_this_year():
    _, ex = context_of("庚县2024年重点项目计划\n2024-02-15\n\n2023年,庚县重点项目完成投资66.2亿元,为年度计划的104.7%。\n"
                       "2024年,庚县共安排重点项目52个,总投资388亿元,2024年度计划投资70.5亿元。\n")
    # (the list's own size is the list as it stands, on a page titled as the plan's list too: session 43; its year's
    # plan amount stays the plan's, last year's share measuring no part of it)
    for v in (52, 388):
        assert one(ex.facts, v).kind == "actual", v
    assert one(ex.facts, 70.5).kind == "target"
