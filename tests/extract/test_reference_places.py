"""A place named as a reference is not who acts: the object of a verb of positioning or learning (立足四川, 融入成渝,
对标深圳, 学习浙江经验, 争当全市排头兵), a model's frame (向深圳看齐, 以杭州为标杆), the place a strategy, a layout or a model
is named after (四川"一干多支"发展格局, 浙江"千万工程"经验) or a place inside a slogan's quotation marks.  Such a place is
never the document's place nor the subject of the figures after it; 全县/全市 speaks for the document's own place.

And a clause that opens with a time and the text's scope word (2025年全县…, 全年全区…, 一季度全市…) is the scope's own,
whatever place the sentence named before it.

Sentences are written for these tests; 眉山市 and its 东坡区/青神县/仁寿县 and the provinces are real so the gazetteer
knows them, 岚溪县 is invented.
"""
from __future__ import annotations

import pytest

from factrun import context_of, facts_of, one

from taizhang.extract.docregions import body_speaker, reference_place, speaking_suffix

# ---------------------------------------------------------------- (a) how a place is named as a reference


@pytest.mark.parametrize("text, place, how", [
    ("立足四川\"两区\"战略定位,全县完成投资", "四川", "verb"),
    ("主动融入成都,全县签约项目", "成都", "verb"),
    ("对标深圳,全区新增市场主体", "深圳", "verb"),
    ("学习借鉴浙江经验,全镇建成示范村", "浙江", "verb"),
    ("争当眉山市排头兵,全县固定资产投资", "眉山市", "verb"),
    ("向深圳看齐,全市数字经济", "深圳", "frame"),
    ("以杭州为标杆,全区营商环境", "杭州", "frame"),
    ("在四川省\"一干多支\"发展格局中争先进位", "四川省", "head"),
    ("成为眉山南部增长极,全县", "眉山", "head"),
])
def test_a_place_named_as_a_reference(text, place, how):
    k = text.find(place)
    assert reference_place(text, k, k + len(place)) == how


@pytest.mark.parametrize("text, place", [
    ("东坡区完成投资58亿元", "东坡区"),
    ("签约仪式在东坡区举行", "东坡区"),
    ("其中青神县新开工项目12个", "青神县"),
    ("仁寿县学习浙江经验,建成示范村5个", "仁寿县"),  # the place that learns acts; the model is 浙江
    ("全市项目向东坡区集中", "东坡区"),
])
def test_a_place_that_acts_is_no_reference(text, place):
    k = text.find(place)
    assert reference_place(text, k, k + len(place)) == ""


# ---------------------------------------------------------------- (b) the figures stay the text's own place

def test_a_gwr_target_paragraph_opening_with_a_positioning_slogan_is_the_countys():
    fs = facts_of("岚溪县2026年政府工作报告\n各位代表:\n"
                  "今年工作的总体要求是:立足四川\"两区\"战略定位,在四川省\"一干多支\"发展格局中争先进位。"
                  "2026年全县地区生产总值增长7%左右,规模以上工业增加值增长8%。\n")
    assert one(fs, 7).subject == "岚溪县"
    assert one(fs, 8).subject == "岚溪县"


def test_a_supervision_notice_whose_goal_names_the_province_and_the_city_is_the_countys():
    fs = facts_of("青神县人民政府督查室关于重点工作推进情况的通报\n各乡镇人民政府,县直各部门:\n"
                  "为打造四川省重要增长极、争当眉山市排头兵,1-10月全县完成固定资产投资86.5亿元,同比增长12.1%。\n")
    assert one(fs, 86.5).subject == "青神县"
    assert one(fs, 12.1).subject == "青神县"


def test_a_communique_in_a_provinces_layout_is_the_countys():
    fs = facts_of("青神县2025年国民经济和社会发展统计公报\n"
                  "全年,在四川省\"一干多支\"发展格局中,全县实现地区生产总值158亿元,比上年增长6.5%。\n")
    assert one(fs, 158).subject == "青神县"


def test_a_slogan_in_quotation_marks_names_no_subject():
    fs = facts_of("东坡区2026年一季度招商引资情况\n"
                  "坚持\"融入成都、对接重庆\"主线,一季度全区新签约项目18个,协议投资126亿元。\n")
    assert one(fs, 18).subject == "东坡区"
    assert one(fs, 126).subject == "东坡区"


def test_models_to_learn_from_are_never_the_texts_place():
    ctx, ex = context_of("关于2025年重点项目推进情况的报告\n"
                         "主动融入成渝地区双城经济圈建设,对标浙江、学习江苏,全县今年签约项目42个,总投资318亿元。"
                         "向深圳看齐,全县新开工项目28个。\n")
    assert ctx.place is None or ctx.place.name not in ("浙江省", "江苏省", "深圳市")
    for v in (42, 318, 28):
        assert one(ex.facts, v).subject in ("", "全县")


