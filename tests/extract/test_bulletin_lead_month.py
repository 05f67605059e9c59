"""A bulletin or release whose lead opens with days of one month (2031年3月8日至14日,…) or with one month before the
subject it speaks of (10月某省经济保持平稳。) speaks of that month throughout (sentences written for these tests; the
places are invented)."""
from __future__ import annotations

from factrun import facts_of, one

from taizhang.extract.periods import days_of_one_month


# --------------------------------------------------------------------------- days of one month opening the lead

def test_a_weeks_bulletin_is_of_its_month_in_every_paragraph():
    fs = facts_of("岚溪问政周报\n2031-03-17 09:10 来源:岚溪在线\n"
                  "2031年3月8日至3月14日,岚溪问政平台共收到网民留言1200件,已办理980件。\n"
                  "各乡镇的留言量分别为:青川镇310件、白石镇150件。\n"
                  "留言类型中投诉类最多,共640件,占比53.3%。\n")
    assert {f.period for f in fs} == {"2031-M03"}
    assert one(fs, 640).period == one(fs, 310).period == "2031-M03"


def test_days_written_with_one_month_at_a_county_hotline():
    fs = facts_of("甲县12345热线运行周报\n2030年5月20日\n"
                  "5月11—17日,全县12345热线共受理群众诉求860件,按时办结845件。\n"
                  "从诉求类型看,咨询类420件,求助类210件。\n")
    assert one(fs, 420).period == one(fs, 210).period == one(fs, 860).period == "2030-M05"


def test_days_over_two_months_stay_the_year():
    # 6月28日至7月4日: neither month alone is the span's time (periods._join_day_spans' convention)
    fs = facts_of("乙市问政周报\n2030-07-06 来源:乙市发布\n"
                  "6月28日至7月4日,乙市问政平台共收到网民留言900件。\n"
                  "留言类型中求助类最多,共300件。\n")
    assert one(fs, 300).period == one(fs, 900).period == "2030"


def test_a_single_days_event_gives_no_month_to_the_text():
    # a project event's batch is of the day's month (the lead's ruling of session 41; session 32 gave the day's year),
    # as the day's, not as a span of days the text reports on
    fs = facts_of("丙区重点项目集中开工\n2030-04-13 来源:丙区融媒体中心\n"
                  "4月12日,丙区2030年第二批重点项目集中开工活动举行,本次集中开工项目30个,总投资120亿元。\n")
    assert one(fs, 30).period == "2030-M04" and one(fs, 120).period == "2030"  # (总投资: the day's year, session 41)


def test_the_days_of_one_month_span():
    assert days_of_one_month("2031年3月8日至14日,", 0) == len("2031年3月8日至14日")
    assert days_of_one_month("3月8日—3月14日,", 0) == len("3月8日—3月14日")
    assert days_of_one_month("3月8—14日,", 0) == len("3月8—14日")
    assert days_of_one_month("3月28日至4月3日,", 0) == -1
    assert days_of_one_month("3月8日,", 0) == -1


# --------------------------------------------------------------------------- a month's release opening on its gist

def test_a_months_release_whose_lead_is_its_gist():
    fs = facts_of("记者11月16日从甲省统计局获悉,10月甲省经济保持总体平稳、稳中有进态势。\n"
                  "工业方面,甲省规模以上工业增加值同比增长5.8%。\n"
                  "服务业方面,前9月,规模以上服务业企业营业收入增长7.1%。\n")
    assert one(fs, 5.8).period == "?-M10"
    assert one(fs, 7.1).period == "?-M01..M09"


def test_a_month_with_its_comma_opening_a_gist_line():
    fs = facts_of("岚溪市经济运行情况\n2030年9月18日\n8月份,全市上下坚持稳中求进工作总基调,经济运行稳中向好、质效提升。\n"
                  "规模以上工业增加值同比增长6.2%,社会消费品零售总额增长4.5%。\n")
    assert one(fs, 6.2).period == one(fs, 4.5).period == "2030-M08"


def test_a_months_meeting_gives_no_month_to_the_text():
    fs = facts_of("岚溪县重点项目观摩会召开\n2030年4月20日\n4月份,县委县政府召开一季度重点项目观摩会。\n"
                  "全县今年安排重点项目86个,总投资320亿元。\n")
    assert one(fs, 86).period == "2030"


# --------------------------------------------------------------------------- 本月 of a monthly issue

def test_this_month_of_an_issue_is_the_month_its_parts_open_on():
    fs = facts_of("岚溪市12345热线工作简报\n2031年第4期\n岚溪市12345热线办公室 2031年5月12日\n一、诉求总体情况\n"
                  "本月受理各类诉求5120件,同比下降3.5%,其中电话来源4300件。\n"
                  "二、转办情况\n4月份,向各承办单位转派工单3900件,按期办结3850件。\n")
    assert one(fs, 5120).period == one(fs, 4300).period == one(fs, 3900).period == "2031-M04"


def test_this_month_with_parts_of_several_months_keeps_its_date():
    fs = facts_of("岚溪市12345热线工作简报\n岚溪市12345热线办公室 2031年5月12日\n"
                  "本月受理各类诉求5120件,同比下降3.5%。\n3月份,转派工单3700件。\n4月份,转派工单3900件。\n")
    assert one(fs, 5120).period == "2031-M05"
