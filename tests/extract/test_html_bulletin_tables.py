"""Statistics tables of raw web pages, one ``<td>`` a cell, as city and county statistics bureaus publish their monthly
bulletins (统计月报, 主要经济指标): cells written as paragraphs and spans, padded with blanks and ``&nbsp;``, empty
cells (``<td><br/></td>``), ``colspan``; the table runs in blocks whose first row names the block and its unit
(金  融 … 单位:亿元), a block may name its columns anew (1-3月 | 增长(%) | 1-4月 | 增长(%)), and each change column
belongs to the time before it (3月末 | 比年初增减额 | 4月末 | 比年初增减额).  Every page here is invented (青岚市, 白水县,
临川县, 岚山市: no figure is any place's)."""
from __future__ import annotations

from factrun import one
from taizhang.extract.cleaner import clean
from taizhang.extract.doc import Doc
from taizhang.extract.pipeline import extract_text

_CELL = '<td width="90" style="border:solid windowtext 1pt;padding:0cm 5.4pt"><p align="right"><span style="font-size:10.5pt">{}</span></p></td>'
_EMPTY = '<td width="60" style="border:solid windowtext 1pt"><br/></td>'


def _label(text: str, bold: bool = False) -> str:
    inner = f"<strong><span>{text}</span></strong>" if bold else f"<span>{text}</span>"
    return f'<td width="180" style="border:solid windowtext 1pt"><p>{inner}</p></td>'


def _row(label: str, *cells: str, bold: bool = False, trail: bool = True) -> str:
    return "<tr>" + _label(label, bold) + "".join(_CELL.format(c) for c in cells) + (_EMPTY if trail else "") + "</tr>\n"


def _page(title: str, dateline: str, rows: str, lead: str = "") -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>\n<div class="article">\n'
            f'<h2 style="text-align:center">{title}</h2>\n<p>{dateline}</p>\n{lead}'
            '<table border="1" cellspacing="0" cellpadding="0" width="600" style="border-collapse:collapse">\n<tbody>\n'
            f'{rows}</tbody></table>\n</div></body></html>\n')


FINANCE = _page(
    "2026年4月主要经济指标", "发布时间：2026-05-20　来源：青岚市统计局",
    _row("指&nbsp;&nbsp;标", "3月末", "比年初增减额", "4月末", "比年初增减额")
    + "<tr>" + _label("金&nbsp;&nbsp;融", True) + _EMPTY * 3 + _CELL.format("单位：亿元") + _EMPTY + "</tr>\n"
    + _row("金融机构各项存款余额", "&nbsp;1520.6 ", "86.4 ", "1508.2 ", "74.0 ", bold=True)
    + _row("　　#住户存款", "902.3 ", "61.7 ", "899.1 ", "58.5 ")
    + _row("　　 非金融企业存款", "301.5 ", "-12.8 ", "296.4 ", "-17.9 ")
    + _row("金融机构各项贷款余额", "1288.9 ", "95.2 ", "1301.7 ", "108.0 ", bold=True)
    + _row("对外贸易", "1-3月", "增长（%）", "1-4月", "增长（%）", bold=True)
    + "<tr>" + _EMPTY * 4 + _CELL.format("单位：万美元") + _EMPTY + "</tr>\n"
    + _row("进出口总额", "45210", "8.6", "61034", "7.9")
    + _row("　　其中：出口", "30122", "12.4", "40876", "11.0")
    + _row("　　　　　进口", "15088", "-3.1", "20158", "-2.6"))


