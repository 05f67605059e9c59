"""A work's size written before its name (总投资80亿元的某某项目): the figure is the work's, in every genre.

Chinese official writing brings a work in by what it is worth: 为总投资80亿元的某某产业园项目 in a signing notice's
breakdown by county, 分别是总投资8亿元的甲项目,总投资1.2亿元的乙项目 in a start-up report, 重点推进总投资2.5亿元的某
生产线 in a plan, 总投资约30亿元的某产业园,生产建设… in a feature.  The 的 binds the amount to the name after it,
so the figure is the work's (subject the work as written, indicator the size word as written: 总投资, 计划总投资), not
the place a breakdown's item named before it (其中藤县1个,为…) nor the text's place.  The name after 的 is bounded by
the size and by the work's head; a conjunction inside it (养殖及屠宰加工项目, 政和白茶) joins parts of one work's
content, and a capacity inside it (5万吨, 年产2亿支) is part of its name.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def _work(ex, value):
    f = one(ex.facts, value)
    return f.subject, f.indicator


def test_a_countys_one_signed_work_in_a_citys_signing_notice():
    _, ex = context_of("梧州市重大项目集中签约\n2024-04-12\n本次共签约项目6个，其中藤县1个，为总投资45亿元的藤县新能源电池"
                       "材料产业园项目。\n")
    assert _work(ex, 45) == ("藤县新能源电池材料产业园项目", "总投资")
    assert one(ex.facts, 1).subject == "藤县"


def test_works_listed_by_their_sizes_in_a_start_up_report_with_a_conjunction_inside_a_name():
    _, ex = context_of("临猗县重点项目集中开工\n2023-03-16\n本次集中开工项目5个。分别是总投资8亿元的禾丰集团肉鸡养殖及屠宰"
                       "加工项目，总投资1.2亿元的临猗县苹果冷链物流园项目。\n")
    assert _work(ex, 8) == ("禾丰集团肉鸡养殖及屠宰加工项目", "总投资")
    assert _work(ex, 1.2) == ("临猗县苹果冷链物流园项目", "总投资")


def test_a_park_and_a_production_line_named_after_their_sizes_in_a_feature_and_a_plan():
    _, ex = context_of("舟山市产业发展综述\n2022-06-10\n另外，总投资约30亿元的华盛新材料产业园，生产建设齐头并进。\n")
    assert _work(ex, 30) == ("华盛新材料产业园", "总投资")
    _, ex = context_of("大同市医药产业发展规划\n2016-02-01\n一是重点推进总投资2.5亿元的康宏药业年产2亿支注射剂生产线。\n")
    assert _work(ex, 2.5)[0] == "康宏药业年产2亿支注射剂生产线"


def test_a_planned_size_and_a_capacity_in_the_name_in_a_district_news_item():
    _, ex = context_of("阜阳市招商引资再传捷报\n2023-06-12\n6月10日，计划总投资15亿元的临泉县5万吨肉牛屠宰加工项目正式签约。\n")
    assert _work(ex, 15) == ("临泉县5万吨肉牛屠宰加工项目", "计划总投资")


def test_a_class_of_works_after_its_size_is_still_the_places():
    _, ex = context_of("五莲县城建工作会议\n2013-02-20\n年内实施总投资35亿元的80项城建重点工程。今年，拟建立总投资约100亿元的"
                       "县级重点项目库。\n")
    assert one(ex.facts, 35).subject == "五莲县"
    assert one(ex.facts, 100).subject == "五莲县"


def test_a_works_size_in_a_sentence_dated_to_a_day_or_a_quarter_is_of_the_year():
    _, ex = context_of("阜阳市招商引资再传捷报\n2023-06-12\n6月10日，计划总投资15亿元的临泉县5万吨肉牛屠宰加工项目正式签约。\n")
    assert one(ex.facts, 15).period == "2023"
    _, ex = context_of("岳阳市经济运行简况\n2022-05-08\n一季度，投资6亿元的岳阳县绿色建材产业园项目建成投产。\n")
    assert (one(ex.facts, 6).subject, one(ex.facts, 6).period) == ("岳阳县绿色建材产业园项目", "2022")


def test_the_last_of_a_run_of_sized_works_closed_by_its_class_in_a_citys_review():
    _, ex = context_of("芜湖市招商引资工作综述\n2023-12-20\n总投资60亿元的鼎盛科技年产5万吨负极材料、总投资80亿元的华光电子第6代柔性"
                       "显示面板等在谈项目推进签约。\n")
    assert _work(ex, 60) == ("鼎盛科技年产5万吨负极材料", "总投资")
    assert _work(ex, 80) == ("华光电子第6代柔性显示面板", "总投资")
