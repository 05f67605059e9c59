"""A stored page (a PDF's text, a report pasted into a web page) breaks a decimal after its point with a blank or a
line break: 播种面积30. 59万亩, 增长79. 4%, 增加值30.⏎59亿元.  The figure is one value (30.59), its span the input's
"30. 59"; a list's number before a year (1. 2023年…), a date and a run of figures whose colons were lost
(16.144.039.9) are no such figure.  Every sentence here is invented (岚川县, 桐湾县 …)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_decimal_broken_by_a_blank_after_its_point_is_one_value():
    text = ("岚川县2023年国民经济和社会发展统计公报\n2024年3月10日\n"
            "全年全县地区生产总值185. 36亿元,比上年增长6. 2%。全年粮食播种面积30. 59万亩,粮食总产量12.6万吨。\n")
    fs = facts_of(text)
    gdp = one(fs, 185.36)
    assert (gdp.unit, gdp.indicator) == ("亿元", "地区生产总值")
    assert text[gdp.vstart:gdp.vend] == "185. 36"
    rate = one(fs, 6.2)
    assert (rate.unit, rate.measure) == ("%", "growth")
    assert one(fs, 30.59).unit == "万亩"
    assert [f.value for f in fs if f.value in (36, 2, 59, 185, 6, 30)] == []


def test_a_decimal_broken_by_a_line_break_or_a_wide_blank_is_one_value():
    text = ("桐湾县上半年旅游市场运行情况\n2024年7月16日\n"
            "上半年全县接待游客达到350.\u30008万人次,同比增长12. 4%;旅游总收入实现30.\n"
            "59亿元,居民消费价格同比下降0. 3%。\n")
    fs = facts_of(text)
    assert one(fs, 350.8).unit == "万人次"
    assert one(fs, 12.4).measure == "growth"
    income = one(fs, 30.59)
    assert (income.unit, income.indicator) == ("亿元", "旅游总收入")
    assert one(fs, 0.3).measure == "growth"
    assert [f.value for f in fs if f.value in (8, 4, 59, 3)] == []


def test_a_list_number_before_a_year_and_lost_colons_are_no_decimal():
    text = ("岚溪市2023年农业农村工作总结\n2024年1月5日\n"
            "1. 2023年全市新建高标准农田2.1万亩。\n2.  5个乡镇完成人居环境整治。\n"
            "全市三次产业结构调整为16.144.039.9。\n")
    fs = facts_of(text)
    assert one(fs, 2.1).unit == "万亩"
    assert one(fs, 5).unit == "个"
    assert [f.value for f in fs if f.value not in (2.1, 5)] == []
