"""The time scope: a time stated once holds for what follows it until another time is stated (the paragraph's
opening time for its later sentences, a list's introducing line for every item line), and stops where another
time, a paragraph about another time or a stray time phrase begins.  Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from taizhang.extract.periods import find_periods

from factrun import context_of, one


def _periods(text: str, year: int = 2025):
    return [(p.text, p.period) for p in find_periods(text, year)]


# --------------------------------------------------------------------------- 今年上半年 is one time

@pytest.mark.parametrize("expr,period", [
    ("今年上半年", "2025-H1"), ("本年度上半年", "2025-H1"), ("今年一季度", "2025-Q1"), ("当年第三季度", "2025-Q3"),
    ("今年前三季度", "2025-M01..M09"), ("今年前5个月", "2025-M01..M05"), ("当年3月份", "2025-M03"),
    ("今年下半年", "2025-H2"),
])
def test_the_years_word_and_a_time_within_it_are_one_time(expr, period):
    assert _periods(expr + ",全县") == [(expr, period)]


def test_a_bare_this_year_before_another_clause_stays_the_year():
    assert _periods("今年,上半年") == [("今年", "2025"), ("上半年", "2025-H1")]
    assert _periods("全年一季度")[0] == ("全年", "2025")  # 全年 names the whole year: no time within it follows


@pytest.mark.parametrize("text,later", [
    # 招商 news, the paragraph's later sentences
    ("岚溪县招商工作简报\n今年上半年,岚溪县新签约项目48个,签约资金126亿元。新开工项目21个,同比增长12%。到位资金38亿元。\n",
     (21, 12, 38)),
    # a statistical communiqué of a quarter, full-width punctuation
    ("青川市经济简况\n今年一季度，全市规模以上工业增加值增长6.1%。固定资产投资增长4.2%。社会消费品零售总额86亿元。\n",
     (4.2, 86)),
    # a supervision notice: the counts after the first sentence
    ("关于群众投诉办理情况的通报\n今年前三季度,全县共受理群众投诉1260件。办结1198件,办结率95.1%。\n", (1198, 95.1)),
    # a town's report, half-width, 本年度
    ("东坪镇工作简报\n本年度上半年,东坪镇新增市场主体860户。新增就业岗位1200个。\n", (1200,)),
    # a 开工 news page, 当年 with a month
    ("河口县项目建设动态\n当年3月份,河口县新开工项目15个。完成投资8.6亿元。\n", (8.6,)),
])
def test_a_paragraphs_opening_time_holds_for_its_later_sentences(text, later):
    _, ex = context_of(text)
    first = ex.facts[0].period
    assert first and first.startswith("?-"), first
    for v in later:
        assert one(ex.facts, v).period == first, (v, one(ex.facts, v).period, first)


def test_the_opening_time_does_not_pass_a_paragraph_about_another_year():
    text = "岚溪县2025年招商工作简报\n今年上半年,岚溪县新签约项目48个。新开工项目21个。\n2024年,全县共签约项目90个。\n"
    _, ex = context_of(text)
    assert one(ex.facts, 21).period == "2025-H1"
    assert one(ex.facts, 90).period == "2024"


# --------------------------------------------------------------------------- 1-4累计, 1-3季度

@pytest.mark.parametrize("expr,period", [
    ("1-4累计", "2025-M01..M04"), ("1—4累计", "2025-M01..M04"), ("1至10累计", "2025-M01..M10"),
    ("2024年1-4累计", "2024-M01..M04"), ("今年1～6累计", "2025-M01..M06"),
])
def test_a_range_of_months_with_its_month_left_out_before_leiji(expr, period):
    assert _periods(expr + "完成投资")[0] == (expr[:-2], period)  # (累计 read, not taken)


def test_a_decimal_before_a_range_is_no_month():
    assert _periods("3.1-4累计") == []


@pytest.mark.parametrize("expr,period", [
    ("1-3季度", "2025-M01..M09"), ("一至三季度", "2025-M01..M09"), ("第一至第三季度", "2025-M01..M09"),
    ("1—2季度", "2025-M01..M06"), ("2024年1-3季度", "2024-M01..M09"), ("2024年一至四季度", "2024-M01..M12"),
])
def test_a_range_of_quarters_is_the_months_from_the_first_to_the_last(expr, period):
    assert _periods(expr + ",全县")[0] == (expr, period)


def test_quarters_listed_one_by_one_are_no_range():
    assert ("一、二季度", "2025-M01..M06") not in _periods("一、二季度分别增长5%、6%")


def test_a_table_of_1_4_leiji_under_a_dated_line():
    text = ("岚溪县重点项目进展情况\n2025年1-4累计,全县重点项目完成投资45.6亿元,完成年度计划的38%。新开工项目16个。\n")
    _, ex = context_of(text)
    for v in (45.6, 16):
        assert one(ex.facts, v).period == "2025-M01..M04", v


# --------------------------------------------------------------------------- titles naming a year's first quarters

@pytest.mark.parametrize("title", ["岚溪县2025年前三季度经济运行情况", "青川市2025年前7个月经济运行简况",
                                   "东坡区2025年前两个月工业经济运行情况", "河口县2025年前三季度重点项目推进情况"])
def test_a_titles_year_before_its_first_quarters_is_the_documents_year(title):
    text = f"{title}\n全县地区生产总值256亿元,同比增长5.8%。\n在全市综合考核中,我县全年排名第三。\n"
    c, ex = context_of(text)
    assert c.year == 2025
    assert one(ex.facts, 3).period == "2025"  # a yearly rank: the year, not the report's months


def test_a_title_naming_a_deadline_year_is_no_reporting_year():
    from taizhang.extract.context import RE_TITLE_YEAR
    assert RE_TITLE_YEAR.search("2027年前完成老旧小区改造") is None
    assert RE_TITLE_YEAR.search("2025年前三季度经济运行情况") is not None


# --------------------------------------------------------------------------- a list's introducing line

@pytest.mark.parametrize("text,values", [
    # a ranking notice, one line per place after 如下:
    ("关于重点项目观摩评比结果的通报\n11月16日至18日,市里组织开展了重点项目观摩评比活动。现将评比结果通报如下:\n"
     "第一名:东坡县,得分92.5分;\n第二名:河口县,得分90.1分;\n第三名:岚溪县,得分88.6分。\n", (92.5, 90.1, 88.6)),
    # a progress report, one line per county after a quarter's intro
    ("重点项目推进情况\n一季度各县进展如下:\n东坡县:新开工项目12个,完成投资8.5亿元。\n河口县:新开工项目9个,完成投资6.1亿元。\n"
     "岚溪县:新开工项目7个,完成投资4.3亿元。\n", (8.5, 6.1, 4.3)),
    # 招商 figures per town after a half-year line ending in ——
    ("招商工作简讯\n上半年各镇签约情况——\n东坪镇签约项目6个;\n河口镇签约项目5个;\n青山乡签约项目4个。\n", (6, 5, 4)),
    # months' figures, full-width colon
    ("岚溪县经济简报\n1-5月各园区完成投资情况：\n高新区完成投资12亿元\n经开区完成投资9亿元\n", (12, 9)),
])
def test_a_lists_introducing_line_speaks_for_every_item_line(text, values):
    _, ex = context_of(text)
    got = {one(ex.facts, v).period for v in values}
    assert len(got) == 1 and "" not in got, [(v, one(ex.facts, v).period) for v in values]
    assert got.pop() != "?"


def test_an_item_line_with_a_time_of_its_own_ends_the_walk():
    text = ("2025年招商工作简讯\n上半年各镇签约情况——\n东坪镇签约项目6个;\n2024年河口镇签约项目15个;\n青山乡签约项目4个。\n")
    _, ex = context_of(text)
    assert one(ex.facts, 6).period == "2025-H1"
    assert one(ex.facts, 15).period == "2024"
    assert one(ex.facts, 4).period != "2025-H1"  # the line with its own year broke the list: no reach over it


# --------------------------------------------------------------------------- stray time phrases

@pytest.mark.parametrize("text,value", [
    ("岚溪县2025年上半年安全生产形势通报\n全县生产安全事故起数自2019年起连续下降;上半年发生事故12起,死亡3人。\n", 12),
    ("青川市2025年上半年信访工作通报\n信访总量从2020年开始逐年下降,上半年受理信访事项86件。\n", 86),
    ("东坡区2025年上半年招商工作情况\n2018年以来,全区招商引资持续向好。上半年新签约项目32个。\n", 32),
    ("河口县2025年上半年森林防火通报\n自 2021 年起全县未发生重大森林火灾;上半年发生一般火情3起。\n", 3),
    ("岚溪县2025年上半年市场监管简报\n从2019年起实行年报公示制度,上半年新增市场主体1860户。\n", 1860),
])
def test_a_since_year_is_no_year_of_a_half_written_later(text, value):
    _, ex = context_of(text)
    assert one(ex.facts, value).period == "2025-H1"


@pytest.mark.parametrize("expr,period", [
    ("自2019年起", "2019..2025"), ("从2020年开始", "2020..2025"), ("自 2018 年起", "2018..2025"),
])
def test_since_a_year_is_a_span_to_the_documents_year(expr, period):
    assert (expr.lstrip("自从 "), period) in _periods(expr)


def test_a_year_being_drafted_is_no_span():
    assert _periods("2019年起草的规划") == [("2019年", "2019")]


# --------------------------------------------------------------------------- a notice's preamble names its time

@pytest.mark.parametrize("preamble,period", [
    ("为进一步加强热线办理工作,现将各乡镇、县直有关单位3月份工单办理情况通报如下:", "?-M03"),
    ("现将全市2025年一季度重点项目推进情况通报如下:", "2025-Q1"),
    ("现就上半年各镇安全生产工作考核结果予以通报。", "?-H1"),
    ("根据督查安排,现将1—5月各园区招商引资工作进展情况通报如下：", "?-M01..M05"),
    ("现将今年前三季度全县重点工作落实情况通报如下:", "?-M01..M09"),
])
def test_a_notices_preamble_gives_the_time_of_the_whole_notice(preamble, period):
    text = (f"各乡镇人民政府,县直有关单位:\n{preamble}\n一、基本情况\n全县共受理群众诉求1860件。\n"
            "二、各单位情况\n住建局88件;公安局65件;城管局52件。\n")
    c, ex = context_of(text)
    assert c.period == period
    for v in (88, 65, 52):
        assert one(ex.facts, v).period == period, v


def test_a_preamble_naming_a_whole_year_gives_no_part_of_a_year():
    c, _ = context_of("各镇(街道):\n现将2025年度各镇综合考核结果通报如下:\n东坪镇得分95分,排名第一。\n")
    assert c.period == ""


@pytest.mark.parametrize("line", ["东坪镇得分95分,河口镇得分92分。", "东坪镇综合得分95.5分;河口镇综合得分92分。"])
def test_a_score_under_a_half_years_notice_is_of_the_half(line):
    _, ex = context_of(f"各镇(街道):\n现就上半年各镇安全生产工作考核结果予以通报。\n{line}\n")
    assert {f.period for f in ex.facts} == {"?-H1"}


# --------------------------------------------------------------------------- when it was said vs what it speaks of

GWR_HEAD = "政府工作报告\n——2026年1月10日在岚溪县第十八届人民代表大会第五次会议上\n各位代表:\n"


@pytest.mark.parametrize("heading", ["一、过去一年工作回顾", "(一)去年工作回顾", "一、过去的一年工作总结", "1.上年工作完成情况"])
def test_a_review_part_named_by_a_word_speaks_of_the_year_before(heading):
    text = f"{GWR_HEAD}{heading}\n全县地区生产总值增长6%。全年新开工项目42个。\n二、今年工作安排\n今年全县新开工项目50个以上。\n"
    c, ex = context_of(text)
    assert c.year == 2026
    assert one(ex.facts, 42).period == "2025"
    assert one(ex.facts, 6).period == "2025"
    assert one(ex.facts, 50).period == "2026"


def test_a_plan_part_named_next_year_in_a_report_of_december():
    text = ("岚溪县人民政府工作报告\n——2025年12月20日在岚溪县第十八届人民代表大会第五次会议上\n各位代表:\n一、今年工作回顾\n"
            "全年新开工项目42个。\n二、明年工作安排\n全年力争新开工项目50个以上。\n")
    _, ex = context_of(text)
    assert one(ex.facts, 42).period == "2025"
    assert one(ex.facts, 50).period == "2026"


@pytest.mark.parametrize("head,n,period", [
    (GWR_HEAD, "五年来", "2021..2025"),
    ("政府工作报告\n(2026年2月8日在东坡区第三届人民代表大会第四次会议上)\n各位代表:\n", "三年来", "2023..2025"),
    ("专访岚溪县委书记\n2026-03-02 来源:青川日报\n", "五年来", "2021..2025"),
    ("岚溪县发展综述\n2025年8月12日 青川日报\n", "五年来", "2021..2025"),  # mid-year: the year counts
    ("岚溪县十年发展综述\n2022年9月20日 青川日报\n", "十年来", "2013..2022"),
])
def test_years_looked_back_over_end_before_a_year_just_begun(head, n, period):
    _, ex = context_of(f"{head}{n},全县累计完成固定资产投资860亿元。\n")
    assert one(ex.facts, 860).period == period


@pytest.mark.parametrize("line,period", [
    ("过去一年,全县生产总值增长6%。", "2025"), ("一年来,全县生产总值增长6%。", "2025"),
    ("2025年,全县生产总值增长6%。", "2025"), ("去年,全县生产总值增长6%。", "2025"),
    ("今年,全县生产总值力争增长6%。", "2026"),
])
def test_a_work_reports_date_line_is_when_it_was_said(line, period):
    c, ex = context_of(f"{GWR_HEAD}{line}\n")
    assert c.year == 2026
    assert one(ex.facts, 6).period == period


@pytest.mark.parametrize("line,period", [
    ("去年,全市地区生产总值增长7.5%。", "2020"), ("2020年,全市地区生产总值增长7.5%。", "2020"),
    ("今年,全市地区生产总值力争增长7.5%。", "2021"),
])
def test_an_interviews_date_is_when_it_was_said(line, period):
    _, ex = context_of(f"市委书记接受本报专访\n2021-02-18 来源:青川日报\n问:青川交出了怎样的成绩单?\n答:{line}\n")
    assert one(ex.facts, 7.5).period == period


# --------------------------------------------------------------------------- a rank held for a run of years

@pytest.mark.parametrize("text,value,period", [
    ("岚溪县统计局\n2025年全县经济运行情况\n全县粮食产量连续9年位居全市第一,今年达到38万吨。\n", 1, "2017..2025"),
    ("青川市2024年国民经济和社会发展统计公报\n全市地区生产总值增长6.1%,增速连续三年居全省第2位。\n", 2, "2022..2024"),
    ("东坡区招商引资工作综述\n2025年8月10日 青川日报\n东坡区招商引资考核连续五年位列全市前三名。\n", 3, "2021..2025"),
    ("河口县2025年工作总结\n全县空气质量优良天数比例连续4年排名全市第一,达到96.5%。\n", 1, "2022..2025"),
    ("岚溪县2025年安全生产工作总结\n全县安全生产考核连续六年排名全市第1名。\n", 1, "2020..2025"),
])
def test_a_rank_held_for_a_run_of_years_is_the_runs_years(text, value, period):
    # the rank holds over every year of the run, up to the year the text reports on
    _, ex = context_of(text)
    assert one(ex.facts, value).period == period


@pytest.mark.parametrize("text,value", [
    ("岚溪县统计局\n2025年全县经济运行情况\n全县粮食产量连续9年位居全市第一,今年达到38万吨。\n", 38),
    ("河口县2025年工作总结\n全县空气质量优良天数比例连续4年排名全市第一,达到96.5%。\n", 96.5),
])
def test_a_value_after_the_run_is_of_the_year(text, value):
    _, ex = context_of(text)
    assert one(ex.facts, value).period == "2025"


# --------------------------------------------------------------------------- item lines under an intro with a plan's name

def test_a_plans_name_in_the_intro_is_no_time_of_its_items():
    text = ("岚溪县重点项目建设进展情况通报\n一、总体情况\n全县共安排重点项目86个。\n二、分领域推进情况\n"
            "(一)工业项目。共安排38个,年度计划投资61.2亿元,1—9月完成投资50.8亿元,完成率83%。其中:\n"
            "1.年产5万吨新材料项目:年度计划投资8.5亿元,完成投资7.9亿元,完成率92.9%。\n"
            "2.智能家居产业园项目:年度计划投资5.6亿元,完成投资3.1亿元,完成率55.4%。\n"
            "3.东坪物流园项目:年度计划投资3.2亿元,完成投资2.2亿元,完成率68.8%。\n")
    _, ex = context_of(text)
    for v in (7.9, 92.9, 3.1, 55.4, 2.2, 68.8):
        assert one(ex.facts, v).period == "?-M01..M09", v


# --------------------------------------------------------------------------- a title broken over two lines

@pytest.mark.parametrize("head", [
    "发布机构: | 岚溪县统计局 | 公开日期: | 2025-04-30 11:43:34 |\n2024年岚溪县国民经济和社会发展\n统 计 公 报\n",
    "公开日期:2025-04-30\n2024年青川市国民经济和社会发展\n统计公报\n",
    "发布时间:2025-03-02 09:30\n2024年东坡区国民经济和社会\n发展统计公报\n",
])
def test_a_reporting_title_broken_over_two_lines_names_the_year(head):
    c, ex = context_of(f"{head}某某统计局\n2024年,全县经济稳中向好。\n一、农业\n全年粮食产量8.2万吨,增长1.5%。\n")
    assert c.year == 2024
    assert one(ex.facts, 8.2).period == "2024"


# --------------------------------------------------------------------------- a lead's quarter is the text's time

@pytest.mark.parametrize("lead,period", [
    ("一季度,岚溪县新开工项目32个,完成投资18.6亿元。", "?-Q1"),
    ("2025年第一季度,东坡区地区生产总值增长5.1%。", "2025-Q1"),
    ("本报讯 记者获悉,今年一季度,青川市新签约项目21个。", "?-Q1"),
    ("第三季度,河口县新增市场主体860户,新增就业岗位1200个。", "?-Q3"),
    ("2025年二季度,全镇新增就业岗位420个。", "2025-Q2"),
])
def test_a_quarter_opening_the_lead_holds_for_the_next_paragraph(lead, period):
    c, ex = context_of(f"岚溪县项目建设简报\n{lead}\n全县新签约项目15个,签约金额42亿元。\n")
    assert c.period == period
    assert one(ex.facts, 42).period == period


# --------------------------------------------------------------------------- a table under its dated caption

@pytest.mark.parametrize("caption,period", [
    ("表1 一季度各镇签约情况", "?-Q1"),
    ("附表2：2025年1-6月各镇签约情况", "2025-M01..M06"),
    ("表3 上半年各镇签约情况", "?-H1"),
    ("表一 2024年各镇签约情况", "2024"),
    ("表2:1—9月各镇签约情况", "?-M01..M09"),
])
def test_a_table_written_under_its_caption_is_in_the_captions_time(caption, period):
    text = (f"岚溪县招商引资情况\n全县招商工作稳步推进。\n{caption}\n镇名 签约项目(个) 签约金额(亿元)\n东坪镇 6 12.5\n"
            "河口镇 5 9.8\n青山乡 4 7.2\n")
    _, ex = context_of(text)
    for v in (12.5, 9.8, 7.2):
        assert one(ex.facts, v).period == period, v


def test_a_figures_caption_frames_no_prose_after_it():
    text = ("岚溪县经济运行情况\n全县经济稳中有进。\n图1 2019-2023年全县地区生产总值\n"
            "全县新签约项目15个,签约金额42亿元。\n")
    _, ex = context_of(text)
    assert one(ex.facts, 42).period != "2019..2023"


# --------------------------------------------------------------------------- a year inside what a clause says

@pytest.mark.parametrize("text,value", [
    ("青川市2025年上半年工作简报\n全市2020年被评为全国文明城市,上半年新增志愿者2.6万人。\n", 2.6),
    ("岚溪县2025年上半年河长制工作简报\n全县自2018年实施河长制以来,累计清理河道860公里;上半年清理河道120公里。\n", 120),
    ("东坡区2025年上半年工作简报\n该区2019年获批省级开发区,上半年新引进企业36家。\n", 36),
    ("河口县2025年上半年工作简报\n河口县于2021年建成全省首个数字乡村平台,上半年平台新增用户1.2万户。\n", 1.2),
    ("岚溪县2025年上半年文旅简报\n东坪古镇2017年列入国家级名录,上半年接待游客86万人次。\n", 86),
])
def test_a_year_inside_what_a_clause_says_is_no_year_of_a_later_half(text, value):
    _, ex = context_of(text)
    assert one(ex.facts, value).period == "2025-H1"


def test_a_year_framing_its_sentence_still_gives_a_later_half_its_year():
    _, ex = context_of("岚溪县2025年工作简报\n2024年,全县实现生产总值321亿元,上半年实现税收12亿元。\n")
    assert one(ex.facts, 12).period == "2024-H1"


@pytest.mark.parametrize("expr,period", [
    ("自2018年实施河长制以来", "2018..2025"), ("从2020年开展试点以来", "2020..2025"),
    ("自 2016 年推行林长制以来", "2016..2025"),
])
def test_since_a_year_something_was_done_is_a_span(expr, period):
    assert [per for _, per in _periods(expr + ",累计清理河道860公里")][0] == period


# --------------------------------------------------------------------------- 今年 so far in a text as of a cut-off

@pytest.mark.parametrize("text,value,period", [
    ("截至6月底,全县开工建设重点项目86个,开工率87.8%。\n今年已开工的86个项目中,新开工项目达52个,占比60.5%。\n", 52, "..?-M06"),
    ("岚溪县2025年1—9月重点项目进展情况\n全县重点项目进展顺利。\n今年累计完成投资120亿元,占年度计划的82%。\n", 120,
     "2025-M01..M09"),
    ("截至10月底,全县信访形势总体平稳,受理信访事项960件。\n全县今年已办结信访事项860件。\n", 860, "..?-M10"),
    ("青川市2025年上半年招商引资情况\n全市招商工作稳步推进。\n今年以来已签约项目48个。\n", 48, "2025-H1"),
    ("截至9月底,全镇新增市场主体520户,新增就业岗位1300个。\n本年已累计发放创业贷款1.8亿元。\n", 1.8, "..?-M09"),
])
def test_this_year_so_far_in_a_text_as_of_a_cutoff_is_the_cutoffs_span(text, value, period):
    _, ex = context_of(text)
    assert one(ex.facts, value).period == period


def test_this_years_plan_in_such_a_text_stays_the_year():
    _, ex = context_of("截至6月底,全县开工建设重点项目86个。\n今年计划实施重点项目150个。\n")
    assert one(ex.facts, 150).period == "?"
