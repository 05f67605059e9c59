"""The time of a report whose own span its headline does not state: the body's figure sentences state it
(context._body_period), a moment's cut-off dates only its own section or paragraph, and what accrues up to a
period's end is of the period (scope.PERIOD_END_KINDS, scope._year_to).  Texts invented."""
from __future__ import annotations

import pytest

from factrun import context_of, one

# a county's quarterly analysis: headline and date line name no quarter; its headings are sentences of their own
QUARTER_HEADINGS_OWN_LINES = (
    "安平县经济运行开局良好\n2023年04月28日 来源:安平县统计局\n"
    "今年以来,全县上下坚持稳中求进,经济运行稳中向好。\n"
    "(一)农业生产形势平稳。\n"
    "一季度,全县实现农林牧渔业总产值18.6亿元,同比增长4.1%。\n"
    "(二)地方工业支撑作用突出。\n"
    "一季度,全县规模以上工业增加值增长8.2%。\n"
    "(三)金融存贷款稳步增长。\n"
    "截至3月末,全县金融机构人民币各项存款余额612.4亿元,比年初增加41.2亿元。\n"
    "(四)消费市场持续回暖。\n"
    "全县实现社会消费品零售总额36.8亿元,同比增长6.7%。\n")
# a city's quarterly news: headings open the paragraph they head
QUARTER_HEADINGS_INLINE = (
    "临江市经济运行稳中有进\n2024年04月25日 来源:临江市统计局\n"
    "一、工业生产较快增长。全市一季度规模以上工业增加值增长7.6%。\n"
    "二、金融运行平稳。截至3月末,全市各项贷款余额1210.4亿元,增长9.2%。\n"
    "三、财政收入增长。全市一般公共预算收入21.3亿元,增长6.2%。\n"
    "四、居民收入。一季度,全市居民人均可支配收入9820元,增长5.3%。\n")
# a county's monthly bulletin opening with a general remark: 1-5月 leads its figure sentences, 截至5月末 its loans
MONTHS_BULLETIN = (
    "全县经济运行简况\n2022年06月20日\n"
    "今年以来,全县上下聚焦稳增长目标,经济运行总体平稳。\n"
    "1-5月,全县规模以上工业增加值增长7.4%。\n"
    "1-5月,全县固定资产投资增长10.2%。\n"
    "三、金融\n"
    "截至5月末,全县贷款余额412亿元。\n"
    "四、财政\n"
    "全县一般公共预算收入18.6亿元,增长4.1%。\n")


# texts whose figure sentences name no one span: a news item opening them with the year, the half and the months in
# turn, and one that states its quarter in one figure sentence only
NO_OWN_SPAN = (
    "湛水市项目建设捷报频传\n2023年07月30日\n今年以来,全市新签约项目56个。\n上半年,全市开工建设重点项目82个。\n"
    "1-5月,全市实际使用外资12.6亿元。\n今年,全市计划建成乡村振兴示范带13条。\n截至6月底,全市共完成海铁联运307列。\n",
    "全区消费市场回暖\n2024年05月06日\n今年以来,全区上下多措并举促进消费,消费市场持续回暖。\n"
    "一季度,全区实现社会消费品零售总额12.4亿元。\n全区限额以上企业达到316家。\n",
)


@pytest.mark.parametrize("text,period,stock,flow", [
    (QUARTER_HEADINGS_OWN_LINES, "2023-Q1", 612.4, 36.8),
    (QUARTER_HEADINGS_INLINE, "2024-Q1", 1210.4, 21.3),
    (MONTHS_BULLETIN, "2022-M01..M05", 412, 18.6),
])
def test_a_reports_own_span_is_read_from_its_figure_sentences(text, period, stock, flow):
    c, ex = context_of(text)
    assert c.period == period
    assert one(ex.facts, stock).period.startswith("..")
    assert one(ex.facts, flow).period == period  # the next section is of the report's span again
    assert [context_of(t)[0].period for t in NO_OWN_SPAN] == ["", ""]


