"""A statistics table set apart by blanks whose columns name no unit and no time (指标  绝对数  比上年增长) under the
line stating its units (单位：亿元，% / 单位：万元、%): the amount column takes the amount's unit, the change column the
per cent, as a table naming its times (1-6月  上年同期  比上年±%) has them.  Every table here is invented (青川市,
柳岸镇, 雾溪县 …) in the shapes communiqués and monthly digests print them."""
from __future__ import annotations

from factrun import facts_of, one


def _lines(*rows: str) -> str:
    return "\n".join(rows) + "\n"


def test_a_communique_table_of_absolute_figures_and_growth():
    fs = facts_of(_lines("青川市2024年国民经济和社会发展统计公报", "", "表1 2024年主要经济指标", "单位：亿元，%",
                         "指标  绝对数  比上年增长", "地区生产总值  1250.6  5.8", "第一产业增加值  120.3  3.1",
                         "第二产业增加值  480.2  6.4"))
    gdp = one(fs, 1250.6)
    assert (gdp.value_unit, gdp.measure, gdp.indicator, gdp.period) == ("亿元", "level", "地区生产总值", "2024")
    assert (one(fs, 5.8).value_unit, one(fs, 5.8).measure) == ("%", "growth")
    assert one(fs, 480.2).value_unit == "亿元"


def test_a_town_digest_in_ten_thousand_yuan_and_a_county_table_of_output():
    fs = facts_of(_lines("柳岸镇2025年1-9月主要经济指标完成情况", "", "单位：万元、%", "指标名称    绝对值    同比增长",
                         "规模以上工业总产值    85620    7.4", "固定资产投资    32150    -2.6",
                         "一般公共预算收入    4820    3.3"))
    assert (one(fs, 85620).value_unit, one(fs, 4820).value_unit) == ("万元", "万元")
    fs = facts_of(_lines("雾溪县2024年国民经济和社会发展统计公报", "", "表2 2024年农业主要指标", "单位：万吨，%",
                         "指标  数量  比上年增长", "粮食产量  42.6  1.8", "蔬菜产量  18.3  4.2"))
    grain = one(fs, 42.6)
    assert (grain.value_unit, grain.measure, grain.indicator) == ("万吨", "level", "粮食产量")
