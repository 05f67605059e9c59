"""The time frame of a text and of its figures: the year a text is about, the cut-off its progress is reported as
of, and the times that are only comparators.  Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from taizhang.extract.periods import find_periods

from factrun import context_of, one


# --------------------------------------------------------------------------- a comparison base is not the period

@pytest.mark.parametrize("text,value,period", [
    # a statistical analysis of months, the base a named year's same span
    ("岚溪县2026年1-9月经济运行情况\n1-9月,全县规模以上工业增加值增长7.2%,比2025年同期高8.4个百分点。\n",
     8.4, "2026-M01..M09"),
    # a progress list, a count compared with the year before's same span, full-width punctuation
    ("青川市2026年1-6月项目建设情况\n截至6月底，全市新开工项目38个，比2025年同期多9个。\n", 9, "..2026-M06"),
    # a quarter's communiqué, the base after another comparison
    ("河口县关于2026年三季度主要经济指标的通报\n前三季度,全县社会消费品零售总额42.3亿元,增速比一季度加快1.5个百分点,"
     "比2025年同期高2.1个百分点。\n", 2.1, "2026-M01..M09"),
    # 与…同期相比, a half-year's supervision notice
    ("东坪镇2026年上半年安全生产督查通报\n上半年,全镇共排查隐患326处,与2025年同期相比减少41处。\n", 41, "2026-H1"),
    # a work report's review: 较…同期, written with a space
    ("岚溪县2026年一季度工作报告\n一季度,全县完成固定资产投资21亿元,较2025 年同期增加3.2亿元。\n", 3.2, "2026-Q1"),
])
def test_a_named_years_same_span_after_a_comparison_word_is_only_the_base(text, value, period):
    _, ex = context_of(text)
    assert one(ex.facts, value).period == period


def test_the_base_does_not_carry_to_the_next_clause():
    text = "岚溪县2026年1-6月项目建设情况\n截至6月底,全县新开工项目38个,比2025年同期多9个;完成投资96亿元,同比增长12.4%。\n"
    _, ex = context_of(text)
    assert one(ex.facts, 96).period == "..2026-M06"
    assert one(ex.facts, 12.4).period == "..2026-M06"


def test_a_named_years_same_span_standing_alone_is_the_comparison_period():
    ps = [(p.text, p.role) for p in find_periods("2025年同期为3.2%", 2026)]
    assert ps == [("2025年同期", "same_period")]
    ps = [(p.text, p.role) for p in find_periods("比2025年同期高", 2026)]
    assert ps == [("2025年同期", "base")]


# --------------------------------------------------------------------------- the text's time frame, decided once

@pytest.mark.parametrize("text,as_of,source", [
    # a supervision notice whose title names its months
    ("青川市2026年1-9月重点项目推进情况通报\n各县(区)人民政府:\n今年全市共实施市级重点项目120个。1-9月,已开工项目96个。\n",
     "2026-M01..M09", "title"),
    # a list whose cut-off is only in its body, after the year's catalogue
    ("岚溪县2026年重点项目清单\n2026年,全县共安排重点项目40个,总投资320亿元。截至9月底,全县15个项目已开工。\n",
     "..2026-M09", "body"),
    # a news page: an attribution, the quarter, then 截至目前
    ("河口县2026年重大项目建设稳步推进\n记者从县发改局获悉,今年一季度,河口县县列重大项目60个,总投资380亿元。截至目前,"
     "已开工42个,完成投资21亿元。\n", "2026-Q1", "lead"),
    # a supervision notice that names its months in the sentence before its preamble, full-width
    ("东坪镇为民办实事项目督查情况\n日前，镇督查室对2026年为民办实事项目1-8月份进展情况进行督查。现将有关情况通报如下：\n"
     "全镇为民办实事项目共20项，其中8项已完成。\n", "2026-M01..M08", "body"),
    # a supervision notice dated to the day whose progress is 截至目前
    ("青川县重点项目建设督查通报\n发布时间:2026年05月26日\n2026年全县确定重点项目13项,总投资113亿元。截至目前,已开复工7项,"
     "完成投资1.9亿元。\n", "..2026-M05", "dateline"),
])
def test_a_progress_texts_cut_off_is_decided_once_with_its_evidence(text, as_of, source):
    ctx, _ = context_of(text)
    f = ctx.time_frame
    assert (f.as_of, f.source) == (as_of, source), f
    assert f.evidence is not None and f.evidence.text and f.evidence.text in text
    assert f.confidence > 0 and not f.unsure


@pytest.mark.parametrize("text,why", [
    # two cut-offs that end in different months
    ("岚溪县项目建设情况\n全县重点项目建设进展顺利,1-8月完成投资66亿元。9月份,全县新开工项目12个。\n", "disagree"),
    # a project event's news: its quarter names the event
    ("青川市2026年第三季度重大项目集中开工\n9月18日,青川市2026年第三季度重大项目集中开工活动举行,本次集中开工项目42个。\n",
     "event"),
    # the opening's cut-off is of another year than the text's
    ("河口县2026年重点项目推进情况\n2026年全县重点项目50个。2025年1-9月,全县重点项目完成投资80亿元。\n", "another year"),
])
def test_an_unsure_frame_says_why_and_decides_no_cut_off(text, why):
    ctx, _ = context_of(text)
    f = ctx.time_frame
    assert f.as_of == "" and why in f.unsure, f


def test_a_planned_time_is_no_cut_off():
    text = "岚溪县为民办实事项目进展\n全县为民办实事项目1-8月份进展良好,已完成5项;疫苗接种预计9月份开始。\n"
    ctx, _ = context_of(text)
    assert ctx.time_frame.as_of == "?-M01..M08"


def test_a_work_report_has_no_body_cut_off():
    text = "东坪镇2026年政府工作报告\n各位代表:\n过去一年,全镇经济稳中有进。1-9月,全镇完成固定资产投资8亿元,开工项目12个。\n"
    ctx, _ = context_of(text)
    assert ctx.time_frame.as_of == ""


# --------------------------------------------------------------------------- figures read the frame by what they are

@pytest.mark.parametrize("text,progress,catalogue", [
    # a news page: 截至目前 after the quarter that opens it
    ("河口县2026年重大项目建设稳步推进\n记者从县发改局获悉,今年一季度,河口县县列重大项目60个,总投资380亿元,年度计划投资95亿元。"
     "目前,县列重大项目已开工42个,完成投资21亿元。\n", {42: "2026-Q1", 21: "2026-Q1"}, {380: "2026", 95: "2026"}),
    # a notice dated by its page, 截至目前 in the later sentence, the 其中 clause before it
    ("青川县重点项目建设督查通报\n发布时间:2026年05月26日\n2026年全县确定重点项目13项,总投资113亿元,计划年内完成投资22亿元。"
     "其中,续建项目4项,复工率100%,完成投资0.7亿元。截至目前,已开复工7项,完成投资1.9亿元。\n",
     {100: "..2026-M05", 0.7: "..2026-M05", 7: "..2026-M05", 1.9: "..2026-M05"}, {113: "2026"}),
    # …a news item dated by its page: its 截至目前 is its year (the day of the page names no span of its figures)
    ("青川县重点项目建设加快推进\n发布时间:2026年05月26日\n2026年全县确定重点项目13项,总投资113亿元,计划年内完成投资22亿元。"
     "截至目前,已开复工7项,完成投资1.9亿元。\n", {7: "2026", 1.9: "2026"}, {113: "2026"}),
    # a supervision notice naming its months in its preamble's sentence; the items' state
    ("东坪镇为民办实事项目督查情况\n日前,镇督查室对2026年为民办实事项目1-8月份进展情况进行督查。现将有关情况通报如下:\n"
     "全镇为民办实事项目共20项,其中8项已完成,尚未开工3项。\n", {8: "2026-M01..M08", 3: "2026-M01..M08"}, {}),
    # a list under its months, its catalogue figures after 计划/总投资 (full-width)
    ("岚溪县2026年1-6月重点项目推进情况\n全县重点项目共50个，计划总投资260亿元，年度计划投资70亿元。已开工项目41个，完成投资38亿元。\n",
     {41: "2026-M01..M06", 38: "2026-M01..M06"}, {260: "2026", 70: "2026"}),
    # a share of the year's plan is progress, though it names the plan
    ("青川市重大项目月度督察情况\n根据调度情况,1至4月全市重大项目进展良好。全市208项年度实施项目完成投资297亿元,完成年度投资计划的29.1%。\n",
     {297: "2026-M01..M04", 29.1: "2026-M01..M04"}, {}),
])
def test_progress_figures_take_the_cut_off_and_catalogue_figures_the_year(text, progress, catalogue):
    text = text.replace("青川市重大项目月度督察情况\n", "青川市2026年重大项目月度督察情况\n")
    ctx, ex = context_of(text)
    year = str(ctx.year) if ctx.year else "?"
    for v, per in progress.items():
        assert one(ex.facts, v).period == per.replace("2026", year), (v, one(ex.facts, v).period)
    for v, per in catalogue.items():
        assert one(ex.facts, v).period == per.replace("2026", year), (v, one(ex.facts, v).period)


def test_a_figure_with_its_own_time_keeps_it():
    text = ("岚溪县2026年重点项目清单\n2026年,全县共安排重点项目40个。截至9月底,全县15个项目已开工。"
            "2025年,全县完成投资80亿元。\n")
    _, ex = context_of(text)
    assert one(ex.facts, 80).period == "2025"
    assert one(ex.facts, 15).period == "..2026-M09"


@pytest.mark.parametrize("text,value,role", [
    ("截至目前,全县已开工项目42个", 42, "progress"),
    ("全县15个项目已开工", 15, "progress"),
    ("尚未开工建设的项目37项", 37, "progress"),
    ("市列重大项目开工84个", 84, "progress"),
    ("开工率达到80.5%", 80.5, "progress"),
    ("完成年度投资计划的29.1%", 29.1, "progress"),
    ("年度计划投资86亿元", 86, "plan"),
    ("年度完成投资23亿元", 23, "plan"),
    ("计划新开工项目32个", 32, "plan"),
    ("今年安排重点项目40个", 40, "plan"),
    ("计划总投资260亿元", 260, "plan"),
    ("项目总投资320亿元", 320, "catalogue"),
    ("新开工项目59个", 59, ""),
    ("竣工项目14个(含新开工并竣工项目7个)", 7, ""),
    ("修复工程11个", 11, ""),
])
def test_what_a_figure_reports_is_read_from_its_clause(text, value, role):
    from taizhang.extract import scope
    _, ex = context_of("岚溪县项目建设情况\n" + text + "。\n")
    assert one(ex.facts, value)  # the figure is found
    from taizhang.extract.facts import _find_candidates
    from taizhang.extract.segment import Layout
    body = text + "。"
    layout = Layout(body)
    cands = _find_candidates(body, layout, [])
    layout.cand_starts = sorted(c.vs for c in cands)
    c = next(c for c in cands if c.value == value)
    cs, ce = layout.clause_of(c.vs)
    assert scope.figure_role(body, layout, c, cs, ce) == role


def test_a_months_report_dates_what_is_done_by_the_months_end():
    text = ("岚溪县2026年10月份民生实事项目推进情况通报\n各镇(街道):\n办好50件民生实事是县政府的承诺。目前,50件民生实事已完成"
            "21件,完成率42%;已开工事项48件,开工率96%。\n")
    _, ex = context_of(text)
    for v in (21, 42, 48, 96):
        assert one(ex.facts, v).period == "..2026-M10", v


# --------------------------------------------------------------------------- a notice signed before its attachments

@pytest.mark.parametrize("text,date", [
    # a hotline notice: the attachment's name, the date, then the attached table
    ("各镇人民政府、街道办事处,县直各部门:\n现将各镇、街道4月份热线办理情况通报如下:\n4月份,12345热线共受理群众诉求1860件,"
     "办结率98%。\n附件:12345热线4月份办理情况统计表\n2026年5月12日\n附件\n序号 | 单位 | 受理量\n1 | 县住建局 | 88\n",
     "2026-05-12"),
    # a supervision notice: the date right over the heading 附件1, full-width colon in the note
    ("各乡镇:\n现将一季度重点项目督查情况通报如下:\n一季度,全县重点项目开工率85%。\n附件：重点项目督查情况表\n"
     "2025年4月8日\n附件1\n项目名称 | 进度\n青川大道 | 60%\n", "2025-04-08"),
    # the date written with its issuer's line missing, over 附表
    ("东坪镇安全生产检查情况通报\n各村(社区):\n3月份,全镇共检查企业46家,整改隐患120处。\n2026年4月2日\n附表\n村名 | 隐患数\n"
     "东坪村 | 12\n", "2026-04-02"),
])
def test_a_date_line_between_the_text_and_its_attachments_dates_the_notice(text, date):
    ctx, _ = context_of(text)
    assert ctx.date is not None and ctx.date.value == date
    assert ctx.year == int(date[:4])


def test_a_date_line_in_the_text_with_no_attachment_beside_it_is_no_signing_date():
    from taizhang.extract import context as C
    from taizhang.extract.doc import Doc
    for text in ("东坪镇安全生产检查情况通报\n各村(社区):\n检查情况如下:\n2026年4月2日\n全镇共检查企业46家。\n",
                 "东坪镇检查情况\n附件说明如下,详见正文。\n2026年4月2日\n全镇共检查企业46家。\n"):
        doc = Doc("t.txt", text, [])
        assert C._attachment_date(doc, C._lines(doc.norm)) is None


@pytest.mark.parametrize("text", [
    # a county's notice opening with the month a site visit was held
    "青川县重点项目建设情况通报\n今年4月,县委县政府召开重点项目观摩会,对全县项目进行现场观摩。\n"
    "全县列入省重点项目8个,年度计划投资26亿元,已完成投资14亿元,完成率53.8%。\n",
    # a district's progress news whose meeting is told after its figures
    "东坪区重点项目建设情况\n全区列入市重点项目21个,已完成投资30亿元。\n"
    "6月,区政府在东坪工业园举行项目推进会,部署下一阶段工作。\n",
], ids=["county_site_visit_month", "district_meeting_after_its_figures"])
def test_the_month_a_meeting_was_held_is_no_cut_off(text):
    ctx, _ = context_of(text)
    assert ctx.time_frame.as_of == "", ctx.time_frame


def test_a_meetings_month_leaves_a_dated_progress_text_of_its_year():
    ctx, ex = context_of("岚溪县重点项目建设情况通报\n发布时间:2023-06-20\n"
                         "今年4月,县政府召开重点项目观摩推进会,对全县项目进行现场观摩。\n"
                         "全县列入省重点项目8个,年度计划投资26亿元,已完成投资14亿元。\n")
    assert one(ex.facts, 14).period == "2023"


def test_a_cut_off_month_still_frames_a_progress_text():
    # guard (passes before and after): 截至4月底 is how far the figures run
    ctx, _ = context_of("青川县重点项目建设情况\n截至4月底,全县列入省重点项目8个,已完成投资14亿元。\n"
                        "5月,县政府召开重点项目推进会。\n")
    assert ctx.time_frame.as_of == "..?-M04"


@pytest.mark.parametrize("text,expected", [
    # an undated county page: the meeting's month, then the list's size and what it has done
    ("青川县重点项目建设情况\n今年4月,县委县政府召开重点项目观摩会。全县列入省重点项目8个,已完成投资14亿元。\n",
     {8: "?", 14: "?"}),
    # a dated county page, the meeting told by its day
    ("墨川县重点项目建设情况\n发布时间:2023-06-20\n4月12日,县委县政府召开重点项目观摩会。全县列入省重点项目8个,"
     "已完成投资14亿元。\n", {8: "2023", 14: "2023"}),
    # a city's page, the meeting held (举行) at a place
    ("岚溪市重大项目建设加快推进\n发布时间:2024-05-10\n4月26日,全市重大项目推进会在市行政中心举行。全市列入市重点项目"
     "150个,已完成投资320亿元。\n", {150: "2024", 320: "2024"}),
], ids=["undated_county_visit", "dated_county_day", "city_meeting_held"])
def test_the_time_a_meeting_was_held_frames_no_later_sentence_of_its_paragraph(text, expected):
    _, ex = context_of(text)
    assert {v: one(ex.facts, v).period for v in expected} == expected


def test_a_project_event_held_as_a_meeting_still_frames_its_batch():
    # guard (passes before and after): 集中开工暨推进大会 is a groundbreaking; its batch is of its day's month
    _, ex = context_of("东坪区重大项目集中开工\n发布时间:2023-04-20\n4月18日,全区重大项目集中开工暨推进大会举行。"
                       "本次集中开工项目86个,总投资320亿元。\n")
    assert one(ex.facts, 86).period == "2023-M04"
