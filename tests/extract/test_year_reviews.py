"""The year a review speaks of when only its opening sentence names it (frame.py: _lead_chapters, _lead_parts): a
chapter heading that names no time, or no heading at all, and a first paragraph 2025年是…的一年 / 过去一年,… /
五年来,… in a text of the next year; the year (or the span) then holds for the whole part, its (一)…(四) and its
lists, up to a heading or a paragraph that opens another time.  Invented documents of several levels and genres."""
from __future__ import annotations

import pytest

from factrun import context_of, one


def periods(ex, *values):
    return [one(ex.facts, v).period for v in values]


PROVINCE = """青川省2026年政府工作报告
——2026年1月20日在青川省第十四届人民代表大会第五次会议上
省长  某某
各位代表:
现在,我代表省人民政府,向大会报告工作,请予审议,并请省政协委员提出意见。
{head}
2025年是全省发展进程中极不平凡的一年。一年来,我们坚持稳中求进工作总基调,全力以赴拼经济、促发展。初步统计,全省地区生产总值增长5.6%,一般公共预算收入增长4.2%。
(一)产业升级迈出新步伐。规上工业增加值增长7.3%,新增专精特新企业128家,高新技术企业达到8600家。
(二)改革开放持续深化。货物进出口总额增长8.1%,实际使用外资12亿美元。
二、2026年工作安排
今年经济社会发展的主要预期目标是:地区生产总值增长5%左右,城镇新增就业50万人以上。
"""


@pytest.mark.parametrize("head", [
    "一、砥砺奋进,经济社会发展迈上新台阶",  # a chapter in words of neither review nor plan
    "一、政府工作回顾",  # a review that names no year
])
def test_a_chapters_first_paragraph_names_the_year_it_reviews_for_the_whole_chapter(head):
    ctx, ex = context_of(PROVINCE.format(head=head))
    assert ctx.year == 2026
    assert periods(ex, 5.6, 7.3, 128, 8600, 8.1, 12) == ["2025"] * 6
    assert [one(ex.facts, v).kind for v in (7.3, 128, 12)] == ["actual"] * 3
    assert periods(ex, 5, 50) == ["2026", "2026"]


COUNTY_NEWS = """岚溪县第十八届人民代表大会第五次会议开幕
发布时间:2024-01-16 09:30
1月15日,岚溪县第十八届人民代表大会第五次会议开幕。县长某某作政府工作报告。
报告指出,2023年是全县发展极不平凡的一年。一年来,县政府团结带领全县人民攻坚克难。据初步核算,全县地区生产总值完成152亿元,增长6.3%。
报告显示,过去一年,全县签约引进项目58个,协议投资额210亿元。
在民生保障方面,全县新增城镇就业3200人,完成农村危房改造860户,新建村级养老服务站15个。
这一年,全县新建农村公路96公里。
报告提出,今年全县经济社会发展的主要预期目标是:地区生产总值增长6.5%以上。
"""


def test_news_of_a_report_reviews_the_year_its_lead_names_up_to_a_paragraph_opening_another_time():
    ctx, ex = context_of(COUNTY_NEWS)
    assert ctx.year == 2024
    assert periods(ex, 152, 58, 3200, 860, 15, 96) == ["2023"] * 6  # (这一年: the year just named)
    assert periods(ex, 6.5) == ["2024"]


CITY_LEADS = """青川市政府工作报告
——2026年1月18日在青川市第十届人民代表大会第五次会议上
各位代表:
现在,我代表市人民政府,向大会报告工作,请予审议。
2025年是“十四五”规划收官之年。一年来,我们较好完成了市十届人大四次会议确定的目标任务。初步统计,全市地区生产总值增长5.8%。
一年来,我们主要做了以下工作:
(一)坚持项目为王。实施市级重点项目320个,完成投资860亿元。
(二)坚持民生优先。城镇新增就业3.6万人,新建改扩建学校18所。
今年以来,全市新开工亿元以上项目45个。
"""


def test_a_review_without_headings_holds_its_year_until_a_paragraph_opens_the_present():
    ctx, ex = context_of(CITY_LEADS)
    assert ctx.year == 2026
    assert periods(ex, 5.8, 320, 860, 3.6, 18) == ["2025"] * 5
    assert one(ex.facts, 5.8).kind == "actual"  # (完成…目标任务 before it commits nothing in a review)
    assert periods(ex, 45) == ["2026"]


FIVE_YEARS = """梅岭市政府工作报告
——2026年1月15日在梅岭市第九届人民代表大会第六次会议上
各位代表:
现在,我代表市人民政府,向大会报告工作。
一、砥砺奋进的五年
五年来,我们团结带领全市人民攻坚克难,经济社会发展迈上新台阶。
(一)产业体系更加完备。规上工业增加值年均增长8.1%,新增国家级专精特新“小巨人”企业46家,高新技术企业达到2100家。
(二)城乡面貌持续改善。累计建成高速公路210公里,常住人口城镇化率提高到68.5%。
2025年是“十四五”收官之年。全市城镇新增就业6.8万人,新建改扩建学校25所。
二、2026年工作安排
地区生产总值增长5%左右。
"""


def test_a_chapter_opened_by_five_years_gone_by_reviews_the_span_its_flows_over_it_its_states_at_its_end():
    ctx, ex = context_of(FIVE_YEARS)
    assert ctx.year == 2026
    assert periods(ex, 8.1, 46, 210) == ["2021..2025"] * 3
    assert periods(ex, 2100, 68.5) == ["2025", "2025"]
    assert periods(ex, 6.8, 25) == ["2025", "2025"]
    assert periods(ex, 5) == ["2026"]


