"""A progress bulletin's table of the plan's classes of projects: a units line (单位:亿元), a header naming the label
column by the classes (类别, 项目类别) and each figure column by its measure and time (项目个数 | 2024年计划投资 |
1-9月完成投资 | 完成率), a total row (合计) and a row per class.  The count column counts projects (个), whatever the
money unit the units line states; each class's figure is named by the class and the column (工业项目完成投资), in the
column's time; the rate after the months' work is of those months.  Every document here is invented (岚溪市,
青川市, 白沙县 …) in the shapes bulletins are published in: bars, tabs, a web page's cells."""
from __future__ import annotations

from factrun import facts_of, one


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_class_table_with_bars_under_a_units_line():
    text = _lines("岚溪市2024年1-9月重点项目建设进展情况通报", "（2024年10月15日）", "",
                  "今年以来，全市扎实推进重点项目建设。现将1-9月全市重点建设项目推进情况通报如下。", "",
                  "表1 全市重点建设项目年度计划投资分类", "单位：亿元",
                  "| 类别 | 项目个数 | 2024年计划投资 | 1-9月完成投资 | 完成率 |",
                  "| --- | --- | --- | --- | --- |",
                  "| 合计 | 200 | 400.5 | 290.2 | 72.5% |",
                  "| 工业项目 | 90 | 250.3 | 200.1 | 79.9% |",
                  "| 基础设施项目 | 60 | 100.2 | 60.1 | 61.3% |",
                  "| 社会事业项目 | 50 | 49.8 | 30.4 | 61.0% |")
    fs = facts_of(text)
    total = one(fs, 200)
    assert (total.value_unit, total.measure, total.period, total.subject) == ("个", "count", "2024", "岚溪市")
    count = one(fs, 90)
    assert (count.value_unit, count.measure, count.period, count.indicator) == ("个", "count", "2024", "工业项目个数")
    plan = one(fs, 250.3)
    assert (plan.value_unit, plan.kind, plan.period, plan.indicator) == ("亿元", "actual", "2024", "工业项目计划投资")
    done = one(fs, 60.1)
    assert (done.period, done.indicator, done.subject) == ("2024-M01..M09", "基础设施项目完成投资", "岚溪市")
    rate = one(fs, 61.0)
    assert (rate.measure, rate.period, rate.indicator) == ("share", "2024-M01..M09", "社会事业项目完成率")
    assert one(fs, 290.2).indicator == "完成投资"


def test_a_class_table_with_tabs_in_ten_thousands_under_a_half_year_title():
    text = _lines("白沙县2023年上半年重点项目推进情况", "2023年7月10日", "",
                  "上半年，全县重点项目建设总体平稳。", "",
                  "全县重点项目分类推进情况", "单位：万元",
                  "项目类别\t项目数\t年度计划投资\t1-6月完成投资\t完成率",
                  "合计\t45\t320000\t170000\t53.1%",
                  "产业项目\t25\t200000\t110000\t55.0%",
                  "民生项目\t12\t80000\t41000\t51.3%",
                  "基础设施项目\t8\t40000\t19000\t47.5%")
    fs = facts_of(text)
    count = one(fs, 12)
    assert (count.value_unit, count.measure, count.period, count.indicator) == ("个", "count", "2023", "民生项目数")
    plan = one(fs, 200000)
    assert (plan.value_unit, plan.period, plan.indicator) == ("万元", "2023", "产业项目年度计划投资")
    # (上半年 in the title is the bulletin's time; the rate beside 1-6月完成投资 is of those months)
    rate = one(fs, 47.5)
    assert (rate.period, rate.indicator) == ("2023-M01..M06", "基础设施项目完成率")
    assert one(fs, 53.1).period == "2023-M01..M06"


def test_a_web_page_table_whose_header_cells_state_their_units():
    text = _lines("青川市2022年1-10月重大项目进展情况", "发布时间：2022-11-12", "",
                  "全市重大项目完成情况如下表。",
                  "<table><tr><td>类别</td><td>项目个数</td><td>2022年计划投资（亿元）</td>"
                  "<td>1-10月完成投资（亿元）</td><td>完成率（%）</td></tr>",
                  "<tr><td>总计</td><td>120</td><td>560.2</td><td>480.1</td><td>85.7</td></tr>",
                  "<tr><td>省重点项目</td><td>30</td><td>300.5</td><td>260.3</td><td>86.6</td></tr>",
                  "<tr><td>市重点项目</td><td>90</td><td>259.7</td><td>219.8</td><td>84.6</td></tr>",
                  "</table>")
    fs = facts_of(text)
    assert (one(fs, 30).value_unit, one(fs, 30).indicator) == ("个", "省重点项目个数")
    assert one(fs, 219.8).indicator == "市重点项目完成投资"
    rate = one(fs, 86.6)
    assert (rate.period, rate.indicator) == ("2022-M01..M10", "省重点项目完成率")


def test_a_table_of_measures_keeps_its_rows_names():
    # (指标 over measures: a column naming its time and how a figure is taken names no part of the measure)
    text = _lines("岚溪市2024年1-9月主要经济指标", "",
                  "指标\t单位\t1-9月\t同比增长(%)",
                  "地区生产总值\t亿元\t1520.3\t5.6",
                  "固定资产投资\t亿元\t680.2\t4.1",
                  "社会消费品零售总额\t亿元\t590.7\t6.2")
    fs = facts_of(text)
    assert one(fs, 680.2).indicator == "固定资产投资"
    assert one(fs, 1520.3).indicator == "地区生产总值"


