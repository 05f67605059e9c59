"""A span stated once in a text reporting what was done (1至9月, / 截至10月底, / 本报讯 今年前三季度,) times the
sentences and paragraphs after it in its section, until the text states another time or a heading opens another
part; a count heading a clause that gives the work of what it counts is a class of the year's list (其中续建项目30宗,
完成投资20亿元).  Every text here is invented for these tests (the places too)."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text,values", [
    # a paper's news: the span after the dateline, the next paragraph's counts and a rank of that span
    ("本报讯 今年前三季度,全市重点项目共完成投资170亿元,为年度计划的78.4%。\n"
     "新开工项目180个,比去年同期多60个;竣工项目22个。\n投资进度居全省第四位。\n",
     {180: "?-M01..M09", 60: "?-M01..M09", 22: "?-M01..M09", 170: "?-M01..M09"}),
    # a district's economy news: an opener before the span, the figures of the later lines
    ("河西区经济稳中向好\n今年以来,河西区经济运行稳中向好。1-9月,规上工业总产值完成320亿元,同比增长8.5%。\n"
     "全区固定资产投资增长10.2%,工业投资增长15.1%。\n招商引资方面,新签约项目56个,协议引资280亿元。\n",
     {10.2: "?-M01..M09", 15.1: "?-M01..M09", 56: "?-M01..M09", 280: "?-M01..M09"}),
    # a bureau's work note dated by its page: a cut-off to the day, sowing and building reported on later lines
    ("北塘县农业农村局工作动态\n2024年11月18日\n截至11月15日,全县完成秋播面积32万亩,占计划的96%。\n"
     "小麦播种28万亩,油菜播种4万亩。\n全县建成高标准农田5.2万亩。\n",
     {28: "..2024-M11", 4: "..2024-M11", 5.2: "..2024-M11"}),
    # a source named before the span (记者从…获悉,), full-width punctuation
    ("南湖县项目建设提速\n今年以来，南湖县项目建设提速。记者从县发改局获悉，1—8月，全县重点项目完成投资45.6亿元。\n"
     "全县工业投资增长12.5%，民间投资增长6.1%。\n",
     {12.5: "?-M01..M08", 6.1: "?-M01..M08"}),
])
def test_a_span_stated_once_times_the_paragraphs_after_it(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # the year's plan stated after the span: the text has turned to it
    ("青石市跑出发展加速度\n今年以来,青石市全力推进项目建设。1至9月,全市重点项目完成投资210亿元。\n"
     "民间投资增长11.4%。\n全年计划投资280亿元。\n全市新建口袋公园12个。\n",
     {11.4: "?-M01..M09", 12: "?"}),
    # a heading opens another part
    ("青石市稳中求进\n今年以来,青石市经济平稳。1至9月,全市规上工业增加值增长6.1%。\n全市工业投资增长9.2%。\n"
     "二、招商引资\n新签约项目45个。\n",
     {9.2: "?-M01..M09", 45: "?"}),
    # a line introducing another topic (…捷报频传——)
    ("东湖区发展亮点\n今年以来,东湖区发展势头良好。上半年,东湖区开工建设重点项目40个,完成投资52亿元。\n"
     "工业投资增长9.6%。\n在园区建设方面,东湖区捷报频传——\n园区新入驻企业16家。\n",
     {9.6: "?-H1", 16: "?"}),
    # a line without a sentence's mark (a highlight, a headline) takes no span from the prose before it
    ("甲区经济稳中向好\n今年以来,甲区经济稳中有进。上半年,全区社会消费品零售总额增长6.2%。\n"
     "全区限上企业零售额增长7.3%。\n甲街道接待游客同比增长35.1%\n",
     {7.3: "?-H1", 35.1: "?"}),
])
def test_another_time_a_heading_or_a_new_topic_ends_the_span(text, values):
    assert periods_of(text, values) == values


@pytest.mark.parametrize("text,values", [
    # a class of the year's list named before its count, the next clause its work (a news item, 宗); the starts of
    # the span and what was brought in are counts of work done
    ("临川市重点项目建设进展\n1-8月,全市重点项目完成投资120亿元,占年度计划的70%。\n"
     "其中续建项目30宗,完成投资80亿元;新开工项目26宗,完成投资40亿元。\n新引进项目42个,计划投资总额95亿元。\n",
     {30: "?", 26: "?-M01..M08", 80: "?-M01..M08", 40: "?-M01..M08", 42: "?-M01..M08"}),
])
def test_a_class_count_before_its_work_is_the_years_list(text, values):
    assert periods_of(text, values) == values
