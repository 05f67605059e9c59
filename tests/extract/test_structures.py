"""Structures that state several values at once, on sentences written for these tests (never corpus text)."""
from __future__ import annotations

import pytest

from factrun import one, run_facts
from taizhang.extract import facts
from taizhang.extract.cleaner import clean, stray_space_edits
from taizhang.extract.doc import Doc, DocumentRecord
from taizhang.extract.structures import expand_parts, find_ratios, is_change_gap, shared_unit


def run(text: str, published: str = "2023", regions: tuple[str, ...] = ("绍兴市",), clean_text: bool = False):
    return run_facts(text, published, regions, clean(text) if clean_text else None)


def by_value(fs, value):
    return one(fs, value)


# --------------------------------------------------------------------------- ratios

def test_ratio_terms_are_shares_of_the_parts():
    fs = run("上半年,全县三次产业结构比为8.2:41.5:50.3,结构继续优化。")
    terms = [by_value(fs, v) for v in (8.2, 41.5, 50.3)]
    assert all((f.unit, f.measure, f.kind) == ("", "share", "actual") for f in terms)
    assert [f.indicator for f in terms] == ["第一产业结构比重", "第二产业结构比重", "第三产业结构比重"] or \
        [f.indicator[:4] for f in terms] == ["第一产业", "第二产业", "第三产业"]
    assert all(f.evidence.endswith("50.3") for f in terms)


def test_full_width_colon_ratio_of_two_named_parts():
    fs = run("国有与民营经济比重为40.5：59.5。")
    a, b = by_value(fs, 40.5), by_value(fs, 59.5)
    assert (a.unit, a.measure) == ("", "share")
    assert a.indicator == "国有经济比重" and b.indicator == "民营经济比重"


def test_times_and_scores_are_not_ratios():
    assert find_ratios("会议于9:30在三楼召开,") == []
    assert find_ratios("比上年3:2的比分") == []


# --------------------------------------------------------------------------- coordinated parts

def test_expand_coordinated_abbreviations():
    assert expand_parts("城乡居民人均消费支出", 2) == ["城镇居民人均消费支出", "农村居民人均消费支出"]
    assert expand_parts("城、乡居民人均消费支出", 2) == ["城镇居民人均消费支出", "农村居民人均消费支出"]
    assert expand_parts("二三产业比重", 2) == ["第二产业比重", "第三产业比重"]
    assert expand_parts("三次产业增加值", 3)[2] == "第三产业增加值"
    assert expand_parts("外贸进出口额", 2) == ["外贸进口额", "外贸出口额"]
    assert expand_parts("城乡居民人均消费支出", 3) is None
    assert expand_parts("集体与个体经济", 2) == ["集体经济", "个体经济"]


# --------------------------------------------------------------------------- units shared by a list

def test_unit_written_once_at_the_end_of_a_list():
    assert shared_unit("0.5、1.2个百分点", 3, "") == "个百分点"
    assert shared_unit("2.1个、3.4个百分点", 4, "个") == "个百分点"
    assert shared_unit("5个、6个", 2, "个") is None
    fs = run("一二产业比重分别比上年提高0.5、1.2个百分点。")
    assert [(f.value, f.unit) for f in fs] == [(0.5, "个百分点"), (1.2, "个百分点")]
    assert all(f.measure == "delta" for f in fs)


def test_prefix_unit_is_completed_by_the_last_value():
    fs = run("两项指标增速分别比一季度加快2.1个、3.4个百分点。")
    assert [(f.value, f.unit) for f in fs] == [(2.1, "个百分点"), (3.4, "个百分点")]


# --------------------------------------------------------------------------- changes (从X到Y)

def test_change_from_current_status_to_target():
    fs = run("未来五年,全市规上工业企业从目前的860家增加到1200家以上。", published="2022")
    base, goal = by_value(fs, 860), by_value(fs, 1200)
    assert base.kind == "actual" and goal.kind == "target"
    assert goal.comparator == ">="
    assert base.indicator == goal.indicator == "规上工业企业"


def test_change_reported_in_a_review_is_two_actuals():
    fs = run("过去五年,全县人均生产总值从2017年的3.1万元增长到2022年的4.6万元。", published="2023")
    a, b = by_value(fs, 3.1), by_value(fs, 4.6)
    assert a.kind == b.kind == "actual"
    assert "人均生产总值" in a.indicator and "人均生产总值" in b.indicator


