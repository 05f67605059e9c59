"""The figures a list of works or a batch states of itself (the count of works it includes, its rows by stage or
sector, what the works are worth) are `actual`: the list as it stands when published (the lead's ruling of session 43,
read so by both annotators of fresh project lists, the dev gold and the seed gold).  The year's plan amount of the
list (年度计划投资) stays the plan's target, and a figure whose own clause commits (力争, 计划新开工, 将) stays a
target.  The 计划 of a year's plan amount valued in an earlier clause (当年计划完成投资30亿元) names that amount and
commits none of the counts and totals written after it.

Every text is invented for these tests.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_published_list_and_its_rows_state_what_it_holds():
    _, ex = context_of("甲省发改委召开新闻发布会\n2031-02-11\n\n日前,甲省发展改革委公布2031年省重点项目名单,共纳入项目"
                       "157个,总投资4327亿元;年度计划投资为876亿元。其中,续建的项目93个,总投资2654亿元;新建项目64个,"
                       "总投资1667亿元。\n")
    for v in (157, 4327, 93, 2654, 64, 1667):
        assert one(ex.facts, v).kind == "actual", v
    assert one(ex.facts, 876).kind == "target"  # the year's plan amount: as commit 4dd35cc decided


def test_a_row_whose_own_clause_commits_stays_a_target():
    _, ex = context_of("乙市今年重点项目安排确定\n2031-03-05\n\n记者从乙市发改委获悉,今年全市共安排市重点项目212个,总投资"
                       "1890亿元。其中,力争新开工项目71个,年度投资233亿元;续建项目141个,总投资1420亿元。\n")
    assert one(ex.facts, 212).kind == "actual"
    assert one(ex.facts, 1890).kind == "actual"
    assert one(ex.facts, 71).kind == "target"
    assert one(ex.facts, 141).kind == "actual"
    assert one(ex.facts, 1420).kind == "actual"


def test_a_plan_amount_named_before_commits_no_count_after_it():
    _, ex = context_of("丙县项目建设再提速\n2031-04-08\n\n今年,丙县共列入市级清单的项目53个,总投资97.4亿元,当年计划"
                       "完成投资为26.3亿元,其中:续建项目22个,总投资51.6亿元,当年计划完成投资为11.9亿元,新建项目31个,总投资"
                       "45.8亿元,当年计划完成投资为14.4亿元。\n")
    for v in (31, 45.8):
        assert one(ex.facts, v).kind == "actual", v


def test_a_batchs_sectors_after_its_plan_amount_are_what_it_holds():
    _, ex = context_of("丁县春季项目集中开工\n2031-03-18\n\n3月17日,丁县举行春季项目集中开工仪式。本次集中开工项目共"
                       "27个,总投资38.5亿元,当年计划完成投资为13.6亿元。这些项目包括6个工业项目,8个农业项目,13个城建项目。\n")
    for v in (6, 8, 13):
        assert one(ex.facts, v).kind == "actual", v


def test_a_page_titled_as_a_list_states_its_own_size_as_it_stands():
    # the title frames the page as a plan's list (target), but the figures the list states of itself are its state;
    # the year's plan amount and a row its own clause commits stay targets
    _, ex = context_of("丁州公布2031年州级重点项目名单\n2031-03-02\n\n丁州发改委公布2031年州级重点项目名单。名单共包括项目"
                       "188个,总投资1046亿元,年内计划投资271亿元。188个项目中,产业项目79个,总投资522亿元;城建项目63个;"
                       "力争上半年新开工项目40个以上。\n")
    for v in (1046, 79, 522, 63):
        assert one(ex.facts, v).kind == "actual", v
    assert all(f.kind == "actual" for f in ex.facts if f.value == 188)
    assert one(ex.facts, 271).kind == "target"
    assert one(ex.facts, 40).kind == "target"
    # a row naming one work counts no works: its size stays the plan's
    _, ex = context_of("戊县2031年重点项目清单\n2031-02-20\n\n一、新建项目(9个,总投资14亿元)\n1.戊县北环路改造项目,总投资"
                       "1.7亿元。\n")
    assert one(ex.facts, 9).kind == "actual"
    assert one(ex.facts, 14).kind == "actual"
    assert one(ex.facts, 1.7).kind == "target"


def test_works_devised_and_listed_are_counted_as_they_stand():
    # 谋划 heading a clause that counts or sizes works (谋划…项目N个, 谋划实施总投资A亿元的…项目) names the works a place
    # has lined up, no commitment; 拟实施 stays an intention
    _, ex = context_of("乙镇项目建设有序推进\n2031-05-12\n\n据介绍,今年乙镇共谋划纳入县级清单的亿元以上产业项目37个,总投资"
                       "58.6亿元,其中续建项目15个、总投资31.2亿元,新建项目22个、总投资27.4亿元。乙镇还谋划实施总投资4.2亿元"
                       "的文旅项目3个。同时,丙村拟实施农田改造项目12项。\n")
    for v in (37, 58.6, 15, 31.2, 22, 27.4, 4.2, 3):
        assert one(ex.facts, v).kind == "actual", v
    assert one(ex.facts, 12).kind == "target"
