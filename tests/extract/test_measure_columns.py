"""Statistics tables with several measure columns (绝对额 | 增长, 本月 | 累计, 单位 | 1-3月 | 同比±%): the column names
how a figure is taken (level, growth, share) and in what time, the row what is measured (a measure, a class of the
measure above it, or a place), the caption or a unit column what unit.  Every document here is invented (岚溪县, 青川市,
白水市 …), written in the shapes statistics offices publish: bars, tabs (Word, PDF, web pages), blanks, raw HTML."""
from __future__ import annotations

from factrun import facts_of, one
from taizhang.extract.pipeline import extract_text
from taizhang.extract.structures import find_table_cells


def test_a_bar_table_of_measures_names_a_class_row_by_the_measure_above_it():
    text = ("岚溪县2026年1-9月主要经济指标\n\n2026年1-9月,全县经济运行平稳。\n\n"
            "| 指标 | 绝对额(亿元) | 同比增长(%) |\n| --- | --- | --- |\n"
            "| 地区生产总值 | 212.6 | 5.7 |\n| 规模以上工业增加值 | 64.3 | 7.4 |\n| 其中:轻工业 | 23.8 | 4.6 |\n"
            "| 重工业 | 40.5 | 9.1 |\n| 固定资产投资 | 97.2 | 8.8 |\n| 社会消费品零售总额 | 81.9 | 6.2 |\n")
    fs = facts_of(text)
    light = one(fs, 23.8)
    assert (light.indicator, light.measure, light.period, light.subject) == \
        ("轻工业增加值", "level", "2026-M01..M09", "岚溪县")
    assert (one(fs, 4.6).indicator, one(fs, 4.6).measure) == ("轻工业增加值", "growth")
    # a short row right after the class carries the run on; a row naming a measure of its own ends it
    assert one(fs, 40.5).indicator == "重工业增加值" and one(fs, 9.1).period == "2026-M01..M09"
    assert one(fs, 97.2).indicator == "固定资产投资" and one(fs, 97.2).period == "2026-M01..M09"
    assert one(fs, 81.9).indicator == "社会消费品零售总额"


def test_a_unit_column_gives_each_row_its_unit_and_a_bare_per_cent_head_its_growth():
    # tabs, as a Word or PDF table is read; numbered classes of the region's output
    text = ("青川市2026年一季度经济运行情况\n\n一季度,全市经济稳中有进。\n"
            "指标名称\t单位\t1-3月\t同比±%\n地区生产总值\t亿元\t88.4\t5.9\n1.农业\t亿元\t9.2\t3.6\n2.工业\t亿元\t31.5\t7.3\n"
            "城镇常住居民人均可支配收入\t元\t13420\t5.2\n规模以上工业企业\t家\t112\t3.7\n")
    fs = facts_of(text)
    gdp = one(fs, 88.4)
    assert (gdp.measure, gdp.period, gdp.indicator) == ("level", "2026-M01..M03", "地区生产总值")
    assert one(fs, 5.9).measure == "growth" and one(fs, 5.9).period == "2026-M01..M03"
    assert one(fs, 9.2).indicator == "农业增加值" and one(fs, 31.5).indicator == "工业增加值"
    assert one(fs, 13420).measure == "level" and one(fs, 112).measure == "count"
    assert one(fs, 3.7).measure == "growth" and one(fs, 3.7).indicator == "规模以上工业企业"
    # 单位 first names the bodies the rows are about: their figures keep the header's units
    text = "单位\t受理量(件)\t满意率\n县住建局\t120\t95%\n县城管局\t80\t91%\n县人社局\t45\t97%\n"
    got = [(c.row_label, c.header, c.unit) for c in find_table_cells(text)]
    assert ("县住建局", "受理量", "件") in got and ("县城管局", "满意率", "%") in got
    # 责任单位 holds names, not units: a bare figure beside it gets no unit from it
    text = "项目\t责任单位\t开工数\n道路改造\t县交通局\t3\n管网改造\t县住建局\t5\n"
    assert all(c.unit != "县交通局" for c in find_table_cells(text))