@pytest.mark.parametrize("opening", [
    "2023年,全县启动城乡供水一体化工程。",  # an older year: an event the text recalls, no year it reviews
    "2026年是“十五五”开局之年。",  # the text's own year
])
def test_only_the_year_just_gone_opens_a_review(opening):
    ctx, ex = context_of("岚溪县政府工作报告\n——2026年1月20日在岚溪县第十八届人民代表大会第五次会议上\n各位代表:\n"
                         + opening + "\n全县新建农村公路96公里,改造老旧小区12个。\n")
    assert ctx.year == 2026
    assert [p for p in ctx.frames.parts if p.year == 2025] == []


# A news story of a report opens by telling of the meeting it was given at (…会议23日开幕。/ …会议在市会议中心召开。
# 市长作政府工作报告。), then what the report says: the year it looks back on opens the sentence after the meeting's,
# and holds for the paragraphs after it up to the one that opens the present (今年…主要预期目标).
@pytest.mark.parametrize("text,review,plan", [
    # a province's story in the series of the year's sessions, undated but for its headline's year
    ("2024全国地方两会 | 河口省去年GDP增长5.1%\n"
     "河口省第十四届人民代表大会第二次会议23日开幕。省长在政府工作报告中说,去年全省地区生产总值增长5.1%,"
     "规模以上工业增加值增长6.0%。\n"
     "全省一般公共预算收入完成3250亿元,增长8.1%。城镇新增就业68万人。\n"
     "今年全省经济社会发展的主要预期目标是:地区生产总值增长5%左右,城镇新增就业65万人以上。\n",
     {3250: "2023", 8.1: "2023", 68: "2023"}, {65: "2024"}),
    # a city's story whose mayor is named giving the report in a sentence of its own, the report 显示…
    ("聚焦2025岚溪两会|市长报告:今年GDP预期增长6%\n"
     "1月15日,岚溪市十七届人大三次会议在市会议中心召开。市长作政府工作报告。报告显示,去年全市地区生产总值达到"
     "4120亿元,增长5.8%。\n"
     "全市固定资产投资增长9.3%,社会消费品零售总额1650亿元。\n"
     "今年主要预期目标为:地区生产总值增长6%左右,一般公共预算收入增长5%。\n",
     {9.3: "2024", 1650: "2024"}, {5: "2025"}),
    # a county's page dated in January, the report looking back by 过去一年
    ("墨川县第十八届人民代表大会第四次会议隆重开幕\n"
     "发布时间:2023-01-10\n"
     "1月9日,墨川县第十八届人民代表大会第四次会议在县会堂开幕。县长代表县人民政府作工作报告。报告指出,过去一年,"
     "全县地区生产总值突破300亿元,增长6.2%。\n"
     "全县新签约项目56个,完成固定资产投资142亿元。\n"
     "报告提出,今年全县经济社会发展的主要预期目标是:地区生产总值增长7%左右,固定资产投资增长10%。\n",
     {56: "2022", 142: "2022"}, {10: "2023"}),
], ids=["province_sessions_series", "city_mayors_report_shows", "county_dated_page_past_year"])
def test_news_of_a_report_reviews_the_year_named_after_the_meeting_it_was_given_at(text, review, plan):
    ctx, ex = context_of(text)
    assert {v: one(ex.facts, v).period for v in review} == review
    assert {v: one(ex.facts, v).period for v in plan} == plan
    assert all(one(ex.facts, v).kind == "actual" for v in review)


def test_the_meetings_own_figures_stay_of_the_meeting_before_the_review_it_hears():
    ctx, ex = context_of("2025全国地方两会 | 河口省去年GDP增长5.3%\n"
                         "河口省第十四届人民代表大会第三次会议1月20日上午在省会开幕,760名代表出席会议。省长在政府工作报告中说,"
                         "去年全省地区生产总值增长5.3%。\n"
                         "全省一般公共预算收入完成3400亿元。\n"
                         "今年全省经济社会发展的主要预期目标是:地区生产总值增长5%左右。\n")
    assert one(ex.facts, 3400).period == "2024"
    assert one(ex.facts, 760).period == "2025-M01"


def test_a_wires_day_over_a_sessions_news_is_of_the_year_after_the_one_the_report_looks_back_on():
    # the wire writes only the day (某某网岚溪1月14日消息); the report says which year it looks back on (刚刚过去的2015年):
    # the news is of 2016, its meeting's counts of January 2016, the report's figures of 2015, though the text also
    # names 2016 (2016年是…)
    ctx, ex = context_of("岚溪网河口1月14日消息(记者某某)1月14日上午,河口省第十二届人民代表大会第三次会议在省会堂隆重开幕。"
                         "本次会议应到代表700人,实到代表690人。\n"
                         "在热烈的掌声中,省长某某作《政府工作报告》。某某在报告中说,刚刚过去的2015年,全省较好地完成了年度目标任务。"
                         "初步统计,全省生产总值增长8%以上。财政收入1500亿元,增长9.2%。\n"
                         "某某在报告中指出,2016年是全面建成小康社会决胜阶段的开局之年。\n")
    assert ex.record.published == "2016-01-14"
    assert one(ex.facts, 700).period == "2016-M01"
    assert one(ex.facts, 1500).period == "2015"
    assert one(ex.facts, 9.2).period == "2015"
