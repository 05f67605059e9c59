"""A plan's indicator table written as a table set apart by bars: its columns say of what kind each figure is.  A
column of where a row stands now (现状值, 基期值, 某县现值) holds actuals, of the document's year when it names none;
a column of a year's target (2027年目标, 目标值 written over the years in a header of two levels) holds targets of
that year; in a table that looks past the document's year the bare year columns still to come (the document's own
year too) are targets, and a column of yearly averages (年均增长) runs from the year after the first year column to
the last.  A class column's cell merged over its rows leaves the rows after its first one with an empty first cell.
All tables here are invented (岚溪县, 青川区 …)."""
from __future__ import annotations

from factrun import facts_of, one


CURRENT_COLUMN = ("岚溪县“十五五”农村人居环境提升主要指标\n"
                  "发布日期:2026年3月18日\n\n"
                  "序号 | 指标 | 现状值 | 2028年目标 | 2030年目标\n"
                  "1 | 城镇新增就业(万人) | 2.4 | 2.6 | 2.8\n"
                  "2 | 农村生活垃圾分类覆盖率(%) | 57 | 75 | 90\n"
                  "3 | 行政村通客车率(%) | 88 | 95 | 100\n")


def test_a_column_of_where_the_rows_stand_holds_actuals_of_the_documents_year():
    fs = facts_of(CURRENT_COLUMN)
    now = one(fs, 2.4)
    assert (now.kind, now.period, now.value_unit) == ("actual", "2026", "万人")
    assert (one(fs, 57).kind, one(fs, 57).period) == ("actual", "2026")  # (not the plan's span the caption names)
    assert (one(fs, 2.6).kind, one(fs, 2.6).period) == ("target", "2028")
    assert (one(fs, 90).kind, one(fs, 90).period) == ("target", "2030")


TWO_LEVEL_HEADER = ("青川区文旅融合发展三年行动计划\n"
                    "2026年2月9日\n\n"
                    "| 指标 | 单位 | 2025年 | 目标值 | |\n"
                    "| | | | 2026年 | 2028年 |\n"
                    "| 接待游客人次 | 万人次 | 640 | 700 | 820 |\n"
                    "| 旅游总收入 | 亿元 | 58.2 | 64 | 78 |\n"
                    "| A级景区数量 | 个 | 9 | 10 | 13 |\n")


def test_a_target_word_written_over_the_years_makes_each_years_figure_a_target():
    fs = facts_of(TWO_LEVEL_HEADER)
    assert (one(fs, 640).kind, one(fs, 640).period) == ("actual", "2025")
    assert (one(fs, 700).kind, one(fs, 700).period) == ("target", "2026")
    assert (one(fs, 78).kind, one(fs, 78).period, one(fs, 78).value_unit) == ("target", "2028", "亿元")


BARE_YEARS_AHEAD = ("关于印发《岚溪县数字乡村建设行动方案》的通知\n"
                    "2026年4月2日\n\n"
                    "序号|指标名称|2025年|2026年|2028年|年均增长(%)\n"
                    "1|农村网络零售额(亿元)|12.6|14|18|12\n"
                    "2|益农信息社覆盖率(%)|71|80|95|—\n"
                    "3|农村居民人均可支配收入(元)|23400|24900|28000|6.2\n")


def test_bare_year_columns_past_the_documents_date_are_targets_and_the_average_spans_them():
    fs = facts_of(BARE_YEARS_AHEAD)
    assert (one(fs, 12.6).kind, one(fs, 12.6).period) == ("actual", "2025")
    assert (one(fs, 14).kind, one(fs, 14).period) == ("target", "2026")
    assert (one(fs, 28000).kind, one(fs, 28000).period) == ("target", "2028")
    avg = one(fs, 6.2)
    assert (avg.kind, avg.measure, avg.period) == ("target", "growth", "2026..2028")


PAST_YEARS_STATISTICS = ("2025年青川区国民经济和社会发展统计公报\n"
                         "青川区统计局 2026年3月20日\n\n"
                         "指标|2021年|2025年|年均增长(%)\n"
                         "地区生产总值(亿元)|310.5|402.8|6.7\n"
                         "一般公共预算收入(亿元)|21.4|26.9|5.9\n")


