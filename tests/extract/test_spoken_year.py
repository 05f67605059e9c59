"""The year a text is given in and the years counted from it (去年, 前年, 明年), and a target list's year carried to
every item of the list.  Every text here is invented for these tests (the places too)."""
from __future__ import annotations

import pytest

from taizhang.extract.periods import find_periods

from factrun import context_of, one, periods_of


# --------------------------------------------------------------------------- 前年

@pytest.mark.parametrize("text,found", [
    ("前年全县完成投资80亿元", [("前年", "2024")]),
    ("比前年增长12%", [("前年", "2024")]),
    ("目前年产值达到3亿元", []),  # 目前 + 年产值
    ("提前年底完成", []),
    ("以前年度结转资金", []),
    ("三年前年产量不足1万吨", []),
])
def test_the_year_before_last(text, found):
    got = [(p.text, p.period) for p in find_periods(text, 2026) if p.kind == "year_before_last"]
    assert got == found


def test_the_year_before_last_is_a_comparison_base_after_bi():
    p = [x for x in find_periods("比前年增长12%", 2026) if x.text == "前年"]
    assert p and p[0].role == "base"


# --------------------------------------------------------------------------- the year a text is given in

@pytest.mark.parametrize("text,values", [
    # a work report without a date: a review part of 2025 before a plan part of 2026 (its year is read as 2025)
    ("岚溪县人民政府工作报告\n各位代表:\n一、2025年工作回顾\n2025年是极不平凡的一年。去年,全县地区生产总值完成186.5亿元,"
     "增长6.2%。上年全县新增城镇就业4200人,前年为3900人。\n二、2026年工作安排\n2026年主要预期目标是:地区生产总值增长6%左右。\n",
     {186.5: "2025", 4200: "2025", 3900: "2024", 6: "2026"}),
    # a report on the year's plan, delivered in 2026 by its dateline, full-width punctuation
    ("关于青川市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n——2026年1月10日在青川市第十六届人民代表大会"
     "第五次会议上\n一、2025年计划执行情况\n去年，全市地区生产总值完成1860亿元，增长5.8%。过去一年，全市城镇新增就业3.2万人。\n",
     {1860: "2025", 5.8: "2025", 3.2: "2025"}),
    # a statistical communiqué on 2025 signed in 2026: 上年 stays the year before the one it reports on
    ("河口县2025年国民经济和社会发展统计公报\n河口县统计局\n2026年3月12日\n2025年,全县地区生产总值98.6亿元,比上年增长5.5%。"
     "上年全县户籍人口41.8万人。去年全县接待游客320万人次。\n",
     {98.6: "2025", 41.8: "2024", 320: "2025"}),
    # a year-end summary signed in the year it reviews: its 去年 is the year before
    ("东坪镇2025年工作总结和2026年工作思路\n(2025年12月20日)\n一、2025年工作总结\n今年以来,全镇完成固定资产投资8.6亿元。"
     "去年全镇完成固定资产投资8亿元。\n二、2026年工作思路\n明年,全镇力争完成固定资产投资9.2亿元。\n",
     {8.6: "2025", 8: "2024", 9.2: "2026"}),
    # a sentence that states its own year before 上年: the year before that one
    ("岚溪县人民政府工作报告\n一、2025年工作回顾\n2024年全县引进项目30个,上年引进项目22个。\n二、2026年工作安排\n"
     "2026年全县力争引进项目40个。\n",
     {30: "2024", 22: "2023", 40: "2026"}),
])
def test_years_counted_from_the_year_the_text_is_given_in(text, values):
    got = periods_of(text, values)
    assert got == values


def test_the_spoken_year_is_decided_once_with_its_evidence():
    ctx, _ = context_of("岚溪县人民政府工作报告\n一、2025年工作回顾\n2025年是极不平凡的一年。去年,全县地区生产总值完成186.5亿元。\n"
                        "二、2026年工作安排\n2026年主要预期目标是:地区生产总值增长6%左右。\n")
    tf = ctx.time_frame
    assert (tf.year, tf.spoken_year) == (2025, 2026)
    assert tf.spoken_evidence is not None and tf.spoken_evidence.text == "二、2026年工作安排"
    # a review and a plan named by words count from the document's year: no evidence of a later year
    ctx, _ = context_of("河口县人民政府工作报告\n一、过去一年工作回顾\n过去一年,全县地区生产总值完成98.6亿元。\n"
                        "二、今年工作安排\n今年全县地区生产总值增长6%。\n")
    assert ctx.time_frame.spoken_evidence is None


