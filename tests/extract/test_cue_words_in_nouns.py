"""A kind cue word that is only the first part of a noun (计划 of 计划生育 / 计划单列市, 成功 of 成功率, 建成 of 建成区)
names a thing, no intention or deed: it cues no kind, and no kind runs on from it over the items of a list after it.
Cue words are read on the word boundaries of the dictionary's route (figure._cue_in_noun).  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_budget_items_after_a_family_planning_line_report():
    # a county's budget outturn: the 计划 of 计划生育 made its line and every line after it targets
    text = ("岭西县2024年财政预算执行情况的报告\n2025年1月16日\n"
            "2024年，全县一般公共预算支出完成31.4亿元，增长4.6%。其中：社会保障和就业支出6.2亿元，增长2.8%；"
            "卫生健康和计划生育支出2.7亿元，增长5.5%；节能环保支出1.3亿元，下降3.6%；交通运输支出2.2亿元，增长7.1%。\n")
    fs = facts_of(text)
    for v in (31.4, 6.2, 2.7, 5.5, 1.3, 3.6, 2.2, 7.1):
        assert one(fs, v).kind == "actual", v


def test_separately_planned_city_reports_its_outturn():
    # a page cut before its date: nothing but the noun's 计划 spoke of a plan
    text = ("海湾市经济运行稳中有进\n"
            "海湾市作为计划单列市，2023年全市实现地区生产总值1.68万亿元，增长5.1%；城镇新增就业14.2万人。\n")
    fs = facts_of(text)
    for v in (1.68, 5.1, 14.2):
        assert one(fs, v).kind == "actual", v


def test_family_planning_office_counts_in_a_district_review():
    text = ("东坪区卫生健康局2023年工作总结\n2023年12月22日\n"
            "区计划生育协会走访慰问计生特殊家庭326户，发放扶助金186万元。\n")
    fs = facts_of(text)
    for v in (326, 186):
        assert one(fs, v).kind == "actual", v


def test_a_cue_word_before_another_word_still_cues():
    # 签约国内企业: 签约 / 国内 on the route, no 签约国; 计划引进 is the verb of an intention
    text = ("南溪县招商引资工作推进情况\n2024年5月8日\n"
            "今年，南溪县计划引进企业45家。1—4月，全县已签约国内知名企业12家。\n")
    fs = facts_of(text)
    assert one(fs, 45).kind == "target"
    assert one(fs, 12).kind == "actual"


def test_a_span_up_to_now_opening_a_sentence_looks_back():
    # 一年来, opening a sentence mid-paragraph: the 将 of the sentence before commits nothing of its figures (a
    # noun's 发生 of 发生率, no report cue now, had hidden that)
    text = ("石门县政府工作报告\n"  # (a page cut before its date)
            "12月28日，全县人民期盼的高速公路将正式通车。一年来，我们着力补短板、强弱项，"
            "全县农村集中供水率提高到93.5%，群众满意度达到97.6%。\n")
    fs = facts_of(text)
    for v in (93.5, 97.6):
        assert one(fs, v).kind == "actual", v