def test_a_model_frame_before_the_citys_own_figure():
    fs = facts_of("眉山市2025年数字经济发展情况\n"
                  "以杭州为标杆、向深圳看齐,2025年全市数字经济核心产业增加值增长15.2%。\n")
    assert one(fs, 15.2).subject == "眉山市"


# ---------------------------------------------------------------- (c) a time, then the scope word: the scope's clause

@pytest.mark.parametrize("clause", ["2025年全市四季度集中开工重大项目41个", "全年全市集中开工重大项目41个",
                                    "四季度全市集中开工重大项目41个", "2025年1-11月全市集中开工重大项目41个"])
def test_a_clause_opening_with_a_time_and_the_scope_word_is_the_scopes(clause):
    fs = facts_of("眉山:一批重大项目集中开工\n"
                  "11月20日,四川省重大项目集中开工眉山分会场活动在东坡区举行 记者从现场获悉," + clause + "。\n")
    assert one(fs, 41).subject == "眉山市"


@pytest.mark.parametrize("place, lead", [
    ("遂宁市", "3月28日,全省2024年第一季度重大项目集中开工遂宁分会场举行开工仪式,"),
    ("广安市", "9月26日,全省第三季度重大项目集中开工活动广安分会场在经开区举行,"),
])
def test_a_scope_word_opening_an_events_name_is_not_whose_figures_follow(place, lead):
    # 全省 names whose event the branch is part of; the figures the branch's sentence goes on to give are its place's
    fs = facts_of(place + "一批重大项目集中开工\n" + lead + "现场开工重大项目共36个,总投资98亿元。\n")
    assert one(fs, 36).subject == place
    assert one(fs, 98).subject == place


# ---------------------------------------------------------------- (d) the wider place as a reference does not speak

@pytest.mark.parametrize("slogans", [
    "立足全省\"两区\"战略定位,争当全省县域经济排头兵,努力打造全省重要增长极。",
    "融入全省发展格局,对标全省先进,争创全省一流。",
    "在全市\"一核两翼\"发展格局中争先进位,争当全市排头兵,打造全市副中心。",
])
def test_a_countys_text_whose_slogans_name_the_wider_place_speaks_as_the_county(slogans):
    text = ("岚溪县2026年政府工作报告\n各位代表:\n过去一年," + slogans +
            "\n2025年全县地区生产总值完成156.3亿元,增长6.2%。全县规模以上工业增加值增长8.1%。\n")
    assert speaking_suffix(text, min_refs=1) == "县"
    assert body_speaker(text)[0] == "县"
    ctx, ex = context_of(text)
    assert ctx.place.name == "岚溪县"
    assert one(ex.facts, 156.3).subject == "岚溪县"


@pytest.mark.parametrize("text", [
    "根据四川省地区生产总值统一核算结果,2026年我市实现地区生产总值1200亿元。\n",
    "依据广东省统一核算结果,上半年全市地区生产总值增长5.1%。\n",
    "根据眉山市统一核算,2026年全县地区生产总值增长6.3%。\n",
    "据浙江省反馈的统一核算结果,一季度全区规上工业增加值增长7.2%。\n",
])
def test_a_wider_place_that_gave_the_figures_of_a_lower_level_is_no_subject(text):
    fs = facts_of(text)
    assert fs and all(f.subject in ("",) for f in fs), [(f.value, f.subject) for f in fs]


def test_the_source_place_leaves_the_text_its_own_place():
    fs = facts_of("眉山市2026年经济运行情况\n根据四川省地区生产总值统一核算结果,2026年我市实现地区生产总值1200亿元,"
                  "同比增长5.6%。\n")
    assert {f.subject for f in fs} == {"眉山市"}


@pytest.mark.parametrize("text, place", [
    ("根据四川省统一核算结果,全省地区生产总值增长4.8%。\n", "四川省"),  # the same level: its own figures
    ("根据眉山市统一核算结果,全市地区生产总值增长5.8%。\n", "眉山市"),
])
def test_a_source_place_of_the_level_its_text_speaks_for_keeps_its_figures(text, place):
    assert {f.subject for f in facts_of(text)} == {place}


@pytest.mark.parametrize("text", [
    # a wider place's statistics bureau or survey team named as the source, in a sentence with or without 全市
    "眉山市2026年经济运行情况\n经四川省统计局核定,2026年全市地区生产总值1200亿元,同比增长5.6%。\n",
    "眉山市2026年经济运行情况\n经四川省统计局统一核算,2026年地区生产总值1200亿元,同比增长5.6%。\n",
    "眉山市前三季度经济运行简况\n四川省统计局反馈数据显示,前三季度全市地区生产总值1200亿元,同比增长5.6%。\n",
    "眉山市2026年经济运行情况\n据四川省统计局发布,全年地区生产总值1200亿元,同比增长5.6%。\n",
])
def test_a_statistics_body_named_as_the_source_gives_no_subject_nor_the_texts_place(text):
    ctx, ex = context_of(text)
    assert ctx.place.name == "眉山市"
    assert {f.subject for f in ex.facts} == {"眉山市"}, [(f.value, f.subject) for f in ex.facts]