# --------------------------------------------------------------------------- a target list's year for all its items

@pytest.mark.parametrize("text,values", [
    # a lead with a colon, its items running over lines broken after a comma
    ("河口县政府工作报告\n2025年,全县地区生产总值增长5.2%。\n综合考虑各方面因素,2026年全县发展的主要预期目标是:地区生产总值增长6%,"
     "固定资产投资增长8%,\n一般公共预算收入增长5%,\n新增城镇就业4500人以上,城镇调查失业率控制在5.5%以内,居民消费价格涨幅3%左右。\n",
     [6, 8, 5, 4500, 5.5, 3]),
    # a plan's lead 建议为:, items broken after 、 and ,
    ("青川市2025年国民经济和社会发展计划执行情况\n2025年全市地区生产总值增长5.6%。\n2026年全市主要预期目标建议为:地区生产总值增长6%左右、"
     "\n城镇新增就业3万人以上,\n城镇调查失业率5.5%以内,\n粮食产量稳定在120万吨以上。\n",
     [6, 3, 5.5, 120]),
    # a lead set as a heading without a colon over bulleted items, blank lines between
    ("2026年岚溪县政府工作报告解读\n\n2026年是开局之年。报告对今年的工作作出安排。\n\n全年经济社会发展主要预期目标\n\n"
     "●地区生产总值增长6%左右\n\n●一般公共预算收入增长5%\n\n●新增城镇就业5000人以上\n\n●城镇调查失业率5.5%左右\n\n"
     "●居民消费价格涨幅3%左右\n\n●粮食产量稳定在12万吨以上\n",
     [6, 5, 5000, 5.5, 3, 12]),
    # numbered items under a heading-like lead that names the year
    ("青川市国民经济和社会发展计划(摘要)\n2025年全市地区生产总值增长5.6%。\n2026年主要指标\n1.地区生产总值增长6%\n"
     "2.规上工业增加值增长7%\n3.固定资产投资增长8%\n4.社会消费品零售总额增长6.5%\n5.新增城镇就业3万人\n"
     "6.城镇调查失业率5.5%以内\n7.居民消费价格涨幅2.5%左右\n",
     [6, 7, 8, 6.5, 3, 5.5, 2.5]),
    # 一是…二是… items in one paragraph, each a sentence
    ("东坪镇政府工作报告\n2025年全镇完成财政收入1.2亿元。\n2026年全镇主要目标是:一是地区生产总值增长6%。二是农村居民人均可支配收入"
     "增长7%。三是新增城镇就业300人。四是城镇调查失业率控制在5%以内。\n",
     [6, 7, 300, 5]),
])
def test_every_item_of_a_target_list_takes_its_leads_year(text, values):
    _, ex = context_of(text)
    got = [(v, one(ex.facts, v).period) for v in values]
    assert got == [(v, "2026") for v in values]


@pytest.mark.parametrize("text,values", [
    # undated, its year read from the years it cites (2025), its plan stated by the next year's number
    ("岚溪县人民政府工作报告\n一、过去一年工作回顾\n2025年,全县地区生产总值完成186.5亿元。2025年全县新增市场主体3200户。"
     "去年全县城镇新增就业4200人。过去一年,全县接待游客520万人次。\n二、今年工作安排\n2026年是“十五五”开局之年。\n",
     {186.5: "2025", 4200: "2025", 520: "2025"}),
    # a summary of a report without parts, the plan's year in its target lead
    ("青川市政府工作报告(摘要)\n2025年,全市地区生产总值增长5.6%,2025年城镇新增就业2.9万人。去年全市完成固定资产投资860亿元。\n"
     "2026年经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n",
     {2.9: "2025", 860: "2025", 6: "2026"}),
    # a year-end summary that says 明年: it speaks from the year it cites, its 去年 is the year before
    ("东坪镇2025年工作总结\n2025年,全镇完成固定资产投资8.6亿元。2025年全镇新增市场主体120户。去年全镇完成固定资产投资8亿元。\n"
     "明年是“十五五”开局之年。2026年主要目标是:全镇完成固定资产投资9.2亿元。\n",
     {8.6: "2025", 8: "2024", 9.2: "2026"}),
])
def test_an_undated_text_stating_the_next_years_plan_is_given_in_that_year(text, values):
    assert periods_of(text, values) == values


