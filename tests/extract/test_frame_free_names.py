"""What frames a figure names nothing of it: one value 均 states of a coordination written compressed (城乡居民收入均
增长8%) is one measure named as written (the lead's convention: not 城镇…和农村…, which a coordination of two written
measures still gets); a body and its speech verb opening the clause without a comma (会议提出…, 报告明确…) and the words
before a doubled dash that opens the list of targets (主要预期目标——…) are no part of the name.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_compressed_coordination_under_jun_is_named_as_written():
    _, ex = context_of("黟县2024年经济工作会议召开\n2024年1月5日\n会议提出，今年城乡居民收入均增长7%左右。"
                       "全年城乡居民人均可支配收入均增长6.5%。城镇和农村居民收入均增长6%。\n")
    assert one(ex.facts, 7).indicator == "城乡居民收入"
    assert one(ex.facts, 6.5).indicator == "城乡居民人均可支配收入"
    assert one(ex.facts, 6).indicator == "城镇居民收入和农村居民收入"


def test_a_speech_frame_without_a_comma_is_no_part_of_the_name():
    _, ex = context_of("宣城市政府常务会议\n2023年2月10日\n会议提出城乡居民人均可支配收入增长8%。"
                       "报告明确地区生产总值增长6.5%左右。\n")
    assert one(ex.facts, 8).indicator == "城乡居民人均可支配收入"
    assert one(ex.facts, 6.5).indicator == "地区生产总值"


def test_the_words_before_a_dash_opening_the_targets_name_nothing():
    _, ex = context_of("芜湖市政府工作报告提出今年主要预期目标\n2022年1月12日\n"
                       "报告提出了芜湖今年发展的主要预期目标——地区生产总值增长8%，社会消费品零售总额增长9%。\n")
    assert one(ex.facts, 8).indicator == "地区生产总值"
