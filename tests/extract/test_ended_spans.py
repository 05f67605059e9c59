"""A paragraph that opens with a plan's span or a run of years that had ended when the text was written (“十三五”时期
是…的五年 in a report of 2021, “十四五”期间,… on a page of 2026, 2016—2020年,… in a 十四五 plan) looks back on it, as
过去五年,… does: its figures report, whatever the document's frame (a plan, a page titled by its targets), and a state
it reached (达到, 突破, 迈上) is of the span's last year; a span running into the year of writing still plans.  The
targets a review says were met (较好完成…规划确定的目标任务, 目标任务顺利完成) commit nothing.  Every text is invented."""
from __future__ import annotations

from factrun import facts_of, one


def _kinds(text, values):
    fs = facts_of(text)
    return {v: (one(fs, v).kind, one(fs, v).period) for v in values}


def test_an_ended_plan_span_on_a_page_titled_by_its_targets_reports():
    # a province's page of 2026 on the year's targets, opening with what the five years reached
    text = ("2026年青川省经济社会发展主要目标\n2026年1月27日 来源:省发展改革委\n"
            "“十四五”期间,全省地区生产总值年均增长5.7%,经济总量突破8万亿元,高新技术产业产值占比达到51.6%,"
            "内河港口千吨级以上泊位达到316个。\n"
            "今年全省地区生产总值增长5%以上,新开工省重点项目420个以上。\n")
    assert _kinds(text, [5.7, 8, 51.6, 316, 5, 420]) == {
        5.7: ("actual", "2021..2025"), 8: ("actual", "2025"), 51.6: ("actual", "2025"), 316: ("actual", "2025"),
        5: ("target", "2026"), 420: ("target", "2026")}


def test_a_county_report_on_the_ended_plan_whose_targets_were_met():
    # a district of 2021 under a heading the outline does not number: the targets met are no commitment
    text = ("2021年岚山区政府工作报告\n——2021年1月26日在岚山区第三届人民代表大会第五次会议上\n"
            "“十三五”时期的工作回顾\n"
            "“十三五”时期,是我区发展很不平凡的五年。“十三五”规划确定的主要目标任务顺利完成。"
            "经济总量跃上400亿元台阶,常住人口城镇化率达到61.8%,城乡居民人均可支配收入2.4万元。\n"
            "2021年工作安排\n今年全区生产总值增长7%以上,新开工项目55个。\n")
    assert _kinds(text, [400, 61.8, 2.4, 7, 55]) == {
        400: ("actual", "2020"), 61.8: ("actual", "2020"), 2.4: ("actual", "2020"),
        7: ("target", "2021"), 55: ("target", "2021")}


def test_the_background_of_an_undated_plan_named_by_its_span():
    # a county's 十四五 plan dated nowhere: the 十三五 paragraph is its background, written on the plan's eve
    text = ("临水县国民经济和社会发展第十四个五年规划纲要\n"
            "“十三五”时期是我县发展极不平凡的五年。全县上下攻坚克难,较好完成“十三五”规划确定的各项目标任务。"
            "全县生产总值达到236亿元,年均增长6.9%,一般公共预算收入突破18亿元。\n"
            "“十四五”时期,全县生产总值年均增长6.5%左右,到2025年,生产总值达到330亿元。\n")
    assert _kinds(text, [236, 6.9, 18, 6.5, 330]) == {
        236: ("actual", "2020"), 6.9: ("actual", "2016..2020"), 18: ("actual", "2020"),
        6.5: ("target", "2021..2025"), 330: ("target", "..2025")}


def test_a_span_running_into_the_year_of_writing_still_plans():
    # a city's plan of 2021 opening with its own five years: what they are to reach is due by their end
    text = ("东坪市“十四五”发展主要目标\n2021年3月2日\n"
            "“十四五”时期,全市生产总值年均增长6%左右,常住人口城镇化率达到68%,森林覆盖率稳定在45%以上。\n")
    assert _kinds(text, [6, 68]) == {6: ("target", "2021..2025"), 68: ("target", "..2025")}