@pytest.mark.parametrize("text,stocks,flows,period", [
    # a quarter's end: the stock of pigs stands at it, the pigs slaughtered are the quarter's
    ("2024年一季度全市经济运行情况\n一季度,全市地区生产总值增长5.2%。\n一季度末,全市生猪存栏80.2万头,增长1.4%;生猪出栏"
     "36.5万头,增长2.1%。\n", (80.2, 1.4), (36.5, 2.1), "2024-Q1"),
    # a half's end: deposits stand at it, what was lent and produced over the half is the half's
    ("2025年上半年全区经济运行情况分析\n上半年,全区经济持续恢复向好。\n上半年末,全区金融机构各项存款余额520.3亿元,"
     "增长7.4%;全区实现涉农贷款投放32.6亿元。\n上半年末,全区规模以上工业实现增加值40.2亿元。\n",
     (520.3, 7.4), (32.6, 40.2), "2025-H1"),
])
def test_what_accrues_up_to_a_periods_end_is_of_the_period(text, stocks, flows, period):
    _, ex = context_of(text)
    for v in stocks:
        assert one(ex.facts, v).period.startswith(".."), v
    for v in flows:
        assert one(ex.facts, v).period == period, v


@pytest.mark.parametrize("text,stock,flows,period", [
    # a county's progress news with no span of its own: 截至8月底 dates its paragraph's counts; the next
    # paragraph's investment is what was done from January to August (a cut-off whose own paragraph reports a running
    # total, 截至10月底,累计完成投资…, keeps its moment for the sections below: test_scope)
    ("全县重点项目建设稳步推进\n2023年09月12日 来源:青川县发展和改革局\n今年以来,全县全力推进重点项目建设。\n"
     "截至8月底,全县纳入重点项目库的项目共126个,已开工项目98个。\n"
     "全县重点项目累计完成投资86.4亿元;产业项目完成投资42.1亿元,增长12.6%。\n", 98, (86.4, 42.1), "2023-M01..M08"),
    # a city's supervision notice opening with its months: the in-progress count stands at the cut-off
    ("关于全市重点项目推进情况的通报\n各县区:\n1-10月,全市重点项目完成投资286.4亿元。\n"
     "截至10月底,全市在建重点项目212个。\n全市产业类项目完成投资142.1亿元,基础设施类项目完成投资96.3亿元。\n"
     "宁江市发展和改革委员会\n2023年11月8日\n", 212, (142.1, 96.3), "2023-M01..M10"),
    # a city paper's news item: the lead's cut-off over stocks, the next paragraph's investment and sales
    ("宁江:奋力跑出发展加速度\n2023年09月14日 来源:宁江日报 记者 李华\n记者从市统计局获悉,截至8月底,全市市场主体总数"
     "达到21.6万户,在建亿元以上项目212个。\n全市完成固定资产投资142.1亿元,增长12.6%;实现社会消费品零售总额96.3亿元。\n",
     212, (142.1, 96.3), "2023-M01..M08"),
])
def test_a_moments_cut_off_leaves_the_next_paragraphs_flows_to_the_year_so_far(text, stock, flows, period):
    _, ex = context_of(text)
    assert one(ex.facts, stock).period.startswith("..")
    for v in flows:
        assert one(ex.facts, v).period == period, v


@pytest.mark.parametrize("text,stock,flow,period", [
    # a city paper's news on the quarter (no progress report): its numbered sections are sentences of their own
    ("临江经济开局稳中有进\n2024年04月26日 来源:临江日报\n记者从市统计局获悉,今年以来全市经济运行稳中有进。\n"
     "(一)工业生产较快增长。\n一季度,全市规模以上工业增加值增长7.6%。\n(二)金融运行平稳。\n"
     "截至3月末,全市金融机构各项贷款余额1210.4亿元。\n(三)市场消费回暖。\n全市实现社会消费品零售总额98.6亿元。\n"
     "(四)外贸增长。\n一季度,全市进出口总额52.3亿元。\n", 1210.4, 98.6, "2024-Q1"),
    # a county news item on five months whose headings open the paragraph they head
    ("青川经济稳步回升\n2022年06月18日 来源:青川新闻网\n1-5月,全县规模以上工业增加值增长6.1%。\n"
     "二、金融。截至5月底,全县各项存款余额288.5亿元。\n三、消费。全县社会消费品零售总额41.7亿元,增长3.9%。\n",
     288.5, 41.7, "2022-M01..M05"),
])
def test_a_news_items_cut_off_dates_its_own_section_only(text, stock, flow, period):
    c, ex = context_of(text)
    assert c.genre not in ("project_list", "supervision_notice", "statistics_analysis")
    assert one(ex.facts, stock).period.startswith("..")
    assert one(ex.facts, flow).period == period


def test_year_to_reads_the_months_up_to_a_month_end_and_nothing_else():
    from taizhang.extract.periods import year_to

    assert year_to("..2023-M08") == "2023-M01..M08"
    assert year_to("..2023-M01") == "2023-M01"
    assert year_to("..?-M05") == "?-M01..M05"
    assert year_to("2023-M08") is None and year_to("..2023") is None and year_to("2023-Q1") is None
