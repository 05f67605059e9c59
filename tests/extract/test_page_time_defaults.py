"""The time a whole page speaks of, decided once from how official texts are laid out and speak of themselves: a
notice's signature block (issuer, seal note, date, then its publicity note and attachments: GB/T 9704) dates it; a
notice's preamble names the time of its matter for the whole notice, attachments included; a lead that opens on the
day a report of a span was released (7月20日,某县经济"半年报"公布,…) reports that span, not the day's month; a lead
event whose next sentence counts the projects it signed or started is a project event, its batch of the day's month.
Every text is invented for these tests."""
from __future__ import annotations

import pytest

from factrun import context_of, one


NOTICE_SEAL = ("各乡镇,县直各部门:\n按照《青川市政府网站信息报送管理办法》(青政办发〔2029〕12号)要求,现将岚溪县政务网站1-3月"
               "信息采用情况通报如下:\n一、基本情况\n"
               "第一季度县政务网站共收到各单位报送信息860条,采用信息315条。\n二、存在问题\n"
               "一是部分单位报送信息不及时。二是个别单位信息未经审核即报送。\n三、下一步要求\n"
               "(一)加强信息审核。各单位要提高信息质量。\n(二)加强日常检查。各单位要及时自查整改。\n附件:各单位信息采用情况统计表\n"
               "岚溪县信息化工作领导小组办公室\n岚溪县政务服务局(代章)\n2031年4月10日\n(此件主动公开)\n附件\n"
               "各单位信息采用情况统计表\n排名\t单位\t采用条数\t得分\n1\t县水利局\t41\t205\n2\t县民政局\t37\t185\n")


def test_a_signature_under_a_seal_note_dates_the_notice():
    # the issuer's line closed by (代章), the date, the publicity note, then the attachments: the year is the date's
    ctx, ex = context_of(NOTICE_SEAL)
    assert ctx.year == 2031
    assert one(ex.facts, 860).period == "2031-Q1"


def test_a_notices_preamble_times_its_attachments_table():
    # 现将…1-3月…通报如下 names the matter's months for the whole notice: the attachment's table is of them, the body's
    # 第一季度 dates its own sentence only
    ctx, ex = context_of(NOTICE_SEAL)
    assert ctx.period == "2031-M01..M03"
    assert one(ex.facts, 205).period == "2031-M01..M03"


@pytest.mark.parametrize("note", ["(盖章)", "（印章）"])
def test_other_seal_notes_close_the_issuers_line_too(note):
    text = ("各镇(街道),区直各单位:\n根据《丁区重点工作督查督办办法》(丁政办〔2028〕7号),现将全区二季度重点工作督办情况通报如下:\n二季度全区督办重点工作48项,已办结41项。\n"
            "二、存在问题\n部分单位办理进度偏慢。\n三、工作要求\n(一)压实责任。各单位主要负责同志要亲自过问。\n"
            "(二)加快办理。未办结事项要明确时限。\n(三)强化督查。区督查室将跟踪问效。\n"
            "附件:重点工作督办情况表\n青川市丁区人民政府办公室\n丁区督查室" + note + "\n2030年7月5日\n(此件公开发布)\n附件\n重点工作督办情况表\n"
            "序号\t单位\t督办事项\t办结\n1\t区发改局\t6\t5\n2\t区住建局\t9\t8\n3\t区交通局\t7\t7\n"
            "4\t区水利局\t5\t4\n")
    ctx, _ = context_of(text)
    assert ctx.year == 2030


@pytest.mark.parametrize("text,value,period", [
    # a half-year report released on a day: the half, not July
    ("7月20日,岚溪县经济“半年报”公布,全县实现地区生产总值88.6亿元,同比增长6.1%。\n"
     "分产业看,第一产业增加值9.3亿元,增长3.8%;第二产业增加值36.2亿元,增长7.5%。\n", 36.2, "?-H1"),
    # the day's part (上午) and a bureau releasing a quarter's report
    ("4月22日上午,青川市统计局发布一季度经济运行情况,全市规模以上工业增加值增长5.6%。\n"
     "全市社会消费品零售总额142.7亿元,增长4.9%。\n", 142.7, "?-Q1"),
    # the months of the year so far, released with its year
    ("2031年8月18日,河口县发布1—7月经济运行数据,全县固定资产投资增长9.2%。\n"
     "其中工业投资31.5亿元,增长12.4%。\n", 31.5, "2031-M01..M07"),
])
def test_a_releases_day_is_not_its_figures_time(text, value, period):
    _, ex = context_of(text)
    assert one(ex.facts, value).period == period


