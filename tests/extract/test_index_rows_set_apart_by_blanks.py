"""A price index's table flattened into lines set apart by blanks: a caption naming the index, a header naming only
the base each column is taken against (上月=100  上年同月=100  上年同期=100, with or without the label column's word),
then a row per class (其中:食品 102.3 101.8 102.9).  Every figure is the row's index (level, no unit: NOTES) in the
table's month, from January to it under the base of the same months last year; the base names no time of the figure.
Every document here is invented (岚溪市, 桐湾县 …)."""
from __future__ import annotations

from factrun import facts_of, one


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_an_index_table_whose_header_names_only_its_bases():
    text = _lines("岚溪市2024年10月份居民消费价格变动情况", "2024年11月12日 来源:岚溪市统计局",
                  "10月份,全市居民消费价格同比上涨0.4%,环比持平。",
                  "表1 2024年10月份岚溪市居民消费价格指数", "上月=100 上年同月=100 上年同期=100",
                  "居民消费价格指数 100.0 100.4 100.6", "其中:食品 102.3 101.8 102.9",
                  "衣着 99.6 100.2 100.5", "交通和通信 99.1 98.7 99.4")
    fs = facts_of(text)
    food = one(fs, 101.8)
    assert (food.unit, food.measure, food.period, food.subject) == ("", "level", "2024-M10", "岚溪市")
    assert "食品" in food.indicator and "指数" in food.indicator
    assert one(fs, 102.9).period == "2024-M01..M10"
    assert one(fs, 99.1).period == "2024-M10" and "交通和通信" in one(fs, 99.1).indicator


def test_an_index_table_with_its_label_word_and_bases_written_in_words():
    text = _lines("桐湾县2025年3月份商品零售价格情况", "2025年4月9日",
                  "2025年3月桐湾县商品零售价格指数", "类别 以上月价格为100 以上年同期价格为100",
                  "商品零售价格总指数 100.2 101.3", "食品 100.6 102.4", "日用品 99.8 100.9")
    fs = facts_of(text)
    goods = one(fs, 102.4)
    assert (goods.measure, goods.period, goods.subject) == ("level", "2025-M01..M03", "桐湾县")
    assert one(fs, 100.6).period == "2025-M03"
