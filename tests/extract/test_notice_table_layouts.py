"""A notice's table is read as its readers read it, in every layout a converter writes it: each cell of a bare column
(件数, 办结率) is named by what the table counts and the column (督办件件数, 督办件办结率), its subject the row's place or
body, its period the notice's.  What the table counts is read from its caption however it is set (a caption naming a
quarter, 第三季度; a doing after the thing, 办理进展; a caption set bold or written as the table's first row, one cell
between bars), else from the notice's title, also one written without 关于…的 (…办理情况通报), else from its preamble
(现将…办理情况通报如下).  A column that names its thing already keeps its name.  All pages here are invented."""
from __future__ import annotations

import pytest

from factrun import facts_of, one

from taizhang.extract.facts import _bare_notice_topic, _preamble_topic, _table_topic

TITLE_PLAIN = "戊川县2032年第三季度工作简报"
TITLE_BARE = "戊川县2032年第三季度督办件办理情况通报"
PREAMBLE_PLAIN = "经季末逐一核对,现通报如下:"
PREAMBLE_MATTER = "现将2032年第三季度督办件办理情况通报如下:"

# (title, preamble, caption lines above the header)
FORMS = {
    "bare title": (TITLE_BARE, PREAMBLE_PLAIN, ""),
    "preamble": (TITLE_PLAIN, PREAMBLE_MATTER, ""),
    "quarter caption": (TITLE_PLAIN, PREAMBLE_PLAIN, "2032年第三季度督办件办理情况汇总表\n"),
    "doing caption": (TITLE_PLAIN, PREAMBLE_PLAIN, "附件1\n各乡镇(单位)督办件办理进展情况表\n"),
    "bold caption": (TITLE_PLAIN, PREAMBLE_PLAIN, "**各乡镇(单位)督办件办理情况**\n"),
    "bar-row caption": (TITLE_PLAIN, PREAMBLE_PLAIN, "| 表2 各乡镇(单位)督办件办理情况统计表 | | | |\n"),
}

ROWS = (("子溪镇", "53", "47", "88.7"), ("县农业农村局", "24", "19", "79.2"))


def _layout(name: str, heads: list[str]) -> str:
    rows = [[r[0], r[1], r[2], r[3] + "%"] for r in ROWS]
    if name == "pipes":
        lines = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)] + ["| " + " | ".join(r) + " |" for r in rows]
    elif name == "bars":
        lines = [" | ".join(heads)] + [" | ".join(r) for r in rows]
    elif name == "tabs":
        lines = ["\t".join(heads)] + ["\t".join(r) for r in rows]
    elif name == "two levels":
        lines = ["| 单位 | 督办情况 | | |", "| | " + " | ".join(heads[1:]) + " |"] + ["| " + " | ".join(r) + " |" for r in rows]
    else:  # one cell a line
        lines = heads + [c for r in rows for c in r]
    return "\n".join(lines) + "\n"


def _notice(form: str, layout: str, columns: list[str]) -> str:
    title, preamble, caption = FORMS[form]
    return (f"{title}\n发布日期:2032-10-09\n\n各乡镇人民政府,县直各单位:\n{preamble}\n{caption}"
            f"{_layout(layout, ['单位'] + columns)}\n戊川县督查室\n2032年10月9日\n")


@pytest.mark.parametrize("layout", ["pipes", "bars", "tabs", "two levels", "one cell a line"])
@pytest.mark.parametrize("form", list(FORMS))
@pytest.mark.parametrize("columns", [["件数", "已办结", "办结率"], ["交办数", "办结", "办结率"]])
def test_a_bare_column_of_a_notice_table_is_named_with_what_the_table_counts(form, layout, columns):
    fs = facts_of(_notice(form, layout, columns))
    count, rate = one(fs, 53), one(fs, 79.2)
    assert (count.indicator, count.subject, count.period) == ("督办件" + columns[0], "子溪镇", "2032-Q3")
    assert (rate.indicator, rate.subject, rate.period) == ("督办件办结率", "县农业农村局", "2032-Q3")


@pytest.mark.parametrize("layout", ["pipes", "bars", "tabs", "one cell a line"])
@pytest.mark.parametrize("form", ["bare title", "bar-row caption"])
def test_a_column_that_names_its_thing_keeps_its_name(form, layout):
    fs = facts_of(_notice(form, layout, ["督办件数", "已办结件数", "按期办结率"]))
    assert one(fs, 53).indicator == "督办件数"
    assert one(fs, 24).subject == "县农业农村局"


def test_a_notice_titled_without_about_names_its_matter_before_its_state():
    assert _bare_notice_topic(TITLE_BARE) == "督办件办理"
    assert _bare_notice_topic("戊川县2032年河道保洁考评督查通报") == "河道保洁考评"
    assert _bare_notice_topic(TITLE_PLAIN) == ""
    assert _bare_notice_topic("戊川县2032年9月整改进展通报") == ""  # (the doing alone names no thing)


