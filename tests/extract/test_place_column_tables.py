"""Tables of measures by place in raw web pages: a district's or county's monthly table lays its measures down the
rows and its towns across (指标 | 全区 | 东关街道 | 西湖镇), a measure's row header spans the rows of the ways it is
taken (rowspan: 固定资产投资(万元) over 总量 | 增幅%), written in a column of its own under 指标's colspan.  Each
figure is the column's place's (the whole's column the text's place), measures the row's measure, in the unit of
its header's bracket or its way's per cent, in the time the way names (本月, 累计) or the caption's.  Every page here
is invented (临湖区 and its towns: no figure is any place's)."""
from __future__ import annotations

from pathlib import Path

from factrun import facts_of, one
from taizhang.extract.cleaner import clean
from taizhang.extract.doc import Doc
from taizhang.extract.pipeline import extract_file


def _th(text: str, attrs: str = "") -> str:
    return f"<th {attrs}>{text}</th>".replace("<th >", "<th>")


def _row(head: str, way: str, *cells: str, span: int = 0) -> str:
    lead = _th(head, f'scope="row" rowspan="{span}"') if head else ""
    return "\t<tr>" + lead + f"<td>{way}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>\n"


PLACES = ("全区", "东关街道", "西湖镇", "南山镇", "北岭")
TABLE = (
    '<html><head><meta charset="utf-8"></head><body>\n<div class="content">\n'
    '<p>来源：临湖区统计局</p>\n'
    '<table class="table table-bordered">\n<thead>\n'
    '\t<th colspan="7">临湖区2024年1-4月固定资产投资完成情况</th>\n'
    '\t<tr><th scope="col" colspan="2">指标</th>' + "".join(_th(p, 'scope="col"') for p in PLACES) + "</tr>\n"
    "</thead>\n<tbody>\n"
    + _row("固定资产投资(万元)", "总量", "86421", "12030", "8800", "6421", "5105", span=2)
    + _row("", "增幅%", "12.4", "-3.5", "-", "8.1", "8.1")
    + _row("施工项目个数", "本月", "3", "1", "-", "2", "-", span=3)
    + _row("", "累计", "48", "9", "7", "11", "11")
    + _row("", "增减", "12", "-4", "2", "5", "1")
    + "</tbody>\n</table>\n</div></body></html>\n")


def _facts(tmp_path: Path, page: str = TABLE):
    path = tmp_path / "invest.html"
    path.write_text(page, encoding="utf-8")
    return extract_file(path).facts


def test_each_column_of_a_table_of_measures_by_place_is_its_places(tmp_path):
    fs = _facts(tmp_path)
    whole = one(fs, 86421)
    assert (whole.value_unit, whole.kind, whole.measure, whole.period, whole.indicator, whole.subject) == \
        ("万元", "actual", "level", "2024-M01..M04", "固定资产投资", "临湖区")
    assert [one(fs, v).subject for v in (12030, 8800, 6421, 5105)] == ["东关街道", "西湖镇", "南山镇", "北岭"]
    assert TABLE[one(fs, 12030).vstart:one(fs, 12030).vend] == "12030"


def test_the_way_a_measure_is_taken_names_its_unit_measure_and_time(tmp_path):
    fs = _facts(tmp_path)
    # 增幅% under 固定资产投资(万元): a growth in per cent, its value and span without the cell's sign; - is no figure
    fall = one(fs, 3.5)
    assert (fall.value_unit, fall.measure, fall.subject, fall.indicator) == ("%", "growth", "东关街道", "固定资产投资")
    assert TABLE[fall.vstart:fall.vend] == "3.5"
    assert not [f for f in fs if f.subject == "西湖镇" and f.measure == "growth"]
    # 施工项目个数 spans 本月 | 累计 | 增减: counts in 个, the month, the months so far, a change of the count
    month, total, change = one(fs, 3, "个"), one(fs, 48), one(fs, 12)
    assert (month.measure, month.period, month.subject) == ("count", "2024-M04", "临湖区")
    assert (total.value_unit, total.measure, total.period, total.indicator) == ("个", "count", "2024-M01..M04", "施工项目个数")
    assert (change.value_unit, change.measure, change.subject) == ("个", "delta", "临湖区")
    assert (one(fs, 4).measure, one(fs, 4).subject) == ("delta", "东关街道")


def test_equal_figures_of_two_places_in_one_row_stay_each_places_own(tmp_path):
    fs = _facts(tmp_path)
    assert sorted(f.subject for f in fs if f.value == 8.1) == ["北岭", "南山镇"]
    assert sorted(f.subject for f in fs if f.value == 11) == ["北岭", "南山镇"]


