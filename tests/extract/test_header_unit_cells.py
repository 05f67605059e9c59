"""A table cell writes a bare figure; its unit stands only in the header (销售额(亿元), 增长(%)) or on a units line over
the table (单位:亿元、%).  The table writes the unit once for the column: the fact's unit is that unit (every gold of
fresh tables writes it so), and it tells the cell's measure (亿元 an amount, % a rate).  A unit no header, units line
or unit column writes, only implied by the column's word (评分 → 分, 项目个数 → 个), is none written: the fact's unit
stays "".  unit_implied keeps the unit stated apart from the value either way, for the ledger.  Every document here is invented (岚溪市, 桐湾县 …)."""
from __future__ import annotations

from factrun import facts_of, one

_CAPTION = ("岚溪市2023年房地产市场运行情况", "2024年1月20日", "2023年,全市商品房销售平稳,各区销售情况如下。",
            "表3 2023年各区商品房销售情况")


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_cells_one_a_line_under_a_units_line_take_its_unit_and_their_measure_from_it():
    text = _lines(*_CAPTION, "单位:亿元、%", "区域 |", "销售额 |", "增长 |",
                  "甲区 |", "35.2 |", "6.1 |", "乙区 |", "28.7 |", "-2.4 |", "丙区 |", "19.5 |", "3.3 |")
    fs = facts_of(text)
    sales = one(fs, 35.2)
    assert (sales.unit, sales.unit_implied, sales.measure, sales.subject) == ("亿元", "亿元", "level", "甲区")
    rate = one(fs, 2.4)
    assert (rate.unit, rate.unit_implied, rate.measure, rate.subject) == ("%", "%", "growth", "乙区")
    assert one(fs, 3.3).unit == "%" and one(fs, 3.3).measure == "growth"


def test_cells_under_a_header_stating_the_unit_take_it_and_a_cell_writing_its_own_keeps_it():
    # a county's list of projects set apart by bars: the money column states 万元, the rate column writes its own %
    text = _lines("桐湾县2024年重点项目1-6月推进情况", "2024年7月10日",
                  "序号 | 项目名称 | 总投资(万元) | 1-6月完成投资(万元) | 完成率",
                  "1 | 桐湾县城北污水处理厂 | 12000 | 5400 | 45% |",
                  "2 | 桐湾县东环路改造工程 | 8600 | 3100 | 36% |")
    fs = facts_of(text)
    total = one(fs, 12000)
    assert (total.unit, total.unit_implied, total.measure, total.value_unit) == ("万元", "万元", "level", "万元")
    assert one(fs, 45).unit == "%" and one(fs, 45).unit_implied == ""


def test_a_column_word_going_on_from_the_caption_names_the_captions_thing():
    # a table of places writes in its header only what its caption does not say: 销售额 under 各区商品房销售情况 is
    # 商品房销售额, and the growth beside it is that amount's
    text = _lines(*_CAPTION, "单位:万平方米、亿元、%", "区域 |", "销售面积 |", "销售额 |", "增长 |",
                  "甲区 |", "41.6 |", "35.2 |", "6.1 |", "乙区 |", "33.9 |", "28.7 |", "-2.4 |")
    fs = facts_of(text)
    assert one(fs, 41.6).indicator == "商品房销售面积"
    assert one(fs, 35.2).indicator == "商品房销售额"
    assert one(fs, 2.4).indicator.startswith("商品房销售")
    # a caption ending in the column's own measure: the caption's measure as it stands
    text = _lines("桐湾县2024年1-6月工业经济运行情况", "2024年7月15日", "2024年1-6月各乡镇规模以上工业增加值",
                  "乡镇\t增加值(亿元)\t增长(%)", "城关镇\t12.4\t7.2", "岚东镇\t8.6\t5.9", "桐西乡\t3.1\t-1.3")
    fs = facts_of(text)
    assert one(fs, 12.4).indicator == "规模以上工业增加值"
    # a column sharing no word with its caption keeps its own name
    text = _lines("岚溪县2024年重点项目推进情况", "2024年5月6日", "各镇重点项目推进情况",
                  "镇\t项目个数\t完成投资(亿元)", "青石镇\t6\t2.3", "白沙镇\t9\t4.1", "河口镇\t4\t1.6")
    fs = facts_of(text)
    assert one(fs, 9).indicator == "项目个数"


def test_a_unit_column_gives_its_row_the_unit_it_writes():
    text = _lines("丁州市2025年1-6月经济运行简况", "2025年7月22日",
                  "指标\t单位\t1-6月\t增长(%)", "地区生产总值\t亿元\t88.6\t5.4", "粮食播种面积\t万亩\t47.3\t0.8")
    fs = facts_of(text)
    assert (one(fs, 88.6).unit, one(fs, 88.6).unit_implied) == ("亿元", "亿元")
    assert one(fs, 47.3).unit == "万亩" and one(fs, 5.4).unit == "%"


def test_a_unit_only_the_columns_word_implies_is_no_unit_written():
    # 评分 says the figures are scores, 项目个数 that they count: no header, line or column writes 分 or 个
    text = _lines("乙县2025年各乡镇考核情况通报", "2025年12月3日", "现将考核情况通报如下。",
                  "乡镇\t评分\t名次", "东岭镇\t96.5\t1", "西岭镇\t94\t2", "南岭乡\t91.5\t3")
    fs = facts_of(text)
    score = one(fs, 96.5)
    assert (score.unit, score.unit_implied, score.value_unit, score.measure) == ("", "分", "分", "level")
    text = _lines("乙县2025年重点项目推进情况", "2025年7月9日", "单位:亿元", "乡镇\t项目个数\t计划投资\t完成投资",
                  "东岭镇\t7\t12.4\t6.1", "西岭镇\t5\t9.8\t4.3", "南岭乡\t3\t4.2\t2.5")
    fs = facts_of(text)
    count = one(fs, 7)
    assert (count.unit, count.unit_implied, count.measure) == ("", "个", "count")
    assert (one(fs, 9.8).unit, one(fs, 9.8).unit_implied) == ("亿元", "亿元")  # the 单位 line writes it
