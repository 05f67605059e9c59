"""The times of a project event's batch (sentences written for these tests): what it is planned to complete this year
(今年计划完成投资, the year's plan for the works begun: a target, session 33) is of the event's year (the lead's convention of
session 26: the batch's plan for the year is the year's), and a batch counted in a paragraph after the lead takes the
quarter the event is named by (集中开复工 an event as 集中开工)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one

# an event's batch: what it is planned to complete this year (the year's plan for the works begun, a target: the hand
# gold of session 32's blind sets, session 33; the lead's convention of session 25 made it actual) is of the year the event counts its batch in (the convention of session 26), while the
# batch's own figures are of the day the event was held on (the lead's convention of session 30, ruled again in session 41: an event dated to a day is of that day's month also when its name holds a quarter or half; session 32 made them the quarter's)
EVENT_NEWS = ("岚山市举行2020年第四季度重点项目集中开工活动\n\n11月5日,岚山市举行2020年第四季度重点项目集中开工活动,"
              "集中开工项目28个,总投资61亿元,今年计划完成投资12亿元。\n")
EVENT_NEWS_2 = ("青河县重大项目集中开工\n\n2019年8月12日,青河县2019年第三季度重大项目集中开工仪式在工业园区举行。"
                "本次集中开工项目16个,总投资48亿元,年度计划完成投资9.5亿元。\n")


# (the batch's and its classes' 总投资 of a day's event: the day's year, the lead's ruling of session 41)
@pytest.mark.parametrize("text, value, kind, period", [
    (EVENT_NEWS, 28, "actual", "2020-M11"), (EVENT_NEWS, 61, "actual", "2020"), (EVENT_NEWS, 12, "target", "2020"),
    (EVENT_NEWS_2, 16, "actual", "2019-M08"), (EVENT_NEWS_2, 9.5, "target", "2019"),  # (年度计划…: the plan's name)
])
def test_an_events_planned_completion_is_of_the_events_year(text, value, kind, period):
    f = one(facts_of(text), value)
    assert (f.kind if kind else None, f.period) == (kind, period)


# the lead names the event's quarter and its day; a later paragraph counts its batch (开复工 as 开工): the day's month
# (the lead's convention of session 30: an event dated to a day is of that day's month also when its name holds a quarter or half; it was the quarter)
LEAD_EVENT = ("岚溪市重大项目集中开复工\n\n3月15日,岚溪市举行2023年第一季度重大项目集中开复工活动。\n\n"
              "全市开复工项目120个,总投资300亿元,年度计划投资80亿元。\n")
LEAD_EVENT_2 = ("青川县重点项目集中开工\n\n9月2日,青川县举行2024年第三季度重点项目集中开工活动。\n\n"
                "全县开工项目18个,总投资42亿元,年度计划投资10亿元。\n")
# a batch (第二批) is no time: the day's month (the lead's convention of session 27: an event dated to a day is of that day's month; it was the year)
LEAD_EVENT_3 = ("东坪区项目集中开工\n\n7月2日,东坪区举行2022年第二批项目集中开工仪式。\n\n全区开工项目20项,总投资36亿元。\n")


@pytest.mark.parametrize("text, value, kind, period", [
    (LEAD_EVENT, 120, "actual", "2023-M03"), (LEAD_EVENT, 300, "actual", "2023"), (LEAD_EVENT, 80, "target", "2023"),
    (LEAD_EVENT_2, 18, "actual", "2024-M09"), (LEAD_EVENT_2, 42, "actual", "2024"), (LEAD_EVENT_2, 10, "target", "2024"),
    (LEAD_EVENT_3, 20, "actual", "2022-M07"), (LEAD_EVENT_3, 36, "actual", "2022"),
])
def test_a_batch_counted_after_the_lead_takes_the_time_the_event_is_named_by(text, value, kind, period):
    f = one(facts_of(text), value)
    assert (f.kind, f.period) == (kind, period)  # (the batch's year plan: a target of the year, session 33)


# A start-up batch's news states what the batch is planned to complete this year (年内计划完成投资) beside the batch's
# size: still to be done, a target (session 33; it was reported as actual before), as a work report's task of the same
# words (今年全县计划完成投资…) is; the batch and its size are what the event did.
BATCH_NEWS = ("柳溪县第三批重点项目集中开工\n\n2023年5月12日,柳溪县第三批重点项目集中开工仪式在城东新区举行。"
              "本批开工项目28个,总投资31亿元,年内计划完成投资12亿元。\n")
BATCH_NEWS_2 = ("石门区重大项目集中开工\n\n2022年9月6日,石门区举行2022年第三季度重大项目集中开工活动。本次集中开工项目"
                "14个,总投资52亿元,当年计划完成投资8.6亿元。\n")
WORK_PLAN = ("柳溪县人民政府工作报告\n2023年1月10日\n二、2023年工作安排\n今年全县实施重点项目60个,总投资300亿元,"
             "计划完成投资80亿元。\n")


@pytest.mark.parametrize("text, value, kind", [
    (BATCH_NEWS, 12, "target"), (BATCH_NEWS_2, 8.6, "target"),
    (BATCH_NEWS, 31, "actual"), (WORK_PLAN, 80, "target"),
])
def test_a_batchs_planned_completion_is_reported_with_the_batch(text, value, kind):
    assert one(facts_of(text), value).kind == kind


# the batch's classes counted in sentences (and lines) of their own after the batch, with no time of their own: parts
# of the batch, in the event's time (the day's month when the text writes the day: the lead's convention of session 30: an event dated to a day is of that day's month also when its name holds a quarter or half; the quarter when
# it writes none), as what each class is worth; a count of deeds so far (累计开工) and a count
# with its own time (今年以来) are no class of the batch
BATCH_CLASSES = ("东坪市举行第三季度重大项目集中开工仪式\n2024-09-27 来源:东坪日报\n"
                 "9月27日上午,我市举行第三季度重大项目集中开工仪式。此次集中开工的项目共42个,总投资118亿元。\n"
                 "从项目类型看,工业项目23个,总投资71亿元;基础设施项目12个,总投资30亿元;社会事业项目7个,总投资17亿元。\n"
                 "今年以来,全市累计开工项目156个。\n")
BATCH_CLASSES_2 = ("全县2023年二季度重点项目集中开工\n本次共开工项目36个,总投资92亿元。工业项目19个,总投资55亿元;"
                   "城建项目11个,总投资26亿元。\n")


@pytest.mark.parametrize("text, value, period", [
    (BATCH_CLASSES, 42, "2024-M09"), (BATCH_CLASSES, 23, "2024-M09"), (BATCH_CLASSES, 71, "2024"),
    (BATCH_CLASSES, 12, "2024-M09"), (BATCH_CLASSES, 30, "2024"), (BATCH_CLASSES, 7, "2024-M09"),
    (BATCH_CLASSES, 17, "2024"), (BATCH_CLASSES, 156, "2024"),
    (BATCH_CLASSES_2, 19, "2023-Q2"), (BATCH_CLASSES_2, 55, "2023-Q2"), (BATCH_CLASSES_2, 11, "2023-Q2"),
    (BATCH_CLASSES_2, 26, "2023-Q2"),
])
def test_the_classes_of_an_events_batch_take_the_events_time(text, value, period):
    f = one(facts_of(text), value)
    assert (f.kind, f.period) == ("actual", period)


# what a batch yields once it produces (全部达产后) is of no time the text gives, not of the event's year
BATCH_OUTPUT = ("岚溪县举行重大产业项目集中开工仪式\n\n2022年11月3日\n\n"
                "11月2日上午，岚溪县举行2022年第四批重大产业项目集中开工仪式。本批次集中开工的28个重大产业项目，"
                "涵盖新材料、食品加工等领域，全部达产后，预计实现年产值56.3亿元。\n"
                "● 集中开工项目12个，计划投资31.5亿元，全部达产后，预计实现年产值20.1亿元、年税收5200万元。\n")


@pytest.mark.parametrize("value, kind, period", [
    # (the batch itself: the day's month, the lead's convention of session 27: an event dated to a day is of that day's month)
    (56.3, "target", ""), (20.1, "target", ""), (5200, "target", ""), (28, "actual", "2022-M11"),
    (31.5, "actual", "2022-M11"),
])
def test_what_a_batch_yields_once_producing_has_no_time(value, kind, period):
    f = one(facts_of(BATCH_OUTPUT), value)
    assert (f.kind, f.period) == (kind, period)
