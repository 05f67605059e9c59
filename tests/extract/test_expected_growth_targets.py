"""预期 before a change it expects (今年全市地区生产总值预期增长6%, 预期全县地区生产总值增长5.5%左右) states the year's
target, as 主要预期目标是 does: an expectation set for the year to come, no estimate of an outturn (预计增长 still
estimates).  An outturn set against the expectation (好于预期, 高于预期目标) reports (sentences written for these
tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_expected_growth_after_the_measure_is_a_target():
    fs = facts_of("岚溪市2025年政府工作报告\n去年全市地区生产总值612亿元、增长6.1%,今年全市地区生产总值预期增长6%。\n")
    assert one(fs, 6.1).kind == "actual"
    assert one(fs, 6).kind == "target"


def test_expected_growth_before_the_measure_is_a_target():
    fs = facts_of("甲县2025年工作要点\n扎实推动高质量发展,积极扩大有效需求。预期全县地区生产总值增长5.5%左右;"
                  "一般公共预算收入增长4%。\n")
    assert one(fs, 5.5).kind == "target"


def test_an_outturn_set_against_the_expectation_reports():
    fs = facts_of("2024年,甲县地区生产总值增长7.2%,好于预期,高于预期目标1.2个百分点。\n")
    assert one(fs, 7.2).kind == "actual"
    assert one(fs, 1.2).kind == "actual"


def test_an_estimate_stays_actual():
    fs = facts_of("甲县2024年工作总结\n全年地区生产总值预计增长6.3%,城镇新增就业3200人。\n")
    assert one(fs, 6.3).kind == "actual"
