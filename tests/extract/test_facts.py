"""The facts extractor on sentences written for these tests (never corpus text)."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from factrun import one, run_facts
from taizhang.extract import facts
from taizhang.extract.doc import Doc, DocumentRecord
from taizhang.extract.textmap import Edit


def run(text: str, published: str = "2023", regions: tuple[str, ...] = ("绍兴市",), edits=None):
    return run_facts(text, published, regions, edits)


def values(fs):
    return sorted((f.value, f.unit) for f in fs)


# --------------------------------------------------------------------------- bulletins and reports

def test_statistics_bulletin_sentence():
    fs = run("全年全市地区生产总值12345.6亿元,比上年增长5.2%。", published="2022")
    gdp = one(fs, 12345.6)
    assert (gdp.unit, gdp.kind, gdp.measure, gdp.period, gdp.subject) == ("亿元", "actual", "level", "2022", "绍兴市")
    assert "地区生产总值" in gdp.indicator
    g = one(fs, 5.2)
    assert (g.measure, g.kind, g.comparator, g.period) == ("growth", "actual", "=", "2022")
    assert "地区生产总值" in g.indicator
    assert g.evidence == "全年全市地区生产总值12345.6亿元,比上年增长5.2%"


def test_target_with_deadline_and_bound():
    f = one(run("到2025年,全县森林覆盖率达到65%以上。", published="2021", regions=("赣州市",)), 65)
    assert (f.kind, f.measure, f.comparator, f.period) == ("target", "share", ">=", "..2025")
    assert f.indicator == "森林覆盖率"


def test_distribution_over_a_list():
    fs = run("今年力争一般公共预算收入、固定资产投资、社会消费品零售总额分别增长8%、12%和10%以上。")
    assert values(fs) == [(8, "%"), (10, "%"), (12, "%")]
    for f in fs:
        assert (f.kind, f.measure, f.period, f.comparator) == ("target", "growth", "2023", ">=")
    assert one(fs, 8).indicator == "一般公共预算收入"
    assert one(fs, 12).indicator == "固定资产投资"
    assert one(fs, 10).indicator == "社会消费品零售总额"


def test_parallel_counts_share_a_head_noun():
    fs = run("上半年新签约、新开工项目分别为52个、38个。")
    assert one(fs, 52).indicator == "新签约项目"
    assert one(fs, 38).indicator == "新开工项目"
    assert all(f.period == "2023-H1" and f.kind == "actual" for f in fs)


@pytest.mark.parametrize("sentence,value,comparator", [
    ("全市新建口袋公园不少于30个。", 30, ">="),
    ("培育规上企业超过500家。", 500, ">"),
    ("拥有海岸线约120公里。", 120, "~"),
    ("城镇调查失业率控制在5.5%以内。", 5.5, "<="),
    ("修建绿道300多公里。", 300, ">"),
    ("接待游客近5000万人次。", 5000, "~"),
    ("新增就业岗位1.2万个左右。", 1.2, "~"),
    ("年均投资不低于80亿元。", 80, ">="),
    ("引进高层次人才100余名。", 100, ">"),
])
def test_comparators(sentence, value, comparator):
    assert one(run(sentence), value).comparator == comparator


def test_range_gives_two_bounds():
    fs = run("力争每年推动2-4家企业上市。")
    lo, hi = one(fs, 2), one(fs, 4)
    assert (lo.comparator, hi.comparator) == (">=", "<=")
    assert lo.period == hi.period == "each-year"
    assert lo.kind == "target"


# --------------------------------------------------------------------------- measures

def test_rank_and_delta():
    fs = run("上半年全市规上工业增加值增长9.1%,增速居全省第2位,位次比一季度上升3位。")
    r = one(fs, 2)
    assert (r.measure, r.comparator, r.kind) == ("rank", "=", "actual")
    assert "排名" in r.indicator and "规上工业增加值" in r.indicator
    d = one(fs, 3)
    assert d.measure == "delta"


def test_top_n_rank():
    f = one(run("力争综合实力进入全国百强县前50强。", regions=("洛阳市",)), 50)
    assert (f.measure, f.comparator, f.kind) == ("rank", "<=", "target")


def test_percentage_points_are_a_delta():
    f = one(run("研发经费投入强度比上年提高0.3个百分点。"), 0.3)
    assert (f.measure, f.unit) == ("delta", "个百分点")


def test_share_versus_growth():
    fs = run("高新技术产业增加值占规上工业增加值比重达到55.2%,同比增长7.4%。")
    assert one(fs, 55.2).measure == "share"
    assert one(fs, 7.4).measure == "growth"


def test_multiple_is_growth():
    f = one(run("到2027年,数字经济核心产业增加值力争翻一番。"), 1)  # as written: 一 番
    assert (f.measure, f.unit, f.kind, f.period) == ("growth", "番", "target", "..2027")


# --------------------------------------------------------------------------- kind, period, estimate

def test_estimate_is_actual_and_flagged():
    f = one(run("预计全年地区生产总值增长6%左右。"), 6)
    assert (f.kind, f.estimated, f.comparator, f.period) == ("actual", True, "~", "2023")


@pytest.mark.parametrize("sentence,period", [
    ("1—9月,全市规上工业增加值增长6.1%。", "2023-M01..M09"),
    ("截至9月底,全市累计发放贷款320亿元。", "..2023-M09"),
    ("上半年,全市实现社会消费品零售总额820亿元。", "2023-H1"),
    ("去年,全市外贸进出口总额增长4.5%。", "2022"),
])
def test_actual_periods(sentence, period):
    (f,) = run(sentence)
    assert f.period == period
    assert f.kind == "actual"


def test_each_year_target():
    f = one(run("每年新增城镇就业1万人以上。"), 1)
    assert (f.kind, f.period, f.unit, f.measure, f.comparator) == ("target", "each-year", "万人", "count", ">=")


def test_plan_period_target():
    f = one(run("十四五期间,力争新建5G基站3000座。", published="2021"), 3000)
    assert (f.kind, f.period) == ("target", "2021..2025")


def test_target_without_time_has_no_period():
    f = one(run("加快建设8个现代农业产业园。"), 8)
    assert (f.kind, f.period) == ("target", "")


def test_framing_time_carries_through_the_paragraph():
    text = "四季度,萧山将全力冲刺。加快兑现2亿元企业奖补资金。"
    f = one(run(text, published="2021", regions=("萧山区",)), 2)
    assert (f.period, f.kind) == ("2021-Q4", "target")


# --------------------------------------------------------------------------- subjects

def test_interview_sections_set_the_subject():
    text = ("新征程上再出发\n——访萧山区委书记 李某\n萧山将确保年内新增规上企业100家以上。\n"
            "聚力攻坚\n——访余杭区委书记 王某\n余杭将力争年内引进重大项目20个以上。\n")
    fs = run(text, published="2022", regions=("杭州市",))
    assert one(fs, 100).subject == "萧山区"
    assert one(fs, 20).subject == "余杭区"


def test_region_at_clause_start_is_the_subject():
    fs = run("其中,诸暨市新增高新技术企业35家。", regions=("绍兴市",))
    assert one(fs, 35).subject == "诸暨市"


def test_organisation_subject():
    f = one(run("上半年,某某集团完成投资12.5亿元。"), 12.5)
    assert f.subject == "某某集团"


# --------------------------------------------------------------------------- non-facts

@pytest.mark.parametrize("sentence", [
    "市第十一届人民代表大会第三次会议于2023年1月10日召开。",
    "加快建设30万吨级航道和5G网络。",
    "“新海3号”科考船顺利返航。",
    "全面落实“1+3+N”工作体系。",
    "大力发展汽车和电子两大主导产业。",
    "咨询电话:0571-88888888。",
    "页面宽度范围为200至2000",
    "深入实施“三大工程”,推动十四五规划落实。",
    "建成东区、西区和南区3个产业园。",
    "入选全国10个试点城市之一。",
    "千方百计稳就业,做好千家万户的事。",
    "再组织一次集中开工,每个镇明确一名联络员。",
    "第二个百年奋斗目标。",
    "",
])
def test_not_facts(sentence):
    assert run(sentence) == []


def test_threshold_inside_a_name_is_not_a_fact():
    fs = run("今年计划引进10亿元以上项目8个。")
    assert values(fs) == [(8, "个")]


def test_chinese_count_after_an_establishing_verb():
    f = one(run("全县成立三个专项工作组。", regions=("洛阳市",)), 3)
    assert (f.unit, f.measure) == ("个", "count")


# --------------------------------------------------------------------------- scripts, offsets, robustness

def test_traditional_script_and_full_width_digits():
    fs = run("全年地區生產總值增長６.５％。")
    f = one(fs, 6.5)
    assert f.unit == "％" or f.unit == "%"
    assert f.measure == "growth"
    assert f.evidence == "全年地區生產總值增長６.５％"


def test_offsets_follow_the_raw_text_through_edits():
    raw = "<p>全市粮食产量<b>达到</b>120万吨。</p>"
    edits = [Edit(m.start(), m.end(), "", "markup") for m in re.finditer(r"<[^>]+>", raw)]
    fs = run(raw, edits=edits)
    f = one(fs, 120)
    assert raw[f.vstart:f.vend] == "120"
    assert raw[f.estart:f.eend] == f.evidence


def test_evidence_is_a_raw_slice_for_every_fact():
    text = "今年以来,全市新开工项目86个,完成投资45.3亿元,同比增长12%;到年底力争新开工项目超过150个。"
    fs = run(text)
    assert len(fs) == 4
    for f in fs:
        assert text[f.estart:f.eend] == f.evidence
        assert f.estart <= f.vstart < f.vend <= f.eend


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("0123456789.,%万亿元个家第前年月日增长达到以上约超全市今年上半年力争一二三十百、;。\n“”+-—")),
               max_size=120))
def test_never_raises_on_arbitrary_text(s):
    fs = run(s)
    for f in fs:
        assert 0 <= f.vstart < f.vend <= len(s)
        assert s[f.estart:f.eend] == f.evidence


# --------------------------------------------------------------------------- document genres

def test_bulletin_title_year_beats_the_publication_date():
    text = "某市2021年国民经济和社会发展统计公报\n全年粮食总产量86.4万吨,比上年增长1.9%。\n"
    fs = run(text, published="2022-03-18", regions=("赣州市",))
    assert {f.period for f in fs} == {"2021"}
    f = one(fs, 1.9)
    assert f.indicator == "粮食总产量" and f.measure == "growth"


def test_work_report_review_and_plan_sections():
    text = ("一、2023年工作回顾\n过去一年,全市实现地区生产总值2150亿元,增长5.6%。\n"
            "二、2024年工作安排\n重点抓好以下工作:\n(一)扩大有效投资。全年实施重点项目260个以上。\n")
    fs = run(text, published="2024-01-20", regions=("洛阳市",))
    a = one(fs, 2150)
    assert (a.kind, a.period) == ("actual", "2023")
    t = one(fs, 260)
    assert (t.kind, t.period, t.comparator) == ("target", "2024", ">=")


def test_thousands_separator_is_not_a_clause_break():
    f = one(run("今年以来,全市接待游客1,250万人次。"), 1250)
    assert f.unit == "万人次"
    assert f.evidence == "全市接待游客1,250万人次" and f.period == "2023"


def test_estimate_with_future_verb_stays_actual():
    f = one(run("预计全年营业收入将突破300亿元。"), 300)
    assert (f.kind, f.estimated, f.comparator) == ("actual", True, ">")


def test_delta_against_last_year_end_uses_the_previous_clause_noun():
    fs = run("年末全市常住人口520.3万人,比上年末增加0.9万人。", published="2022")
    d = one(fs, 0.9)
    assert d.measure == "delta" and "常住人口" in d.indicator


def test_size_classes_are_not_facts():
    assert run("积极引进5000万元以上项目,为65岁以上老人免费体检。") == []


def test_gdp_written_in_latin_letters():
    f = one(run("全市GDP1200亿元。"), 1200)
    assert f.indicator == "GDP"


def test_a_future_year_makes_a_target():
    f = one(run("2025年全市地区生产总值达到5000亿元。", published="2021"), 5000)
    assert (f.kind, f.period) == ("target", "2025")


def test_past_year_in_a_work_report():
    f = one(run("一年来,全市城镇新增就业5.2万人。", published="2024-01-18"), 5.2)
    assert (f.kind, f.period) == ("actual", "2023")


def test_round_hundred_billion_milestone():
    f = one(run("确保年内文旅产业营业收入迈上千亿台阶。"), 1000)
    assert (f.unit, f.comparator, f.kind, f.period) == ("亿元", ">=", "target", "2023")


def test_chinese_rank_and_ordinals():
    fs = run("外贸进出口增速位居全省第三,连续举办第五届博览会。")
    f = one(fs, 3)
    assert (f.measure, f.unit, f.comparator) == ("rank", "", "=")
    assert len(fs) == 1


# --------------------------------------------------------------------------- bounded windows

def test_layout_cuts_an_unpunctuated_run_into_bounded_clauses():
    text = "产值增长 " * 500  # no clause or sentence separator at all
    lay = facts.Layout(text)
    for p in (0, 399, 400, 1234, len(text) - 1):
        cs, ce = lay.clause_of(p)
        assert cs <= p < ce and ce - cs <= facts.CLAUSE_CAP
        ss, se = lay.sent_of(p)
        assert ss <= p < se and se - ss <= facts.SENT_CAP
    # positions in one piece share it, so "same clause" tests still hold inside a piece
    assert lay.clause_of(401) == lay.clause_of(799)


def test_layout_keeps_ordinary_clauses_whole():
    text = "全市地区生产总值增长5.2%,工业增加值增长6%。"
    lay = facts.Layout(text)
    assert lay.clause_of(3) == (0, text.index(","))


def test_evidence_of_values_in_a_run_on_line_stays_local():
    text = " ".join(f"第{i}组产值为{i + 2}亿元" for i in range(400))  # one line, no punctuation
    found = run(text)
    assert found
    assert max(len(f.evidence) for f in found) <= facts.CLAUSE_CAP + facts.LIST_CAP


# --------------------------------------------------------------------------- rows headed by a project or a department

def test_department_heading_a_part_is_the_subject_and_the_noun_is_restored():
    fs = run("市交通局承办督办事项18项，已办结12项，办结率66.7%；市水利局承办10项，已办结4项，办结率40%。",
             regions=("绍兴市",))
    got = [(f.value, f.subject, f.indicator) for f in fs]
    assert got[0] == (18, "市交通局", "承办督办事项")
    assert got[1] == (12, "市交通局", "已办结督办事项")  # the 已 the text writes before the bare verb
    assert got[2][1] == "市交通局"
    assert got[3] == (10, "市水利局", "承办督办事项")  # never the unit's name inside the indicator
    assert got[4] == (4, "市水利局", "已办结督办事项")
    assert got[5][1] == "市水利局"


def test_numbered_project_row_is_the_subject_of_its_figures():
    fs = run("（一）续建项目\n1.城东物流园一期项目：年度计划投资3.5亿元，1—6月完成投资2.1亿元，形象进度约60%。\n"
             "2.青山至白水公路改造工程：年度计划投资2亿元，1—6月完成投资0.8亿元。\n")
    assert {(f.value, f.subject) for f in fs} == {
        (3.5, "城东物流园一期项目"), (2.1, "城东物流园一期项目"), (60, "城东物流园一期项目"),
        (2, "青山至白水公路改造工程"), (0.8, "青山至白水公路改造工程")}
    assert one(fs, 2.1).indicator == "完成投资"


def test_project_at_a_part_head_not_the_region_inside_its_name():
    fs = run("其中，浙江绍兴纺织印染产业园项目已完成主体建设，完成投资2.2亿元；某某路改造工程形象进度达50%。")
    a = one(fs, 2.2)
    assert (a.subject, a.indicator) == ("浙江绍兴纺织印染产业园项目", "完成投资")
    assert one(fs, 50).subject == "某某路改造工程"


def test_time_phrase_is_never_a_subject():
    fs = run("二、产业项目。年度计划投资12亿元，1—6月完成投资9.1亿元。")
    assert one(fs, 9.1).subject == "绍兴市"


def test_count_noun_and_list_size_are_no_row_heads():
    fs = run("全县共安排重点项目120个，年度计划投资80亿元。重点项目30个，已开工24个，开工率80%。")
    assert {f.subject for f in fs} == {"绍兴市"}
    assert one(fs, 24).indicator == "已开工重点项目"


def test_elided_noun_across_sentences_of_a_paragraph():
    fs = run("上半年共研究议定事项60项。截至6月底，已办结45项，办结率75%；正在推进12项，占20%。")
    assert one(fs, 45).indicator == "已办结议定事项"
    assert one(fs, 12).indicator == "正在推进议定事项"
    assert one(fs, 20).indicator.startswith("正在推进议定事项占")


def test_group_heading_goes_into_the_indicator_and_the_subject_stays_the_place():
    fs = run("二、工业项目。共20个，年度计划投资12亿元，1—6月完成投资9.1亿元。其中，某某纺织产业园项目完成投资2.2亿元。\n"
             "（三）城建项目组。实施项目60个，完成投资78亿元，完成率84.7%。\n"
             "一、总体情况。全市完成投资100亿元。\n")
    assert (one(fs, 20).indicator, one(fs, 20).subject) == ("工业项目", "绍兴市")
    assert one(fs, 12).indicator == "工业项目年度计划投资"
    assert one(fs, 9.1).indicator == "工业项目完成投资"
    assert (one(fs, 2.2).subject, one(fs, 2.2).indicator) == ("某某纺织产业园项目", "完成投资")  # a project row
    assert one(fs, 78).indicator == "城建项目组完成投资"
    assert one(fs, 84.7).indicator == "城建项目组完成率"
    assert one(fs, 100).indicator == "完成投资"  # 总体情况 names no group


# --------------------------------------------------------------------------- kinds in progress reports and news

def test_projection_after_completion_is_an_estimated_target():
    fs = run("其中，某某新材料项目总投资32亿元，建成后预计年产值可达60亿元，新增就业岗位1200个。")
    assert (one(fs, 32).kind, one(fs, 32).estimated) == ("actual", False)
    for v in (60, 1200):
        assert (one(fs, v).kind, one(fs, v).estimated, one(fs, v).subject) == ("target", True, "某某新材料项目")


def test_target_cue_does_not_cross_into_a_part_with_a_new_subject():
    fs = run("其中，某某文旅综合体项目总投资18亿元，将新建特色街区；某某公路连接线工程总投资9.3亿元，全长21.4公里。")
    assert one(fs, 9.3).kind == "actual" and one(fs, 21.4).kind == "actual"


def test_plan_category_in_a_list_is_no_intention():
    fs = run("其中：续建项目30个，年度计划投资50亿元；计划开工项目12个，年度计划投资8亿元。今年计划新开工项目30个。"
             "今年计划新开工30个项目。")
    # 计划开工项目 heading a part of the list is a class of the year's list, its count the list's; the list's cards
    # (a class's count and its 年度计划投资), with nothing reported against them, are the year's plan stated as a plan,
    # as 4dd35cc reads a batch's parts (asserted actual before session 35); a sentence of its own stating the year's
    # plan, 今年计划新开工项目30个, is the plan stated as a plan (s30 convention, adopted: target; asserted actual before
    # session 31), as 计划新开工30个项目 intends.  Session 43: the counts of the list's classes are what the list holds
    # (actual, as both annotators of fresh project lists read them); their year's plan amounts stay the plan's
    assert [f.kind for f in fs] == ["actual", "target", "actual", "target", "target", "target"]


def test_what_still_needs_doing_is_a_target_and_a_future_sum_too():
    fs = run("1—8月完成投资60亿元。9—12月需完成投资30亿元，月均需完成7.5亿元以上。全市将累计完成固定资产投资1000亿元以上。")
    assert one(fs, 60).kind == "actual"
    assert one(fs, 30).kind == "target" and one(fs, 7.5).kind == "target" and one(fs, 1000).kind == "target"


def test_capacity_inside_a_project_name_is_no_fact_and_the_name_heads_its_part():
    fs = run("其中，某某镇年产20万立方米生态板材项目新开工，完成投资1.1亿元；某某年产5万吨正极材料项目总投资32亿元。"
             "全年粮食产量达到5万吨。")
    assert values(fs) == [(1.1, "亿元"), (5, "万吨"), (32, "亿元")]
    assert one(fs, 1.1).subject == "某某镇年产20万立方米生态板材项目"
    assert one(fs, 32).subject == "某某年产5万吨正极材料项目"


def test_common_statistical_units():
    fs = run("粮食产量稳定在95亿斤以上，家禽出栏1200万羽，货物周转量80亿吨公里，新建管网30延米。")
    assert values(fs) == [(30, "延米"), (80, "亿吨公里"), (95, "亿斤"), (1200, "万羽")]
    assert one(fs, 95).measure == "level" and one(fs, 1200).measure == "count"


def test_threshold_naming_the_counted_class_stays_in_the_indicator():
    fs = run("全年新开工亿元以上项目400个，其中10亿元以上项目50个。")
    assert one(fs, 50).indicator == "10亿元以上项目"
    assert len(fs) == 2  # the threshold itself is no fact


def test_project_opening_its_own_clause_and_a_plain_clause_that_only_mentions_projects():
    fs = run("某某医院门诊楼项目主体封顶，某某中学新校区项目完成投资2.6亿元。继续做大增量，年内招引重点项目不少于60个。")
    assert one(fs, 2.6).subject == "某某中学新校区项目"
    assert one(fs, 60).subject == "绍兴市"


def test_parallel_modifiers_share_the_head_and_an_anaphoric_total_names_the_measure():
    fs = run("全市地区生产总值增长6.5%，力争总量突破6500亿元；城镇、农村常住居民人均可支配收入分别增长6%、7.5%。")
    assert one(fs, 6500).indicator == "地区生产总值"
    assert one(fs, 6).indicator == "城镇常住居民人均可支配收入"
    assert one(fs, 7.5).indicator == "农村常住居民人均可支配收入"


def test_plan_bases_of_a_progress_report_are_statuses():
    from taizhang.extract.context import DocContext
    text = ("今年以来，全县紧盯年度目标任务抓项目。2025年，全县共安排重点项目120个，年度计划投资80亿元。"
            "全市共谋划实施重点项目300个。下一步，确保四季度完成投资20亿元以上。")
    doc = Doc("t.txt", text, [])
    doc.context = DocContext(year=2025, genre="project_list")
    rec = DocumentRecord(doc="t.txt", published="2025", regions=["绍兴市"])
    fs = facts.extract(doc, rec)
    assert [(f.value, f.kind) for f in fs] == [(120, "actual"), (80, "actual"), (300, "actual"), (20, "target")]
    # the same sentences in a news story: the paragraph's 目标任务 and 谋划 still commit
    news = run(text, published="2025")
    assert one(news, 300).kind == "target"


def test_comparison_with_the_average_and_a_bare_rank_take_the_measure_just_stated():
    fs = run("市水利局承办10项，已办结4项，办结率40%，低于全市平均水平15.7个百分点，排名倒数第一。")
    assert one(fs, 15.7).indicator.startswith("办结率低于全市平均")
    assert one(fs, 1).indicator == "办结率倒数排名"


def test_value_alone_in_brackets_is_the_figure_of_the_noun_before_them():
    fs = run("1—8月完成年度计划的62%，较时序进度（66.7%）慢4.7个百分点。")
    assert one(fs, 66.7).indicator == "时序进度"
    assert "时序进度" in one(fs, 4.7).indicator and "66.7" not in one(fs, 4.7).indicator


# --------------------------------------------------------------------------- restated figures with a cue of their own

def test_an_equal_figure_with_a_target_cue_is_a_target_not_a_restatement():
    fs = run("某某区重点项目推进情况\n2024年9月5日\n\n"
             "今年全区安排重点项目60个，年度计划投资85.6亿元。1—8月完成投资55.2亿元。\n"
             "下一步，全区将加快项目建设，确保全年完成投资85.6亿元。\n", published="2024-09-05")
    hits = sorted((f for f in fs if f.value == 85.6), key=lambda f: f.vstart)
    assert [f.kind for f in hits] == ["actual", "target"], [(f.kind, f.evidence) for f in hits]


def test_a_deadline_restating_a_rate_is_a_target_by_that_month():
    fs = run("关于问题整改情况的通报\n2024年7月10日\n\n"
             "截至6月30日，各单位共认领问题40个，已整改30个，整改率75%；某某局整改率100%。\n"
             "各单位要于10月31日前完成剩余问题整改，整改率达到100%。\n", published="2024-07-10")
    hits = sorted((f for f in fs if f.value == 100), key=lambda f: f.vstart)
    assert [f.kind for f in hits] == ["actual", "target"], [(f.kind, f.evidence) for f in hits]
    assert hits[1].period == "..2024-M10"


# --------------------------------------------------------------------------- indicator noun phrases (unseen documents)

def test_splits_written_a_line_each_after_qizhong_carry_onto_their_amounts():
    # 其中: closing its line opens a series of lines, each led by its level (省级, 市级): the line's bare amounts are
    # that level's, the 1-12月 sentence of the line too
    fs = run("2023年,全县重点工程项目共28项,总投资410亿元。1-12月份,完成投资66亿元。其中:\n"
             "省级7项,概算投资150.5亿元,当年计划投资21亿元。1-12月份完成投资25.2亿元,投资完成率120.3%。\n"
             "市级6项,概算投资98.4亿元,当年计划投资17亿元。1-12月份完成投资19.6亿元。\n"
             "县级15项,概算投资161.1亿元。\n", regions=("岚溪县",))
    for v, level, measure in ((150.5, "省级", "概算投资"), (21, "省级", "当年计划投资"), (25.2, "省级", "完成投资"),
                              (120.3, "省级", "投资完成率"), (98.4, "市级", "概算投资"), (17, "市级", "当年计划投资"),
                              (19.6, "市级", "完成投资"), (161.1, "县级", "概算投资")):
        ind = one(fs, v).indicator
        assert ind.startswith(level) and ind.endswith(measure), (v, ind)
    assert not one(fs, 66).indicator.startswith(("省级", "市级", "县级"))  # (the whole's, above the series)


def test_month_span_and_base_comparison_are_no_part_of_the_indicator():
    fs = run("岚溪县重点项目1-12月份完成投资12.5亿元,与去年同期相比提高5.2个百分点。", regions=("岚溪县",))
    assert one(fs, 12.5).indicator == "重点项目完成投资"
    d = one(fs, 5.2)
    assert d.measure == "delta"
    assert d.indicator.startswith("重点项目完成投资") and "比去年同期提高" in d.indicator


def test_split_after_qizhong_is_carried_onto_its_bare_amounts():
    fs = run("全省重点项目120项,其中省级5项,概算投资60.2亿元,1-12月份完成投资8.8亿元;市级14项,概算投资30.1亿元。",
             regions=("岚溪县",))
    assert one(fs, 120).indicator == "重点项目"
    assert one(fs, 5).indicator == "省级重点项目"
    assert one(fs, 60.2).indicator == "省级重点项目概算投资"
    assert one(fs, 8.8).indicator == "省级重点项目完成投资"
    assert one(fs, 14).indicator == "市级重点项目"
    assert one(fs, 30.1).indicator == "市级重点项目概算投资"
    # without 其中 the list counted at the head of the part names its amounts too, and a list of levels borrows
    # the head written after it
    fs = run("全县重点项目42个,总投资300亿元,完成投资100亿元。", regions=("岚溪县",))
    assert one(fs, 100).indicator == "重点项目完成投资"
    fs = run("4个国家级、14个省级现代农业产业园加快建设。", regions=("岚溪县",))
    assert one(fs, 4).indicator == "国家级现代农业产业园"


def test_a_coordinated_verb_keeps_its_last_verb_and_takes_the_counted_noun():
    fs = run("全县共有建设工程12个,达到和基本达到10个、占比83.3%。", regions=("岚溪县",))
    assert one(fs, 10).indicator == "达到和基本达到建设工程"
    assert one(fs, 83.3).indicator == "达到和基本达到建设工程占比"


def test_total_investment_after_a_counted_noun():
    fs = run("我县8项省重点项目总投资198.16亿元。", regions=("岚溪县",))
    assert one(fs, 8).indicator == "省重点项目"
    assert one(fs, 198.16).indicator == "省重点项目总投资"


def test_a_category_of_lagging_items_is_no_subject():
    f = one(run("未达到序时进度项目共13项。", regions=("岚溪县",)), 13)
    assert (f.subject, f.indicator) == ("岚溪县", "未达到序时进度项目")


def test_a_price_index_in_per_cent_is_its_growth():
    f = one(run("居民消费价格指数控制在3.5%以内。", regions=("岚溪县",)), 3.5)
    assert (f.measure, f.comparator, f.indicator) == ("growth", "<=", "居民消费价格指数")
    assert one(run("第三产业占地区生产总值比重为52%。", regions=("岚溪县",)), 52).measure == "share"


def test_shares_of_the_plan_are_mapped_onto_the_counted_groups_listed_before():
    fs = run("38个产业项目、12个民生项目完成投资分别占计划的91.5%、77.2%。", regions=("岚溪县",))
    assert one(fs, 91.5).indicator == "产业项目完成投资占计划"
    assert one(fs, 77.2).indicator == "民生项目完成投资占计划"
    fs = run("工业、农业投资分别占全部投资的60%、10%。", regions=("岚溪县",))
    assert one(fs, 60).indicator == "工业投资占全部投资"
    assert one(fs, 10).indicator == "农业投资占全部投资"


@pytest.mark.parametrize("sentence", [
    "岚溪县开工的有2×5万千瓦光伏项目。",
    "开工30万吨合成氨52万吨尿素项目。",
    "青川市签约年产40万件羊绒衫加工项目。",
])
def test_a_size_inside_a_project_name_is_no_fact(sentence):
    assert run(sentence, regions=("岚溪县",)) == []


@pytest.mark.parametrize("sentence", [
    # a park, a plant named with its letters, a bridge: the size only names the works
    "东坡县平安500万吨氧化铝产业园开工。",
    "岚溪县50万吨/年ABS装置开工。",
    "青川市跨江180米拱桥开工建设。",
])
def test_a_size_inside_the_name_of_a_park_a_plant_or_a_bridge_is_no_fact(sentence):
    assert run(sentence, regions=("岚溪县",)) == []


def test_a_size_with_its_measure_or_verb_stays_a_fact():
    assert one(run("该项目装机容量10万千瓦。", regions=("岚溪县",)), 10).indicator == "装机容量"
    assert values(run("新增光伏装机5万千瓦。", regions=("岚溪县",))) == [(5, "万千瓦")]
    f = one(run("建成5万千瓦光伏项目3个。", regions=("岚溪县",)), 3)
    assert (f.unit, f.measure) == ("个", "count")
    assert values(run("建成5万千瓦光伏项目3个。", regions=("岚溪县",))) == [(3, "个")]


def test_the_whole_of_a_provinces_cities_is_no_fact_and_a_subset_names_what_its_members_did():
    fs = run("全省21个市(州)中有18个完成年度投资计划。", regions=("岚溪县",))
    assert values(fs) == [(18, "个")]
    assert fs[0].indicator == "完成年度投资计划的市(州)"
    assert run("21个市(州)均完成年度计划。", regions=("岚溪县",)) == []
    fs = run("38个行业大类中34个实现增长。", regions=("岚溪县",))
    assert one(fs, 38).indicator == "行业大类"
    assert one(fs, 34).indicator == "实现增长的行业大类"
    assert one(run("全县重点项目中,已开工35个。", regions=("岚溪县",)), 35).indicator == "开工重点项目"


def test_a_bare_project_count_takes_the_kind_the_heading_above_names():
    fs = run("一、省重点项目推进情况\n项目7项,概算投资60.2亿元。\n", regions=("岚溪县",))
    assert one(fs, 7).indicator == "省重点项目"
    assert one(run("项目7项,概算投资60.2亿元。", regions=("岚溪县",)), 7).indicator == "项目"


def test_a_share_opening_its_clause_with_zhan_is_that_of_the_amount_just_stated():
    fs = run("年度计划投资120亿元,1-6月完成投资70亿元,占年度计划的58.3%。", regions=("岚溪县",))
    assert one(fs, 58.3).indicator == "完成投资占年度计划"
    fs = run("全县红树林面积500公顷,占全省红树林面积60.1%。", regions=("岚溪县",))
    assert one(fs, 60.1).indicator == "红树林面积占全省比重"
    # a share naming its own part is left alone
    fs = run("第三产业增加值120亿元,第三产业占地区生产总值比重为52%。", regions=("岚溪县",))
    assert one(fs, 52).indicator.startswith("第三产业占")


def test_a_part_after_qizhong_named_only_by_its_label_takes_the_measure_of_the_whole():
    fs = run("全县重点项目完成投资85亿元,其中省级项目40亿元、市级项目25亿元。", regions=("岚溪县",))
    assert one(fs, 40).indicator == "省级项目完成投资"
    assert one(fs, 25).indicator == "市级项目完成投资"
    fs = run("全县完成投资85亿元,其中工业投资40亿元。", regions=("岚溪县",))
    assert one(fs, 40).indicator == "工业投资"


def test_counts_on_or_behind_schedule_count_the_items_counted_before():
    fs = run("从计划进度看,建设工程12个,达到计划进度10个,未达到计划进度2个。", regions=("岚溪县",))
    assert one(fs, 10).indicator == "达到计划进度建设工程"
    assert one(fs, 2).indicator == "未达到计划进度建设工程"


def test_a_labelled_count_and_the_plan_share_of_the_amount_just_stated():
    fs = run("续建项目:共32个,年度计划投资56亿元,1-6月完成投资30亿元。", regions=("岚溪县",))
    assert one(fs, 32).indicator == "续建项目"
    assert one(fs, 56).indicator == "续建项目年度计划投资"
    assert one(fs, 30).indicator == "续建项目完成投资"
    fs = run("市重点项目完成投资112亿元,完成年度计划的61.2%,高于时序进度11.2个百分点。", regions=("岚溪县",))
    assert one(fs, 61.2).indicator == "市重点项目完成年度计划"


def test_this_batch_words_a_rate_after_an_amount_and_the_whole_name_of_a_count():
    fs = run("此次集中开工项目32个,总投资85.6亿元。", regions=("岚溪县",))
    assert one(fs, 32).indicator == "集中开工项目"
    assert one(fs, 85.6).indicator == "集中开工项目总投资"
    fs = run("1—9月,全县省重点项目完成投资55亿元,投资完成率为88.5%。", regions=("岚溪县",))
    assert one(fs, 88.5).indicator == "省重点项目投资完成率"
    fs = run("本次开工的9个项目总投资27亿元。", regions=("岚溪县",))
    assert one(fs, 27).indicator == "开工项目总投资"


def test_a_series_of_bare_verbs_counts_the_noun_of_its_first_count():
    fs = run("全县列入督查的重点工作任务46项,已完成12项,正常推进30项,进度滞后4项。", regions=("岚溪县",))
    assert one(fs, 12).indicator == "已完成督查的重点工作任务"
    assert one(fs, 30).indicator == "正常推进督查的重点工作任务"
    assert one(fs, 4).indicator == "进度滞后督查的重点工作任务"
    fs = run("各乡镇上报问题线索52条,已核实41条。", regions=("岚溪县",))
    assert one(fs, 41).indicator.startswith("已核实")
    assert one(run("已有10个项目入区建设。", regions=("岚溪县",)), 10).indicator == "项目入区建设"


def test_a_category_of_projects_by_their_progress_is_no_subject():
    f = one(run("进度滞后的项目有6个,主要分布在城建领域。", regions=("岚溪县",)), 6)
    assert (f.subject, f.indicator) == ("岚溪县", "进度滞后的项目")


@pytest.mark.parametrize("sentence", ["1～9月份完成投资8.8亿元。", "一至九月份完成投资8.8亿元。", "1-9月份完成投资8.8亿元。"])
def test_a_month_span_in_any_writing_is_no_part_of_the_measure(sentence):
    assert one(run(sentence, regions=("岚溪县",)), 8.8).indicator == "完成投资"


def test_a_change_against_the_month_before_measures_the_growth_just_stated():
    fs = run("1-9月份累计完成投资8.8亿元,同比增长10.2%,较上月提高1.5个百分点。", regions=("岚溪县",))
    assert one(fs, 1.5).indicator == "完成投资增速较上月提高"


def test_what_each_item_completed_after_fenbie_is_every_items_measure():
    fs = run("38个产业项目、12个民生项目分别完成投资32亿元、8亿元。", regions=("岚溪县",))
    assert one(fs, 32).indicator == "产业项目完成投资"
    assert one(fs, 8).indicator == "民生项目完成投资"


def test_levels_listed_one_character_each_distribute_over_their_values():
    fs = run("省、市重点项目分别完成年度计划的91.5%、77.2%。", regions=("岚溪县",))
    assert one(fs, 91.5).indicator == "省重点项目完成年度计划"
    assert one(fs, 77.2).indicator == "市重点项目完成年度计划"


def test_a_count_changed_against_last_year_is_a_delta():
    f = one(run("其中,投资亿元以上项目28个,同比增加6个。", regions=("岚溪县",)), 6)
    assert f.measure == "delta" and f.indicator.startswith("投资亿元以上项目")


def test_cue_kind_memo_answers_as_the_rule_and_is_cleared_per_document():
    from taizhang.extract import facts

    segs = ["全县力争实现", "今年上半年完成", "比上年增长", "预计全年完成", "岚溪县计划新建"]
    for seg in segs:
        for flags in ((True, True, False), (False, True, False), (True, False, False), (True, True, True)):
            assert facts._cue_kind(seg, *flags) == facts._cue_kind_of(seg, *flags)
            assert facts._cue_kind(seg, *flags) == facts._cue_kind_of(seg, *flags)  # from the memo
    assert facts._CUE_KIND_MEMO
    from taizhang.extract import extract_text
    extract_text("岚溪县2025年地区生产总值增长6%。", name="lanxi.txt")
    assert ("全县力争实现", True, True, False) not in facts._CUE_KIND_MEMO  # a new document starts afresh