def test_a_preamble_names_the_matter_only_when_it_has_one():
    assert _preamble_topic("按照县委部署," + PREAMBLE_MATTER) == "督办件办理"
    assert _preamble_topic(PREAMBLE_PLAIN) == ""
    assert _preamble_topic("现将督查情况通报如下:") == ""


def test_the_doings_after_what_a_table_counts_are_no_part_of_it():
    assert _table_topic("各乡镇督办件办理进展情况表", "") == "督办件"
    assert _table_topic("", "督办件办理") == "督办件"
    assert _table_topic("2032年第三季度督办件办理情况汇总表", "") == "督办件"


@pytest.mark.parametrize("body", ["戊川县人民政府", "县政府办公室", "戊川高新区管委会", "县总工会", "县妇联"])
@pytest.mark.parametrize("layout", ["pipes", "tabs"])
def test_a_row_of_a_government_an_office_or_a_peoples_body_is_a_body_whose_cases_the_table_counts(body, layout):
    heads = ["单位", "件数", "已办结", "办结率"]
    rows = [[body, "31", "27", "87.1%"], ["县水务局", "14", "13", "92.9%"]]
    table = ("\n".join("| " + " | ".join(r) + " |" for r in [heads, ["---"] * 4] + rows) if layout == "pipes" else
             "\n".join("\t".join(r) for r in [heads] + rows))
    text = (f"{TITLE_PLAIN}\n发布日期:2032-10-09\n\n{PREAMBLE_PLAIN}\n各单位督办件办理情况统计表\n{table}\n"
            "戊川县督查室\n2032年10月9日\n")
    count = one(facts_of(text), 31)
    assert (count.indicator, count.subject, count.period) == ("督办件件数", body, "2032-Q3")


def _short_rows(head: str, layout: str) -> str:
    rows = [["1", "农业", "22", "90.9%"], ["2", "水务", "17", "82.4%"], ["3", "文旅", "9", "77.8%"]]
    heads = ["序号", head, "件数", "办结率"]
    if layout == "pipes":
        return "\n".join("| " + " | ".join(r) + " |" for r in [heads, ["---"] * 4] + rows) + "\n"
    if layout == "tabs":
        return "\n".join("\t".join(r) for r in [heads] + rows) + "\n"
    return "".join(c + "\n" for r in [heads] + rows for c in r)


@pytest.mark.parametrize("layout", ["pipes", "tabs", "one cell a line"])
@pytest.mark.parametrize("head", ["责任单位", "部门", "乡镇(街道)"])
def test_rows_named_short_under_a_column_of_bodies_or_places_are_whose_cases_the_table_counts(head, layout):
    text = f"{TITLE_BARE}\n发布日期:2032-10-09\n\n{PREAMBLE_PLAIN}\n{_short_rows(head, layout)}\n戊川县督查室\n2032年10月9日\n"
    count = one(facts_of(text), 17)
    assert (count.indicator, count.subject, count.period) == ("督办件件数", "水务", "2032-Q3")


@pytest.mark.parametrize("layout", ["pipes", "tabs"])
def test_rows_under_a_column_of_names_keep_the_bare_column(layout):
    text = f"{TITLE_BARE}\n发布日期:2032-10-09\n\n{PREAMBLE_PLAIN}\n{_short_rows('名称', layout)}\n"
    assert one(facts_of(text), 17).indicator == "件数"


GROUPED = {
    "pipes": "| 单位 | 督办件办理情况 | | | 考评得分 |\n| | 件数(件) | 已办结(件) | 办结率(%) | |\n",
    "pipes with a rule": "| 单位 | 督办件办理情况 | | | 考评得分 |\n|---|---|---|---|---|\n| | 件数(件) | 已办结(件) | 办结率(%) | |\n",
    "tabs": "单位\t督办件办理情况\t\t\t考评得分\n\t件数(件)\t已办结(件)\t办结率(%)\t\n",
}


@pytest.mark.parametrize("layout", sorted(GROUPED))
def test_a_group_header_over_bare_sub_columns_names_what_they_count(layout):
    rows = [["子溪镇", "53", "47", "88.7", "93.5"], ["县农业农村局", "24", "19", "79.2", "90"]]
    sep = "\t" if layout == "tabs" else " | "
    body = "".join((sep.join(r) if layout == "tabs" else "| " + sep.join(r) + " |") + "\n" for r in rows)
    fs = facts_of(f"{TITLE_PLAIN}\n发布日期:2032-10-09\n\n{PREAMBLE_PLAIN}\n{GROUPED[layout]}{body}")
    count, rate = one(fs, 53), one(fs, 79.2)
    assert (count.indicator, count.subject, count.period, count.unit) == ("督办件件数", "子溪镇", "2032-Q3", "件")
    assert (rate.indicator, rate.subject) == ("督办件办结率", "县农业农村局")
    assert one(fs, 93.5).indicator == "考评得分"  # (a column of the first line alone keeps its name)