def test_a_bulletins_blocks_give_their_unit_and_their_columns_to_the_rows_under_them():
    fs = extract_text(FINANCE, "fin.html").facts
    deposits = one(fs, 1520.6)
    assert (deposits.value_unit, deposits.measure, deposits.period, deposits.indicator, deposits.subject) == \
        ("亿元", "level", "..2026-M03", "金融机构各项存款余额", "青岚市")
    assert (deposits.unit, deposits.unit_implied) == ("亿元", "亿元")  # the block row writes it
    # each 比年初增减额 is the change from the year's start to the month-end before it: a delta in the block's unit
    assert [(one(fs, v).measure, one(fs, v).period, one(fs, v).value_unit) for v in (86.4, 74)] == \
        [("delta", "2026-M01..M03", "亿元"), ("delta", "2026-M01..M04", "亿元")]
    assert (one(fs, 1508.2).period, one(fs, 1301.7).indicator) == ("..2026-M04", "金融机构各项贷款余额")
    # a sub-row (#住户存款, indented) names its own measure; a negative cell is a decrease, its value without the
    # sign (the column tells the direction; no gold value is negative)
    assert one(fs, 899.1).indicator == "住户存款" and one(fs, 296.4).indicator == "非金融企业存款"
    cut = one(fs, 17.9)
    assert (cut.measure, cut.period, cut.value_unit) == ("delta", "2026-M01..M04", "亿元")
    # the next block names its columns anew and its own unit
    trade = one(fs, 61034)
    assert (trade.value_unit, trade.measure, trade.period, trade.indicator) == \
        ("万美元", "level", "2026-M01..M04", "进出口总额")
    assert [(one(fs, v).measure, one(fs, v).period) for v in (8.6, 7.9)] == \
        [("growth", "2026-M01..M03"), ("growth", "2026-M01..M04")]
    assert one(fs, 40876).value_unit == "万美元" and one(fs, 2.6).period == "2026-M01..M04"


def test_a_data_tables_cells_stand_on_one_line_and_keep_their_columns():
    doc = Doc("fin.html", FINANCE, clean(FINANCE, "html"), fmt="html")
    lines = doc.view.split("\n")
    row = next(ln for ln in lines if "非金融企业存款" in ln)
    assert row.count("\t") == 5 and "-17.9" in row  # a cell written as a paragraph in a span is one cell
    unit_row = next(ln for ln in lines if "万美元" in ln)
    assert unit_row.split("\t")[4].strip() == "单位：万美元" and unit_row.count("\t") == 5  # empty cells kept
    # a page laid out in a table keeps its paragraphs
    prose = ("今年以来，全县工业经济稳中有进，规模以上工业增加值增长6.2%，完成年度目标的52%，各项指标好于预期；"
             "全县上下要坚定信心，持续发力，抓项目、稳企业、扩消费，确保全年目标任务圆满完成，为全年工作打下坚实基础。")
    page = ("<html><body><table><tr><td>首页</td><td><p>" + prose + "</p><p>二、下一步工作</p></td></tr>"
            "<tr><td>a</td><td>b</td></tr></table></body></html>")
    view = Doc("l.html", page, clean(page, "html"), fmt="html").view
    assert "\n二、下一步工作" in view


def test_a_county_bulletin_with_month_and_months_to_date_columns():
    head = ('<tr><th colspan="5" style="text-align:center"><strong>白水县2026年5月主要经济指标</strong></th></tr>\n'
            '<tr><td colspan="5" style="text-align:right">单位：万元</td></tr>\n')
    rows = (head + _row("指标名称", "本月", "同比±%", "1-本月", "同比±%", trail=False)
            + _row("一般公共预算收入", "&nbsp;5620", "3.4", "30215", "5.1", bold=True, trail=False)
            + _row("　　其中：税收收入", "4103", "-2.2", "21960", "4.0", trail=False)
            + _row("社会消费品零售总额", "21870", "6.6", "104532", "7.3", bold=True, trail=False))
    page = ('<html><head><title>统计月报</title></head><body>\n<p>白水县统计局　2026-06-18</p>\n'
            '<table width="100%" border="1">\n' + rows + '</table>\n</body></html>\n')
    ex = extract_text(page, "bs.html")
    fs = ex.facts
    rev = one(fs, 5620)
    assert (rev.value_unit, rev.measure, rev.period, rev.indicator, rev.subject) == \
        ("万元", "level", "2026-M05", "一般公共预算收入", "白水县")
    assert (one(fs, 30215).period, one(fs, 5.1).period, one(fs, 5.1).measure) == \
        ("2026-M01..M05", "2026-M01..M05", "growth")
    assert (one(fs, 3.4).period, one(fs, 2.2).measure, one(fs, 2.2).indicator) == ("2026-M05", "growth", "税收收入")
    assert one(fs, 104532).indicator == "社会消费品零售总额"
    # the table's 单位 line is no headline
    assert "单位" not in ex.record.title


