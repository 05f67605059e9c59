"""An indicator is the noun phrase naming the measure, as written; when the clause of a figure names only part of it,
or names a comparison instead, the measure is the one the text stated:

- a part under 其中 that its whole's name holds compressed with a sibling names itself: 进出口总额…,其中出口…,进口…
  (进出口 = 进口 + 出口), 存贷款余额…,其中存款余额…,贷款余额…;
- a sentence opening with a bare predicate (全年增长9%) or with 总量 after a breakdown goes on about the whole the
  breakdown split, not about its last part; the time word before the verb is the period's, no part of the name;
- a comparison (高于全省1.5个百分点) is no name of the amount (总量达到…) or of the rank (增速居全省第3位) after it.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_a_part_compressed_in_its_wholes_name_names_itself():
    fs = facts_of("青川县2023年国民经济和社会发展统计公报\n2024年3月20日\n全年货物进出口总额8.2亿元,其中出口5.1亿元,"
                  "进口3.1亿元,分别增长10.2%和4.5%。年末金融机构存贷款余额320亿元,其中存款余额200亿元,贷款余额"
                  "120亿元。\n")
    assert one(fs, 3.1).indicator == "进口"
    assert one(fs, 4.5).indicator == "进口"
    assert one(fs, 120).indicator == "贷款余额"


def test_the_sentence_after_a_breakdown_is_the_wholes():
    fs = facts_of("宁陕县2023年经济运行情况\n2024年1月25日\n全县社会消费品零售总额36.5亿元,其中城镇消费品零售额28.2亿元,"
                  "乡村消费品零售额8.3亿元。全年增长7.4%。全县货物进出口总额5.6亿元,其中一般贸易3.9亿元;加工贸易1.7亿元。"
                  "总量同比增长12.3%。\n")
    assert one(fs, 7.4).indicator == "社会消费品零售总额"
    assert one(fs, 12.3).indicator == "货物进出口总额"
    assert one(fs, 8.3).indicator == "乡村消费品零售额"  # (the parts keep their names)


def test_a_bare_growth_opening_a_sentence_keeps_no_time_word():
    fs = facts_of("临朐县召开经济工作会议\n2024-01-18\n今年全县固定资产投资力争达到150亿元。全年增长10.5%以上。\n")
    assert one(fs, 10.5).indicator == "固定资产投资"


def test_a_comparison_names_neither_the_amount_nor_the_rank_after_it():
    fs = facts_of("德清县一季度经济运行情况\n2024-04-20\n一季度,全县实现地区生产总值145.2亿元,同比增长7.2%,高于全国"
                  "1.9个百分点,高于全省1.1个百分点,增速居全市第2位。全县规上工业增加值增长8.5%,增速高于全省平均水平"
                  "2.3个百分点,总量达到52.6亿元。\n")
    assert one(fs, 1.1).indicator == "地区生产总值增速高于全省"  # (the comparison keeps its own name)
    assert one(fs, 2).indicator == "地区生产总值增速全市排名"
    assert one(fs, 52.6).indicator == "规上工业增加值"


def test_a_rate_compared_before_a_rank_is_what_is_ranked():
    fs = facts_of("宜章县上半年经济运行简况\n2024-07-22\n上半年,全县完成地区生产总值96.3亿元,同比增长6.4%,增速高于全市0.6个"
                  "百分点,居全市第2位。全县一般公共预算收入完成5.2亿元,同比增收0.4亿元,增长8.3%,完成年初预算的55.1%,"
                  "超序时进度5.1个百分点,增幅位居全市第三。\n")
    assert one(fs, 2).indicator == "完成地区生产总值增速全市排名"
    assert one(fs, 8.3).indicator == "一般公共预算收入"  # (the growth of the amount, not of its increment)
    assert one(fs, 3).indicator == "一般公共预算收入增幅全市排名"