def test_the_lists_size_and_plan_columns_under_a_caption_of_months_are_the_years():
    # (rows of counties under a caption naming the months: the work is the months', the list and its plan the year's)
    text = _lines("2023年1-8月份重点建设项目简讯", "",
                  "1-8月份，全州重点建设项目进展顺利，累计完成投资300.5亿元。", "",
                  "1-8月份州重点项目投资完成情况汇总表", "单位：个、亿元",
                  "县市 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率 |",
                  "青石县 | 41 | 60.2 | 40.3 | 66.9% |",
                  "白水县 | 33 | 51.8 | 36.7 | 70.8% |",
                  "岚溪县 | 29 | 47.5 | 30.1 | 63.4% |")
    fs = facts_of(text)
    count = one(fs, 33)
    assert (count.value_unit, count.period, count.subject) == ("个", "2023", "白水县")
    assert one(fs, 47.5).period == "2023"
    assert one(fs, 36.7).period == "2023-M01..M08"
    assert one(fs, 70.8).period == "2023-M01..M08"


def test_places_joined_before_a_figure_they_share_are_one_fact_of_the_first():
    # (real gazetteer names: the places are resolved; 均 says each reached it, one numeral is one fact)
    text = _lines("兰州市2023年1-9月重点项目建设情况",
                  "1-9月，全市重点项目完成投资600亿元。西固区、安宁区完成投资均已超50亿元。"
                  "榆中县、皋兰县、永登县完成投资均超过30亿元。")
    fs = facts_of(text)
    two = one(fs, 50)
    assert (two.subject, two.indicator, two.comparator) == ("西固区", "完成投资", ">")
    assert one(fs, 30).subject == "榆中县"  # the first place named


def test_a_share_of_divisions_is_named_by_what_they_did():
    text = _lines("岚溪市2023年1-9月投资运行情况",
                  "1-9月，全市固定资产投资增长5.2%。六成以上区县完成投资实现同比增长，约70%的乡镇已完成年度任务。"
                  "全市城镇化率达到61%。")
    fs = facts_of(text)
    six = one(fs, 6)  # 六成: 6 成, as written
    assert (six.unit, six.measure, six.comparator, six.indicator) == ("成", "share", ">=", "完成投资实现同比增长的区县")
    assert one(fs, 70).indicator == "完成年度任务的乡镇"
    assert one(fs, 61).indicator == "城镇化率"


def test_a_class_label_after_the_view_of_a_breakdown_heads_its_sentence():
    # (从投资主体看: the view, 政府投资类项目: the class; its figures past the semicolon are the class's still)
    text = _lines("岚溪市2024年上半年重点项目建设情况",
                  "今年，岚溪市共安排市级重点项目150个，总投资1200亿元，年度计划投资300亿元。"
                  "1-6月，全市重点项目完成投资160亿元，占年度计划的53.3%。",
                  "从投资主体看：政府投资类项目：61个，总投资501亿元；1-6月完成投资21亿元，占年度计划的41.0%。"
                  "企业投资类项目：89个，总投资699亿元；1-6月完成投资139亿元。",
                  "按建设性质分，续建项目：101项，总投资801亿元；1-6月完成投资91亿元。")
    fs = facts_of(text)
    assert one(fs, 61).indicator == "政府投资类项目"
    assert one(fs, 501).indicator == "政府投资类项目总投资"
    done = one(fs, 21)
    assert (done.indicator, done.period) == ("政府投资类项目完成投资", "2024-M01..M06")
    assert one(fs, 89).indicator == "企业投资类项目"
    assert one(fs, 139).indicator == "企业投资类项目完成投资"
    assert one(fs, 101).indicator == "续建项目"
    assert one(fs, 91).indicator == "续建项目完成投资"


def test_a_class_table_numbered_by_a_serial_column_and_one_set_apart_by_blanks():
    # (序号 first: the label column after it heads the rows; a table set apart by blanks names its classes' counts too)
    numbered = _lines("岚溪市2024年1-9月重点项目建设进展情况通报", "2024年10月15日", "",
                      "表1 重点项目分类推进情况", "单位：亿元",
                      "| 序号 | 项目类型 | 项目数（个） | 年度计划投资 | 1-9月完成投资 | 完成率（%） |",
                      "| 1 | 产业项目 | 90 | 250.3 | 200.1 | 79.9 |",
                      "| 2 | 基础设施项目 | 60 | 100.2 | 60.1 | 61.3 |",
                      "|  | 合计 | 150 | 350.5 | 260.2 | 74.2 |")
    fs = facts_of(numbered)
    done = one(fs, 200.1)
    assert (done.subject, done.indicator, done.period) == ("岚溪市", "产业项目完成投资", "2024-M01..M09")
    assert one(fs, 60).indicator == "基础设施项目数"
    spaced = _lines("青川市2022年1-10月重大项目进展情况", "发布时间：2022-11-12", "",
                    "全市重大项目分类完成情况",
                    "类别          项目个数   计划投资(亿元)   1-10月完成投资(亿元)   完成率(%)",
                    "省重点项目      30        300.5            260.3                 86.6",
                    "市重点项目      90        259.7            219.8                 84.6")
    fs = facts_of(spaced)
    count = one(fs, 30)  # (a bare figure of a table with no units line: no unit, as written)
    assert (count.unit, count.measure, count.indicator, count.period) == ("", "count", "省重点项目个数", "2022")
    assert one(fs, 219.8).indicator == "市重点项目完成投资"