def test_a_press_conference_releases_no_span():
    # 发布会 is a meeting held on the day, not a report of a span put out: the lead states no span of the page
    ctx, _ = context_of("9月27日,岚溪县举行三季度重大项目集中签约仪式暨农业招商场景发布会。\n"
                        "岚溪县签约亿元项目12个,总投资86.5亿元。\n")
    assert ctx.period == ""


def test_a_day_before_a_meeting_that_releases_nothing_keeps_its_month():
    # a meeting held on a day, no report of a span released: the day stands (the reading above does not fire)
    ctx, _ = context_of("3月8日,岚溪县召开全县经济工作推进会,会议要求各部门抓好落实。\n"
                        "会上,12个部门作了交流发言。\n")
    assert ctx.period == ""


@pytest.mark.parametrize("text,value,period", [
    # an event named with no project word, whose next sentence counts what it signed and started: a project event,
    # its batch of the day's month (the lead's ruling of session 41, as sessions 27 and 30 had it; session 32 gave the
    # day's year), and the batch's parts in the next paragraph with it
    ("12月1日,全市2031年第四次“三个一批”活动在各县区同步举行。本次活动,全市共签约36个项目、开工28个项目。\n"
     "甲县“三个一批”活动共推进项目11个,总投资24.6亿元。\n", 36, "2031-M12"),
    ("12月1日,全市2031年第四次“三个一批”活动在各县区同步举行。本次活动,全市共签约36个项目、开工28个项目。\n"
     "甲县“三个一批”活动共推进项目11个,总投资24.6亿元。\n", 24.6, "2031"),  # (总投资: the day's year, session 41)
    # the same with 此次 and a completion event
    ("2030年6月28日,丁州第二批“项目建设擂台赛”观摩活动举行。此次活动,全州集中投产项目19个,总投资57亿元。\n", 19, "2030-M06"),
])
def test_an_events_next_sentence_tells_it_was_held_for_projects(text, value, period):
    _, ex = context_of(text)
    assert one(ex.facts, value).period == period


@pytest.mark.parametrize("text,value,period", [
    # a wire's dateline opening the lead dates the news; the figures run on after it are of the span the body reports
    ("青川在线岚溪7月28日电 (记者 某某)地区生产总值312.5亿元,同比增长6.2%;工业增加值118.4亿元,同比增长8.9%……\n"
     "数据显示,今年上半年岚溪经济稳中有进。\n"
     "据县统计局数据,上半年全县规模以上工业增加值增长8.9%,固定资产投资增长11.3%。\n"
     "初步核算,上半年全县社会消费品零售总额96.7亿元,同比增长5.1%。\n", 312.5, "?-H1"),
    ("新华社丁州4月21日电 一季度丁州实现地区生产总值865亿元,增长5.4%。\n"
     "一季度,全州规模以上工业增加值增长6.8%,固定资产投资增长9.1%。\n", 865, "?-Q1"),
])
def test_a_wires_dateline_is_no_time_of_the_leads_figures(text, value, period):
    _, ex = context_of(text)
    assert one(ex.facts, value).period == period


def test_a_bodys_span_is_read_past_its_sources():
    # 据…数据, / 初步核算, before the span that opens each figure sentence: the span leads them, the page's time
    ctx, _ = context_of("岚溪经济稳中有进\n据县统计局数据,上半年全县规模以上工业增加值增长8.9%,固定资产投资增长11.3%。\n"
                        "初步核算,上半年全县社会消费品零售总额96.7亿元,同比增长5.1%。\n"
                        "据县税务局统计,上半年全县税收收入18.2亿元。\n")
    assert ctx.period == "?-H1"


