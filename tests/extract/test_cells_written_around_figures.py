"""Cells of a table as offices fill them in (a Word table reaches the extractor as lines of tab-separated cells): the
figure of a cell is the cell's even when words stand around it, and a column counts things even when no unit is
written.

- a remark in brackets after the figure says why or what of it (95%(二期滞后), 60%(东片未开工): the remark holds no
  figure of its own); the cell is its column's, in the table's time (the caption's cut-off);
- a change column's cell may write the change in words before the figure (同比增加1.2个百分点, 比上年下降3.5%): the
  figure is the cell's, a change of the row's measure;
- a column of bare whole figures whose total row (合计, 总计) holds the sum of the rows above it counts things, whatever
  word it counts them by (转办工单, 交办问题): each cell is a count, unit "" (a row's number, a code or a year never adds
  up to a total row);
- a table with no caption set under a paragraph details what that paragraph reports, in its time (8月份,…, then the
  table): its cells hold in the paragraph's time, not the year of the document.

Invented tables."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_remark_in_brackets_after_a_progress_figure_keeps_the_caption_cut_off():
    text = ("2025年度岚溪县民生实事项目进度表(截至9月30日)\n"
            "序号\t项目内容\t当前进度\t牵头单位\n"
            "1\t新建城区幼儿园3所。\t60%(东片园区未开工)\t县教育局\n"
            "2\t改造农村公路40公里。\t85%\t县交通局\n"
            "3\t建成乡镇卫生院2家。\t70%(征地滞后)\t县卫健局\n")
    fs = facts_of(text)
    for v in (60, 85, 70):
        f = one(fs, v)
        assert (f.unit, f.measure, f.kind, f.period) == ("%", "share", "actual", "..2025-M09"), v


def test_a_remark_of_a_count_cell_in_a_town_table():
    text = ("2024年甲市各镇新增就业情况表(截至6月30日)\n"
            "镇\t新增就业(人)\t完成率\n"
            "东山镇\t320(含返乡创业)\t64%\n"
            "西河镇\t410\t82%(超序时进度)\n"
            "北坡镇\t150\t30%\n")
    fs = facts_of(text)
    f = one(fs, 320)
    assert (f.measure, f.subject, f.indicator, f.period) == ("count", "东山镇", "新增就业", "..2024-M06")
    assert one(fs, 82).period == "..2024-M06"


def test_a_unit_in_brackets_after_the_figure_is_no_remark():
    text = ("2026年岚溪县重点项目投资表\n"
            "项目名称\t总投资\t年度计划\n"
            "岚溪大桥\t12(亿元)\t3.5(亿元)\n"
            "城南水厂\t4(亿元)\t1.2(亿元)\n")
    assert all(f.value not in (12, 4) or f.unit != "" for f in facts_of(text))


def test_a_change_written_in_words_in_a_change_column_is_the_cell_figure():
    text = ("一、就业\n1-8月,甲县城镇新增就业5120人。\n"
            "指标名称\t计量单位\t本期\t±%\n"
            "城镇新增就业\t人\t5120\t6.3\n"
            "城镇登记失业率\t%\t2.41\t同比增加0.35个百分点\n"
            "城镇登记失业人员就业率\t%\t38.2\t比上年下降2.6个百分点\n")
    fs = facts_of(text)
    f = one(fs, 0.35)
    assert (f.unit, f.measure, f.kind) == ("个百分点", "delta", "actual")
    assert f.indicator.startswith("城镇登记失业率"), f.indicator
    f = one(fs, 2.6)
    assert (f.unit, f.measure) == ("个百分点", "delta")
    assert f.indicator.startswith("城镇登记失业人员就业率"), f.indicator


def test_a_bare_column_whose_total_row_adds_up_counts_things():
    text = ("岚溪市政务服务热线2025年第8期\n"
            "8月份,热线共向成员单位转派工单5400件。\n"
            "责任单位\t转派工单\t占比\n"
            "县(市、区)\t4300\t79.63%\n"
            "市直单位\t900\t16.67%\n"
            "流转中\t200\t3.70%\n"
            "总计\t5400\t100%\n")
    fs = facts_of(text)
    for v in (4300, 900, 200):
        f = one(fs, v)
        assert (f.unit, f.measure, f.kind) == ("", "count", "actual"), v
    cells = [f for f in fs if f.value == 5400 and f.unit == ""]
    assert len(cells) == 1 and cells[0].measure == "count"


def test_a_bare_column_of_handed_problems_in_a_town_table():
    text = ("甲县第三轮督查交办问题汇总表\n"
            "乡镇\t交办问题\t已整改\n"
            "东山镇\t12\t10\n"
            "西河镇\t8\t8\n"
            "北坡镇\t5\t3\n"
            "合计\t25\t21\n")
    fs = facts_of(text)
    for v, s in ((12, "东山镇"), (8, "西河镇"), (5, "北坡镇")):
        hits = [f for f in fs if f.value == v and f.subject == s and f.unit == ""]
        assert hits and all(f.measure == "count" for f in hits), (v, [(f.value, f.subject) for f in fs])


def test_bare_figures_that_do_not_add_up_stay_out():
    text = ("甲县各乡镇联络表\n"
            "乡镇\t邮政编码\t联络员人数(人)\n"
            "东山镇\t336100\t3\n"
            "西河镇\t336200\t2\n"
            "合计\t672200\t6\n")
    fs = facts_of(text)
    assert not [f for f in fs if f.value in (336100, 336200)]


def test_a_table_with_no_caption_holds_in_the_time_of_the_paragraph_above_it():
    text = ("岚溪市12345热线工作简报\n2025年9月12日\n"
            "8月份,热线共向成员单位转派工单5400件,按期办结5310件。\n"
            "责任单位\t转派工单\t占比\n"
            "县(市、区)\t4300\t79.63%\n"
            "市直单位\t900\t16.67%\n"
            "流转中\t200\t3.70%\n"
            "总计\t5400\t100%\n")
    fs = facts_of(text)
    assert one(fs, 79.63).period == "2025-M08"
    assert one(fs, 900).period == "2025-M08"