def test_a_web_page_table_with_a_unit_column():
    page = ("<html><head><title>白水县2026年上半年经济运行简况</title></head><body>\n"
            "<h1>白水县2026年上半年经济运行简况</h1>\n<p>发布时间:2026-07-21</p>\n<p>上半年,全县主要指标如下:</p>\n"
            "<table>\n<tr><td>指标</td><td>计量单位</td><td>1-6月</td><td>比上年同期增长(%)</td></tr>\n"
            "<tr><td>地区生产总值</td><td>亿元</td><td>102.7</td><td>6.1</td></tr>\n"
            "<tr><td>粮食播种面积</td><td>万亩</td><td>35.2</td><td>0.4</td></tr>\n"
            "<tr><td>规模以上工业企业</td><td>家</td><td>64</td><td>6.7</td></tr>\n</table>\n</body></html>\n")
    ex = extract_text(page, "t.html")
    fs = ex.facts
    f = one(fs, 102.7)
    assert (f.measure, f.period, f.indicator, f.unit) == ("level", "2026-M01..M06", "地区生产总值", "亿元")
    assert one(fs, 35.2).unit == "万亩" and one(fs, 64).measure == "count"
    assert f.evidence == page[f.estart:f.eend]


def test_a_table_set_apart_by_blanks_with_a_unit_column_under_its_caption():
    text = ("河口县2025年国民经济和社会发展统计公报\n\n河口县统计局\n2026年3月20日\n\n全年全县地区生产总值256.1亿元,比上年增长5.0%。\n\n"
            "表2  2025年主要工业产品产量\n产品名称  单位  产量  比上年增长(%)\n发电量  亿千瓦时  12.6  3.9\n"
            "水泥  万吨  148.3  -4.2\n饲料  万吨  36.5  8.1\n")
    fs = facts_of(text)
    cement = one(fs, 148.3)
    assert (cement.measure, cement.unit, cement.indicator, cement.period) == ("level", "万吨", "水泥产量", "2025")
    assert one(fs, 12.6).unit == "亿千瓦时" and one(fs, 4.2).measure == "growth"


def test_a_two_level_header_names_the_month_and_the_months_to_date():
    # the upper line's blank cells at its end left out, the lower one blank under the label column; the row's unit
    # closes its label
    text = ("石门市2026年8月工业经济运行情况\n\n石门市统计局  2026年9月16日\n\n"
            "指标\t本月\t\t1-8月累计\n\t绝对额\t增长(%)\t绝对额\t增长(%)\n"
            "规模以上工业总产值(亿元)\t76.3\t6.4\t598.2\t5.8\n出口交货值(亿元)\t6.9\t-2.7\t52.4\t-1.6\n")
    fs = facts_of(text)
    month = one(fs, 76.3)
    assert (month.measure, month.period, month.indicator, month.unit) == \
        ("level", "2026-M08", "规模以上工业总产值", "亿元")
    assert month.subject != "规模以上工业总产值(亿元)"
    assert one(fs, 6.4).period == "2026-M08" and one(fs, 6.4).measure == "growth"
    assert one(fs, 598.2).period == "2026-M01..M08" and one(fs, 1.6).period == "2026-M01..M08"
    assert one(fs, 52.4).indicator == "出口交货值"


def test_a_web_table_whose_merged_upper_cells_are_written_once():
    # a web page's colspan: the upper line holds one cell per group, the rows one per sub-column
    text = ("石门市2026年8月工业经济运行情况\n\n"
            "指标\t本月\t1-8月累计\n绝对额\t增长(%)\t绝对额\t增长(%)\n"
            "规模以上工业总产值(亿元)\t76.3\t6.4\t598.2\t5.8\n工业销售产值(亿元)\t74.1\t6.0\t585.6\t5.5\n")
    fs = facts_of(text)
    assert one(fs, 74.1).period == "2026-M08" and one(fs, 585.6).period == "2026-M01..M08"
    assert one(fs, 5.5).indicator == "工业销售产值" and one(fs, 5.5).measure == "growth"


def test_rows_of_places_take_the_measure_and_the_time_of_the_caption():
    text = ("青川市统计局\n\n2026年1-6月各县区固定资产投资完成情况\n单位:亿元\n"
            "地区\t完成额\t增速(%)\t占全市比重(%)\n全市\t402.5\t8.1\t100.0\n"
            "东坡区\t96.4\t9.3\t24.0\n河口县\t88.2\t7.6\t21.9\n白沙县\t71.0\t6.2\t17.6\n石门县\t64.5\t10.4\t16.0\n")
    fs = facts_of(text)
    for v in (96.4, 71.0, 64.5):  # every row, however far below the caption
        f = one(fs, v)
        assert (f.indicator, f.period, f.measure) == ("固定资产投资", "2026-M01..M06", "level"), v
    assert one(fs, 64.5).subject == "石门县"
    g = one(fs, 10.4)
    assert (g.indicator, g.measure, g.period) == ("固定资产投资", "growth", "2026-M01..M06")
    assert one(fs, 16.0).indicator == "固定资产投资占全市比重" and one(fs, 16.0).measure == "share"
    # a growth column beside columns naming their measures is the growth of the one before it, not the caption's
    text = ("岚溪县2026年1-8月各乡镇主要指标\n\n"
            "乡镇  规上工业产值(万元)  增长(%)  固定资产投资(万元)  增长(%)\n"
            "城关镇  48200  5.9  39100  8.7\n青石乡  17300  -2.2  14600  4.1\n东山镇  25100  3.8  21900  11.2\n")
    fs = facts_of(text)
    assert one(fs, 2.2).indicator == "规上工业产值" and one(fs, 11.2).indicator == "固定资产投资"
    assert one(fs, 14600).period == "2026-M01..M08" and one(fs, 14600).subject == "青石乡"


