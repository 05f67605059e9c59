"""How far a stated time reaches in writing the tuned documents never showed (sentences written for these tests;
the places are invented)."""
from __future__ import annotations

from factrun import facts_of, one
from taizhang.extract.periods import find_periods, time_lists


def periods_of(text):
    return {(f.value, f.unit): f.period for f in facts_of(text)}


# --------------------------------------------------------------------------- price bases

def test_a_constant_price_year_is_no_time_of_the_value():
    fs = facts_of("岚溪县2019年国民经济和社会发展统计公报\n  全年实现地区生产总值320亿元,按2015年不变价计算,比上年增长7.2%。"
                  "按2010年可比价格计算,人均生产总值达到5.1万元,增长6.8%。\n")
    assert one(fs, 7.2).period == "2019"
    assert one(fs, 5.1).period == "2019"
    assert one(fs, 6.8).period == "2019"


def test_price_base_role():
    p = [x for x in find_periods("按2015年不变价计算", 2019) if x.text.startswith("2015")]
    assert p and p[0].role == "base"
    p = [x for x in find_periods("2015年完成投资", 2019) if x.text.startswith("2015")]
    assert p and p[0].role != "base"


# --------------------------------------------------------------------------- lists of months

def test_time_lists():
    assert [t.items for t in time_lists("3月至5月,每月")] == [(3, 4, 5)]
    assert [t.items for t in time_lists("4月、5月分别")] == [(4, 5)]
    assert [(t.unit, t.items) for t in time_lists("一、二、三季度分别")] == [("Q", (1, 2, 3))]
    assert time_lists("5月、3月分别") == []  # not in order: no list of times


DATED = "岚溪县2022年上半年项目建设情况\n2022年7月6日\n"


def test_a_list_of_months_gives_its_values_one_each():
    fs = facts_of(DATED + "3月至5月,全县每月新开工项目分别为5个、8个、12个。4月、5月分别签约项目3个、6个。\n")
    assert [one(fs, v, "个").period for v in (5, 8, 12)] == ["2022-M03", "2022-M04", "2022-M05"]
    assert [one(fs, v, "个").period for v in (3, 6)] == ["2022-M04", "2022-M05"]


def test_a_month_list_of_another_length_is_not_spread():
    fs = facts_of(DATED + "3月至5月,全县新开工项目分别为工业项目5个、服务业项目8个。\n")
    assert one(fs, 5).period == one(fs, 8).period == "2022-M03..M05"


def test_quarters_listed():
    fs = facts_of(DATED + "一、二季度,全县地区生产总值分别增长5.1%、6.3%。\n")
    assert one(fs, 5.1).period == "2022-Q1"
    assert one(fs, 6.3).period == "2022-Q2"


def test_the_month_alone():
    fs = facts_of(DATED + "3月至5月,全县新开工项目25个。6月当月完成投资9.6亿元,1-6月累计完成投资48亿元。\n")
    assert one(fs, 9.6).period == "2022-M06"
    assert one(fs, 48).period == "2022-M01..M06"


# --------------------------------------------------------------------------- an event's day

SIGNING = "青川市举行重大项目集中签约仪式\n发布时间:2022-08-10\n"


def test_counts_of_a_signing_hold_in_the_month_of_its_day():
    fs = facts_of(SIGNING + "8月9日,青川市举行重大项目集中签约仪式,市委书记某某出席并讲话。\n"
                  "此次集中签约项目36个,总投资215亿元,其中工业项目20个。\n今年以来,全市累计签约项目128个。\n")
    # the signing's batch, of the day's month (the lead's convention of session 27: an event dated to a day is of that day's month; it was the year)
    assert one(fs, 36).period == one(fs, 20).period == "2022-M08" and one(fs, 215).period == "2022"  # (总投资: the day's year, session 41)
    assert one(fs, 128).period == "2022"  # 今年以来: the year so far, not the day of the signing