def test_rows_of_places_under_a_caption_with_a_unit_row():
    rows = (_row("县（市、区）", "1-4月", "增长（%）", "占全市比重（%）", trail=False)
            + "<tr>" + _label("") + _CELL.format("") + _CELL.format("") + _CELL.format("单位：亿元") + "</tr>\n"
            + _row("全&nbsp;&nbsp;市", "412.6", "6.8", "100.0", bold=True, trail=False)
            + _row("临川县", "98.2", "7.5", "23.8", trail=False)
            + _row("岚山区", "121.4", "-1.2", "29.4", trail=False)
            + _row("东坡县", "76.9", "9.0", "18.6", trail=False))
    page = _page("2026年1-4月各县（市、区）规模以上工业产值", "发布日期：2026-05-22　来源：岚山市统计局", rows,
                 lead="<p>1-4月，全市规模以上工业运行平稳。</p>\n<p><strong>2026年1-4月各县（市、区）规模以上工业产值</strong></p>\n")
    fs = extract_text(page, "ls.html").facts
    f = one(fs, 98.2)
    assert (f.subject, f.value_unit, f.measure, f.period) == ("临川县", "亿元", "level", "2026-M01..M04")
    assert "工业产值" in f.indicator
    g = one(fs, 1.2)
    assert (g.subject, g.measure, g.period) == ("岚山区", "growth", "2026-M01..M04")
    assert one(fs, 412.6).subject == "岚山市" and one(fs, 18.6).measure == "share"


def test_a_word_exported_table_with_a_two_level_header_spanning_rows_and_columns():
    # 指标 spans the header's two rows (rowspan), 本  月 and 1-3月 two columns each (colspan); a cell's line break
    # (同比<br>增长) and Word's <o:p> are no part of its name; figures written with thousands separators
    def cell(x: str, attrs: str = "") -> str:
        return f"<td{attrs}><p class=MsoNormal><span lang=EN-US>{x}<o:p></o:p></span></p></td>"
    rows = ("<tr>" + cell("指&nbsp;&nbsp;&nbsp;标", " rowspan=2 width=200") + cell("本&nbsp;月", " colspan=2")
            + cell("1-3月", " colspan=2") + "</tr>\n<tr>" + cell("绝对额") + cell("同比<br>增长(%)") + cell("绝对额")
            + cell("同比<br>增长(%)") + "</tr>\n<tr>" + cell("单位：万元", " colspan=5 style='text-align:right'") + "</tr>\n")
    for label, *figures in (("规模以上工业总产值", "12,350", "8.2", "33,105", "6.9"),
                            ("社会消费品零售总额", "9,876", "-1.5", "28,640", "3.3")):
        rows += "<tr>" + cell(label) + "".join(cell(x) for x in figures) + "</tr>\n"
    page = ("<html><head><title>统计月报</title></head><body>\n<p class=MsoNormal align=center><b><span>"
            "临川县2026年3月主要经济指标<o:p></o:p></span></b></p>\n<table class=MsoNormalTable border=1 cellspacing=0>\n"
            + rows + "</table></body></html>\n")
    fs = extract_text(page, "lc.html").facts
    out = one(fs, 12350)
    assert (out.value_unit, out.measure, out.period, out.indicator, out.subject) == \
        ("万元", "level", "2026-M03", "规模以上工业总产值", "临川县")
    assert [(one(fs, v).measure, one(fs, v).period) for v in (8.2, 33105, 6.9)] == \
        [("growth", "2026-M03"), ("level", "2026-M01..M03"), ("growth", "2026-M01..M03")]
    assert (one(fs, 1.5).measure, one(fs, 1.5).indicator, one(fs, 28640).value_unit) == \
        ("growth", "社会消费品零售总额", "万元")


