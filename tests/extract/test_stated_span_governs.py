"""A span a report states once (its lead's month, a topic sentence's 前三季度, a title's cut-off) governs the figures of
the report that state no time of their own; a chart's caption (图:2015-2023年…) governs nothing after it.  Every text
here is invented for these tests (the places and figures too)."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text,values", [
    # a hotline's bulletin under a section heading: the lead's month, past a chart's caption, in the next paragraph
    ("一、受理情况\n2024年6月,岚溪县12345热线共受理群众诉求4120件,办结4015件。\n图1:各渠道受理量\n"
     "从受理渠道看,电话受理3800件,网站受理120件,微信受理200件。\n",
     {4120: "2024-M06", 3800: "2024-M06", 120: "2024-M06", 200: "2024-M06"}),
    # a town's service centre: the month's total, then its classes on the next line
    ("2023年9月,青石镇便民服务中心共办理各类事项860件,群众满意率99.2%。\n"
     "从事项类别看,社保类320件,民政类150件,户籍类95件。\n",
     {860: "2023-M09", 320: "2023-M09", 150: "2023-M09", 95: "2023-M09"}),
    # a statistics note opening on a month of a year it never states
    ("8月,甲市规模以上工业增加值同比增长5.6%。\n分行业看,装备制造业增长9.1%,化工行业增长4.3%。\n",
     {5.6: "?-M08", 9.1: "?-M08", 4.3: "?-M08"}),
])
def test_a_lead_opening_on_a_month_reports_that_month(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # a meeting held in the month: its day, not the month of the figures after it
    ("2024年3月,岚溪县召开重点项目推进会,会上集中签约项目12个。\n全县今年计划新开工项目20个,总投资88亿元。\n",
     {20: "2024", 88: "2024"}),
    # a project event of the month: the event's batch, the year's list after it
    ("2024年4月,乙县举行二季度重大项目集中开工活动,开工项目32个。\n全县全年安排重点项目120个。\n",
     {120: "2024"}),
])
def test_a_month_of_a_meeting_or_an_event_is_no_reports_month(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # a page cut before its first span: the report's span is the one its topic sentences open with (each followed by
    # the figures of its paragraph), also for the paragraph before them
    ("分区域看,东部地区增加值320.5亿元,增长4.1%;西部地区增加值210.3亿元,增长3.2%。\n"
     "前三季度,丙市新兴产业保持较快增长。其中高技术制造业增加值增长6.7%,快于全部工业2.1个百分点。\n"
     "前三季度,丙市消费市场稳步回暖。社会消费品零售总额增长5.2%。\n",
     {320.5: "?-M01..M09", 4.1: "?-M01..M09", 3.2: "?-M01..M09", 6.7: "?-M01..M09", 5.2: "?-M01..M09"}),
])
def test_topic_sentences_opening_on_a_span_make_the_reports_span(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # a topic (民生方面,) before the span a paragraph opens with: the span governs the paragraph's next sentence
    ("东湖区经济稳中向好\n今年以来,东湖区经济运行平稳。1-5月,全区规上工业增加值增长4.4%。\n"
     "民生方面,上半年东湖区民生投入持续加大。一般公共预算支出中,教育支出增长8.1%,卫生健康支出增长6.5%。\n",
     {4.4: "?-M01..M05", 8.1: "?-H1", 6.5: "?-H1"}),
    ("在项目建设方面,1-8月全县项目建设提速。全县新开工项目42个,完成投资36.5亿元。\n",
     {42: "?-M01..M08", 36.5: "?-M01..M08"}),
    # a wire story's closing mark (完) after its last sentence: the line is prose, the span goes on in it
    ("据悉,前三季度戊县城镇新增就业1.2万人。全县居民人均可支配收入28450元,同比增长5.1%。(完)\n",
     {1.2: "?-M01..M09", 28450: "?-M01..M09", 5.1: "?-M01..M09"}),
])
def test_a_span_after_a_topic_or_before_a_wire_end_goes_on(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # a chart's caption naming no number (图:), its years a series: the growths after it are the bulletin's year's
    ("2023年岚溪县国民经济和社会发展统计公报\n一、综合\n全县实现地区生产总值420亿元,比上年增长5.2%。\n"
     "图:2015-2023年岚溪县地区生产总值及增长速度\n全县一般公共预算收入31.2亿元,同比增长7.4%。\n"
     "二、农业\n全县粮食产量52万吨,增长1.8%。\n",
     {5.2: "2023", 7.4: "2023", 1.8: "2023"}),
    ("2022年青川区统计公报\n全区社会消费品零售总额210亿元,增长3.3%。\n表:2018-2022年青川区进出口情况\n"
     "全区进出口总额55亿元,同比下降2.6%。\n",
     {3.3: "2022", 2.6: "2022"}),
])
def test_a_captions_years_time_nothing_after_it(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # a title's cut-off to the day (截至8月31日): the progress figures are as of that month's end
    ("岚溪县2024年重点项目推进情况(截至8月31日)\n全县列入年度计划的重点项目60个,已开工项目45个,开工率75%。\n",
     {60: "2024", 45: "..2024-M08", 75: "..2024-M08"}),
])
def test_a_titles_cut_off_day_reaches_the_progress_figures(text, values):
    assert periods_of(text, values) == values