def test_change_gap_words():
    assert is_change_gap("增加到2020年的")
    assert is_change_gap("缩小到")
    assert not is_change_gap("的企业中有")


# --------------------------------------------------------------------------- units and values

def test_rate_per_person_is_one_unit():
    f = by_value(run("全员劳动生产率达到9.6万元/人。"), 9.6)
    assert (f.unit, f.measure) == ("万元/人", "level")


def test_gap_ratio_without_unit():
    fs = run("城乡居民收入倍差从2.10缩小到1.98。")
    assert [(f.value, f.unit, f.measure) for f in fs] == [(2.1, "", "share"), (1.98, "", "share")]


def test_multiple_in_words():
    fs = run("全县工业产值是2018年的三倍,税收比上年涨了一倍。")
    assert sorted((f.value, f.unit, f.measure) for f in fs) == [(1, "倍", "growth"), (3, "倍", "growth")]


def test_durations_and_brackets_are_not_facts():
    fs = run("前5个月,年收入10-30万元群体明显扩大,过5亿元项目新开工8个。")
    assert [(f.value, f.unit) for f in fs] == [(8, "个")]


def test_accidents_counted_in_qi():
    f = by_value(run("全年发生较大交通事故2起。"), 2)
    assert (f.unit, f.measure) == ("起", "count")


# --------------------------------------------------------------------------- spaced text from PDFs

def test_stray_spaces_inside_prose_are_hidden_from_the_view():
    raw = "2022 年,全县 一般公共预算收入为 36.5 亿元,人 均 收入增长 6%。"
    fs = run(raw, clean_text=True)
    f = by_value(fs, 36.5)
    assert (f.unit, f.kind) == ("亿元", "actual")
    assert raw[f.vstart:f.vend] == "36.5"
    assert f.evidence == raw[f.estart:f.eend]
    assert "一般公共预算收入" in f.indicator


def test_spaces_in_headings_names_and_tables_stay():
    assert stray_space_edits("第一章 总体要求\n") == []
    assert stray_space_edits("——访区委书记 李明\n") == []
    assert stray_space_edits("产值 12.5 13.6\n") == []
    edits = stray_space_edits("全年 实现 增长,好。")
    assert [(e.start, e.end) for e in edits] == [(2, 3), (5, 6)]


# --------------------------------------------------------------------------- lists over coordinations

def test_values_distributed_over_a_compressed_coordination():
    fs = run("全年城、乡居民人均消费支出分别为21000元、12000元,增长6.1%、7.9%。")
    assert by_value(fs, 21000).indicator == "城镇居民人均消费支出"
    assert by_value(fs, 12000).indicator == "农村居民人均消费支出"
    # the second list runs over the items of the first
    assert by_value(fs, 6.1).indicator == "城镇居民人均消费支出"
    assert by_value(fs, 7.9).indicator == "农村居民人均消费支出"


def test_comparison_after_fenbie_belongs_to_every_item():
    fs = run("一二产业比重分别比上年提高0.5、1.2个百分点。")
    assert [f.indicator for f in fs] == ["第一产业比重比上年提高", "第二产业比重比上年提高"]


def test_measure_head_shared_by_a_list():
    fs = run("上半年,工业增加值、服务业增加值增速分别比一季度加快1.1个、2.3个百分点。")
    assert by_value(fs, 1.1).indicator.startswith("工业增加值增速")
    assert by_value(fs, 2.3).indicator.startswith("服务业增加值增速")


# --------------------------------------------------------------------------- predicates without a noun

def test_clause_without_a_noun_takes_the_measure_named_before():
    fs = run("上半年全县一般公共预算收入完成20.5亿元,同比增长6.2%,增速比一季度提高1.5个百分点,快于全市0.8个百分点。")
    assert "一般公共预算收入" in by_value(fs, 6.2).indicator
    assert by_value(fs, 1.5).indicator == "一般公共预算收入增速比一季度提高"
    assert by_value(fs, 0.8).indicator == "一般公共预算收入增速快于全市"


def test_average_growth_after_a_dunhao_keeps_the_measure():
    fs = run("预计2022年全县社会消费品零售总额实现95亿元、年均增长7.5%。")
    assert by_value(fs, 7.5).indicator == by_value(fs, 95).indicator
    assert "社会消费品零售总额" in by_value(fs, 7.5).indicator


