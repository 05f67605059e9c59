"""Rows that are classes of what a table counts, decided once per table from all its labels (Word tables as
tab-separated lines; invented tables).

- rows naming a channel (来电, 来信, 网上留言), a kind (求助类, 投诉类), a state (办理中) or a collective of the text's
  own level (各乡镇, 县直单位, 各县(区)及园区) name no one the figure is about: the figure is the whole's, the
  text's place's, and the row names which part of what the column measures (来电诉求件数, 办理中交办件);
- the label column's word names the thing counted before the aspect it classes it by (诉求渠道 → 诉求, 事项类别 → 事项);
- a header that repeats its figure columns after a second label column (渠道 | 件数 | 比重 | 类别 | 件数 | 比重) sets
  two tables side by side: each figure's row is named by its own table's label cell;
- a table with one row naming a place or a body (甲镇, 水利局, a place the gazetteer knows) is a table of places or
  bodies: every row keeps its own subject."""
from __future__ import annotations

from factrun import facts_of, one


def test_side_by_side_tables_of_channels_and_kinds():
    text = ("岚溪市12345热线月报\n"
            "2025年第3期\n"
            "岚溪市12345热线办公室 2025年4月5日\n"
            "3月份,全市12345热线共受理群众诉求12000件。\n"
            "诉求渠道\t件数\t比重\t事项类别\t件数\t比重\n"
            "来电\t9000\t75.00%\t求助类\t6000\t50.00%\n"
            "网上留言\t2400\t20.00%\t投诉类\t4800\t40.00%\n"
            "来信\t600\t5.00%\t其他类\t1200\t10.00%\n")
    fs = facts_of(text)
    f = one(fs, 9000)
    assert (f.subject, f.measure, f.indicator) == ("岚溪市", "count", "来电诉求件数")
    f = one(fs, 75.0)
    assert (f.subject, f.measure, f.indicator) == ("岚溪市", "share", "来电诉求比重")
    f = one(fs, 4800)
    assert (f.subject, f.measure, f.indicator) == ("岚溪市", "count", "投诉类事项件数")
    f = one(fs, 40.0)
    assert (f.subject, f.measure, f.indicator) == ("岚溪市", "share", "投诉类事项比重")
    assert one(fs, 600).indicator == "来信诉求件数"


def test_rows_of_collectives_and_a_state_are_the_county_s():
    text = ("岚溪县信访局2024年第二季度交办件办理通报\n"
            "二季度,全县共交办信访件950件。\n"
            "责任单位\t交办件\t占比\t同比\n"
            "各乡镇\t600\t63.16%\t8.10%\n"
            "县直单位\t300\t31.58%\t-2.30%\n"
            "办理中\t50\t5.26%\t/\n"
            "合计\t950\t100%\t4.50%\n")
    fs = facts_of(text)
    f = one(fs, 600)
    assert (f.subject, f.measure, f.indicator) == ("岚溪县", "count", "乡镇交办件")
    f = one(fs, 50)
    assert (f.subject, f.indicator) == ("岚溪县", "办理中交办件")
    f = one(fs, 31.58)
    assert (f.subject, f.measure, f.indicator) == ("岚溪县", "share", "县直单位交办件占比")
    f = one(fs, 8.1)
    assert (f.subject, f.measure, f.indicator) == ("岚溪县", "growth", "乡镇交办件")


def test_a_kind_column_of_a_town_s_letters():
    text = ("云峰镇2025年1-6月群众来信来访情况\n"
            "信访形式\t件数\t占比\n"
            "来信\t32\t25.0%\n"
            "来访\t56\t43.75%\n"
            "网上信访\t40\t31.25%\n")
    fs = facts_of(text)
    f = one(fs, 56)
    assert (f.subject, f.indicator) == ("云峰镇", "来访信访件数")
    f = one(fs, 31.25)
    assert (f.subject, f.measure, f.indicator) == ("云峰镇", "share", "网上信访占比")


def test_a_table_of_towns_keeps_its_rows_subjects():
    text = ("岚溪县2025年3月信访件办理情况\n"
            "乡镇\t交办件(件)\t占比\n"
            "东山镇\t40\t50%\n"
            "西河镇\t24\t30%\n"
            "北坡镇\t16\t20%\n")
    fs = facts_of(text)
    assert one(fs, 24).subject == "西河镇"
    assert one(fs, 30).subject == "西河镇"


def test_one_body_among_the_rows_makes_a_table_of_bodies():
    text = ("甲县2025年一季度政务信息采用情况\n"
            "单位\t报送条数\t采用条数\n"
            "水利局\t36\t20\n"
            "乡镇\t50\t31\n"
            "其他\t12\t5\n")
    fs = facts_of(text)
    assert one(fs, 36).subject == "水利局"
    assert one(fs, 31).subject == "乡镇"


def test_bodies_written_short_stay_bodies():
    text = ("岚溪县2025年二季度县直部门考核得分\n"
            "单位\t得分\t排名\n"
            "住建\t96.5\t1\n"
            "交通\t94.0\t2\n"
            "水利\t91.5\t3\n")
    fs = facts_of(text)
    assert one(fs, 94.0).subject == "交通"


def test_a_whole_merged_down_before_the_labels():
    text = ("岚溪市12345热线月报\n"
            "2025年第6期\n"
            "岚溪市12345热线办公室 2025年7月4日\n"
            "6月份,全市12345热线共受理群众诉求15000件。\n"
            "诉求总数\t诉求渠道\t件数\t比重\t事项类别\t件数\t比重\n"
            "15000\t来电\t11250\t75.00%\t求助类\t7500\t50.00%\n"
            "\t网上留言\t3000\t20.00%\t投诉类\t6000\t40.00%\n"
            "\t来信\t750\t5.00%\t其他类\t1500\t10.00%\n")
    fs = facts_of(text)
    f = one(fs, 15000, "")
    assert (f.subject, f.measure, f.indicator) == ("岚溪市", "count", "诉求总数")
    assert one(fs, 3000).indicator == "网上留言诉求件数"
