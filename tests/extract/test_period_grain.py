"""When a figure holds: a month's end (6月末, 9月底) opening what a stock or a running total is stated as of, and a
year stated for one clause or the lead of a text published the next year.  Every text here is invented for these
tests (the places too)."""
from __future__ import annotations

import pytest

from factrun import context_of, one, periods_of


def _period(text: str, value: float) -> str:
    """The period of the one fact of ``value`` in the whole pipeline's reading of ``text``."""
    _, ex = context_of(text)
    return one(ex.facts, value).period


# --------------------------------------------------------------------------- 6月末: as of the month's end

@pytest.mark.parametrize("text,value,period", [
    # a statistics analysis of a half year: the balances at the month's end
    ("东坪县2024年上半年国民经济运行情况\n（一）金融运行平稳。6月末，全县金融机构人民币各项存款余额365.2亿元，同比增长9.6%。\n",
     365.2, "..2024-M06"),
    # a quarter's analysis, half-width punctuation, no year anywhere: the year stays unknown
    ("岚溪县前三季度经济运行情况分析\n前三季度,全县经济稳中有进。\n9月末,全县金融机构各项贷款余额288.4亿元,比年初增加21.3亿元。\n",
     288.4, "..?-M09"),
    # progress news: a count standing at the month's end
    ("河口县2025年项目建设简报\n全县项目建设扎实推进。8月底，全县在库入统项目达到412个。\n", 412, "..2025-M08"),
    # a supervision notice: what is done by the month's end
    ("关于2023年民生实事推进情况的通报\n各乡镇：\n10月末,全县已办结民生实事26件,办结率86.7%。\n", 26, "..2023-M10"),
])
def test_a_months_end_opening_a_statement_is_its_cutoff(text, value, period):
    assert _period(text, value) == period


def test_the_last_months_end_is_the_year_and_a_months_end_compared_with_stays_a_base():
    _, ex = context_of("青川市2023年国民经济和社会发展统计公报\n12月末,全市常住人口86.5万人。\n"
                       "全市在库项目412个,比6月末增加37个。\n")
    assert one(ex.facts, 86.5).period == "2023"
    assert one(ex.facts, 37).period != "..2023-M06"


# --------------------------------------------------------------------------- a year of the past frames its own clause

@pytest.mark.parametrize("text,value,period", [
    # progress news: a year of the past set against this year; the next sentence's half is this year's
    ("岚溪县召开重点项目建设推进会\n发布时间：2024-08-12\n会议指出，2020年，全县重点项目完成投资仅为21亿元，今年将突破60亿元。"
     "上半年，新签约项目18个。\n", 18, "2024-H1"),
    # a work report's review part: a project begun in a year of the past, 目前 brings the text back to its year
    ("岚溪县政府工作报告\n——2024年1月10日在岚溪县第十八届人民代表大会第四次会议上\n一、2023年工作回顾\n"
     "2019年，全县启动城乡供水一体化工程，目前已覆盖农村人口28万人。全年新增高标准农田3.6万亩。\n", 3.6, "2023"),
    # the same with no time before the later figure, half-width punctuation
    ("东坡区政府工作报告\n——2024年1月8日在东坡区第五届人民代表大会第三次会议上\n一、2023年工作回顾\n"
     "2018年,全区启动老旧小区改造,目前已改造小区126个。全区新建5G基站320个。\n", 320, "2023"),
    # a statistics analysis: 当前 after a year of the past
    ("青川市2025年上半年经济运行情况\n2021年,全市数字经济规模仅为80亿元,当前已成为全市第二大产业。上半年,数字经济核心产业增加值"
     "增长12.4%。\n", 12.4, "2025-H1"),
])
def test_a_year_of_the_past_frames_nothing_after_the_text_returns_to_its_own_time(text, value, period):
    assert _period(text, value) == period


# --------------------------------------------------------------------------- a review posted the next year

