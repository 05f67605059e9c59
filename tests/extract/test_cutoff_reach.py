"""How far a stated time reaches: a year named by a word (去年, 上年, 明年) times the months or quarter written right
after it; 至9月底 is a cut-off as 截至9月底 is; a gap to last year's same period, a share done of the year's plan and
every value of a 分别 list of gaps to the overall pace are of the report's cut-off (texts written for these tests;
places invented)."""
from __future__ import annotations

from factrun import facts_of, one
from taizhang.extract.periods import find_periods


def _got(text: str, year: int) -> list[tuple[str, str, str]]:
    return [(p.text, p.period, p.role) for p in find_periods(text, year)]


# --------------------------------------------------------------------------- 去年 + a part of that year

def test_a_year_named_by_a_word_times_the_months_after_it():
    assert _got("去年11月至12月,全市对86个单位开展测评", 2019) == [("去年11月至12月", "2018-M11..M12", "point")]
    assert _got("上年三季度,全县", 2019) == [("上年三季度", "2018-Q3", "point")]
    assert _got("明年5月份,全面建成", 2019) == [("明年5月份", "2020-M05", "point")]
    # (比上年1-9月提高: the months compared with, a base as 上年 alone is)
    assert _got("增速比上年1-9月提高2.1个百分点", 2019) == [("上年1-9月", "2018-M01..M09", "base")]
    assert _got("高于去年同期", 2019)[0][2] == "base"  # (同期 keeps its own reading)


def test_the_months_of_last_year_in_a_text_reviewing_that_year():
    fs = facts_of("桐乡市2018年度政风行风评议结果公布\n2019年2月26日\n\n"
                  "为做好2018年度评议工作,去年11月至12月,全市发放测评问卷8600份。\n")
    # (the figure was 对86个单位开展测评: the size of the group an assessment is made of, no fact since kinds30)
    assert one(fs, 8600).period == "2018-M11..M12"


# --------------------------------------------------------------------------- 至9月底

def test_zhi_alone_opening_a_month_end_is_a_cut_off():
    assert _got("至8月底,全区", 2021) == [("至8月底", "..2021-M08", "point")]
    assert _got("至2021年8月底,全区", 2023) == [("至2021年8月底", "..2021-M08", "point")]
    # (a range of days: no cut-off; over two months, one time of its year: periods._join_day_spans)
    assert _got("7月1日至8月31日", 2021) == [("7月1日至8月31日", "2021", "point")]
    assert _got("产量增至8月", 2021) == []  # (the end of a change)


def test_a_cut_off_written_with_zhi_reaches_the_list_under_the_next_heading():
    fs = facts_of("至8月底,全区重点项目累计完成投资96.4亿元,完成年度计划的70.2%。\n"
                  "二、分领域进展情况\n"
                  "工业、农业项目进展较好,投资完成率分别高于总体进度的7.6、3.1个百分点;"
                  "城建、社会事业项目进展较慢,分别低于总体进度2.4、9.7个百分点。\n")
    for v in (96.4, 70.2, 7.6, 3.1, 2.4, 9.7):
        assert one(fs, v).period == "..?-M08", v


# --------------------------------------------------------------------------- gaps and shares of the cut-off

def test_a_gap_to_last_years_same_period_is_of_the_cut_off():
    fs = facts_of("梅江区重点项目推进情况通报\n2022年10月15日\n\n"
                  "截至9月底,全区重点项目完成投资58.2亿元,投资完成率81.4%,高于去年同期3.6个百分点。\n")
    assert one(fs, 3.6).period == "..2022-M09"
    assert one(fs, 81.4).period == "..2022-M09"


def test_a_share_done_of_the_years_plan_written_without_de_is_of_the_cut_off():
    fs = facts_of("梅江区重点工作推进情况通报\n2022年6月10日\n\n"
                  "截至5月底,全区累计完成投资19.3亿元,占年度计划投资31.7%。\n"
                  "其中产业项目年度计划投资22亿元。\n")
    assert one(fs, 31.7).period == "..2022-M05"
    assert one(fs, 22).period == "2022"  # (the plan's own amount: the year's)


def test_every_value_of_a_list_of_gaps_to_the_overall_pace_is_of_the_reports_cut_off():
    # (a later value's own clause, 、3.1, says nothing: the list's first value says what all report; a gap to the
    # overall pace, 低于总体进度, is work as of the cut-off)
    fs = facts_of("8月中旬,全区举行第二批重点项目集中开工。截至8月底,全区重点项目累计完成投资96.4亿元,完成年度计划的70.2%。\n"
                  "二、分领域进展情况\n"
                  "工业、农业、服务业项目进展较好,投资完成率分别高于总体进度的7.6、3.1、1.2个百分点;"
                  "城建、社会事业项目进展较慢,分别低于总体进度2.4、9.7个百分点。\n")
    for v in (7.6, 3.1, 1.2, 2.4, 9.7):
        assert one(fs, v).period == "..?-M08", v


# --------------------------------------------------------------------------- counts on schedule; occurrences of a span

def test_counts_on_schedule_are_of_the_cut_off_and_the_sets_counted_of_the_year():
    # (达到和基本达到: how many of the set just counted are on schedule by then; the set's count is the year's list)
    fs = facts_of("梅江区重点工作推进情况通报\n2022年6月10日\n\n"
                  "截至5月底,各项重点工作有序推进,累计完成投资19.3亿元。\n"
                  "水利工程18个,达到和基本达到15个、占比83.3%;民生项目9个,达到和基本达到7个、占比77.8%。\n")
    for v in (15, 83.3, 7, 77.8):
        assert one(fs, v).period == "..2022-M05", v
    for v in (18, 9):
        assert one(fs, v).period == "2022", v


def test_occurrences_since_a_year_accrue_over_the_years_to_the_text():
    fs = facts_of("溪口县开展干部教育培训\n2024年3月12日\n\n"
                  "2023年以来,全县开展专题培训6次,培训党员干部2300人次。\n")
    assert one(fs, 6).period == "2023..2024"
    assert one(fs, 2300).period == "2023..2024"


def test_months_since_a_month_of_this_year_run_to_the_reports_month():
    # (今年5月以来: the months since May, as 5月以来 alone reads, not the whole year 今年 alone would give)
    got = _got("今年5月以来,全县", 2024)
    assert got == [("今年5月以来", "2024-M05", "point")]
    fs = facts_of("溪口县网格化治理工作推进\n2024年9月12日\n\n今年5月以来,全县新增网格员180名,排查隐患960处。\n")
    assert one(fs, 180).period == "2024-M05..M09"
    assert one(fs, 960).period == "2024-M05..M09"
    assert _got("去年10月以来", 2024)[0][:2] == ("去年", "2023")  # (a span from last year's month: not read here)
