"""What a table's figures measure when their column names only how they are taken (Word tables as tab-separated
lines; invented tables).

- a share column naming nothing but the share (占比, 比重) over rows of bodies or places is each row's share of the
  figure the row gives before it (派发工单 | 比重 → 派发工单比重);
- the change columns after such a share (同比, 环比) are changes of that figure, not of its share; 环比 (against the
  month before) is a growth like 同比;
- a row of a table of measures naming an index (居民消费价格指数, 商品零售价格指数) holds the index's level in its
  figure column (102.3, level, as an index near 100 is read under a caption naming one), whatever unit the row's unit
  cell writes; its change column is still a growth."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_bare_share_column_is_the_share_of_the_figure_before_it():
    text = ("岚溪市12345热线简报(2025年第8期)\n"
            "8月份,热线共向成员单位派发工单5400件。\n"
            "承办单位\t派发工单\t比重\t同比\t环比\n"
            "各县(区)\t4300\t79.63%\t12.50%\t3.10%\n"
            "市直部门\t900\t16.67%\t4.20%\t0.80%\n"
            "待签收\t200\t3.70%\t/\t/\n"
            "合计\t5400\t100%\t10.20%\t2.60%\n")
    fs = facts_of(text)
    f = one(fs, 16.67)  # (the rows are collectives and a state, classes of the city's total: test_class_row_tables)
    assert (f.measure, f.indicator) == ("share", "市直部门派发工单比重")
    f = one(fs, 4.2)
    assert (f.measure, f.indicator) == ("growth", "市直部门派发工单")
    f = one(fs, 0.8)
    assert (f.measure, f.indicator) == ("growth", "市直部门派发工单")


def test_a_town_table_of_cases_and_their_share():
    text = ("甲县2024年三季度信访件办理情况\n"
            "乡镇\t信访件\t比重\t环比\n"
            "东山镇\t40\t50%\t5.2%\n"
            "西河镇\t24\t30%\t1.1%\n"
            "北坡镇\t16\t20%\t2.0%\n"
            "合计\t80\t100%\t3.3%\n")
    fs = facts_of(text)
    f = one(fs, 30)
    assert (f.subject, f.measure, f.indicator) == ("西河镇", "share", "信访件比重")
    f = one(fs, 1.1)
    assert (f.measure, f.indicator) == ("growth", "信访件")


def test_an_index_row_of_a_table_of_measures_holds_the_index_level():
    text = ("2025年1-6月岚溪市主要经济指标\n"
            "指标\t单位\t累计\t±%\n"
            "社会消费品零售总额\t亿元\t312.50\t5.1\n"
            "居民消费价格指数\t%\t102.30\t2.3\n"
            "工业生产者出厂价格指数\t%\t97.60\t-2.4\n")
    fs = facts_of(text)
    f = one(fs, 102.3)
    assert (f.measure, f.indicator) == ("level", "居民消费价格指数")
    assert one(fs, 97.6).measure == "level"
    assert one(fs, 2.3).measure == "growth"
    assert one(fs, 312.5).measure == "level"