@pytest.mark.parametrize("text,values", [
    # a news page of a county's economy: a labelled date line and a lead on the year before
    ("岚溪县经济社会发展稳中有进\n来源：县政府办公室　时间：2023-03-02　编辑：李明\n"
     "2022年，面对复杂严峻的外部环境，全县上下攻坚克难。全年实现地区生产总值286.4亿元，比上年增长4.8%。\n"
     "全县固定资产投资增长9.1%，社会消费品零售总额98.6亿元。\n今年以来，全县新签约项目18个。\n",
     {286.4: "2022", 9.1: "2022", 98.6: "2022", 18: "2023"}),
    # project news, 发布日期 field, half-width punctuation
    ("东坡区全力推动项目建设\n发布日期:2023-01-12\n2022年,东坡区坚持项目为王,全年实施重点项目120个,完成投资86.5亿元。\n"
     "全区规模以上工业企业达到152家,比上年增加12家。\n",
     {120: "2022", 86.5: "2022", 152: "2022", 12: "2022"}),
    # a lead after the reporter's source, 刚刚过去的 before the year
    ("河口县农业生产再获丰收\n2024-02-20 09:30 来源:河口县融媒体中心\n记者从县农业农村局获悉，刚刚过去的2023年，全县粮食总产量"
     "达到32.6万吨。\n全县新增高标准农田2.1万亩。\n", {32.6: "2023", 2.1: "2023"}),
])
def test_a_page_date_of_the_next_year_does_not_date_a_review_of_the_year_before(text, values):
    assert periods_of(text, values) == values


def test_a_page_whose_body_speaks_of_its_own_year_keeps_it():
    _, ex = context_of("岚溪县项目建设开门红\n发布日期:2023-03-02\n2022年,全县完成投资80亿元。2023年以来,全县新开工项目"
                       "26个,2023年全县计划实施重点项目150个。2023年一季度,完成投资21亿元。\n全县新增市场主体860户。\n")
    # the year of the page, not 2022 (the quarter the lead's last sentence opens with goes on into the next line)
    assert one(ex.facts, 860).period == "2023-Q1"


# --------------------------------------------------------------------------- 其中 after a cut-off of another kind

@pytest.mark.parametrize("text,value,period", [
    # progress news: the amount broken down is the 1—8月 investment, not the count as of 8月底 between
    ("岚溪县1-8月重点项目建设情况\n1—8月，全县86个重点项目累计完成投资62.3亿元，占年度计划的71.2%。截至8月底，已开工项目79个。\n"
     "其中，产业项目完成投资38.6亿元。\n", 38.6, "?-M01..M08"),
    # a supervision notice, half-width, the breakdown in the same paragraph
    ("关于2024年重点项目推进情况的通报\n各乡镇:\n1-9月,全县重点项目完成投资48.2亿元。截至9月底,已竣工项目12个。"
     "其中,民生项目完成投资9.6亿元。\n", 9.6, "2024-M01..M09"),
])
def test_a_breakdown_of_an_amount_holds_in_the_amounts_time(text, value, period):
    assert _period(text, value) == period


# --------------------------------------------------------------------------- a year naming when a thing was begun

@pytest.mark.parametrize("text,value,period", [
    # a town's year-end summary: the park begun in 2021, its firms counted now
    ("东坪镇2023年工作总结\n二、项目建设\n2021年启动的东坪工业园，已入驻企业28家。\n", 28, "2023"),
    # a supervision notice: projects carried over from the year before, those not yet begun as of the cut-off
    ("关于全县2024年一季度重点工作推进情况的通报\n各乡镇：\n截至3月底，全县重点项目完成投资18.6亿元。2023年结转的15个项目中，"
     "仍有4个未开工。\n", 4, "..2024-M03"),
    # investment news, half-width: firms brought in a year of the past, those producing by now
    ("河口县2025年招商引资工作简报\n2022年引进的32家企业,累计已投产26家。\n", 26, "2025"),
])
def test_a_year_naming_when_a_thing_was_begun_dates_no_later_clause(text, value, period):
    assert _period(text, value) == period
