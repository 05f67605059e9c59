"""A count of projects followed straight by a stage verb and a second count (30个市级重点项目开复工27个, 12个省重点项目
竣工8个) states a set and how many of its members reached the stage: the verb is no part of the set's name, the second
count is named by the verb and the set (开复工市级重点项目), a bare rate after it (开复工率, also after 、) is the set's,
and the money done that the sentence states next (完成投资) is the whole set's, not its started part's.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_city_bulletins_set_and_its_started_members():
    _, ex = context_of("铜陵市2024年1-6月重点项目推进情况\n发布时间：2024-07-10\n"
                       "截至6月底，全市30个市级重点项目开复工27个、开复工率90%，完成投资56亿元。\n")
    assert one(ex.facts, 30).indicator == "市级重点项目"
    assert one(ex.facts, 27).indicator == "开复工市级重点项目"
    assert one(ex.facts, 90).indicator == "市级重点项目开复工率"
    assert one(ex.facts, 56).indicator == "市级重点项目完成投资"


def test_a_county_notes_completed_and_resumed_projects():
    _, ex = context_of("泾县2023年一季度重点项目建设进展\n2023年4月12日\n"
                       "一季度，全县12个省重点项目竣工8个。全县42个续建项目复工40个，复工率95.2%。\n")
    assert one(ex.facts, 12).indicator == "省重点项目"
    assert one(ex.facts, 8).indicator == "竣工省重点项目"
    assert one(ex.facts, 42).indicator == "续建项目"
    assert one(ex.facts, 40).indicator == "复工续建项目"
    assert one(ex.facts, 95.2).indicator == "续建项目复工率"


def test_a_provincial_news_item_names_the_whole_set_for_its_money():
    _, ex = context_of("前5个月省重大项目建设情况\n2022年6月15日\n"
                       "截至5月底，420个省重大项目开工360个，完成投资880亿元。其中，310个实施类项目开工300个，"
                       "开工率96.8%，完成投资790亿元。\n")
    assert one(ex.facts, 880).indicator == "省重大项目完成投资"
    assert one(ex.facts, 300).indicator == "开工实施类项目"
    assert one(ex.facts, 96.8).indicator == "实施类项目开工率"
    assert one(ex.facts, 790).indicator == "实施类项目完成投资"


def test_a_set_holding_the_members_that_started_keeps_its_own_name():
    _, ex = context_of("某市2019年1-9月重点项目建设情况\n2019年10月8日\n"
                       "截至9月底，全市58个新开工重点项目共有41个项目实现开工。\n")
    assert one(ex.facts, 58).indicator == "新开工重点项目"
