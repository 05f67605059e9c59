"""A period stated once in a text's lead governs what its later paragraphs report, a sentence wrapped at a line break
keeps the time its opening states, and 上年末 is the year before (texts written for these tests; places invented)."""
from __future__ import annotations

from factrun import facts_of, one
from taizhang.extract.cleaner import clause_end_joins
from taizhang.extract.periods import find_periods


# --------------------------------------------------------------------------- a rate of work done under the lead's span

def test_completion_rates_of_a_plan_in_later_paragraphs_are_of_the_leads_span():
    fs = facts_of("岚溪市2024年1—9月重大项目建设进展情况通报\n\n"
                  "2024年1—9月,全市320个重大项目年度计划投资完成率为72.5%,累计完成投资486亿元。\n"
                  "从产业领域来看,180个产业项目年度计划投资完成率70.2%,完成投资265亿元;"
                  "90个基础设施项目年度计划投资完成率76.4%。\n"
                  "分地区看,东坪区年度计划投资完成率81.3%,河口县年度计划投资完成率65.1%。\n")
    for v in (72.5, 70.2, 76.4, 81.3, 65.1, 486, 265):
        assert one(fs, v).period == "2024-M01..M09", v
    # (the works of a class that did it in the span: a bare count heading its clause of work, test_time_spans)
    assert one(fs, 180).period == "2024-M01..M09"


def test_a_notices_start_and_completion_rates_under_its_cut_off():
    fs = facts_of("关于青川县上半年重点项目推进情况的督查通报\n\n"
                  "2023年1—6月,全县重点项目计划开工率81.2%,累计完成投资36.4亿元。\n"
                  "分乡镇看,东坪镇计划开工率90.5%,西河镇计划开工率62.5%。\n")
    for v in (81.2, 36.4, 90.5, 62.5):
        assert one(fs, v).period == "2023-M01..M06", v


# --------------------------------------------------------------------------- a sentence wrapped at a comma

def test_a_target_sentence_wrapped_after_a_comma_keeps_its_year():
    fs = facts_of("东坪县召开经济工作会议\n2025年12月28日\n"
                  "会议提出,2026年全县地区生产总值增长6%左右,\n"
                  "城镇新增就业5000人,居民人均可支配收入增长6.5%,\n"
                  "粮食产量稳定在30万吨以上。\n")
    for v in (6, 5000, 6.5, 30):
        f = one(fs, v)
        assert (f.kind, f.period) == ("target", "2026"), v


def test_clause_end_joins_leave_headings_list_items_and_stops_alone():
    text = "主要目标是:\n地区生产总值增长6%,\n二、重点任务\n增加就业岗位,\n(一)扩大有效投资。\n全年完成。\n下一行"
    joined = [text[e.start - 3:e.start] for e in clause_end_joins(text)]
    assert joined == []  # (a colon introduces a list; a line opening 二、 or (一) is a heading or item of its own)
    text2 = "全年新增就业5000人,\n完成投资20亿元、\n30亿元。"
    assert len(clause_end_joins(text2)) == 2


# --------------------------------------------------------------------------- 上年末

def test_the_previous_years_end_is_the_year_before():
    got = [(p.text, p.period, p.role) for p in find_periods("城镇化率由上年末的61.2%提高到62.0%", 2024)]
    assert got == [("上年末", "2023", "point")]
    got = [(p.text, p.period, p.role) for p in find_periods("存款余额比上年底增长8%", 2024)]
    assert got == [("上年底", "2023", "base")]


def test_a_change_from_the_previous_years_end_in_a_communique():
    fs = facts_of("东坪市2024年国民经济和社会发展统计公报\n\n"
                  "年末全市常住人口由上年的312万人增加到315万人,城镇化率由上年末的61.2%提高到62.0%。"
                  "全市高新技术企业由去年年底的420家增加到510家。\n")
    assert one(fs, 312).period == "2023"
    assert one(fs, 61.2).period == "2023"
    assert one(fs, 420).period == "2023"
    assert one(fs, 62).period == "2024"
    assert one(fs, 510).period == "2024"


# --------------------------------------------------------------------------- numbers broken over a PDF's lines

def test_a_number_broken_at_a_pdf_line_end_is_joined_whole():
    text = ("青川县政府工作报告\n"
            "2025年,全县经济社会发展取得显著成效。全县地区生产总值达到了\n"
            "321.6亿元、增长6.2%;全社会固定资产投资完成额达到128\n"
            ".4亿元、增长8.1%;社会消费品零售总额实现96.3亿元、增长5.\n"
            "7%;城镇居民人均可支配收入实现4\n"
            "6120元、增长5.6%;农村居民人均可支配收入实现22310元、增\n"
            "长7.1%;一般公共预算收入完成15.6亿元、增长4.2%;粮食产量\n")
    fs = facts_of(text)
    assert one(fs, 128.4).period == "2025"
    assert one(fs, 5.7).period == "2025"
    assert one(fs, 46120).period == "2025"
    assert not [f for f in fs if f.value in (4, 6120, 7)]


# --------------------------------------------------------------------------- the base's own value

def test_a_value_written_as_a_comparisons_base_holds_at_the_base_time():
    fs = facts_of("东坪市2024年国民经济和社会发展统计公报\n\n"
                  "年末全市常住人口315万人,比上年末的312万人增加3万人。城镇化率为62.0%,较上年末的61.2%提高0.8个百分点。"
                  "全年粮食产量48.2万吨,比上年的46.9万吨增长2.8%。全市生产总值是2020年的1.3倍。\n")
    assert [one(fs, v).period for v in (312, 61.2, 46.9)] == ["2023"] * 3
    assert [one(fs, v).period for v in (315, 3, 62, 0.8, 48.2, 2.8, 1.3)] == ["2024"] * 7


# --------------------------------------------------------------------------- the day a reporter was told

def test_the_day_a_reporter_was_told_frames_no_figure_of_the_paragraph():
    text = ("岚溪新闻网6月18日讯（记者 王某）6月18日，记者从省发改委获悉，1—5月，全省完成固定资产投资1200亿元，"
            "同比增长8.6%。从投资运行情况看，一是第一产业投资较快增长。第一产业完成投资52亿元，增长12%。\n")
    fs = facts_of(text)
    assert [one(fs, v).period for v in (1200, 52, 12)] == ["?-M01..M05"] * 3


def test_a_months_figures_told_on_a_later_day_are_of_that_month():
    text = ("本报讯 3月14日，记者从县统计局获悉，2月份，全县居民消费价格总水平同比上涨1.1%。"
            "食品类价格同比下降2.3%，非食品类价格同比上涨2.0%。\n")
    fs = facts_of(text)
    assert [one(fs, v).period for v in (1.1, 2.3, 2.0)] == ["?-M02"] * 3
