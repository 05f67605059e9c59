"""A PDF's extraction leaves blank lines inside one clause of prose (受益人口⏎⏎89 万户 / 资金⏎⏎19312 万元 / a decimal
split 21.⏎⏎4 亿元): the label and its figure are one clause (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_figure_after_blank_lines_is_named_by_the_words_before_the_break():
    fs = facts_of("某县农村供水工程建设进展\n工程总投资 5.2 亿元，其中中央资金 3.1 亿元，银行贷款及其它 资金\n\n19312 万元。工程"
                  "受益人口\n\n89 万户，惠及12个乡镇。\n")
    assert one(fs, 19312).indicator.endswith("资金")
    assert one(fs, 89).indicator == "工程受益人口"
    # a heading above a figure's line is no label cut off from it
    fs = facts_of("某县工作总结\n一、主要做法\n\n2023年，全县新建水厂3座，改造管网40公里。\n")
    assert one(fs, 3).indicator == "新建水厂"


def test_a_decimal_split_by_blank_lines_is_one_value():
    fs = facts_of("某市重点项目建设情况\n1-9月，全市重点项目累计完成投资21.\n\n4 亿元，占年度计划的76%。\n")
    assert one(fs, 21.4).unit == "亿元"
    assert not [f for f in fs if f.value == 4]

