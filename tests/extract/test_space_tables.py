"""Tables whose cells are set apart by blanks (single spaces too): a header of column names over rows that agree with
it is a table (``structures.table_frames``: a "columns" frame, its evidence the header and how many rows agree); a
statistics table's rows that are classes of its caption's measure (衣着 under 居民消费价格指数); age bounds naming rows.
All tables here are invented (岚溪县, 青川市, 河口县 …)."""
from __future__ import annotations

import pytest

from factrun import facts_of
from taizhang.extract.structures import table_frames

NOTICE = ("岚山市2026年1-9月重点项目推进情况通报\n\n各县(市、区)人民政府:\n现将2026年1-9月全市重点项目推进情况通报如下。\n"
          "二、各县(市、区)推进情况\n")
HEAD = ["序号", "县(市、区)", "项目个数", "总投资", "年度计划", "完成投资", "完成率"]
ROWS = [["1", "岚溪县", "42", "520.3", "168", "150.2", "89.4%"],
        ["2", "青川县", "38", "415.6", "150", "139.2", "92.8%"],
        ["3", "东坡区", "25", "210.8", "96", "71.5", "74.5%"],
        ["4", "河口县", "31", "301.2", "110", "80.3", "73.0%"]]
TAIL = "三、存在问题\n部分项目推进缓慢。\n"


def _table(head, rows, sep=" ", gap="\n"):
    return sep.join(head) + gap + gap.join(sep.join(r) for r in rows) + "\n"


SPACINGS = {
    "single": dict(sep=" "),
    "double": dict(sep="  "),
    "full_width": dict(sep="\u3000"),
    "mixed": dict(sep=" \u3000"),
    "blank_lines": dict(sep=" ", gap="\n\n"),  # a web page's rows, each a paragraph of its own
}


@pytest.mark.parametrize("spacing", sorted(SPACINGS))
def test_bare_figures_of_a_space_table_measure_their_column_for_their_rows_place(spacing):
    text = NOTICE + _table(HEAD, ROWS, **SPACINGS[spacing]) + TAIL
    got = {(f.value, f.subject): f for f in facts_of(text)}
    count = got[(38, "青川县")]
    assert count.unit == "" and count.measure == "count" and count.indicator == "项目个数"
    money = got[(415.6, "青川县")]
    assert money.unit == "" and money.measure == "level" and money.indicator == "总投资"
    assert got[(139.2, "青川县")].indicator == "完成投资" and got[(139.2, "青川县")].period == "2026-M01..M09"
    assert got[(92.8, "青川县")].measure == "share" and got[(92.8, "青川县")].indicator == "完成率"
    assert not any(f.value in (1, 2, 3, 4) and f.subject in ("岚溪县", "青川县", "东坡区", "河口县") for f in got.values())


def test_the_frame_is_decided_once_with_its_evidence():
    text = NOTICE + _table(HEAD, ROWS) + TAIL
    frames = [f for f in table_frames(text) if f.decision == "columns"]
    assert len(frames) == 1
    f = frames[0]
    assert f.confidence == 1.0 and len(f.rows) == 4 and "4 of 4 rows" in f.reason
    assert text[f.header[0]:f.header[1]] == " ".join(HEAD)


@pytest.mark.parametrize("head,rows", [
    # no 序号 in the header, the rows numbered all the same
    (HEAD[1:], ROWS),
    # a 序号 in the header, the rows not numbered
    (HEAD, [r[1:] for r in ROWS]),
    # columns named by what they count and with their time
    (["县(市、区)", "签约项目", "签约金额", "新开工项目", "1-9月完成投资"], [r[1:6] for r in ROWS]),
])
def test_headers_and_rows_of_other_forms(head, rows):
    text = NOTICE + _table(head, rows) + TAIL
    got = {(f.value, f.subject): f for f in facts_of(text)}
    assert got[(38, "青川县")].measure == "count" and got[(38, "青川县")].unit == ""
    assert got[(415.6, "青川县")].unit == ""


