"""A page typed with the ASCII full stop (or the full-width ．) as its sentence end (…增长6.2%.全县…): after a Han
character, a % or a closing mark and before a Han character it ends the sentence as 。 does, so the next sentence's
figure is not named by the one before; a decimal point, a list number (1.加快…) and an address stay as they are
(sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_point_after_a_percent_ends_the_sentence():
    fs = facts_of("岚溪县2024年经济运行简况\n2024年,全县地区生产总值增长6.2%.全县规模以上工业增加值增长7.1%."
                  "社会消费品零售总额45亿元.\n")
    assert one(fs, 6.2).indicator == "地区生产总值"
    assert one(fs, 7.1).indicator == "规模以上工业增加值"
    assert one(fs, 45).indicator == "社会消费品零售总额"


def test_a_point_after_a_word_or_an_amount_and_the_full_width_point():
    fs = facts_of("上半年,全县重点项目建设进展顺利．全县完成投资38亿元.其中工业投资12亿元．新开工项目16个.\n")
    assert one(fs, 38).indicator.endswith("完成投资")
    assert one(fs, 12).indicator == "工业投资"
    assert one(fs, 16).indicator == "新开工项目"


def test_list_numbers_and_decimals_stay():
    text = "二.工业生产\n1.加快项目建设.全年完成投资45.6亿元,比上年增长6.2%.\n"
    fs = facts_of(text)
    assert {f.value for f in fs} == {45.6, 6.2}
    assert one(fs, 6.2).indicator.endswith("完成投资")