def test_contribution_names_what_pulled():
    fs = run("第三产业增加值同比增长5.1%,拉动经济增长2.4个百分点。")
    f = by_value(fs, 2.4)
    assert f.measure == "growth"
    assert f.indicator.startswith("第三产业增加值") and "拉动" in f.indicator


def test_a_count_keeps_its_own_noun():
    fs = run("全市新增规上企业120家,培育专精特新企业35家。")
    assert "专精特新企业" in by_value(fs, 35).indicator


# --------------------------------------------------------------------------- ranks, measures and kinds

def test_ranks_moved_tiers_and_scopes_joined_by_dunhao():
    fs = run("全县生产总值从全省第八提升到第四,营商环境评价居各市、县第一,综合考核进入全市第一方阵。")
    ranks = sorted(f.value for f in fs if f.measure == "rank")
    assert ranks == [1, 1, 4, 8]


def test_quoted_tier_in_a_slogan_is_not_a_rank():
    fs = run("围绕“推动各项指标进入全省第一方阵”的总体目标,抓好落实。")
    assert [f for f in fs if f.measure == "rank"] == []


def test_growth_written_as_a_noun_phrase():
    f = by_value(run("上半年全区生产总值实现2.6%的正增长。"), 2.6)
    assert f.measure == "growth"


def test_absolute_change_of_revenue_is_a_delta():
    fs = run("上半年,9个增长税种合计增收3.2亿元,4个下降税种合计减收1.1亿元。")
    assert by_value(fs, 3.2).measure == "delta" and by_value(fs, 1.1).measure == "delta"


def test_review_section_reports_even_after_a_disposal_jiang():
    text = ("一、2023年工作回顾\n"
            "防范债务风险方面,将隐性债务全部纳入监测;压减一般性支出2.4亿元。信用村增加到56个。\n"
            "二、2024年主要目标\n地区生产总值增长6%左右。\n")
    from taizhang.extract.pipeline import extract_text
    fs = extract_text(text).facts  # the outline gives the sections
    assert by_value(fs, 2.4).kind == "actual"
    assert by_value(fs, 56).kind == "actual"


def test_base_status_does_not_make_the_target_an_actual():
    fs = run("今后五年,全市专精特新企业由目前的45家增加到120家左右,研发投入强度从现在的1.9%达到2.5%以上。",
             published="2022")
    assert by_value(fs, 45).kind == "actual" and by_value(fs, 120).kind == "target"
    assert by_value(fs, 1.9).kind == "actual" and by_value(fs, 2.5).kind == "target"


def test_one_year_duration_is_no_target_cue():
    f = by_value(run("2023年,全县签约项目38个,其中12个项目一年内建成投产,完成投资45亿元。"), 45)
    assert f.kind == "actual"


def test_indicator_and_unit_as_written_in_traditional_script():
    f = by_value(run("全省生產總值力爭達到5.2萬億元。"), 5.2)
    assert f.unit == "萬億元"
    assert f.indicator == "生產總值"
    assert by_value(run("全省生产总值达到5.2万亿元。"), 5.2).indicator == "生产总值"


# --------------------------------------------------------------------------- progress reports and news

def test_share_of_the_annual_plan_is_reported_progress():
    fs = run("1-9月,全市重点项目累计完成投资86.4亿元,占年度计划的78.5%,其中工业项目完成投资40.2亿元。")
    assert {f.kind for f in fs} == {"actual"}
    assert by_value(fs, 86.4).indicator.endswith("完成投资")


def test_amount_after_a_rate_names_itself():
    fs = run("截至9月底,全县35个重点项目已开工31个,开工率88.6%,完成投资52.7亿元。")
    ind = by_value(fs, 52.7).indicator
    assert ind in ("完成投资", "重点项目完成投资"), ind  # never the rate's name; the class counted may head it


def test_news_project_card_indicators():
    fs = run("该项目总投资18亿元,建成后预计年产值可达30亿元。")
    assert by_value(fs, 18).indicator == "总投资"
    assert by_value(fs, 30).indicator == "年产值"