def test_a_named_projects_design_is_its_size_in_a_plan_and_in_a_review():
    # a city's 2026 report: the year's works name a railway with its design, the review a railway opened; both state
    # the project's size as written (actual, of the part's year: the year of writing, the reviewed span's end), never
    # a target; the year's work under 二、2026年重点工作 after a review chapter is planned
    text = ("东坪市政府工作报告\n——2026年1月16日在东坪市第七届人民代表大会第五次会议上\n一、“十四五”时期工作回顾\n"
            "五年来,平江至东坪城际铁路建成通车,线路全长96公里,设计时速250公里。\n"
            "二、2026年重点工作\n今年重点抓好项目建设。新开工项目120个,完成投资650亿元。开工建设东坪至临水高铁,"
            "正线全长143公里,设计时速350公里,估算总投资318亿元。实施重大项目80个,总投资900亿元。\n")
    got = _kinds(text, [96, 250, 120, 650, 143, 350, 318, 80, 900])
    assert got == {96: ("actual", "2025"), 250: ("actual", "2025"), 120: ("target", "2026"), 650: ("target", "2026"),
                   143: ("actual", "2026"), 350: ("actual", "2026"), 318: ("actual", "2026"), 80: ("target", "2026"),
                   900: ("target", "2026")}
    assert one(facts_of(text), 318).indicator == "估算总投资"


def test_a_class_of_works_after_a_count_is_no_design():
    # a county's plan: the lengths of a class of roads and the size of a list of projects commit
    text = ("岚溪县2026年重点工作安排\n2026年2月3日\n二、重点任务\n今年实施重点项目60个,总投资320亿元。"
            "加快农村公路提档升级,新改建农村公路210公里。\n")
    assert _kinds(text, [60, 320, 210]) == {60: ("target", "2026"), 320: ("target", "2026"), 210: ("target", "2026")}


def test_the_year_just_begun_is_committed_not_reported():
    # news of a county's report in January and of a city's meeting in February: the whole year they name cannot be
    # reported yet; the year before, a stock as of writing and the year so far stay reports
    county = ("县长在县人代会上作报告\n2026年1月9日\n报告指出,刚刚过去的2025年,全县生产总值增长6.1%。报告提出,今年全县"
              "生产总值增长6%以上,新开工亿元以上项目50个,完成固定资产投资120亿元。\n")
    assert _kinds(county, [6.1, 6, 50, 120]) == {
        6.1: ("actual", "2025"), 6: ("target", "2026"), 50: ("target", "2026"), 120: ("target", "2026")}
    city = ("我市召开2026年项目建设推进会\n2026年2月10日 来源:东坪日报\n会议指出,2025年全市新开工项目180个,完成投资860亿元。"
            "今年以来,全市新签约项目15个。\n会议要求,2026年全市重点抓好项目建设,新开工项目200个,完成投资1000亿元。\n")
    assert _kinds(city, [180, 860, 15, 200, 1000]) == {
        180: ("actual", "2025"), 860: ("actual", "2025"), 15: ("actual", "2026"), 200: ("target", "2026"),
        1000: ("target", "2026")}


def test_a_year_near_its_end_reports_what_it_did():
    # a December bulletin reporting its own year: its figures of the year are what was done
    text = ("岚溪县2026年经济运行简况\n2026年12月20日\n今年全县生产总值增长5.8%,新开工项目46个,完成固定资产投资98亿元。\n")
    assert _kinds(text, [5.8, 46, 98]) == {5.8: ("actual", "2026"), 46: ("actual", "2026"), 98: ("actual", "2026")}


def test_a_page_titled_by_a_plans_targets_names_their_measures_by_report_words():
    # a page of 2026 on a province's 十五五 targets: 累计降低 names what a target measures, in its own sentence and in the
    # sentences after it; the ended five years it opens with still report
    text = ("临江省“十五五”时期主要目标和重大任务一文看懂\n2026-02-06\n“十四五”期间,全省经济总量突破6万亿元。\n"
            "主要目标:提出全社会研发经费投入年均增长8%以上。提出单位地区生产总值二氧化碳排放累计降低18%。"
            "数字经济核心产业增加值占地区生产总值比重达到14%,人均预期寿命提高到80.5岁。\n")
    got = _kinds(text, [6, 8, 18, 14, 80.5])
    assert got[6] == ("actual", "2025")
    assert [got[v][0] for v in (8, 18, 14, 80.5)] == ["target"] * 4