def test_a_bare_year_in_the_events_name_leaves_the_batch_in_the_days_month():
    # (the lead's convention of session 27: an event dated to a day is of that day's month: a bare year in its name gives no time shorter than the day's)
    fs = facts_of(SIGNING + "8月9日上午,青川市举行2022年重大项目集中签约仪式,共签约项目36个,总投资215亿元。\n")
    assert one(fs, 36).period == "2022-M08" and one(fs, 215).period == "2022"  # (总投资: the day's year, session 41)


def test_a_quarter_in_the_name_of_an_event_dated_to_a_day_gives_way_to_the_days_month():
    # (the lead's convention of session 30: an event dated to a day is of that day's month also when its name holds a quarter or half; it was the quarter)
    fs = facts_of("岚溪县第三季度重大项目集中开工\n岚溪新闻网讯 9月26日,岚溪县2023年第三季度重大项目集中开工活动在县经济开发区举行。"
                  "\n本次集中开工项目15个,总投资68亿元。\n")
    assert one(fs, 15).period == "2023-M09"


def test_a_meeting_pointed_back_at_with_no_year_known():
    fs = facts_of("岚溪县重大项目集中签约\n岚溪新闻网讯 5月18日,岚溪县招商引资重大项目集中签约会举行。\n"
                  "会上,共签约项目22个,签约总金额156亿元。\n")
    assert one(fs, 22).period == one(fs, 156).period == "?-M05"  # the day's month, its year unknown (the lead's convention of session 27: an event dated to a day is of that day's month)


# --------------------------------------------------------------------------- a dated lead, a list's lead

def test_the_year_of_a_dated_meeting_lead_is_the_documents():
    fs = facts_of("岚溪县政府工作报告\n在2019年3月2日召开的岚溪县第十七届人民代表大会第三次会议上,县长某某作了政府工作报告。"
                  "今年主要预期目标是:地区生产总值增长7%左右,固定资产投资增长10%。\n")
    assert one(fs, 7).period == one(fs, 10).period == "2019"


def test_a_dated_meeting_lead_beats_the_pages_date():
    fs = facts_of("岚溪县政府工作报告\n发布日期:2020-05-12\n在2019年3月2日召开的岚溪县第十七届人民代表大会第三次会议上,"
                  "县长某某作了政府工作报告。\n今年主要预期目标是:地区生产总值增长7%左右。\n")
    assert one(fs, 7).period == "2019"


def test_a_date_in_the_lead_without_an_event_does_not_move_the_year():
    fs = facts_of("岚溪县经济运行简况\n发布日期:2020-05-12\n全县2019年3月2日以来累计接待游客12万人次,今年地区生产总值增长5%。\n")
    assert one(fs, 5).period == "2020"


def test_targets_under_a_lead_without_a_time_hold_in_the_documents_year():
    fs = facts_of("岚溪县政府工作报告\n在2019年3月2日召开的岚溪县第十七届人民代表大会第三次会议上,县长某某作了政府工作报告。\n"
                  "报告提出,全县经济社会发展的主要预期目标是:地区生产总值增长7%左右,固定资产投资增长10%。\n")
    assert one(fs, 7).period == one(fs, 10).period == "2019"
    assert one(fs, 7).kind == "target"


PLAN13 = ("岚溪县国民经济和社会发展第十三个五年规划纲要\n  十三五期间,全县累计完成固定资产投资800亿元。\n"
          "  到2020年,全县经济社会发展的主要目标是:\n"
          "  ——综合实力明显增强。地区生产总值达到500亿元。\n"
          "  ——人民生活持续改善。城镇居民人均可支配收入达到5万元,农村居民人均可支配收入达到2.2万元。\n"
          "  ——生态环境更加优美。森林覆盖率保持在65%以上。\n")


def test_items_of_a_list_take_the_kind_and_deadline_of_its_lead():
    fs = facts_of(PLAN13)
    for v in (500, 5, 2.2, 65):
        assert (one(fs, v).kind, one(fs, v).period) == ("target", "..2020"), v


def test_a_breakdown_after_a_colon_is_no_list_lead():
    fs = facts_of("岚溪县2021年上半年经济运行情况\n  上半年,全县固定资产投资增长8%(其中:工业投资完成15亿元,下降3%)。\n")
    assert one(fs, 15).period == "2021-H1"