def test_a_date_over_the_publicity_note_before_the_attachments_dates_the_notice():
    # the body, the date alone (the seal over it, no name written), (此件公开发布), then 附件1 and its table: the date
    # closes the text, not the page's end
    text = ("各镇(街道),县直各单位:\n依据《青川市重点项目考核办法》(青政发〔2029〕5号),现将全县二季度重点项目考核结果通报如下:\n"
            "二季度全县纳入考核重点项目64个,考核优秀18个,良好33个。\n二、存在问题\n部分项目要素保障不足。\n三、工作要求\n"
            "(一)压实责任。各单位要抓紧整改。\n(二)加快推进。未达序时进度的项目要倒排工期。\n(三)强化调度。县项目办每月通报。\n"
            "2030年7月8日\n(此件公开发布)\n附件1:\n重点项目考核结果表\n序号\t单位\t项目数\t得分\n1\t甲镇\t6\t96\n"
            "2\t乙镇\t5\t93\n3\t丙镇\t7\t91\n4\t丁镇\t4\t88\n5\t县工业园区\t8\t86\n")
    ctx, _ = context_of(text)
    assert ctx.year == 2030


@pytest.mark.parametrize("text,value,period", [
    # a paper's tag and byline before the day, a notice putting out one month's report: its figures are of that month
    ("青川热线三月工单过五万\n本报讯(记者 某某)4月3日,青川市便民服务中心通报了2031年3月份政务服务热线工单办理情况。"
     "当月热线共接听群众来电58200件,比2月增加3100件。\n各区县按时办结率均在95%以上。\n", 58200, "2031-M03"),
    ("丁州重点项目推进有力\n丁州日报讯 9月2日,州督查室通报8月份重点项目推进情况,全州新开工项目23个。\n"
     "全州完成投资41.6亿元。\n", 41.6, "?-M08"),
    # a press conference named by the span's report (…上半年经济运行情况新闻发布会): the half, lines below included
    ("岚溪经济稳中向好\n7月28日,岚溪县召开2031年上半年全县经济运行情况新闻发布会。\n"
     "按产业划分\n农业增加值增长3.6%\n工业增加值增长5.2%\n", 5.2, "2031-H1"),
    ("丁州经济运行平稳\n10月20日,丁州举行前三季度国民经济运行数据新闻发布会。\n全州规上工业增加值增长6.1%\n", 6.1, "?-M01..M09"),
])
def test_a_release_named_after_the_leads_day_times_the_page(text, value, period):
    _, ex = context_of(text)
    assert one(ex.facts, value).period == period


def test_a_notice_of_a_month_named_by_no_report_keeps_the_page_untimed():
    # 通报 of people praised in a month, no report of the month named: no page time
    ctx, _ = context_of("岚溪县表扬先进\n5月6日,岚溪县通报表扬4月份工作突出的12个单位。\n全县共评出先进个人35名。\n")
    assert ctx.period == ""


@pytest.mark.parametrize("title", ["甲州一批产业项目将于明年动工", "岚溪县:明年再建学校5所"])
def test_next_year_in_a_headline_times_no_reported_figure(title):
    # 明年 in the headline tells what is to come; a figure the body reports with no time of its own is of the page's year
    _, ex = context_of(f"{title}\n| 要闻 |2030-12-20\n今年,岚溪县加大项目建设力度。\n"
                       "全县纳入调度的86个项目,已完成投资52.4亿元。\n")
    assert one(ex.facts, 52.4).period == "2030"


@pytest.mark.parametrize("opening", [" date 2031-10-23 ", "date: 2031-10-23\n", "\ndate 2031-10-23\t"])
def test_a_date_key_opening_the_text_dates_it(opening):
    # a page's front matter flattened onto its lead (the key, an ISO day, then the lead): the page's day and year
    ctx, ex = context_of(opening + "據丁市統計部門消息，今年前3季，丁市規模以上工業產值按年增長5.2%，消費保持平穩。\n")
    assert ctx.year == 2031
    assert one(ex.facts, 5.2).period == "2031-M01..M09"


def test_a_date_in_the_leads_prose_is_no_date_key():
    # 截至 a day in the lead's prose: no key, no page date from it
    ctx, _ = context_of("甲县项目建设提速\n截至2031-05-20,甲县已开工项目45个。\n")
    assert ctx.date is None or ctx.date.evidence.source != "front_matter"