def test_a_table_copied_one_cell_a_line_keeps_its_class_rows():
    # a PDF's table read one cell a line; the sub-row's mark (其中:) is no prose ending the table, and a caption naming
    # a set of measures (主要经济指标) names no class's measure
    text = ("白沙县2026年1-9月主要经济指标\n\n指标\n绝对额(亿元)\n同比增长(%)\n地区生产总值\n143.5\n5.2\n"
            "规模以上工业增加值\n41.7\n6.8\n其中:轻工业\n15.9\n4.4\n固定资产投资\n66.1\n9.0\n")
    fs = facts_of(text)
    light = one(fs, 15.9)
    assert (light.indicator, light.period, light.measure) == ("轻工业增加值", "2026-M01..M09", "level")
    assert one(fs, 4.4).indicator == "轻工业增加值" and one(fs, 66.1).indicator == "固定资产投资"


def test_a_two_level_header_set_apart_by_blanks():
    text = ("石门市2026年8月工业经济运行情况\n\n石门市统计局  2026年9月16日\n\n"
            "指标  本月  1-8月累计\n绝对额  增长(%)  绝对额  增长(%)\n"
            "规模以上工业总产值(亿元)  76.3  6.4  598.2  5.8\n工业销售产值(亿元)  74.1  6.0  585.6  5.5\n"
            "出口交货值(亿元)  6.9  -2.7  52.4  -1.6\n")
    fs = facts_of(text)
    month = one(fs, 76.3)
    assert (month.period, month.indicator, month.measure, month.unit) == \
        ("2026-M08", "规模以上工业总产值", "level", "亿元")
    assert one(fs, 2.7).period == "2026-M08" and one(fs, 52.4).period == "2026-M01..M08"
    assert one(fs, 5.5).indicator == "工业销售产值" and one(fs, 5.5).subject != "工业销售产值"


def test_a_months_report_columns_of_the_month_and_the_year_so_far():
    text = ("河口县2026年7月主要经济指标\n\n河口县统计局  2026年8月14日\n\n"
            "指标名称\t单位\t本月\t累计\t累计增长(%)\n规模以上工业增加值\t亿元\t5.8\t39.6\t6.9\n"
            "社会消费品零售总额\t亿元\t8.7\t60.2\t5.1\n一般公共预算收入\t亿元\t1.3\t8.9\t4.4\n")
    fs = facts_of(text)
    assert one(fs, 8.7).period == "2026-M07" and one(fs, 8.7).indicator == "社会消费品零售总额"
    cum = one(fs, 60.2)
    assert (cum.period, cum.measure, cum.unit) == ("2026-M01..M07", "level", "亿元")
    assert one(fs, 5.1).period == "2026-M01..M07" and one(fs, 5.1).measure == "growth"


def test_rows_numbered_alike_stand_side_by_side_and_a_row_numbered_otherwise_is_a_class():
    text = ("东湖县2026年1-6月主要经济指标\n\n指标\t单位\t1-6月\t同比增长(%)\n1.地区生产总值\t亿元\t96.3\t5.4\n"
            "(1)农业\t亿元\t8.8\t3.1\n(2)工业\t亿元\t30.6\t6.6\n2.规模以上工业企业\t家\t58\t5.5\n3.进出口总额\t亿元\t12.4\t7.7\n"
            "其中:出口\t亿元\t9.1\t8.3\n")
    fs = facts_of(text)
    assert one(fs, 8.8).indicator == "农业增加值" and one(fs, 30.6).indicator == "工业增加值"
    assert one(fs, 58).indicator == "规模以上工业企业" and one(fs, 58).measure == "count"
    assert one(fs, 9.1).indicator == "出口总额" and one(fs, 12.4).indicator == "进出口总额"
