"""The time a collective start-up or signing event gives its batch: the quarter or half the headline names the event
with when its lead names the day only, and the batch's plan amount for the year in that year (the lead's convention of
session 26; the batch's count and total hold in the event's time) (sentences
written for these tests; the places are invented)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_quarter_in_the_headline_reaches_a_batch_whose_lead_gives_only_the_day():
    fs = facts_of("岚州省三季度重大项目集中开工\n来源:岚州省发展改革委 发布时间:2021-11-05 10:20\n"
                  "11月5日,岚州省重大项目集中开工活动在青川市主会场举行。全省新开工项目412个、总投资1800亿元,"
                  "年度计划投资560亿元。其中,产业类项目260个、总投资1100亿元;基础设施项目88个、总投资420亿元。\n")
    for v in (412, 260, 88):  # (the lead's convention of session 30: an event dated to a day is of that day's month also when its name holds a quarter or half)
        assert one(fs, v).period == "2021-M11", v
    for v in (1800, 1100, 420):
        assert one(fs, v).period == "2021", v  # (总投资: the day's year, the lead's ruling of session 41)
    assert one(fs, 560).period == "2021"  # (the batch's plan for the year: the year's)


def test_a_county_ceremony_under_a_first_quarter_headline():
    fs = facts_of("岚溪县一季度重大项目集中开工\n2023-03-03 08:00 岚溪县融媒体中心\n"
                  "3月2日上午,岚溪县举行重大项目集中开工仪式。集中开工项目24个,总投资86亿元,年度计划投资31亿元,"
                  "其中产业类项目15个。\n")
    assert [one(fs, v).period for v in (24, 86, 15)] == ["2023-M03", "2023", "2023-M03"]  # (the lead's convention of session 30: an event dated to a day is of that day's month also when its name holds a quarter or half; it was the quarter)
    assert one(fs, 31).period == "2023"


def test_a_batchs_plan_for_the_year_is_the_years_and_its_total_the_quarters():
    fs = facts_of("青川市重点项目集中开工\n2022-04-07\n4月6日,青川市二季度重大项目集中开工活动在高新区举行,"
                  "120个重大项目集中开工建设。\n这次集中开工的重大项目涵盖装备制造、新材料等领域,总投资860亿元,"
                  "年度计划投资210亿元,其中产业项目80个。\n")
    assert one(fs, 80).period == "2022-M04" and one(fs, 860).period == "2022"  # (the lead's convention of session 30: an event dated to a day is of that day's month also when its name holds a quarter or half; it was the quarter)
    assert one(fs, 210).period == "2022"


def test_a_bare_year_in_the_name_of_an_event_pointed_back_at_leaves_the_days_month():
    # (the lead's convention of session 27: an event dated to a day is of that day's month: the bare year in its name gives no shorter time; it was the year)
    fs = facts_of("2019年岚州省重大招商引资项目集中开工\n岚州在线消息 11月14日,2019年岚州省重大招商引资项目集中开工"
                  "活动举行。\n本次集中开工的项目共382个,总投资额5066亿元。\n")
    assert one(fs, 382).period == "2019-M11" and one(fs, 5066).period == "2019"  # (总投资额: the day's year, session 41)


def test_a_years_plan_of_no_event_stays_the_years():
    fs = facts_of("青川市一季度重点项目建设情况\n发布时间:2022-04-12\n一季度,全市新开工项目50个,总投资100亿元,"
                  "年度计划投资30亿元。\n")
    assert one(fs, 30).period == "2022"


def test_item_lines_under_a_breakdown_heading_take_the_time_of_the_whole_above():
    fs = facts_of("青川市二季度重点项目集中开工\n2017-05-24 青川日报\n"
                  "二季度全市共组织参加集中开工项目215个,总投资288亿元。\n分区域情况看:\n"
                  "◆东坡区组织项目30个,总投资41亿元;\n◆河口县组织项目29个,总投资33亿元;\n分领域情况看:\n"
                  "◆制造业项目67个,总投资60亿元;\n◆基础设施类项目101个,总投资139亿元。其中:\n"
                  "城建类项目53个,总投资84亿元;\n")
    for v in (30, 41, 29, 33, 67, 60, 101, 139, 53, 84):
        assert one(fs, v).period == "2017-Q2", v


def test_a_breakdown_heading_over_a_whole_of_the_year_changes_nothing():
    fs = facts_of("岚溪县重点项目建设情况\n发布时间:2022-04-12\n今年全县共安排重点项目60个,总投资320亿元。\n"
                  "分领域看:\n产业项目35个,总投资210亿元;\n民生项目25个,总投资110亿元。\n")
    assert one(fs, 35).period == one(fs, 210).period == one(fs, 25).period == "2022"


def test_a_batch_started_on_a_day_in_its_own_sentence_is_the_days_month_its_plan_the_years():
    # (the lead's convention of session 27: an event dated to a day is of that day's month; it was the year; the batch's year plan stays the year's)
    fs = facts_of("岚州省重大项目集中开工\n2023-03-03 08:00 岚州日报\n"
                  "3月2日,全省560个重大项目集中开工,总投资2000亿元,年度计划投资600亿元。\n")
    assert one(fs, 560).period == "2023-M03" and one(fs, 2000).period == "2023"  # (总投资: the day's year, session 41)
    assert one(fs, 600).period == "2023"


def test_this_event_after_a_time_of_an_earlier_batch_turns_back_to_the_event():
    fs = facts_of("岚溪县22个重大项目集中开工\n2017-02-28\n27日上午,岚溪县同步举行岚州省2017年第一季度重大项目集中开工"
                  "仪式,全县集中开工了22个重大项目,总投资69.3亿元。\n据了解,岚溪县继去年底集中开工10个重大项目后,再次掀起"
                  "开工热潮,本次集中开工的22个重大项目包括东坡大道等,总投资69.3亿元,年度投资33.3亿元。\n")
    assert [f.period for f in fs if f.value == 69.3] == ["2017", "2017"]  # (总投资: the day's year, the lead's ruling of session 41)  # (the lead's convention of session 30: an event dated to a day is of that day's month also when its name holds a quarter or half; it was the quarter)
    assert one(fs, 33.3).period == "2017"  # (the batch's plan for the year)


def test_a_batchs_plan_for_the_year_is_the_years_under_the_month_its_event_names():
    fs = facts_of("青川市4月份集中开工项目70个\n2021-04-28\n全市4月份集中开工项目共70个,总投资86.1亿元,"
                  "年度计划投资50亿元;其中市级重点项目18个,总投资61.4亿元,年度计划投资29.6亿元。\n")
    assert one(fs, 86.1).period == one(fs, 61.4).period == one(fs, 18).period == "2021-M04"
    assert one(fs, 50).period == one(fs, 29.6).period == "2021"