def test_a_label_column_without_a_head_holds_measures_unless_its_rows_are_places():
    fs = extract_text(FINANCE.replace("指&nbsp;&nbsp;标", "&nbsp;"), "fin.html").facts
    f = one(fs, 1508.2)
    assert (f.subject, f.indicator, f.period) == ("青岚市", "金融机构各项存款余额", "..2026-M04")
    assert (one(fs, 58.5).indicator, one(fs, 58.5).measure) == ("住户存款", "delta")
    # rows of counties under a headless label column stay the counties'
    rows = ("<tr><td></td><td>1-4月（亿元）</td><td>增长（%）</td></tr>\n<tr><td>临川县</td><td>98.2</td><td>7.5</td></tr>\n"
            "<tr><td>岚山区</td><td>121.4</td><td>-1.2</td></tr>\n<tr><td>东坡县</td><td>76.9</td><td>9.0</td></tr>\n")
    page = _page("2026年1-4月各县（区）固定资产投资", "发布日期：2026-05-22", rows)
    fs = extract_text(page, "ls.html").facts
    assert (one(fs, 121.4).subject, one(fs, 121.4).period) == ("岚山区", "2026-M01..M04")


def test_a_base_column_between_a_time_and_its_change_and_a_month_end_column():
    # 1-4月 | 上年同期 | 增长(%): the growth is over 1-4月, the column between holds last year's base; 本月末 | 比年初增减:
    # the balance at the end of the bulletin's month and its change since January
    rows = (_row("指&nbsp;&nbsp;标", "1-4月", "上年同期", "增长（%）", trail=False)
            + "<tr>" + _label("工&nbsp;&nbsp;业", True) + _CELL.format("") + _CELL.format("") + _CELL.format("单位：亿元")
            + "</tr>\n"
            + _row("规模以上工业增加值", "64.3", "60.1", "7.0", trail=False)
            + _row("　　#制造业", "40.2", "38.5", "4.4", trail=False)
            + _row("金&nbsp;&nbsp;融", "本月末", "比年初增减", "同比增长（%）", bold=True, trail=False)
            + "<tr>" + _label("") + _CELL.format("") + _CELL.format("") + _CELL.format("单位：亿元") + "</tr>\n"
            + _row("各项贷款余额", "1301.7", "108.0", "9.4", trail=False)
            + _row("　　#住户贷款", "520.6", "-6.3", "2.1", trail=False))
    page = _page("东坡县2026年4月主要经济指标", "发布时间：2026-05-19　来源：东坡县统计局", rows)
    fs = extract_text(page, "dp.html").facts
    assert [(one(fs, v).measure, one(fs, v).period) for v in (64.3, 7.0, 4.4)] == \
        [("level", "2026-M01..M04"), ("growth", "2026-M01..M04"), ("growth", "2026-M01..M04")]
    assert one(fs, 40.2).indicator == "制造业增加值" and one(fs, 64.3).value_unit == "亿元"
    assert (one(fs, 60.1).period, one(fs, 38.5).period) == ("2025-M01..M04", "2025-M01..M04")  # last year's base
    loans = one(fs, 1301.7)
    assert (loans.measure, loans.period, loans.indicator, loans.value_unit) == ("level", "..2026-M04", "各项贷款余额", "亿元")
    assert [(one(fs, v).measure, one(fs, v).period) for v in (108, 6.3, 9.4)] == \
        [("delta", "2026-M01..M04"), ("delta", "2026-M01..M04"), ("growth", "..2026-M04")]