def test_a_statistics_table_of_past_years_stays_actual_and_its_average_spans_its_years():
    fs = facts_of(PAST_YEARS_STATISTICS)
    assert (one(fs, 402.8).kind, one(fs, 402.8).period) == ("actual", "2025")
    avg = one(fs, 6.7)
    assert (avg.kind, avg.measure, avg.period) == ("actual", "growth", "2022..2025")


MERGED_CLASS_COLUMN = ("岚溪县乡村振兴重点指标\n"
                       "2026年5月6日\n\n"
                       "类别|序号|指标|单位|现状值|2027年目标\n"
                       "产业发展|1|茶叶种植面积|万亩|8.6|10\n"
                       "|2|农产品加工企业|家|37|45\n"
                       "生态宜居|3|农村卫生厕所普及率|%|81|92\n"
                       "|4|村庄绿化覆盖率|%|35|40\n")


def test_rows_under_a_merged_class_cell_are_read_and_named_by_their_indicator():
    fs = facts_of(MERGED_CLASS_COLUMN)
    firms = one(fs, 37)
    assert (firms.kind, firms.period, firms.value_unit, firms.indicator) == ("actual", "2026", "家", "农产品加工企业")
    assert (one(fs, 45).kind, one(fs, 45).period) == ("target", "2027")
    assert one(fs, 8.6).indicator == "茶叶种植面积" and one(fs, 40).indicator == "村庄绿化覆盖率"


ATTRIBUTE_TABLE = ("青川区“十五五”生态环境保护主要指标\n"
                   "2026年1月15日\n\n"
                   "| 序号 | 指标 | 单位 | 现状值 | 2030年目标 | 属性 |\n"
                   "| 1 | 地表水国控断面优良比例 | % | 83.3 | 90 | 约束性 |\n"
                   "| 2 | 森林覆盖率 | % | 61.2 | 62 | 约束性 |\n"
                   "| 3 | 新增造林面积 | 万亩 | 1.1 | 1.5 | 预期性 |\n")


def test_a_plan_table_with_its_attribute_column_reads_the_current_column_and_its_one_target_year():
    fs = facts_of(ATTRIBUTE_TABLE)
    assert (one(fs, 83.3).kind, one(fs, 83.3).period) == ("actual", "2026")
    assert (one(fs, 90).kind, one(fs, 90).period) == ("target", "2030")
    assert (one(fs, 1.5).kind, one(fs, 1.5).value_unit) == ("target", "万亩")


# A header in two levels copied from a web table without bars around it: the upper line writes the cells spanning
# both levels and 目标值 once over its years, blank over the rest; the lower line is blank under the spanning cells.
BLANK_ENDED_TWO_LEVELS = ("青川区美丽乡村提升行动方案\n"
                          "2026年3月2日\n\n"
                          "序号|指标|单位|基期值|目标值|\n"
                          "|||2025年|2026年|2028年\n"
                          "1|农村集体经济收入|万元|4600|5000|6200\n"
                          "2|美丽庭院创建率||18%|25%|40%\n"
                          "3|和美村庄覆盖率||10%|22%|45%\n")


def test_a_two_level_header_with_its_blank_cells_at_the_line_ends_names_every_column():
    fs = facts_of(BLANK_ENDED_TWO_LEVELS)
    base, first, last = one(fs, 4600), one(fs, 5000), one(fs, 6200)
    assert (base.kind, base.period, base.value_unit) == ("actual", "2025", "万元")
    assert (first.kind, first.period) == ("target", "2026")
    assert (last.kind, last.period, last.indicator) == ("target", "2028", "农村集体经济收入")
    courtyards = one(fs, 40)
    assert (courtyards.kind, courtyards.period, courtyards.indicator) == ("target", "2028", "美丽庭院创建率")


# …and one that writes the spanning cells once and the lower line with the sub-columns alone (目标值 over two years)
SPANNING_CELLS_ONCE = ("岚溪县全域旅游发展实施方案\n"
                       "2026年6月12日\n\n"
                       "序号|指标|单位|2025年基期值|目标值|属性\n"
                       "2026年|2028年\n"
                       "1|过夜游客人数|万人次|120|135|160|预期性\n"
                       "2|旅游从业人员|万人|1.8|2|2.4|预期性\n")