def test_a_project_list_pasted_with_spaces_in_a_commencement_news():
    text = ("青川市2026年第二批重大项目集中开工\n\n5月8日,青川市2026年第二批重大项目集中开工,共开工项目36个。\n"
            "县(市、区) 开工项目数 总投资 年度计划投资\n河口县 12 86.5 21.3\n白沙县 9 64.2 15.8\n石门区 15 120.7 33.1\n")
    got = {(f.value, f.subject): f for f in facts_of(text)}
    assert got[(12, "河口县")].indicator == "开工项目数" and got[(12, "河口县")].measure == "count"
    assert got[(120.7, "石门区")].indicator == "总投资"


def test_prose_with_blanks_from_a_pdf_is_no_table():
    text = ("岚溪县2020年国民经济和社会发展统计公报\n\n2020 年,全县 地区生产总值为 424.74 亿元,比上年 增长 3.9%。\n"
            "全县 常住人口 52.3 万人 比上年 减少 0.4 万人\n全年 粮食 产量 38.6 万吨\n城镇 新增 就业 5200 人\n")
    assert [f for f in table_frames(text) if f.decision == "columns"] == []
    assert all(f.unit for f in facts_of(text))


def test_an_unsure_block_changes_nothing():
    # a header of column names whose rows do not agree with it (cells missing, others added): no bare figure counts
    rows = [["1", "岚溪县", "42", "520.3", "89.4%"], ["2", "青川县", "38", "415.6", "150", "139.2", "92.8%", "良好"],
            ["3", "东坡区", "25", "74.5%"], ["4", "河口县", "31", "301.2", "110", "73.0%"]]
    text = NOTICE + _table(HEAD, rows) + TAIL
    assert [f for f in table_frames(text) if f.decision == "columns"] == []
    assert {f.unit for f in facts_of(text) if f.subject in ("岚溪县", "青川县", "东坡区", "河口县")} <= {"%"}


def test_a_header_naming_unknown_things_is_no_frame():
    text = NOTICE + "青川 白沙 河口 石门\n岚溪县 42 520.3 89.4\n青川县 38 415.6 92.8\n东坡区 25 210.8 74.5\n" + TAIL
    assert [f for f in table_frames(text) if f.decision == "columns"] == []
    assert not [f for f in facts_of(text) if f.value in (42, 520.3)]


# --------------------------------------------------------------------------- rows that are classes of the caption

CPI = ("岚溪县2026年国民经济和社会发展统计公报\n\n全年居民消费价格总水平比上年上涨1.2%。\n{caption}\n{head}\n{rows}\n")


@pytest.mark.parametrize("sep", [" ", "  ", "\t", " | "])
def test_index_table_rows_are_classes_of_the_caption_and_the_index_a_level(sep):
    rows = "\n".join(sep.join(r) for r in [("食品烟酒", "102.1", "100.5"), ("衣着", "101.3", "99.8"),
                                             ("居住", "100.4", "100.1")])
    text = CPI.format(caption="表3 2026年岚溪县居民消费价格指数", head=sep.join(("指标", "比上年(%)", "比上月(%)")), rows=rows)
    got = {f.value: f for f in facts_of(text)}
    cloth = got[101.3]
    assert cloth.subject == "岚溪县" and cloth.indicator == "衣着价格指数" and cloth.measure == "level"
    assert (cloth.unit, cloth.unit_implied) == ("%", "%")  # the unit its column writes, not written in the cell
    assert got[102.1].indicator == "食品烟酒价格指数"


def test_output_and_population_tables_join_the_class_to_the_captions_measure():
    text = ("岚溪县2025年国民经济和社会发展统计公报\n\n全年粮食总产量38.6万吨。\n表4 主要农产品产量\n"
            "类别 产量(万吨) 比上年增长(%)\n粮食 38.6 2.1\n油料 4.2 -1.5\n蔬菜 56.3 3.4\n\n"
            "附表2 2025年末岚溪县户籍人口及构成\n指标 年末数(万人) 比重(%)\n总人口 52.3 100.0\n其中:城镇 21.6 41.3\n"
            "乡村 30.7 58.7\n其中:男性 26.9 51.4\n女性 25.4 48.6\n")
    got = {(f.value, f.indicator): f for f in facts_of(text)}
    grain = got[(38.6, "粮食产量")]
    assert grain.subject == "岚溪县" and grain.measure == "level"
    assert got[(2.1, "粮食产量")].measure == "growth"
    assert got[(21.6, "城镇人口")].subject == "岚溪县" and got[(41.3, "城镇人口")].measure == "share"
    assert got[(26.9, "男性人口")].subject == "岚溪县"
    assert (52.3, "总人口") in got  # a row naming a measure of its own keeps its name