def test_fenbie_without_items_runs_over_the_values_before_it():
    fs = run("全年发生火灾事故12起,受伤5人,同比分别下降20%、37.5%。")
    assert by_value(fs, 20).indicator == by_value(fs, 12).indicator
    assert by_value(fs, 37.5).indicator == by_value(fs, 5).indicator


def test_size_of_the_group_a_rank_is_taken_in_is_not_a_fact():
    fs = run("在全省营商环境评价中排名28个县(市)第3位。")
    assert [(f.value, f.measure) for f in fs] == [(3, "rank")]


def test_parenthesis_opens_a_clause_for_the_indicator():
    fs = run("工业品价格低位运行(原材料购进价格同比下降12.5%)。")
    assert by_value(fs, 12.5).indicator == "原材料购进价格"


def test_stray_spaces_in_an_html_page():
    raw = "<html><body><p>2022 年,全县 一般公共预算收入 36.5 亿元,增长 6%。</p></body></html>"
    from taizhang.extract.pipeline import extract_text
    fs = extract_text(raw, name="p.html").facts
    f = by_value(fs, 36.5)
    assert raw[f.vstart:f.vend] == "36.5" and f.unit == "亿元"
    assert "一般公共预算收入" in f.indicator


def test_cumulative_total_under_a_deadline_is_a_target():
    fs = run("到2027年,全市城镇新增就业累计达到12万人。", published="2023")
    assert by_value(fs, 12).kind == "target"


def test_two_amounts_side_by_side_name_their_own():
    fs = run("1.南岭物流园:总投资12亿元,今年计划投资3亿元,1-8月完成投资2.4亿元。")
    assert by_value(fs, 2.4).indicator == "完成投资"
    assert "总投资" not in by_value(fs, 3).indicator


def test_daowei_is_a_word_not_a_deadline():
    fs = run("全年引进项目40个,到位资金86.5亿元。")
    assert "到位资金" in by_value(fs, 86.5).indicator


def test_noun_less_growth_takes_a_known_indicator_named_earlier():
    fs = run("五年来,全县GDP增速高于全省平均水平,年均增长7.1%。")
    assert by_value(fs, 7.1).indicator == "GDP"


def test_rank_move_takes_the_rank_named_before_it():
    fs = run("在全省县域经济综合考核中排名第6位、比上年上升5位。")
    assert by_value(fs, 5).indicator == by_value(fs, 6).indicator


def test_threshold_class_and_region_items():
    fs = run("其中,投资10亿元以上的项目26个;东阳县、南溪县分别有5个、4个项目进度滞后。")
    assert [f.value for f in fs] == [26, 5, 4]
    assert "项目" in by_value(fs, 5).indicator and "东阳县" not in by_value(fs, 5).indicator


def test_change_of_an_income_ratio_is_a_delta():
    fs = run("城乡居民收入比为2.31,比上年缩小0.04。")
    assert (by_value(fs, 2.31).measure, by_value(fs, 0.04).measure) == ("share", "delta")
    assert by_value(fs, 0.04).indicator.startswith("城乡居民收入比")


def test_leading_gongyou_is_trimmed():
    assert by_value(run("全县共有各类学校128所。"), 128).indicator == "各类学校"


def test_noun_phrase_drops_one_leading_action_verb():
    from taizhang.extract.indicators import noun_phrase
    assert noun_phrase("开展实地督导") == "实地督导"
    assert noun_phrase("达成意向交易额") == "意向交易额"
    assert noun_phrase("完成投资") == "完成投资"  # the verb names the measure
    assert noun_phrase("提供就业岗位") == "提供就业岗位"  # 就业岗位 is not a noun after one verb


def test_sector_abbreviation_written_out():
    fs = run("上半年,二产比重下降2.1个百分点。")
    assert by_value(fs, 2.1).indicator.startswith("第二产业比重")


def test_range_with_the_unit_on_both_ends():
    fs = run("力争税收收入增长4%-6%。")
    lo, hi = by_value(fs, 4), by_value(fs, 6)
    assert (lo.comparator, hi.comparator) == (">=", "<=")
    assert lo.measure == hi.measure == "growth"
    assert lo.indicator == hi.indicator == "税收收入"


def test_target_accomplished_is_reported():
    fs = run("全年城镇新增就业0.9万人,完成年度目标任务的112%。", published="2023")
    assert {f.kind for f in fs} == {"actual"}