# --------------------------------------------------------------------------- 这一年: the year just spoken of

@pytest.mark.parametrize("text,values", [
    # a review part of a report: the part's year, not a span of one year back from the report's
    ("岚溪县人民政府工作报告\n——2026年1月12日在岚溪县第十八届人民代表大会第五次会议上\n一、2025年工作回顾\n全县地区生产总值完成186.5亿元。\n"
     "这一年,我们坚持项目为王,实施县级重点项目115个,完成投资98.6亿元,新增规上企业27家。\n二、2026年主要目标任务\n"
     "2026年主要预期目标是:地区生产总值增长6%左右。\n",
     {98.6: "2025", 27: "2025", 6: "2026"}),
    # 这一年里 / 那一年 after the paragraph's year
    ("青川市:奋进的2024\n2024年,青川市经济运行稳中向好。这一年里,全市新签约项目126个,协议投资580亿元;那一年,全市粮食产量"
     "首次突破100万吨。\n", {126: "2024", 580: "2024", 100: "2024"}),
    # 那一年 after a sentence naming the year
    ("河口县脱贫攻坚回眸\n2019年是河口县脱贫攻坚的决战之年。那一年,全县42个贫困村全部出列,减少贫困人口1.2万人。\n",
     {42: "2019", 1.2: "2019"}),
])
def test_that_year_is_the_year_just_spoken_of(text, values):
    assert periods_of(text, values) == values


def test_that_year_is_no_span_of_years_back():
    assert [(p.kind, p.period) for p in find_periods("这一年,全县新增企业27家", 2025)] == [("that_year", "2025")]
    assert [(p.kind, p.period) for p in find_periods("近三年来", 2025)] == [("years_back", "2023..2025")]


def test_a_count_of_years_before_a_change_is_a_span_of_years_back():
    assert [(p.kind, p.period) for p in find_periods("规上工业增加值3年增长41.2%", 2025)] == [("years_back", "2023..2025")]
    assert [(p.kind, p.period) for p in find_periods("五年累计增长60%", 2025)] == [("years_back", "2021..2025")]
    assert [p.kind for p in find_periods("第3年增长5%,每2年增长一次", 2025)] == []


# --------------------------------------------------------------------------- flows of a review of several years

@pytest.mark.parametrize("clause,period", [
    ("全县引进招商项目95个、到位资金249.3亿元", "2021..2025"),
    ("成功争取上级无偿资金54.7亿元", "2021..2025"),
    ("全县发放创业担保贷款12亿元", "2021..2025"),
    ("全县签约项目210个", "2021..2025"),
    ("财政投入乡村振兴资金18亿元", "2021..2025"),
    ("全县市场主体总数达到3.6万户", "2025"),  # a stock: at the end of the five years, the year before the report
])
def test_what_a_review_of_five_years_got_or_paid_accrued_over_them(clause, period):
    text = ("岚溪县人民政府工作报告\n——2026年1月12日在岚溪县第十八届人民代表大会第五次会议上\n五年来," + clause + "。\n")
    _, ex = context_of(text)
    assert ex.facts and ex.facts[-1].period == period


# --------------------------------------------------------------------------- a year the text calls 明年

def test_a_year_a_sentence_calls_next_year_is_the_targets_year_and_not_the_texts():
    # a year-end meeting's news of no date: 2027年 is 明年 in the sentence naming it, so the text is of 2026, its
    # targets introduced by 明年 are of 2027 and its 今年 of 2026
    text = ("青川市召开市委经济工作会议\n\n会议指出,今年全市地区生产总值预计增长5.3%。"
            "2027年是“十五五”规划承上启下之年,做好明年经济工作意义重大。\n"
            "会议提出明年全市经济社会发展的主要预期目标:地区生产总值增长6%左右,规上工业增加值增长7.5%。\n")
    assert periods_of(text, (5.3, 6, 7.5)) == {5.3: "2026", 6: "2027", 7.5: "2027"}
    # 为明年…打下基础: the year after the one named, which stays the text's
    text2 = ("东坪县政府常务会议\n\n会议指出,2026年是“十五五”开局之年,要做好今年各项工作,为明年发展打下坚实基础。"
             "今年全县地区生产总值增长5.5%左右。\n")
    assert periods_of(text2, (5.5,)) == {5.5: "2026"}