# --------------------------------------------------------------------------- ages naming rows or classes

@pytest.mark.parametrize("label", ["0-17岁", "18-59岁", "60岁及以上", "18—59周岁", "其中:65岁以上", "15至64岁"])
def test_an_age_bound_naming_a_row_is_no_figure(label):
    text = ("岚溪县2025年人口统计公报\n\n表5 2025年末岚溪县户籍人口年龄构成\n指标 年末数(万人) 比重(%)\n"
            f"{label} 11.2 21.4\n总人口 52.3 100.0\n")
    values = sorted(f.value for f in facts_of(text))
    assert values == [11.2, 21.4, 52.3, 100]


@pytest.mark.parametrize("sentence,value", [
    ("全县人均预期寿命达到80岁以上。", 80),
    ("全县平均退休年龄提高到61岁。", 61),
])
def test_an_age_reached_stays_a_figure(sentence, value):
    fs = facts_of("岚溪县2025年工作报告\n\n" + sentence + "\n")
    assert [f.value for f in fs] == [value]


def test_a_tables_time_columns_hold_no_figures():
    text = ("青川市2026年前三季度乡镇考核情况通报\n\n现将前三季度考核得分通报如下。\n"
            "乡镇 第一季度 第二季度 第三季度\n河口镇 92.5 94 95.5\n白沙镇 88 90.5 91\n石门乡 85.5 87 89\n")
    assert not [f for f in facts_of(text) if f.value in (1, 2, 3)]


@pytest.mark.parametrize("sep", [" ", "  ", "\u3000"])
def test_year_columns_measure_what_the_caption_names_in_their_year(sep):
    text = ("岚山市2026年国民经济和社会发展统计公报\n\n全市地区生产总值1520.6亿元,比上年增长6.1%。\n"
            "表1 2026年各县(市、区)地区生产总值\n" +
            "\n".join(sep.join(r) for r in [("县(市、区)", "2025年", "2026年", "增长(%)"), ("岚溪县", "120.5", "128.3", "6.5"),
                                           ("青川县", "98.2", "103.9", "5.8"), ("东坡区", "210.4", "224.1", "6.4")]) +
            "\n表2 主要指标\n指标 2025年 2026年 比上年增长(%)\n粮食产量 38.1 38.6 1.3\n规模以上工业增加值 88.2 93.5 6.0\n")
    got = {f.value: f for f in facts_of(text)}
    assert (got[120.5].subject, got[120.5].indicator, got[120.5].period) == ("岚溪县", "地区生产总值", "2025")
    assert (got[128.3].period, got[128.3].unit, got[128.3].measure) == ("2026", "", "level")
    assert got[5.8].measure == "growth" and got[5.8].period == "2026" and got[5.8].indicator == "地区生产总值"
    assert (got[38.1].indicator, got[38.1].period, got[38.1].subject) == ("粮食产量", "2025", "岚山市")
    assert got[1.3].period == "2026"


@pytest.mark.parametrize("form", ["blanks", "bars", "wide"])
def test_a_two_column_table_of_classes_under_its_caption(form):
    rows = [("项目", "比上年(%)"), ("居民消费价格总指数", "101.2"), ("食品烟酒", "102.1"), ("衣着", "101.3"), ("居住", "100.4")]
    body = {"blanks": "\n".join(" ".join(r) for r in rows),
            "bars": "\n".join("| " + " | ".join(r) + " |" for r in rows),
            "wide": "\n".join("\u3000\u3000".join(r) for r in rows)}[form]
    text = ("岚溪县2026年国民经济和社会发展统计公报\n\n全年居民消费价格总水平比上年上涨1.2%。\n"
            "表3 2026年岚溪县居民消费价格指数\n" + body + "\n全年粮食总产量38.6万吨。\n")
    got = {f.value: f for f in facts_of(text)}
    assert (got[101.3].indicator, got[101.3].subject, got[101.3].measure) == ("衣着价格指数", "岚溪县", "level")
    assert got[102.1].indicator == "食品烟酒价格指数"


