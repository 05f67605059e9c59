"""Units given once for a table or written apart from their value, and numbers that are no figures: the size of a
group a ranked list orders.  Every sentence and table here is invented."""
from __future__ import annotations

import pytest

from factrun import facts_of


def _got(text):
    return {(f.value, f.value_unit): f for f in facts_of(text)}


@pytest.mark.parametrize("sentence,value", [
    ("1-9月,全市规模以上工业企业综合能耗下降0.2 %,降幅收窄。", 0.2),
    ("上半年,岚溪县城镇登记失业率为3.1 ％,控制在目标以内。", 3.1),
    ("全县森林覆盖率达到62.5\u3000%,比上年提高0.3个百分点。", 62.5),
    ("河口镇农村自来水普及率达98 %,较去年同期提高2个百分点。", 98),
    ("青川市一季度居民消费价格同比上涨1.4 %。", 1.4),
])
def test_a_per_cent_sign_set_apart_by_a_blank_is_the_values_unit(sentence, value):
    f = _got("青川市2026年经济运行简况\n\n" + sentence)[(value, "%")]
    assert f.unit == "%"


def test_blanks_between_figures_of_a_table_row_are_kept():
    text = ("青川市2026年各县主要指标\n\n县区 增长(%) 占比(%)\n岚溪县 5.2 31.0\n东坡县 4.8 27.5\n白沙县 6.1 41.5\n")
    got = _got(text)
    assert (5.2, "%") in got and (31.0, "%") in got  # not read as one value 5.2 %


@pytest.mark.parametrize("sentence,value,unit", [
    ("岚溪县乡村振兴考核分为6大项、25小项。", 6, "大项"),
    ("岚溪县乡村振兴考核分为6大项、25小项。", 25, "小项"),
    ("青川市营商环境评价涉及18大项指标。", 18, "大项"),
])
def test_item_levels_are_count_units(sentence, value, unit):
    f = _got("岚溪县2026年工作要点\n\n" + sentence)[(value, unit)]
    assert f.measure == "count"


@pytest.mark.parametrize("sentence,size", [
    ("13个县(市、区)排名由高到低依次是:岚溪县、东坡县、白沙县。", 13),
    ("全市12个乡镇综合得分从高到低排序如下:青川镇、河口镇、白沙乡。", 12),
    ("对全县21个县直部门进行排名,河口镇排在首位。", 21),
    ("参评的8个镇（街道）按得分高低依次为:青川镇、河口镇。", 8),
    ("11个市州排名情况如下:青川市第一,岚溪市第二。", 11),
    ("全县9个乡镇按完成率高低排列,依次是青川镇、河口镇、白沙乡。", 9),
])
def test_size_of_a_ranked_group_is_no_figure(sentence, size):
    fs = facts_of("岚溪县2026年三季度重点工作考核通报\n\n" + sentence)
    assert not [f for f in fs if f.value == size and f.unit in ("个", "")]


@pytest.mark.parametrize("sentence,value", [
    ("全县12个乡镇中,有9个乡镇完成率超过90%。", 9),
    ("全市新开工项目13个,排名全省第三。", 13),
    ("5个乡镇综合排名靠后,被约谈。", 5),
])
def test_counts_beside_a_ranking_stay(sentence, value):
    fs = facts_of("岚溪县2026年三季度重点工作考核通报\n\n" + sentence)
    assert [f for f in fs if f.value == value and f.unit == "个"]


@pytest.mark.parametrize("units_line,unit_a,unit_b", [
    ("单位:吨、万元", "吨", "万元"),
    ("（单位：吨、万元）", "吨", "万元"),
    ("金额单位:万元", "", "万元"),
])
def test_units_line_above_a_table_of_bare_numbers(units_line, unit_a, unit_b):
    text = ("青川市2026年重点企业生产情况\n\n" + units_line + "\n企业 | 产量 | 产值\n"
            "青川化工 | 1200 | 3500\n河口建材 | 800 | 2100\n白沙水泥 | 640 | 1900\n")
    got = _got(text)
    assert (3500, unit_b) in got and got[(3500, unit_b)].unit == unit_b == got[(3500, unit_b)].unit_implied and got[(3500, unit_b)].subject == "青川化工"
    if unit_a:
        assert (1200, unit_a) in got


def test_a_growth_column_without_a_name_is_the_growth_of_the_rows_figure():
    text = ("青川市2026年1-9月主要农产品产量\n\n单位:万吨\n品种\t产量\t同比增长(%)\n"
            "粮食\t45.6\t2.1\n油料\t8.2\t1.5\n蔬菜\t120.3\t3.3\n")
    got = _got(text)
    assert got[(2.1, "%")].measure == "growth" and got[(2.1, "%")].indicator == got[(45.6, "万吨")].indicator
    # 品种 over 粮食 / 油料 under a caption of 产量: each row a class of the caption's measure, the place the text's
    assert got[(1.5, "%")].indicator == "油料产量" and got[(1.5, "%")].subject == "青川市"


@pytest.mark.parametrize("sep", ["\t", "  ", " | ", "：", "\u3000"])
def test_a_block_of_name_and_figure_rows_under_a_units_line(sep):
    text = ("岚溪县2026年上半年财政收支情况\n\n单位:亿元\n" +
            "".join(f"{a}{sep}{b}\n" for a, b in (("一般公共预算收入", "32.5"), ("税收收入", "24.1"), ("非税收入", "8.4"))))
    got = _got(text)
    f = got[(24.1, "亿元")]
    assert (f.unit, f.unit_implied, f.indicator, f.measure) == ("亿元", "亿元", "税收收入", "level")


def test_a_captions_measure_names_the_figures_of_places_under_it():
    text = ("岚溪市2026年财政工作情况\n\n各乡镇一般公共预算收入(单位:万元)\n"
            "青川镇\t1200\n河口镇\t980\n白沙乡\t760\n")
    got = _got(text)
    f = got[(980, "万元")]
    assert (f.subject, f.indicator) == ("河口镇", "一般公共预算收入")


def test_no_block_without_a_units_line_or_with_prose_under_it():
    assert not _got("岚溪县2026年工作简报\n\n税收收入 24.1\n非税收入 8.4\n一般公共预算收入 32.5\n")
    text = "岚溪县2026年工作简报\n\n单位:万元\n全县财政收入保持平稳增长,税收收入稳中有升。\n"
    assert not _got(text)