def test_an_upper_target_cell_written_once_over_the_years_under_it_names_them():
    fs = facts_of(SPANNING_CELLS_ONCE)
    assert (one(fs, 120).kind, one(fs, 120).period) == ("actual", "2025")
    assert (one(fs, 135).kind, one(fs, 135).period, one(fs, 135).value_unit) == ("target", "2026", "万人次")
    assert (one(fs, 2.4).kind, one(fs, 2.4).period, one(fs, 2.4).indicator) == ("target", "2028", "旅游从业人员")


# A header in three levels: the years over 目标 | 实际 over the units, each level written with its blank cells.
THREE_LEVELS = ("青川区2025年主要经济指标完成情况\n"
                "2026年1月22日\n\n"
                "指标|2024年||2025年|\n"
                "|目标|实际|目标|实际\n"
                "|%|%|%|%\n"
                "一般公共预算收入增速|5|5.6|4.5|4.9\n"
                "社会消费品零售总额增速|7|6.1|6.5|6.8\n")


def test_a_header_in_three_levels_gives_each_cell_its_year_kind_and_unit():
    fs = facts_of(THREE_LEVELS)
    assert (one(fs, 5.6).kind, one(fs, 5.6).period, one(fs, 5.6).value_unit) == ("actual", "2024", "%")
    assert (one(fs, 4.5).kind, one(fs, 4.5).period) == ("target", "2025")
    assert (one(fs, 6.8).kind, one(fs, 6.8).period, one(fs, 6.8).measure) == ("actual", "2025", "growth")


# A village plan's table in Markdown: its indicator column headed by a longer word (规划指标体系), a rule line under
# the header, a 属性 column: the base year's column holds actuals, the last year's the targets (a bound ≥88 too).
MARKDOWN_ATTRIBUTE_TABLE = ("岚溪县石桥镇上坪村村庄规划(2024-2035年)\n\n"
                            "| 规划指标体系 | 2024年 | 2035年 | 属性 |\n"
                            "| :--- | :--- | :--- | :--- |\n"
                            "| 常住人口规模(人) | 860 | 900 | 预期性 |\n"
                            "| 耕地保有量(公顷) | 142.6 | 142.6 | 约束性 |\n"
                            "| 森林覆盖率(%) | 86 | ≥88 | 预期性 |\n")


def test_a_markdown_plan_table_headed_by_a_longer_indicator_word_reads_its_base_and_target_years():
    fs = facts_of(MARKDOWN_ATTRIBUTE_TABLE)
    assert (one(fs, 860).kind, one(fs, 860).period, one(fs, 860).value_unit) == ("actual", "2024", "人")
    assert (one(fs, 900).kind, one(fs, 900).period) == ("target", "2035")
    bound = one(fs, 88)
    assert (bound.kind, bound.comparator, bound.period) == ("target", ">=", "2035")


# A bulletin's table whose caption and month are written as rows of the table spanning it (one cell filled): they are
# no level of the header, so 1-本月 stays the months from January (not the caption's month) and the rows stay measures.
CAPTION_ROWS = ("2025年8月岚溪县规模以上工业生产情况 2025-09-16 来源:县统计局\n"
                "| 规模以上工业增加值 | ||||\n"
                "| 2025年8月 | ||||\n"
                "| 指标 | 本月 | 比去年同月增长(%) | 1-本月 | 比去年同期增长(%) |\n"
                "| 全县规模以上工业总产值(亿元) | 48.2 | 6.1 | 362.5 | 5.4 |\n"
                "| 其中:轻工业 | 15.6 | 3.2 | 118.9 | 2.7 |\n")


def test_caption_rows_spanning_a_bar_table_are_no_level_of_its_header():
    fs = facts_of(CAPTION_ROWS)
    so_far = one(fs, 362.5)
    assert (so_far.period, so_far.value_unit, so_far.indicator) == ("2025-M01..M08", "亿元", "规模以上工业总产值")
    assert (one(fs, 5.4).period, one(fs, 5.4).measure) == ("2025-M01..M08", "growth")
    assert (one(fs, 48.2).period, one(fs, 6.1).period) == ("2025-M08", "2025-M08")
