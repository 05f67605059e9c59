"""A text's own dateline against the page around it (texts written for these tests).

A line that holds nothing but a full date, printed under the headline or after a summary lead, or a date run into the
lead's first words, is the text's own; an editor's or a reposter's line (编辑:某某 2016-02-07, 转载自… 发布时间:…)
only dates the page, and a page posted long after the text's own day carries an older text."""
from __future__ import annotations

import pytest

from factrun import context_of, one, periods_of


def test_a_dateline_after_the_summary_lead_dates_the_statistics_news():
    text = ("岚溪县前三季度经济运行总体平稳\n"
            "1-9月份,全县地区生产总值预计63亿元、增长4.8%。\n\n"
            "2021年10月18日\n\n"
            "  1-9月份,全县规模以上工业增加值增长7.1%,固定资产投资完成29亿元,同比增长6.4%。\n"
            "  社会消费品零售总额完成17亿元,增长2.9%。\n"
            "  一般公共预算收入完成3.2亿元,增长1.5%。\n"
            "  城镇居民人均可支配收入26000元,增长4.1%。\n"
            "  农村居民人均可支配收入13500元,增长5.9%。\n"
            "  金融机构各项存款余额150亿元,比年初增加11亿元。\n")
    ctx, ex = context_of(text)
    assert ex.record.published == "2021-10-18"
    assert periods_of(text, [63, 29, 17]) == {63: "2021-M01..M09", 29: "2021-M01..M09", 17: "2021-M01..M09"}


def test_an_editor_line_gives_way_to_the_notice_dateline():
    text = ("全省农村危房改造进展情况\n"
            "编辑:周六    2016-02-07\n"
            "来源:某省住房和城乡建设厅\n\n"
            "2019年3月31日\n"
            "2019年,全省有12个市报备了改造任务,共计开工改造7.3万户,1-3月,全省完成投资96亿元。\n")
    ctx, ex = context_of(text)
    assert ex.record.published == "2019-03-31"
    assert ctx.year == 2019
    assert one(ex.facts, 96).period == "2019-M01..M03"


def test_a_dateline_run_into_the_lead_beats_the_editor_line():
    text = ("编辑:吴七 2014-11-20\n"
            "(6 月)某省水利厅\n"
            "2017年6月30日2017年,全省有8个市完成了水毁工程修复,共修复堤防430公里。\n")
    ctx, ex = context_of(text)
    assert ex.record.published == "2017-06-30"
    assert ctx.year == 2017


def test_a_reposted_page_keeps_the_day_the_text_was_signed():
    text = ("某省一季度重点项目建设情况\n"
            "转载自:某某财经网    发布时间:2022-09-05 10:21\n"
            "一季度,全省重点项目完成投资860亿元,占年度计划的24%。全年,全省计划完成重点项目投资3600亿元。\n"
            "某省发展和改革委员会\n"
            "2020年4月10日\n")
    ctx, ex = context_of(text)
    assert ex.record.published == "2020-04-10"
    assert ctx.year == 2020
    assert one(ex.facts, 860).period == "2020-Q1"


def test_an_html_page_with_an_editor_block():
    html = ("<html><head><title>全市保障房建设情况</title></head><body>"
            "<div class=\"info\">编辑:郑八 2013-05-06</div>"
            "<h1>全市保障房建设情况</h1>"
            "<p>2018年5月31日</p>"
            "<p>2018年,全市保障性住房开工4200套,基本建成3100套。今年,全市计划开工保障性住房9000套。</p>"
            "</body></html>")
    from taizhang.extract.pipeline import extract_text
    ex = extract_text(html, "t.html")
    assert ex.record.published == "2018-05-31"
    assert ex.doc.context.year == 2018


@pytest.mark.parametrize("text, published", [
    # the page's own publishing field a day after the event its lead dates: the page's day stays
    ("某县召开重点项目推进会\n发布时间:2023-08-02 来源:某县融媒体中心\n"
     "2023年8月1日,某县召开重点项目推进会。1-7月,全县重点项目完成投资31亿元。\n", "2023-08-02"),
    # a lead opening on a day of the past in a text about another year: the editor's day stays
    ("编辑:钱九 2018-05-14\n"
     "2008年5月12日,某县遭受地震灾害。十年来,全县累计投入重建资金120亿元,2018年全县地区生产总值达到86亿元。\n",
     "2018-05-14"),
])
def test_the_page_date_stays_where_no_dateline_of_the_text_contradicts_it(text, published):
    ctx, ex = context_of(text)
    assert ex.record.published == published