def test_a_numbered_list_under_next_years_lead():
    fs = facts_of("岚溪县政府工作报告\n——2023年12月28日在岚溪县第十八届人民代表大会第三次会议上\n"
                  "  明年经济社会发展的主要预期目标是:\n  1.地区生产总值增长6%左右;\n  2.一般公共预算收入增长5%。\n"
                  "  今年以来,全县地区生产总值增长6.2%。\n")
    assert one(fs, 6).period == one(fs, 5).period == "2024"
    assert one(fs, 6.2).period == "2023"


def test_targets_under_a_target_heading_in_a_report_dated_only_in_its_lead():
    fs = facts_of("岚溪县政府工作报告解读\n政府工作报告总结了过去一年的成绩。\n报告部署了今年的工作。\n"
                  "  县十七届人大五次会议胜利闭幕\n"
                  "  记者从县政府办获悉:2015年1月20日,县长某某在岚溪县第十七届人民代表大会第五次会议上作政府工作报告。"
                  "报告回顾了过去一年的工作,部署了新一年的任务。\n  主要目标\n"
                  "  地区生产总值增长8.5%,固定资产投资增长15%,城镇居民人均可支配收入增长10%。\n")
    assert [one(fs, v).period for v in (8.5, 15, 10)] == ["2015"] * 3
    assert one(fs, 8.5).kind == "target"


def test_a_target_heading_in_a_five_year_plan_gives_no_single_year():
    fs = facts_of("岚溪县国民经济和社会发展第十四个五年规划纲要\n  主要目标\n  全县地区生产总值年均增长7%,森林覆盖率达到65%。\n")
    assert one(fs, 65).period != "2021"


# --------------------------------------------------------------------------- plan lists and progress spans

def test_plan_list_sizes_under_a_titles_months_hold_in_the_year():
    fs = facts_of("岚溪县2021年1-4月重点项目建设进展情况\n  全县共安排重点项目120个,年度计划投资300亿元。\n"
                  "  省级重点项目20个,年度计划投资110亿元,完成投资35亿元,占年度计划的31.8%。\n  全县新开工项目35个。\n")
    assert one(fs, 120).period == one(fs, 300).period == "2021"
    assert one(fs, 20).period == one(fs, 110).period == "2021"
    assert one(fs, 35, "亿元").period == one(fs, 31.8).period == "2021-M01..M04"
    assert one(fs, 35, "个").period == "2021-M01..M04"  # new starts: work done in the months reported


# --------------------------------------------------------------------------- a text without a title

def test_the_year_of_an_opening_sentence_outweighs_a_later_since():
    fs = facts_of("岚溪县举行2021年第一季度重大项目集中开工活动,县委书记某某出席。\n"
                  "2020年以来,全县上下狠抓项目建设。此次集中开工项目23个,总投资86亿元,其中工业项目12个。\n")
    assert one(fs, 23).period == one(fs, 86).period == "2021-Q1"


def test_counts_of_the_events_own_kind_take_its_time_without_a_back_reference():
    fs = facts_of("岚溪县2021年第一季度重大项目集中开工\n发布时间:2021-03-18\n"
                  "3月17日,岚溪县2021年第一季度重大项目集中开工活动在县经济开发区举行。\n"
                  "全县集中开工项目23个,总投资86亿元。\n")
    assert one(fs, 23).period == "2021-M03" and one(fs, 86).period == "2021"  # (the lead's convention of session 30: an event dated to a day is of that day's month also when its name holds a quarter or half; it was the quarter)


def test_a_category_named_like_an_event_in_a_review_keeps_its_year():
    fs = facts_of("政府工作报告\n——2025年1月8日在岚溪县第十九届人民代表大会第四次会议上\n各位代表:\n"
                  "  2024年,全县纳入省市集中开工项目26个,列入省重点项目17个。\n")
    assert one(fs, 26).period == one(fs, 17).period == "2024"


# --------------------------------------------------------------------------- kinds from times