def test_a_two_column_table_of_a_prices_change_under_its_caption():
    """表3 2026年居民消费价格比上年涨跌幅度 over 指标 比上年涨跌幅度(%) and 衣着 -1.2: the caption names the price whose
    change by class the rows give (its words 比上年 / 涨跌幅度 say how it is taken, not what): every row is a class of
    the price, its figure the class's change (the table was not read at all)."""
    rows = [("指标", "比上年涨跌幅度(%)"), ("居民消费价格", "0.4"), ("  食品烟酒", "-0.6"), ("  衣着", "-1.2"),
            ("  居住", "0.3")]
    text = ("岚溪县2026年国民经济和社会发展统计公报\n\n表3  2026年居民消费价格比上年涨跌幅度\n" +
            "\n".join(f"{a:<18}{b}" for a, b in rows) + "\n")
    got = {f.value: f for f in facts_of(text)}
    cloth = got[1.2]
    assert (cloth.indicator, cloth.subject, cloth.measure, cloth.value_unit, cloth.period) == (
        "衣着价格", "岚溪县", "growth", "%", "2026")
    assert got[0.4].indicator == "居民消费价格" and got[0.6].indicator == "食品烟酒价格"


def test_a_two_column_list_of_projects_is_no_table_of_classes():
    text = ("岚溪县2026年重点项目推进情况\n\n表5 2026年重点项目完成投资\n项目 完成投资(亿元)\n青川大道改造工程 12.5\n"
            "河口大桥 8.6\n岚溪县人民医院 3.2\n")
    assert not [f for f in facts_of(text) if f.indicator.endswith("工程投资") or f.indicator == "河口大桥投资"]


@pytest.mark.parametrize("sep,bars", [(" ", False), ("  ", False), (" | ", True)])
def test_quarter_columns_date_their_own_scores(sep, bars):
    head = ("乡镇", "第一季度", "第二季度", "第三季度") if not bars else ("乡镇", "第一季度得分", "第二季度得分", "第三季度得分")
    rows = [head, ("河口镇", "92.5", "94", "95.5"), ("白沙镇", "88", "90.5", "91"), ("石门乡", "85.5", "87", "89")]
    text = ("青川市2026年前三季度乡镇考核情况通报\n\n各乡镇人民政府:\n现将前三季度考核得分通报如下。\n" +
            "\n".join(sep.join(r) for r in rows) + "\n")
    got = {f.value: f for f in facts_of(text)}
    assert (got[92.5].period, got[94].period, got[95.5].period) == ("2026-Q1", "2026-Q2", "2026-Q3")
    assert got[90.5].subject == "白沙镇" and "白沙镇" not in got[90.5].indicator and "88" not in got[90.5].indicator
    assert not [f for f in got.values() if f.value in (1, 2, 3)]


@pytest.mark.parametrize("sep,gap", [(" ", "\n"), ("  ", "\n"), ("\u3000", "\n\n")])
def test_a_two_level_header_written_once_over_its_sub_columns(sep, gap):
    upper = sep.join(("序号", "县(市、区)", "项目个数", "投资情况(亿元)", "完成率"))
    lower = sep.join(("总投资", "年度计划", "完成投资"))
    text = NOTICE + upper + "\n" + lower + "\n" + gap.join(sep.join(r) for r in ROWS) + "\n" + TAIL
    got = {(f.value, f.subject): f for f in facts_of(text)}
    assert got[(38, "青川县")].indicator == "项目个数" and got[(38, "青川县")].measure == "count"
    money = got[(139.2, "青川县")]
    assert money.indicator == "完成投资" and money.unit == "亿元" and money.unit_implied == "亿元"
    assert got[(150, "青川县")].indicator.startswith("年度计划") and got[(92.8, "青川县")].indicator == "完成率"