def test_a_column_of_dates_is_no_dateline():
    text = ("某区重点项目节点安排\n"
            "全区重点项目按以下节点推进,计划完成投资40亿元。\n"
            "2024年3月1日\n"
            "2024年6月30日\n"
            "2024年9月30日\n")
    ctx, ex = context_of(text)
    assert ex.record.published != "2024-03-01"


def test_a_dateline_under_a_lead_of_two_paragraphs():
    text = ("岚溪市上半年重点项目建设综述\n"
            "上半年,全市重点项目完成投资186亿元,占年度计划的52%。\n"
            "新开工项目47个,竣工项目18个。\n"
            "2022年7月12日\n"
            "  上半年,全市重点项目建设克服疫情影响,总体进展顺利。其中,产业项目完成投资95亿元,增长12%。\n"
            "  基础设施项目完成投资61亿元,民生项目完成投资30亿元。下半年将加快推进在建项目。\n"
            "  全市将继续强化要素保障,确保全年完成投资360亿元。\n"
            "  各县(区)要压实责任,加强调度。\n"
            "  市重点项目办将按月通报进展。\n"
            "  对进展滞后的项目,将实行挂牌督办。\n"
            "  对成效明显的县(区),将予以通报表扬。\n")
    ctx, ex = context_of(text)
    assert ex.record.published == "2022-07-12"
    assert one(ex.facts, 186).period == "2022-H1"
    assert one(ex.facts, 95).period == "2022-H1"


def test_an_undated_sessions_page_is_published_in_its_headline_year():
    text = ("2025省两会|读懂政府工作报告\n"
            "  某省省长向省十四届人大三次会议作政府工作报告。报告回顾2024年工作,2024年全省生产总值增长5.4%,"
            "2024年城镇新增就业70万人。\n"
            "  报告提出今年的主要预期目标:全省生产总值增长5%左右。\n")
    ctx, ex = context_of(text)
    assert ex.record.published == "2025"


@pytest.mark.parametrize("page_line", [
    "编辑:孙十 2015-03-09",  # an editor's line of another year, above the text
    "来源:某省统计局    发布时间:2022-06-18",  # a page that carries the text years later
])
def test_a_lead_opening_on_its_own_year_beats_the_page_date(page_line):
    text = ("某省规模以上工业运行情况\n" + page_line + "\n"
            "2019年,全省规模以上工业企业达到1.2万家。今年全省计划新增规模以上工业企业800家,"
            "1-4月规模以上工业增加值增长6.3%。\n")
    ctx, ex = context_of(text)
    assert ctx.year == 2019
    assert one(ex.facts, 800).period == "2019"
    assert one(ex.facts, 6.3).period == "2019-M01..M04"


def test_a_dateline_beside_the_headline_beats_the_editor_line():
    text = ("岚溪县前三季度农业生产情况(2021年10月20日)\n"
            "编辑:冯五 2018-04-03\n"
            "1-9月份,全县农林牧渔业总产值预计31亿元、增长3.8%。粮食产量12万吨,增长1.2%。\n")
    ctx, ex = context_of(text)
    assert ex.record.published == "2021-10-20"
    assert one(ex.facts, 31).period == "2021-M01..M09"


def test_an_editor_line_of_another_year_gives_no_published_day():
    text = ("编辑:孙十 2015-03-09\n某省规模以上工业运行情况\n"
            "2019年,全省规模以上工业企业达到1.2万家。今年全省计划新增规模以上工业企业800家。\n")
    ctx, ex = context_of(text)
    assert ex.record.published == "2019"


def test_a_byline_early_in_the_next_year_keeps_its_day():
    text = ("某县经济运行情况\n2023-01-12 来源:某县统计局\n"
            "2022年,全县地区生产总值达到86亿元,增长4.1%。全年固定资产投资增长7.2%。\n")
    ctx, ex = context_of(text)
    assert ex.record.published == "2023-01-12"
    assert ctx.year == 2022
