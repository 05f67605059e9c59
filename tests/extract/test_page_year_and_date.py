"""A page's date and the year it was written in, read from its own words (documents.jsonl: published, title).

- A page flattened into one line (its line breaks turned into single blanks) is read line by line again: its headline,
  the session's dateline under it (the report's date) and its part headings (2025年工作回顾) each stand on their own.
- A counter's label (阅读:56) takes no year (导读:2026年…): the text's first sentence keeps its year.
- A headline-less text opening with the year's targets is titled by them (2026年甲县…的主要目标).
- A page the text dates no other way is of the year it was written in when its words show that year was running: it
  calls it 今年, reports on a span within it (1-5月, 上半年, 一季度), opens with its plan, or is the government's work
  report named for it; not a review of a whole year (统计公报, 工作总结), which is written after the year ends.
- A lead's day written without its year (6月30日,…举行) is the day of the event the page reports: the page is of its
  month; a day something was released or learnt (…公布, 记者…获悉), or the page's own (今天(2月11日)), is its day.

Every text is invented for these tests.
"""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text

FLAT_REPORT = (
    "2027年岚溪县政府工作报告 2026年12月28日在岚溪县九届人大四次会议上 县长 周某某 各位代表: "
    "下面,我受县政府委托作报告,请各位审阅,也请列席的同志提意见。 2026年工作回顾 "
    "这一年,岚溪上下迎难而上,县域经济回升向好。预计全县生产总值88.6亿元、增长6.1%;"
    "地方一般预算收入4.35亿元、增长8%;城镇新就业2150人。 ——产业质效同步提升。建成标准厂房12万平方米,"
    "招来企业23家,园区营收31亿元,比上年多出4亿元。围绕竹木、茶叶两条链条补短板,"
    "新认定专精特新企业5家、高新企业9家,技术合同成交1.8亿元,创新对升级的支撑持续加强。"
    "农业上,岚溪稳住粮食面积36万亩以上,新建高标准农田2.4万亩,农产品加工企业增至64家,带着农户增收。"
)


def test_a_flattened_report_reads_its_headline_dateline_and_review_part():
    ex = extract_text(FLAT_REPORT, "t.txt")
    assert ex.record.title == "2027年岚溪县政府工作报告"
    assert ex.record.published == "2026-12-28"
    gdp = next(f for f in ex.facts if f.value == 88.6)
    assert gdp.period == "2026" and gdp.kind == "actual"


def test_blanks_of_a_spaced_line_are_not_line_breaks():
    # a long line set with a blank between many words is no flattened page: its blanks are hidden, not breaks
    text = "甲县 全年 产值 完成 52.3 亿元,比上年 多 6.5%。 " * 12
    ex = extract_text(text, "t.txt")
    assert "\n" not in ex.doc.norm.strip()


def test_a_summary_label_before_the_years_targets():
    text = ("导读:2026年甲县发展的主要目标是:县域产值增长7%左右;地方财力增长6%;"
            "两类居民收入各增6.5%和8%。\n为此,甲县要抓好五件事。\n")
    ex = extract_text(text, "t.txt")
    assert "2026年" in ex.doc.norm[:12]
    assert ex.record.title == "2026年甲县发展的主要目标"
    assert ex.record.published == "2026"


@pytest.mark.parametrize("text, published", [
    # 今年 names the year the text was written in
    ("乙市项目一线见闻\n今年以来,乙市上项目不停步,2026年乙市共列项目86个,开工71个。\n", "2026"),
    # a span within the year (1-5月) reported on
    ("2026年1-5月丙县项目进度\n1-5月,丙县列项项目投资28.5亿元,达全年盘子的41%。\n", "2026"),
    # a headline naming a quarter of its year
    ("丁省2026年第一季度开工大项目355个\n丁省当季开工大项目355个,投资盘子约1860亿元。\n", "2026"),
    # a government's work report named for its year
    ("2026年戊区政府工作报告\n一、2025年工作回顾\n2025年,戊区产值增长5.8%。\n", "2026"),
])
def test_a_year_running_when_the_text_was_written(text, published):
    assert extract_text(text, "t.txt").record.published == published


@pytest.mark.parametrize("text", [
    # a whole year's review is written after the year ends
    "己县2026年统计公报\n2026年,己县产值118亿元,增长5.5%。\n",
    "庚镇2026年度工作总结\n2026年,庚镇投资3.2亿元。\n",
])
def test_a_whole_years_review_gives_no_year(text):
    assert extract_text(text, "t.txt").record.published == ""


@pytest.mark.parametrize("text, published", [
    ("6月30日,辛区2026年第二批项目开工仪式举行。\n当天开工的项目15个,投资48亿元。\n", "2026-06"),
    ("壬县客商签约会\n7月12日,壬县举行2026年客商签约会,签下项目12个。\n", "2026-07"),
    ("癸省春季开工仪式\n今天(2月11日)上午,2026年癸省春季开工仪式在甲市举行。\n",
     "2026-02-11"),
    ("10月27日,记者从乙市2026年三季度经济数据发布会上获悉,前三季度乙市产值增长4.2%。\n", "2026-10-27"),
])
def test_an_events_day_gives_its_month_a_release_day_the_day(text, published):
    assert extract_text(text, "t.txt").record.published == published


def test_blanks_beside_a_flattened_pages_figures_stay_inside_their_clause():
    # a flattened page may also set a figure's number apart (收入 52 亿元, 增长 3.1%): that blank is the typesetter's,
    # no lost line break, and the figure keeps its name and its growth
    text = FLAT_REPORT + "全年财政收入 52.7 亿元,增长 3.1%;其中税收 40.2亿元。" + "城乡面貌持续改善,民生底线进一步兜牢。" * 3
    ex = extract_text(text, "t.txt")
    income = next(f for f in ex.facts if f.value == 52.7)
    rate = next(f for f in ex.facts if f.value == 3.1)
    assert "财政收入" in income.indicator and income.unit == "亿元"
    assert rate.measure == "growth" and "财政收入" in rate.indicator
    assert ex.record.published == "2026-12-28"