def test_durations_leave_the_indicator():
    assert by_value(run("全县油菜产量连续3年稳定在8万吨以上。"), 8).indicator == "油菜产量"


def test_document_titled_by_its_targets_commits_where_no_cue_says():
    doc = Doc("t.txt", "全省常住人口城镇化率达到68%左右,森林覆盖率保持在30%以上。")
    rec = DocumentRecord(doc="t.txt", title="全省确立未来五年发展目标", published="2021")
    assert {f.kind for f in facts.extract(doc, rec)} == {"target"}
    rec = DocumentRecord(doc="t.txt", title="全省经济社会发展成就综述", published="2021")
    assert {f.kind for f in facts.extract(doc, rec)} == {"actual"}


PDF_LIKE = ("一、经济发展\n2020年,全市地区生产总值为424.74\n亿元,比上年增长3.5%,人均地区生产总值达到\n"
            "70790元。全市规模以上工业增加值增长4.1%,\n固定资产投资增长8.2%,社会消费品零售总额增\n"
            "长5.6%,一般公共预算收入完成28.5亿元。\n")


def test_text_copied_from_a_pdf_has_its_line_breaks_joined():
    from taizhang.extract.cleaner import looks_like_pdf_lines
    from taizhang.extract.pipeline import extract_text
    assert looks_like_pdf_lines(PDF_LIKE)
    fs = extract_text(PDF_LIKE).facts
    f = by_value(fs, 424.74)
    assert f.unit == "亿元" and PDF_LIKE[f.vstart:f.vend] == "424.74"
    assert by_value(fs, 5.6).indicator == "社会消费品零售总额"


def test_paragraph_per_line_text_is_not_taken_for_a_pdf():
    from taizhang.extract.cleaner import looks_like_pdf_lines
    web = "\n".join(["全年地区生产总值增长5.2%,比上年加快0.4个百分点,经济运行总体平稳。"] * 3 +
                    ["一、农业", "粮食总产量12.1万吨。", "二、工业", "规上工业增加值增长6%。"])
    assert not looks_like_pdf_lines(web)
    bullets = "\n\n".join(["●在速度指标上,地区生产总值年均要增长7%以上,经济总量要达到2300亿元左右"] * 6)
    assert not looks_like_pdf_lines(bullets)


def test_table_cells_take_the_unit_of_their_column():
    text = ("序号\t项目名称\t总投资(亿元)\t完成投资（万元）\t完成率(%)\n1\t临江物流园\t12\t2400\t80\n"
            "2\t北坪光伏电站\t6\t1100\t55.5\n")
    fs = run(text)
    # the unit is the column's: it makes each cell an amount or a rate
    assert [(f.value, f.value_unit, f.measure) for f in fs] == [(12, "亿元", "level"), (2400, "万元", "level"),
                                                         (80, "%", "share"), (6, "亿元", "level"),
                                                         (1100, "万元", "level"), (55.5, "%", "share")]
    from taizhang.extract.structures import find_table_cells
    assert [c.unit for c in find_table_cells(text)] == ["亿元", "万元", "%"] * 2
    f = by_value(fs, 2400)
    assert (f.indicator, f.subject, f.measure) == ("完成投资", "临江物流园", "level")
    assert f.evidence == "1\t临江物流园\t12\t2400\t80"
    assert by_value(fs, 55.5).measure == "share"


def test_tables_without_units_in_the_header_give_nothing():
    assert run("序号\t名称\t数量\n1\t甲\t12\n2\t乙\t6\n") == []


def test_title_reporting_an_accomplished_target_is_no_targets_document():
    doc = Doc("t.txt", "全县新增城镇就业5200人,城镇登记失业率3.1%。")
    rec = DocumentRecord(doc="t.txt", title="我县超额完成年度就业目标任务", published="2023")
    assert {f.kind for f in facts.extract(doc, rec)} == {"actual"}


def test_jihua_as_intention_and_as_the_plan_figure():
    assert by_value(run("全年计划完成投资120亿元。"), 120).kind == "target"
    fs = run("1-6月完成投资66亿元,完成全年计划的55%,占年度计划55%。")
    assert {f.kind for f in fs} == {"actual"}


def test_levels_of_government_written_one_character_each_share_the_noun():
    assert expand_parts("省市重点项目", 2) == ["省重点项目", "市重点项目"]
    assert expand_parts("省市县重点项目", 3) == ["省重点项目", "市重点项目", "县重点项目"]
    assert expand_parts("市场主体", 2) is None


