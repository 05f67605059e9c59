"""Which time and which kind a figure takes inside a sentence: items, lists and their progress, plan horizons
(sentences written for these tests; the places are invented)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one

from taizhang.extract.periods import find_periods

NOTICE = "岚溪县重点项目督查情况通报\n2024年9月3日\n"


# --------------------------------------------------------------------------- a time inside one item

def test_a_time_inside_an_earlier_item_does_not_reach_the_next():
    fs = facts_of(NOTICE + "一是岚溪大道改造工程完成路基施工,10月份完工;二是城南污水处理厂扩建项目完成主体工程;"
                           "三是打造3个示范点正在招标。\n")
    assert one(fs, 3, "个").period == "2024"


def test_an_expected_time_does_not_reach_across_a_semicolon():
    fs = facts_of(NOTICE + "岚溪大道改造工程完成路基施工,预计10月份完工;城南片区打造3个示范点正在招标。\n")
    assert one(fs, 3, "个").period == "2024"


def test_a_time_opening_the_sentence_frames_every_item():
    fs = facts_of(NOTICE + "1-8月,一是新开工项目12个;二是竣工项目5个。\n")
    assert one(fs, 12).period == one(fs, 5).period == "2024-M01..M08"


def test_a_time_opening_the_sentence_frames_its_semicolon_parts():
    fs = facts_of(NOTICE + "1-8月,全县重点项目完成投资12亿元,增长6%;新开工项目22个。\n")
    assert one(fs, 22).period == "2024-M01..M08"


# --------------------------------------------------------------------------- plan horizons

def test_a_yearly_average_to_the_end_of_a_plan_runs_over_the_plans_years():
    for dated in ("2020年12月28日", "2021年3月20日"):
        fs = facts_of(f"东坡县国民经济和社会发展规划纲要\n东坡县人民政府\n{dated}\n"
                      "到“十四五”末,全县一产业年均增长3%以上,地区生产总值达到300亿元。\n")
        f = one(fs, 3)
        assert (f.period, f.kind) == ("2021..2025", "target"), dated
        assert one(fs, 300).period == "..2025"


def test_a_span_that_begins_in_the_year_of_writing_commits():
    fs = facts_of("东坡县国民经济和社会发展规划纲要\n东坡县人民政府\n2021年3月20日\n"
                  "“十四五”时期,全县一产业年均增长3%左右。\n")
    assert one(fs, 3).kind == "target"


def test_a_reviewed_plans_average_stays_reported():
    fs = facts_of("东坡县政府工作报告\n2021年1月12日\n“十三五”时期,全县地区生产总值年均增长7.5%。\n")
    f = one(fs, 7.5)
    assert (f.period, f.kind) == ("2016..2020", "actual")


def test_doubling_over_the_next_years_is_a_change_over_them():
    # 翻一番 is a change over the span (as 年均增长 is), no state reached by its end
    fs = facts_of("岚溪县政府工作报告\n2017年1月10日\n今后五年,全县经济总量翻一番,城乡居民收入年均增长8%。\n")
    assert one(fs, 1, "番").period == "2017..2021"
    assert one(fs, 8).period == "2017..2021"


# --------------------------------------------------------------------------- a list's size and its progress

def test_a_bare_count_of_works_whose_clause_tells_their_work_in_a_span_is_of_the_span():
    # the lead's ruling this session (4 spent sets of 5 read it so): the works that did it then, not the year's list
    fs = facts_of(NOTICE + "1-9月,全县40个续建项目完成投资9亿元,已超出时序进度5个百分点。\n")
    assert one(fs, 40).period == one(fs, 9).period == one(fs, 5).period == "2024-M01..M09"


@pytest.mark.parametrize("text, value, period", [
    (NOTICE + "1-5月,35个项目完成投资12亿元。\n", 35, "2024-M01..M05"),
    ("丙镇项目推进情况\n2025年8月2日\n上半年,全镇18个产业项目累计完成投资3.6亿元。\n", 18, "2025-H1"),
    ("甲市2023年1-7月重大项目建设情况\n\n全市142个市重大建设项目完成投资300亿元。\n", 142, "2023-M01..M07"),
    ("青川市一季度经济运行情况\n2022年4月18日\n一季度,全市56个省重点工程完成投资80亿元。\n", 56, "2022-Q1"),
    # a list the plan names or a set a breakdown is taken of stays the year's
    (NOTICE + "1-8月,全县列入省重点的12个项目完成投资20亿元。\n", 12, "2024"),
    (NOTICE + "1-8月,全县20个重点项目中,已完成子项目7个。\n", 20, "2024"),
    (NOTICE + "1-8月,全县50个续建项目已有6个项目竣工。\n", 50, "2024"),
    ("乙市重点项目进展\n2023年5月4日\n1-4月,全市90个市级重点项目开复工64项。\n", 90, "2023"),
])
def test_a_group_doing_in_a_span_is_of_the_span_a_planned_list_the_years(text, value, period):
    assert one(facts_of(text), value).period == period


def test_a_count_of_work_done_keeps_the_span():
    fs = facts_of(NOTICE + "1-9月,全县新开工项目22个,完成投资6.5亿元;40个项目已竣工。\n")
    assert one(fs, 22).period == one(fs, 40).period == "2024-M01..M09"


def test_so_far_after_a_cutoff_is_the_cutoff():
    fs = facts_of("青川市重点项目建设进展情况通报\n(2024年9月5日)\n"
                  "1-8月,全市重点项目完成投资86亿元,占年度计划的72%,截止目前已超出年度时序进度10个百分点。\n")
    assert one(fs, 10).period == one(fs, 86).period == "2024-M01..M08"


def test_a_years_schedule_is_the_base_of_a_pace():
    from taizhang.extract.periods import find_periods
    p = [x for x in find_periods("已超出年度时序进度10个百分点", 2024) if x.text == "年度"]
    assert p and p[0].role == "base"


# --------------------------------------------------------------------------- kinds

def test_members_of_a_set_that_was_sought_have_started():
    fs = facts_of("青川市重点项目建设稳步推进\n2024-07-20 来源:青川日报\n"
                  "全市争取开工项目中15个项目已开工建设。今年争取开工项目20个,其中12个项目已开工建设。\n")
    assert one(fs, 15).kind == one(fs, 12).kind == "actual"
    assert one(fs, 20).kind == "target"


def test_a_commitment_about_starts_stays_a_target():
    fs = facts_of("岚溪县政府工作报告\n2024年1月10日\n今年要确保30个项目开工建设。\n")
    assert one(fs, 30).kind == "target"


def test_a_list_picked_out_by_a_clause_is_still_the_years_list():
    fs = facts_of(NOTICE + "全县纳入调度的60个重点项目1-8月完成投资45亿元。1-8月,新开工的22个项目完成投资6亿元。\n")
    assert one(fs, 60).period == "2024"
    assert one(fs, 45).period == one(fs, 22).period == "2024-M01..M08"


# --------------------------------------------------------------------------- headlines

def test_a_headline_quoting_the_body_takes_its_time_and_keeps_the_body_its_own():
    fs = facts_of("青川市数字经济规模将突破500亿元\n2021-05-10 来源:青川日报\n"
                  "日前,青川市印发数字经济发展规划。规划提出,到2025年,全市数字经济规模突破500亿元。\n")
    head, body = sorted((f for f in fs if f.value == 500), key=lambda f: f.vstart)
    assert body.period == head.period == "..2025"
    assert head.kind == body.kind == "target"
    assert head.indicator and head.indicator == body.indicator


def test_a_pace_so_far_in_the_next_sentence_is_of_the_reported_span():
    fs = facts_of("青川市重点项目建设进展情况\n(2024年9月5日)\n"
                  "1-8月,全市重点项目完成投资86亿元,占年度计划的72%。截止目前,已超出年度时序进度10个百分点。\n")
    assert one(fs, 10).period == "2024-M01..M08"


def test_the_set_a_breakdown_is_taken_of_is_the_years_list():
    fs = facts_of(NOTICE + "1-8月,全县20个重点项目中,已完成子项目7个。\n")
    assert one(fs, 20).period == "2024"
    assert one(fs, 7).period == "2024-M01..M08"


def test_a_plan_reported_against_as_of_a_time_is_the_base_of_a_status():
    fs = facts_of("东坡县项目建设跑出加速度\n2023-07-12 来源:东坡融媒\n"
                  "今年,全县计划实施重点项目60个,计划投资50亿元,截至6月底,已完成投资28亿元。\n")
    assert one(fs, 60).kind == one(fs, 50).kind == "actual"
    assert one(fs, 60).period == "2023"


def test_a_plan_with_what_is_done_at_no_stated_time_stays_a_plan():
    fs = facts_of("东坡县人才工作综述\n2023-07-12 来源:东坡融媒\n全县计划建设人才驿站40个,已建成运作25个。\n")
    assert one(fs, 40).kind == "target"
    assert one(fs, 25).kind == "actual"


def test_the_expected_date_of_an_event_stays_in_its_clause():
    fs = facts_of(NOTICE + "岚溪大道改造工程完成路基施工,预计10月份完工,城南片区打造3个示范点正在招标。"
                           "城南污水处理厂计划年底前建成投用,届时日处理污水能力达到5万吨。\n")
    assert one(fs, 3, "个").period == "2024"
    assert one(fs, 5).period == "..2024"  # 届时: the time of the event just named


def test_a_plan_the_next_sentence_takes_a_share_of_is_the_base_of_a_status():
    for head, when in (("东坡县上半年项目建设综述\n2023-07-12 来源:东坡融媒\n", "上半年"),
                       ("东坡县重点项目建设情况通报\n2023年7月12日\n", "1-6月")):
        fs = facts_of(head + f"今年,全县计划实施重点项目60个,年度计划投资50亿元。{when},重点项目完成投资28亿元,"
                             "占年度计划的56%。\n")
        assert one(fs, 60).kind == one(fs, 50).kind == "actual", head
        assert one(fs, 50).period == "2023"


def test_a_plan_whose_next_sentence_commits_stays_a_plan():
    fs = facts_of("东坡县上半年项目建设综述\n2023-07-12 来源:东坡融媒\n"
                  "今年,全县计划实施重点项目60个,年度计划投资50亿元。下半年,力争完成投资占年度计划的90%。\n")
    assert one(fs, 50).kind == "target"
    # the year's list stated with 计划 is the plan, as its amount is (s30 convention, adopted; actual before session 31)
    assert one(fs, 60).kind == "target"


def test_a_yearly_average_to_a_plans_end_written_in_its_base_year():
    fs = facts_of("东坡县国民经济和社会发展规划纲要\n东坡县人民政府\n2020年6月28日\n到2025年,全县地区生产总值年均增长7%以上。\n")
    assert one(fs, 7).period == "2021..2025"
    fs = facts_of("东坡县政府工作报告\n2022年2月8日\n到2025年,全县地区生产总值年均增长7%以上。\n")
    assert one(fs, 7).period == "2022..2025"


# --------------------------------------------------------------------------- completion counts in a notice

def test_completion_counts_keep_the_notices_span():
    fs = facts_of("岚溪县1-8月重点项目推进情况通报\n2024年9月3日\n"
                  "全县共有12个子项目完工。农村饮水工程现有在建子项目5个,已完成子项目7个。\n")
    assert one(fs, 12).period == one(fs, 7).period == "2024-M01..M08"
    assert one(fs, 5).period == "2024"  # 现有: the stock at the time of writing, its own clause only


# --------------------------------------------------------------------------- a deadline closing a list

PLAN = "岚溪县2026年民生实事项目实施方案\n（2026年2月20日 岚溪县人民政府办公室印发）\n"


def test_a_deadline_closing_a_list_binds_every_target_before_it():
    fs = facts_of(PLAN + "一、教育\n  1.新建城区幼儿园3所,新增学位1500个,2026年9月底前投入使用。\n"
                         "  2.改造老旧小区12个;硬化村组道路30公里,力争于2026年6月30日前完工。\n")
    assert one(fs, 3).period == one(fs, 1500).period == "..2026-M09"
    assert one(fs, 30).period == "..2026-M06"
    assert one(fs, 12).period == "2026"  # another sentence part: the deadline does not reach it


def test_a_leading_deadline_reads_as_the_trailing_one():
    lead = facts_of(PLAN + "2026年9月底前,新建城区幼儿园3所,新增学位1500个。\n")
    trail = facts_of(PLAN + "新建城区幼儿园3所,新增学位1500个,2026年9月底前投入使用。\n")
    assert [(f.value, f.period) for f in lead] == [(f.value, f.period) for f in trail]


def test_a_deadline_clause_with_a_value_of_its_own_binds_only_that_value():
    fs = facts_of(PLAN + "新建城区幼儿园3所,2026年9月底前新增学位1500个。\n")
    assert one(fs, 1500).period == "..2026-M09"
    assert one(fs, 3).period == "2026"


# --------------------------------------------------------------------------- a progress report's lists and its span

PROGRESS = "岚溪县1-9月重点项目建设情况\n发布时间:2024-10-15\n"


def test_a_list_counted_in_a_span_is_the_years_its_work_the_spans():
    fs = facts_of(PROGRESS + "1-9月,全县重点项目40个,完成投资9亿元,占年度计划的75%。\n"
                             "1-9月,全县实施省市县重点项目58个,总投资320亿元,年度计划投资60亿元,完成投资48亿元。\n")
    for v in (40, 58, 320, 60):
        assert one(fs, v).period == "2024", v
    for v in (9, 75, 48):
        assert one(fs, v).period == "2024-M01..M09", v


def test_work_of_the_span_stays_the_spans():
    fs = facts_of(PROGRESS + "1-9月,全县新开工项目40个,完成投资9亿元;在建项目65个,完成投资30亿元。\n")
    assert one(fs, 40).period == one(fs, 65).period == one(fs, 9).period == "2024-M01..M09"


def test_the_years_plan_a_share_is_taken_of_is_the_years():
    fs = facts_of("东坡县重点项目建设进展\n发布时间:2024-10-15\n"
                  "截至9月底,全县57个重点项目完成投资88亿元,占年度计划投资110亿元的80%。\n")
    assert one(fs, 110).period == "2024"
    assert one(fs, 88).period == one(fs, 80).period == "..2024-M09"


def test_a_breakdown_opening_the_next_sentence_takes_its_wholes_time():
    fs = facts_of("岚溪县重点项目推进情况\n发布时间:2024-10-15\n截至9月底,全县38个重点项目累计完成投资58亿元。"
                  "其中,产业项目22个,完成投资35亿元;基础设施项目16个,完成投资23亿元。\n")
    # the works that did it by the cut-off and their classes (a bare count heading its clause of work: the cut-off's)
    assert one(fs, 38).period == one(fs, 22).period == one(fs, 16).period == "..2024-M09"
    assert one(fs, 58).period == one(fs, 35).period == one(fs, 23).period == "..2024-M09"


# A quarter beside another time in its sentence: each value takes the time stated nearest before it in its clause;
# a page's date line over a lead opening 前三季度/前7个月 is no deadline, and its 前 belongs to the span.
@pytest.mark.parametrize("head", ["岚溪县经济运行\n2023年10月25日\n", "岚溪县项目建设通报\n发布时间:2023-10-25\n",
                                  "青川市经济\n2023年10月25日  来源:青川发布\n"])
def test_a_quarter_beside_another_time_is_kept_and_the_first_quarters_after_a_date_line(head):
    fs = facts_of(head + "前三季度,全县地区生产总值增长5.8%,其中三季度增长6.3%。\n")
    assert one(fs, 5.8).period == "2023-M01..M09" and one(fs, 6.3).period == "2023-Q3"
    assert "季度" not in one(fs, 5.8).indicator and "前" not in one(fs, 5.8).indicator
    fs = facts_of(head + "前7个月,全县新签约项目32个。\n")
    assert one(fs, 32).period == "2023-M01..M07"
    fs = facts_of(head + "截至9月底,全县累计开工项目67个,第三季度新开工21个;前三季度到位资金58亿元。\n")
    assert [one(fs, v).period for v in (67, 21, 58)] == ["..2023-M09", "2023-Q3", "2023-M01..M09"]
    assert one(fs, 21).indicator.startswith("新开工") and one(fs, 58).indicator == "到位资金"


@pytest.mark.parametrize("line, want", [
    ("截至三季度,全县新开工项目45个。", "..2023-M09"), ("截止第三季度，全县新开工项目45个。", "..2023-M09"),
    ("截至2023年第二季度末,全县新开工项目45个。", "..2023-M06"), ("全县一季度新开工项目45个。", "2023-Q1"),
])
def test_a_cut_off_at_a_quarter_is_its_last_month(line, want):
    fs = facts_of("岚溪县项目建设\n2023年10月12日\n" + line + "\n")
    assert one(fs, 45).period == want


def test_a_deadline_before_a_day_still_ends_at_it():
    assert [(p.text, p.period, p.role) for p in find_periods("2023年10月25日前完成", 2023)] == [
        ("2023年10月25日前", "..2023-M10", "deadline")]
    assert [p.period for p in find_periods("9月底前三季度", 2023)] == ["..2023-M09", "2023-M01..M09"]


@pytest.mark.parametrize("line, value, want", [
    ("截至今年5月底,全县重点项目完成投资32亿元。", 32, "..2024-M05"),
    ("截至今年6月10日,全县开工项目41个。", 41, "..2024-M06"),
    ("截至当年5月底,全县新增市场主体1200户。", 1200, "..2024-M05"),
    ("到今年5月末,全县规上企业达到215家。", 215, "..2024-M05"),
    ("截止本年度一季度末,全县签约项目12个。", 12, "..2024-M03"),
])
def test_a_cut_off_naming_this_year_in_words_is_that_months(line, value, want):
    fs = facts_of("岚溪县项目进展\n2024年6月12日\n" + line + "\n")
    assert (one(fs, value).kind, one(fs, value).period) == ("actual", want)
