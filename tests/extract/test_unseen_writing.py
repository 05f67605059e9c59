"""Ways of official writing met in unseen documents (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of
from taizhang.extract.pipeline import extract_text


def test_a_unit_written_once_after_a_list_joined_by_he():
    fs = facts_of("岚溪县第二、第三产业比重分别下降1.2和0.8个百分点。\n")
    assert sorted((f.value, f.unit) for f in fs) == [(0.8, "个百分点"), (1.2, "个百分点")]


def test_the_second_of_a_list_of_item_numbers_is_no_count():
    fs = facts_of("岚溪县政府办理人大建议第11、12件,政协提案第3至5件。\n")
    assert [f.value for f in fs] == []


def test_a_count_that_only_numbers_the_items_just_named_is_no_fact():
    fs = facts_of("岚溪县聚焦教育、医疗、养老等3个领域,实施道路、桥梁等12个项目。\n")
    assert [f.value for f in fs] == [12]


def test_a_restated_value_keeps_its_own_comparator():
    fs = facts_of("岚溪县2023年经济运行情况\n全县社会消费品零售总额增长8%左右。\n一、消费\n"
                  "全县社会消费品零售总额940亿元,增长8%。\n")
    assert [f.comparator for f in fs if f.value == 8] == ["~", "="]


def test_the_next_five_years_after_a_named_plan_are_that_plans_years():
    fs = facts_of("岚溪县召开县人代会。会议审议了《岚溪县国民经济和社会发展第十四个五年规划纲要(草案)》,"
                  "提出今后五年地区生产总值年均增长6.5%。\n")
    assert [f.period for f in fs if f.value == 6.5] == ["2021..2025"]
    fs = facts_of("岚溪县召开县人代会。会议提出今后三年地区生产总值年均增长6.5%。\n")
    assert [f.period for f in fs if f.value == 6.5] == ["?"]


def test_a_sentence_pointing_back_at_the_event_takes_the_events_time():
    fs = facts_of("岚溪县举行重大项目集中开工活动\n11月8日,岚溪县在经开区举行2023年四季度重大项目集中开工活动,"
                  "县委书记出席。本次开工亿元以上项目9个、总投资38亿元。其中工业项目5个。\n"
                  "11月以来,全县新签约项目3个。\n")
    # (the lead's convention of session 30: an event dated to a day is of that day's month also when its name holds a
    # quarter or half; it was the quarter)
    assert [f.period for f in fs if f.value in (9, 38, 5)] == ["2023-M11", "2023", "2023-M11"]  # (总投资: the day's year, session 41)
    assert [f.period for f in fs if f.value == 3] == ["2023-M11"]  # (11月以来: its own time, no event's quarter)


def test_a_metadata_block_gives_the_title_row_and_prefers_the_publishing_date():
    rec = extract_text("索引号:11420000-2023-00012\n发布机构:岚溪县人民政府办公室\n成文日期:2023-05-10\n"
                       "文件名称:岚溪县人民政府关于印发2023年重点项目计划的通知\n发布日期:2023-05-16\n"
                       "各乡镇人民政府:\n今年全县安排重点项目60个。\n", "t.txt").record
    assert (rec.title, rec.published) == ("岚溪县人民政府关于印发2023年重点项目计划的通知", "2023-05-16")
    rec = extract_text("索引号\t11420000-2023-00012\t发布机构\t青川市人民政府办公室\n"
                       "名    称\t青川市2023年第三季度重点项目推进情况通报\n"
                       "成文日期\t2023年10月20日\t公开日期\t2023年10月23日\n各县区:\n三季度全市新开工项目25个。\n",
                       "t.txt").record
    assert (rec.title, rec.published) == ("青川市2023年第三季度重点项目推进情况通报", "2023-10-23")
    rec = extract_text("青川市重点项目推进情况通报\n成文日期:2023-10-20\n各县区:\n三季度全市新开工项目25个。\n",
                       "t.txt").record
    assert rec.published == "2023-10-20"  # the day it was signed when no publishing date is given


def test_a_breakdown_after_a_time_takes_the_time_of_the_whole_it_breaks_down():
    fs = facts_of("岚溪县2024年重点项目建设情况\n2024年全县安排重点项目60个,1-9月完成投资28亿元,"
                  "其中续建项目22个、新开工项目38个。\n")
    assert [(f.value, f.period) for f in fs] == [(60, "2024"), (28, "2024-M01..M09"), (22, "2024"), (38, "2024")]
    fs = facts_of("岚溪县2024年重点项目建设情况\n1-9月,全县新签约项目15个,完成投资28亿元,其中工业项目9个。\n")
    assert [f.period for f in fs if f.value == 9] == ["2024-M01..M09"]


def test_a_work_report_news_speaks_from_the_year_after_the_one_reviewed():
    fs = facts_of("青川市召开人代会\n1月10日,青川市第十届人民代表大会第一次会议开幕。市长作政府工作报告。"
                  "市长回顾了2020年工作,全市地区生产总值增长3.5%。对于2021年工作,今年主要预期目标是:"
                  "地区生产总值增长7%左右,一般公共预算收入增长6%。\n")
    assert [(f.value, f.kind, f.period) for f in fs] == [
        (3.5, "actual", "2020"), (7, "target", "2021"), (6, "target", "2021")]


def test_the_whole_of_a_planned_breakdown_is_planned_too():
    head = "青川市重点项目建设动员会召开\n发布日期:2024-02-20\n"
    fs = facts_of(head + "2024年,全市重点推进150个市级重点项目,其中计划新开工项目60个,年度计划投资120亿元。\n")
    # a mobilisation meeting's news launching the year's programme (重点推进 in the year of writing, nothing done
    # reported against it): the list, its class 计划新开工项目 and the plan's amount are the year's plan, targets
    # (lists._announced_list, facts._announced_part)
    assert [(f.value, f.kind) for f in fs] == [(150, "target"), (60, "target"), (120, "target")]
    fs = facts_of(head + "2024年,全市重点推进150个市级重点项目,其中计划完成竣工验收项目40个。\n")
    assert [(f.value, f.kind) for f in fs] == [(150, "target"), (40, "target")]  # a planned breakdown of other work
    fs = facts_of(head + "2023年,全市已完成150个市级重点项目,其中计划新开工项目60个。\n")
    assert [f.kind for f in fs if f.value == 150] == ["actual"]


def test_a_headline_quoting_the_bodys_target_is_that_target():
    fs = facts_of("青川市召开人代会 今年经济增长7%左右\n1月10日,青川市第十届人民代表大会第一次会议开幕。"
                  "市长回顾了2020年工作,全市地区生产总值增长3.5%。对于2021年工作,今年主要预期目标是:"
                  "地区生产总值增长7%左右。\n")
    assert [(f.kind, f.period) for f in fs if f.value == 7] == [("target", "2021")] * 2
    fs = facts_of("青川市经济增长3.5%\n市长回顾了2020年工作,全市地区生产总值增长3.5%。\n")
    assert [f.kind for f in fs if f.value == 3.5] == ["actual"] * 2


def test_a_name_row_outside_a_metadata_block_is_no_title():
    rec = extract_text("岚溪县重点项目一览\n名称:岚溪县城南污水处理厂扩建工程\n总投资1.2亿元。\n", "t.txt").record
    assert rec.title == "岚溪县重点项目一览"


def test_a_word_ending_in_an_approximation_character_is_no_approximation():
    fs = facts_of("岚溪县2024年重点项目推进情况\n8月9日,岚溪县举行招商签约仪式,现场签约12个项目,总投资约45亿元。\n")
    assert {f.value: f.comparator for f in fs} == {12: "=", 45: "~"}
    fs = facts_of("岚溪县2024年重点项目推进情况\n全县最近3年新建学校5所,附近2个乡镇受益。\n")
    assert all(f.comparator == "=" for f in fs)


def test_a_yearly_average_up_to_a_plan_end_spans_the_plan_when_the_year_of_writing_is_unknown():
    fs = facts_of("岚溪县发展目标\n到“十三五”末,全县地区生产总值年均增长8%,财政总收入年均增长9%。\n")
    assert sorted(f.period for f in fs if f.value in (8, 9)) == ["2016..2020", "2016..2020"]
    fs = facts_of("岚溪县发展目标\n到2022年,全县地区生产总值年均增长8%。\n")
    assert [f.period for f in fs if f.value == 8] == ["..2022"]