# --------------------------------------------------------------------------- tables written with blanks

SPACED_TABLE = ("岚溪县2024年重点项目1-6月推进情况表\n"
                "序号 项目名称 建设内容 总投资(亿元) 年度计划(亿元) 1-6月完成(亿元) 完成率(%)\n"
                "1 岚溪县城南污水处理厂 新建日处理2万吨污水处理厂 3.5 1.2 0.6 50\n"
                "2 青川路改造工程 道路改造4.2公里 2.8 1.0 0.7 70\n"
                "3 岚溪县中医院迁建项目 新建 门诊楼及住院楼 6.0 2.5 1.1 44\n"
                "合计 12.3 4.7 2.4 51\n")


@pytest.mark.parametrize("sep", [" ", "  ", "\u3000", "\t"])
def test_a_project_list_with_blanks_or_tabs_between_its_columns_reads_each_figure_by_its_column(sep):
    text = SPACED_TABLE if sep == " " else SPACED_TABLE.replace(" ", sep).replace(f"新建{sep}门诊楼", "新建 门诊楼")
    fs = run(text, published="2024", regions=("岚溪县",), clean_text=True)
    f = by_value(fs, 0.7)
    assert (f.value_unit, f.indicator, f.subject, f.period, f.kind) == ("亿元", "完成投资", "青川路改造工程", "2024-M01..M06",
                                                                  "actual")
    f = by_value(fs, 1.2)
    assert (f.value_unit, f.measure, f.indicator, f.subject) == ("亿元", "level", "年度计划投资", "岚溪县城南污水处理厂")
    assert by_value(fs, 3.5).indicator == "总投资" and by_value(fs, 50).measure == "share"
    # a blank inside the works cell shifts nothing: the row's figures are read from its right end
    f = by_value(fs, 2.5)
    assert (f.indicator, f.subject) == ("年度计划投资", "岚溪县中医院迁建项目")
    # a figure inside a text cell is about the row's project
    f = by_value(fs, 4.2)
    assert (f.value_unit, f.subject) == ("公里", "青川路改造工程") and "道路改造" in f.indicator
    if sep != "\t":  # the total row: the county's figure, no project's
        assert by_value(fs, 12.3).subject == "岚溪县"


def test_a_unit_line_above_a_table_gives_its_money_columns_their_unit():
    text = ("东坡县重点项目推进情况\n单位:万元\n"
            "序号  项目名称  建设内容  总投资  年度计划投资  1-8月完成投资  形象进度\n"
            "1  东坡县城北学校建设项目  新建教学楼3栋  12000  6000  4200  主体完工\n"
            "2  东坡县农贸市场改造项目  改造市场1.2万平方米  5000  3000  1800  装修阶段\n"
            "3  东坡县供水管网工程  铺设管网35公里  8000  4000  3900  即将完工\n")
    fs = run(text, published="2024", regions=("东坡县",), clean_text=True)
    f = by_value(fs, 1800)
    assert (f.value_unit, f.indicator, f.subject, f.period) == ("万元", "完成投资", "东坡县农贸市场改造项目", "2024-M01..M08")
    from taizhang.extract.structures import find_table_cells
    assert {c.unit for c in find_table_cells(text)} == {"万元"}
    assert by_value(fs, 12000).indicator == "总投资"
    assert {f.value for f in fs if f.subject == "东坡县城北学校建设项目"} == {12000, 6000, 4200, 3}


def test_blank_separated_lines_that_are_no_table_give_no_cells():
    from taizhang.extract.structures import find_table_cells
    # a heading and a name list: no header row of a project list
    assert find_table_cells("岚溪县 重点项目 推进会\n张三 李四 王五 12\n赵六 钱七 孙八 13\n") == []
    # a header but prose below it (PDF text with a blank between characters)
    text = ("序号 项目名称 总投资(亿元) 形象进度\n全县第一产业增 加 值 12.4 亿\n元 增长 3.1 个 百 分 点\n")
    assert find_table_cells(text) == []