def test_a_header_row_of_places_with_a_font_size_word_inside_a_name_is_no_menu():
    # 大川镇 and 小河乡 hold 大 and 小 of a font-size switch (大 中 小): inside a name they are the name's
    page = TABLE.replace("西湖镇", "大川镇").replace("北岭", "小河乡")
    doc = Doc("invest.html", page, clean(page, "html"), fmt="html")
    assert "指标\t\t全区\t东关街道\t大川镇\t南山镇\t小河乡" in doc.view


def test_a_table_whose_columns_are_times_keeps_its_rows_measures_of_the_text_place(tmp_path):
    page = TABLE.replace(">全区<", ">1-3月<").replace(">东关街道<", ">1-4月<").replace(">西湖镇<", ">增幅%<")
    fs = _facts(tmp_path, page)
    assert one(fs, 12030).subject == "临湖区"


LAKE = "临湖县2024年1-6月各乡镇主要经济指标\n"


def test_a_column_of_units_between_the_measures_and_the_places_states_each_rows_unit():
    text = (LAKE + "指标\t单位\t全县\t城关镇\t河口镇\t南岭乡\n规模以上工业总产值\t亿元\t120.5\t30.2\t20.1\t5.3\n"
            "固定资产投资\t亿元\t80.1\t22.3\t10.5\t3.2\n限上企业数\t个\t64\t21\t9\t4\n")
    fs = facts_of(text)
    assert [(one(fs, v).value_unit, one(fs, v).subject) for v in (120.5, 22.3, 9)] == \
        [("亿元", "临湖县"), ("亿元", "城关镇"), ("个", "河口镇")]
    assert (one(fs, 3.2).indicator, one(fs, 3.2).period) == ("固定资产投资", "2024-M01..M06")


def test_rows_stating_their_units_under_a_project_word_are_measures_by_place():
    text = (LAKE + "项目\t全县\t城关镇\t河口镇\t南岭乡\n地区生产总值(亿元)\t120.5\t30.2\t20.1\t5.3\n"
            "其中：第一产业\t10.1\t2.3\t1.5\t3.6\n第二产业\t45.6\t20.4\t8.8\t2.6\n一般公共预算收入增速(%)\t8.5\t7.2\t-2.1\t5.5\n")
    fs = facts_of(text)
    assert [(one(fs, v).subject, one(fs, v).value_unit) for v in (30.2, 1.5, 2.6)] == \
        [("城关镇", "亿元"), ("河口镇", "亿元"), ("南岭乡", "亿元")]
    # the unit a row writes holds for the classes under it; a class of the GDP names its value added
    assert one(fs, 1.5).indicator == "第一产业增加值"
    assert (one(fs, 2.1).measure, one(fs, 2.1).subject, one(fs, 2.1).value_unit) == ("growth", "河口镇", "%")


def _two_level(places: tuple[str, ...], ways: tuple[str, str]) -> str:
    upper = "".join(f'<td colspan="2">{p}</td>' for p in places)
    lower = "".join(f"<td>{ways[0]}</td><td>{ways[1]}</td>" for _ in places)
    rows = (("固定资产投资(万元)", "86421", "12.4", "12030", "-3.5", "8800", "6.1"),
            ("规上工业产值(万元)", "56210", "7.7", "10230", "5.2", "7300", "-1.5"))
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows)
    return ('<html><head><meta charset="utf-8"></head><body>\n<p>来源：临湖区统计局</p>\n<table border="1">\n'
            f'<tr><td colspan="{1 + 2 * len(places)}">临湖区2024年1-5月主要经济指标完成情况</td></tr>\n'
            f'<tr><td rowspan="2">指标</td>{upper}</tr>\n<tr>{lower}</tr>\n{body}</table></body></html>\n')


def test_places_written_over_the_ways_their_figures_are_taken(tmp_path):
    # 全区 over 总量 | 增幅%: a two-level header writes each place once over its columns; a short name (武当) takes the
    # ways the suffixed places take
    fs = _facts(tmp_path, _two_level(("全区", "武当", "大川镇"), ("总量", "增幅%")))
    assert [(one(fs, v).subject, one(fs, v).measure, one(fs, v).value_unit) for v in (86421, 3.5, 7300, 1.5)] == \
        [("临湖区", "level", "万元"), ("武当", "growth", "%"), ("大川镇", "level", "万元"), ("大川镇", "growth", "%")]
    assert one(fs, 10230).indicator == "规上工业产值"
    months = _facts(tmp_path, _two_level(("全区", "东关街道", "西湖镇"), ("本月", "累计")))
    assert [(one(months, v).subject, one(months, v).period) for v in (12030, 3.5)] == \
        [("东关街道", "2024-M05"), ("东关街道", "2024-M01..M05")]