def test_a_county_text_citing_its_prefectures_bureau_keeps_the_county():
    ctx, ex = context_of("仁寿县2026年国民经济和社会发展统计公报\n根据眉山市统计局统一核算,全年地区生产总值580亿元,"
                         "比上年增长6.1%。\n")
    assert ctx.place.name == "仁寿县"
    assert {f.subject for f in ex.facts} == {"仁寿县"}


@pytest.mark.parametrize("text, place", [
    ("四川省统计局数据显示,前三季度东坡区地区生产总值增长6.3%。\n", "东坡区"),  # the place it names is the subject
    ("眉山市统计局发布2026年统计公报\n全市地区生产总值1200亿元,增长5.6%。\n", "眉山市"),  # the bureau of its own place
])
def test_a_statistics_body_leaves_the_place_the_sentence_or_text_names(text, place):
    assert {f.subject for f in facts_of(text)} == {place}


# ---------------------------------------------------------------- (c) a benchmark of a comparison or a rank

@pytest.mark.parametrize("text, place", [
    ("前三季度,与比拼对象青神县比,全县增速高0.5个百分点", "青神县"),
    ("与眉山市相比,全县增速快1个百分点", "眉山市"),
    ("同青神县比较,我县规上工业增加值增速高2个百分点", "青神县"),
    ("全县投资增速较四川省高1.2个百分点", "四川省"),
    ("全区比青神县多完成投资3亿元", "青神县"),
    ("综合排名全市第四,位居东坡区、仁寿县、青神县之后", "东坡区"),
    ("综合排名全市第四,位居东坡区、仁寿县、青神县之后", "仁寿县"),
    ("综合排名全市第四,位居东坡区、仁寿县、青神县之后", "青神县"),
    ("投资增速全市第二,仅次于东坡区", "东坡区"),
])
def test_a_place_compared_with_is_a_benchmark(text, place):
    k = text.find(place)
    assert reference_place(text, k, k + len(place)) == "benchmark"


@pytest.mark.parametrize("text, place", [
    ("青神县和东坡区比上年分别增长5%、6%", "东坡区"),  # a place and its own past: both act
    ("东坡区比上年增长5%", "东坡区"),
    ("与东坡区签订合作协议3项", "东坡区"),
    ("东坡区位居全市第一", "东坡区"),
    ("位居全省前列,东坡区完成投资58亿元", "东坡区"),
])
def test_a_place_compared_with_its_own_past_or_ranked_itself_is_no_benchmark(text, place):
    k = text.find(place)
    assert reference_place(text, k, k + len(place)) == ""


def test_a_county_report_naming_only_its_benchmarks_has_no_place_of_their_own():
    """A county's progress note that never names itself, comparing itself with a neighbour and placing its rank after
    others: the neighbour's figures are not the text's, so its figures have no subject rather than the neighbour's."""
    text = ("前三季度全县经济运行情况\n"
            "前三季度,全县主要经济指标增速全市第二,综合排名全市第四,位居东坡区、仁寿县、彭山区之后。\n"
            "全县主要经济发展指标与比拼对象青神县比,规上工业增加值增速高1.1个百分点。"
            "前三季度,全县地区生产总值完成85.2亿元,同比增长6.1%;固定资产投资增长12.3%。\n")
    ctx, ex = context_of(text)
    assert ctx.place is None
    assert one(ex.facts, 85.2).subject == "" and one(ex.facts, 12.3).subject == ""


def test_a_place_inside_a_quoted_honour_of_the_headline_is_not_the_texts():
    # “某省卫生城市”复审… / “某省园林县城”创建…: the province names the honour; a county's text that never names itself
    # has no place (""), and 林县 is not read out of 园林县城
    fs = facts_of("“河南省卫生城市”复审迎检工作推进会召开\n会议指出,今年以来,全县上下扎实推进创卫工作,"
                  "累计投入资金1.2亿元,改造背街小巷86条。\n")
    assert one(fs, 1.2).subject == ""
    assert one(fs, 86).subject == ""
    fs = facts_of("关于2023年度“河北省园林县城”创建工作的报告\n一、基本情况\n全县建成区绿地率达到38.5%,"
                  "今年新建公园5个。\n")
    assert one(fs, 38.5).subject == ""
    assert one(fs, 5).subject == ""