def test_a_table_pasted_as_text_keeps_its_rows_and_blanks_in_the_view():
    from taizhang.extract.cleaner import clean
    from taizhang.extract.textmap import build_view
    text = ("东坡县重点项目推进情况\n单位:万元\n"
            "序号  项目名称  建设内容  总投资  年度计划投资  1-8月完成投资  形象进度\n"
            "1  东坡县城北学校建设项目  新建教学楼3栋  12000  6000  4200  主体完工\n"
            "2  东坡县农贸市场改造项目  改造市场1.2万平方米  5000  3000  1800  装修阶段\n"
            "3  东坡县供水管网工程  铺设管网35公里  8000  4000  3900  即将完工\n")
    assert build_view(text, clean(text))[0] == text


def test_units_written_under_the_header_and_a_wrapped_works_cell():
    text = ("青川市2024年重点项目推进情况\n"
            "序号 项目名称 建设内容 总投资 年度计划投资 1-6月完成投资 形象进度\n"
            "(亿元) (亿元) (亿元)\n"
            "1 青川市城东污水处理厂 新建日处理5万吨污水处理厂及 4.2 1.5 0.9 主体施工\n"
            "配套管网\n"
            "2 青川市滨江路改造工程 道路改造6公里 3.1 1.2 0.8 路基完成\n"
            "3 青川市第二中学迁建项目 新建教学楼4栋 5.5 2.0 1.3 主体完工\n")
    fs = run(text, published="2024", regions=("青川市",), clean_text=True)
    f = by_value(fs, 0.8)
    assert (f.value_unit, f.indicator, f.subject, f.period) == ("亿元", "完成投资", "青川市滨江路改造工程", "2024-M01..M06")
    assert (by_value(fs, 4.2).measure, by_value(fs, 4.2).indicator) == ("level", "总投资")
    assert by_value(fs, 2.0).subject == "青川市第二中学迁建项目"


def test_ranked_patterns_are_tried_only_when_the_text_holds_what_they_need():
    from taizhang.extract import structures as S
    assert S._holds("岚溪县综合得分96.2分,排名第一", "score") and S._holds("东坡县(91 分)", "score")
    assert not S._holds("会议开了30分钟,部分单位参加", "score") and not S._holds("", "score")
    assert S._holds("第三名:青川镇", "label") and S._holds("位列第 12 位", "label")
    assert not S._holds("第一、加强领导;第二批项目", "label")
    # the same names and spans as trying every pattern on every text
    text = "第一名为岚溪县,得分96.2分;第二名是东坡县,得分91分。\n会议开了30分钟,部分单位参加。"
    found = S.find_ranked(text)
    saved = S._holds
    try:
        S._holds = lambda t, need: True
        assert S.find_ranked(text) == found and found
    finally:
        S._holds = saved


def test_a_ranking_table_is_looked_for_only_at_a_short_text_cell():
    from taizhang.extract import structures as S
    text = ("岚溪县各乡镇环境整治考评结果通报\n排名\n乡镇\n得分\n扣分原因\n1\n青川镇\n96.5\n个别码头堆放杂物,未及时清理\n"
            "2\n东坡镇\n91\n无\n3\n南岭乡\n88\n巷道积水\n各乡镇要对照扣分原因,认真整改,排名得分情况纳入年度考核。\n"
            "得分排名扣分原因单位名称完成率得分排名扣分原因单位名称完成率\n")
    lines = S._lines(text)
    for i, (s, e) in enumerate(lines):
        a, b = S._trim(text, s, e)
        if b > a and (b - a > S.LINE_CELL_MAX or S._LINE_PROSE.search(text, a, b)):
            assert S._line_kind(text, s, e) != "t"  # what the early return stands for
            assert S._ranking_line_table(text, lines, i) is None
            assert S._stacked_header_table(text, lines, i) is None
    found = [i for i in range(len(lines)) if S._ranking_line_table(text, lines, i)]
    assert [text[slice(*lines[i])] for i in found] == ["排名"]


def test_a_stacked_header_is_still_found_at_its_label_word():
    from taizhang.extract import structures as S
    text = "岚溪县12345热线办件情况\n单位\n受理量(件)\n满意率\n县住建局  120  95%\n县城管局  95  90%\n县交通局  80  88%\n"
    lines = S._lines(text)
    found = [i for i in range(len(lines)) if S._stacked_header_table(text, lines, i)]
    assert [text[slice(*lines[i])] for i in found] == ["单位"]