def test_a_value_whose_time_lies_after_the_writing_commits():
    fs = facts_of("岚溪县发布十三五规划纲要\n发布时间:2016-08-12\n  规划提出,到2020年全县与全国同步全面建成小康社会,"
                  "目前已完成主要指标的六成。全县地区生产总值达到300亿元,城镇居民人均可支配收入达到4万元。\n")
    assert (one(fs, 300).kind, one(fs, 300).period) == ("target", "..2020")
    assert one(fs, 4).kind == "target"



def test_a_plan_reported_against_in_its_own_sentence_is_actual_in_any_genre():
    fs = facts_of("青川市上半年重大项目建设成效明显\n  2020年,青川市计划实施市级重大项目120个,总投资860亿元,年度计划完成投资210亿元;"
                  "1—6月累计完成投资118亿元,占年度计划的56.2%。\n  全市计划新开工项目50个,力争年底前全部开工。\n")
    for v in (120, 860, 210):
        assert (one(fs, v).kind, one(fs, v).period) == ("actual", "2020"), v
    assert one(fs, 118).period == "2020-M01..M06"
    assert (one(fs, 50).kind, one(fs, 50).period) == ("target", "2020")  # the title's 上半年 is no time of a plan


def test_the_year_naming_the_plan_a_share_is_taken_of_is_no_time():
    fs = facts_of("青川市重点项目建设进展顺利\n发布时间:2013-05-06\n今年1-4月,全市重点项目累计完成投资52亿元,"
                  "为年度投资计划的34.5%。其中,已开工项目完成投资为今年计划投资的30%。\n")
    assert one(fs, 34.5).period == one(fs, 30).period == "2013-M01..M04"
    p = [x for x in find_periods("为年度投资计划的34.5%", 2013) if x.text == "年度"]
    assert p and p[0].role == "base"


def test_a_run_of_targets_goes_on_past_the_sentence_of_its_deadline():
    fs = facts_of("岚溪县召开全会部署十三五发展\n发布时间:2016-01-12\n  会议指出,全县发展成绩显著,群众获得感不断增强。会议提出,"
                  "到2020年,全县地区生产总值力争突破300亿元。城镇化率达到60%,三次产业结构调整为8:42:50。"
                  "全县城镇化率已达到52%。\n")
    for v in (300, 60, 8, 42, 50):
        assert (one(fs, v).kind, one(fs, v).period) == ("target", "..2020"), v
    assert (one(fs, 52).kind, one(fs, 52).period) == ("actual", "2016")  # a report breaks the run


def test_a_run_of_targets_goes_on_into_the_next_paragraph():
    fs = facts_of("岚溪县国民经济和社会发展第十四个五年规划纲要\n发布日期:2021-03-01\n"
                  "  到2025年,全县地区生产总值达到500亿元,城镇化率达到60%。\n"
                  "  ——人均地区生产总值达到8万元。\n  ——城镇居民人均可支配收入达到5万元。\n"
                  "  2020年,全县城镇居民人均可支配收入3.6万元。\n")
    assert (one(fs, 8).kind, one(fs, 8).period) == ("target", "..2025")
    assert (one(fs, 5).kind, one(fs, 5).period) == ("target", "..2025")
    assert (one(fs, 3.6).kind, one(fs, 3.6).period) == ("actual", "2020")


def test_a_yearly_average_is_no_part_of_a_deadlines_run():
    fs = facts_of("岚溪县党代会报告摘要\n  会议提出,到2025年,全县地区生产总值力争突破500亿元。研发经费投入年均增长9%左右。\n")
    assert one(fs, 500).period == "..2025"
    assert one(fs, 9).period != "..2025"


def test_a_sum_over_n_years_up_to_a_deadline_spans_those_years():
    fs = facts_of("岚溪县十三五规划纲要解读\n发布日期:2016-03-01\n  到2020年,全县地区生产总值力争突破300亿元,"
                  "五年累计完成固定资产投资1500亿元。城镇化率达到60%。\n")
    assert one(fs, 300).period == "..2020"
    assert one(fs, 1500).period == "2016..2020"
    assert (one(fs, 60).kind, one(fs, 60).period) == ("target", "..2020")  # the run goes on past the sum
