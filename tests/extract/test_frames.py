"""Frames (extract/frame.py): what a document and each of its parts is, decided once from its headings, its announced
parts and the leads that open them; invented documents of several shapes."""
from __future__ import annotations

import pytest

from factrun import context_of, one
from taizhang.extract import frame


def frames_of(text: str):
    ctx, ex = context_of(text)
    return ctx.frames, ex


def kinds(ex, *values):
    return [one(ex.facts, v).kind for v in values]


# --------------------------------------------------------------------------- headings

@pytest.mark.parametrize("title, kind", [
    ("2025年工作回顾", "actual"),
    ("过去五年主要成就", "actual"),
    ("今年工作总体要求和主要目标", "target"),
    ("2026年工作安排", "target"),
    ("重点任务完成情况", "actual"),  # the phrase's head is written last: a report on the tasks
    ("过去五年回顾和今后五年奋斗目标", "target"),
    ("加强政府自身建设", ""),
])
def test_a_heading_says_review_or_plan_by_the_head_of_its_phrase(title, kind):
    assert frame.heading_kind(title) == kind


@pytest.mark.parametrize("title, year", [
    ("2025年工作回顾", 2025), ("过去一年工作回顾", 2025), ("今年工作安排", 2026), ("明年工作打算", 2027),
    ("“十四五”规划目标", None), ("2021—2025年发展成就", None),
])
def test_a_heading_names_its_year_by_number_or_by_a_word(title, year):
    assert frame.heading_year(title, 2026) == year


REPORT_HEADINGS = """青川市2026年政府工作报告

各位代表:
今天,我代表市人民政府,向大会报告工作。
一、过去一年工作回顾
全市地区生产总值达到512亿元,增长5.8%。新建5G基站860个,改造老旧小区42个。
二、今年工作总体要求和主要目标
地区生产总值增长6%左右,城镇调查失业率控制在5.5%以内。
三、重点工作
新建5G基站500个,改造老旧小区30个。
"""


def test_part_headings_frame_their_parts_with_their_years():
    fr, ex = frames_of(REPORT_HEADINGS)
    assert [(p.kind, p.year, p.source) for p in fr.parts] == [("actual", 2025, "heading"), ("target", 2026, "heading")]
    assert kinds(ex, 860, 42) == ["actual", "actual"]
    assert [one(ex.facts, v).period for v in (860, 6)] == ["2025", "2026"]


# --------------------------------------------------------------------------- announced parts

TOC_THEN_BODY = """岚溪县2026年政府工作报告

各位代表:
受县政府委托,我向大会作报告。
一、2025年工作回顾
二、2026年目标任务
回顾2025年,全县生产总值增长6.1%,一般公共预算收入完成9.8亿元,新增城镇就业3200人。全年实施重点项目45个,完成投资68亿元。
新建农村公路120公里,改造危房860户。
2026年,全县经济社会发展的主要预期目标是:生产总值增长6.5%左右,城镇新增就业3000人以上。
新建农村公路100公里,改造危房500户。
"""


def test_a_list_of_parts_before_the_parts_frames_nothing_and_the_body_follows_its_order():
    fr, ex = frames_of(TOC_THEN_BODY)
    assert [(a.kind, a.year) for a in fr.announced] == [("actual", 2025), ("target", 2026)]
    assert [(p.kind, p.year, p.source) for p in fr.parts] == [("actual", 2025, "announced"),
                                                              ("target", 2026, "opener")]
    review = [one(ex.facts, v) for v in (9.8, 45, 68, 120, 860)]
    assert [(f.kind, f.period) for f in review] == [("actual", "2025")] * 5
    plan = [one(ex.facts, v) for v in (6.5, 100, 500)]
    assert [(f.kind, f.period) for f in plan] == [("target", "2026")] * 3


def test_a_table_of_contents_before_repeated_headings_frames_nothing():
    text = REPORT_HEADINGS.replace("今天,我代表市人民政府,向大会报告工作。\n",
                                   "目录\n一、过去一年工作回顾\n二、今年工作总体要求和主要目标\n三、重点工作\n")
    fr, ex = frames_of(text)
    assert len(fr.announced) == 3
    assert [(p.kind, p.source) for p in fr.parts] == [("actual", "heading"), ("target", "heading")]
    assert kinds(ex, 860, 500) == ["actual", "target"]


@pytest.mark.parametrize("announcement", [
    "报告分为两个部分:一、2025年工作回顾;二、2026年目标任务。",
    "报告共分三个部分:一是2025年工作回顾,二是2026年总体要求和目标任务,三是重点工作。",
    "下面,我从两个方面报告工作:(一)2025年工作回顾;(二)2026年工作安排。",
])
def test_parts_announced_in_one_sentence_do_not_switch_the_text_to_plan(announcement):
    text = ("石门县政府工作报告\n\n各位代表:\n" + announcement +
            "回顾2025年,全县地区生产总值完成210亿元,增长6.3%。\n农村居民人均可支配收入1.9万元,增长7.2%。\n"
            "2026年,全县经济社会发展主要预期目标为:地区生产总值增长6%以上。\n新建高标准农田2万亩。\n")
    fr, ex = frames_of(text)
    assert [(p.kind, p.year) for p in fr.parts] == [("actual", 2025), ("target", 2026)]
    assert [(one(ex.facts, v).kind, one(ex.facts, v).period) for v in (210, 1.9)] == [("actual", "2025")] * 2
    assert [(one(ex.facts, v).kind, one(ex.facts, v).period) for v in (6, 2)] == [("target", "2026")] * 2


def test_news_about_a_report_opens_its_parts_after_who_says_them():
    text = ("梅岭区人代会开幕\n\n1月8日,梅岭区第五届人民代表大会第三次会议开幕。区长作政府工作报告。"
            "报告共分为三个部分:一、过去五年工作回顾;二、今后五年总体目标;三、2026年重点工作。\n"
            "区长在报告中指出,过去五年,全区新增市场主体1.2万户,建成学校14所。\n"
            "报告提出,今后五年,全区主要目标是:新增市场主体2万户。\n"
            "新建学校10所,改造农贸市场6个。\n")
    fr, ex = frames_of(text)
    assert [p.kind for p in fr.parts] == ["actual", "target"]
    assert kinds(ex, 1.2, 14) == ["actual", "actual"]
    assert kinds(ex, 10, 6) == ["target", "target"]


@pytest.mark.parametrize("sentence", [
    "一是确保完成全年目标任务,二是抓好重点任务。",  # tasks, both plans: no list of a review and a plan part
    "一是认真回顾全年工作,二是研究部署明年工作。",  # what a meeting did, no part names
])
def test_items_that_are_no_part_names_announce_nothing(sentence):
    fr, ex = frames_of("岚溪县召开全县经济工作会议\n\n" + sentence + "\n会议指出,全县新建标准厂房12万平方米。\n")
    assert fr.announced == []
    assert all(p.source == "heading" for p in fr.parts)  # (each item frames itself, as a heading would)
    assert one(ex.facts, 12).kind == "actual"


def test_a_text_without_parts_is_framed_by_its_genre_only():
    fr, ex = frames_of("岚溪县新建3座污水处理厂\n\n今年以来,岚溪县新建污水处理厂3座,新增日处理能力1.5万吨。\n")
    assert fr.parts == [] and fr.document.kind == "actual"
    assert fr.part_at(40) is None


def test_a_document_titled_by_its_targets_commits():
    fr, ex = frames_of("岚溪县确立未来五年发展目标\n\n全县地区生产总值年均增长6%,新建乡村振兴示范村30个。\n")
    assert (fr.document.kind, fr.document.source) == ("target", "title")
    assert one(ex.facts, 30).kind == "target"


def test_the_frames_are_written_with_the_document_context_in_raw_offsets():
    ctx, ex = context_of(TOC_THEN_BODY)
    got = ex.record.context["frames"]
    review = got["parts"][0]
    assert TOC_THEN_BODY[review["cue_start"]:review["cue_end"]] == "一、2025年工作回顾"
    plan = got["parts"][1]
    assert TOC_THEN_BODY[plan["cue_start"]:plan["cue_end"]].startswith("2026年")


# --------------------------------------------------------------------------- kinds within a genre's frame

@pytest.mark.parametrize("text, value, kind", [
    # what a counted part of a batch is worth is said of that part, not of the plan stated before 其中
    ("青川市集中开工\n\n本次集中开工项目30个,总投资120亿元,年内计划投资45亿元,其中工业项目18个,总投资76亿元。\n", 76, "actual"),
    ("岚溪县秋季开工\n\n此次开工项目32个,总投资156亿元,年内计划完成投资48亿元。其中,产业项目20个,总投资98亿元;"
     "基础设施项目8个,总投资40亿元。\n", 40, "actual"),
    ("梅岭区签约活动\n\n集中签约项目25个,签约金额160亿元,其中外资项目6个,合同金额40亿元,计划年内开工项目12个。\n", 40, "actual"),
    ("石门县招商\n\n全县今年共引进项目42个,计划总投资90亿元,年内计划到位资金30亿元,其中亿元以上项目15个,投资总额64亿元。\n",
     64, "actual"),
    # …and a part of a commitment is committed
    ("岚溪县招商工作安排\n\n力争全年引进项目50个,其中亿元以上项目20个,总投资200亿元。\n", 200, "target"),
])
def test_what_a_counted_part_is_worth_takes_the_parts_kind(text, value, kind):
    _, ex = frames_of(text)
    assert one(ex.facts, value).kind == kind


@pytest.mark.parametrize("text, values", [
    ("岚溪县一季度招商引资情况通报\n\n一季度,全县签约项目36个,签约资金42.6亿元,引进亿元以上企业9家(任务数8家),"
     "到位资金18亿元(任务数15亿元)。其中,经开区签约项目20个,签约资金25.3亿元。\n", (36, 42.6, 9, 20, 25.3)),
    ("梅岭区项目推进情况通报\n\n全区新开工项目14个(目标任务12个),完成投资9.6亿元。\n", (14, 9.6)),
])
def test_a_task_in_brackets_speaks_of_the_value_it_follows_only(text, values):
    _, ex = frames_of(text)
    assert kinds(ex, *values) == ["actual"] * len(values)


@pytest.mark.parametrize("sentence, value", [
    ("副县长李某分管目标任务15项,已完成9项。", 15),
    ("县发改局承担目标任务8项,已完成5项。", 8),
    ("常务副县长张某分管重点任务共12项,已办结7项。", 12),
    ("县交通运输局牵头任务6项,已完成4项。", 6),
    ("青川镇承担年度目标任务有11项,滞后2项。", 11),
])
def test_the_tasks_a_notice_counts_under_a_leader_or_unit_are_counted_not_committed(sentence, value):
    _, ex = frames_of("关于2026年县政府重点工作推进情况的通报\n\n现将截至9月底推进情况通报如下。\n" + sentence + "\n")
    assert one(ex.facts, value).kind == "actual"


@pytest.mark.parametrize("sentence, values", [
    ("城乡居民医保参保率98.5%,超过目标任务1.5个百分点。", (98.5, 1.5)),
    ("全县规上工业增加值增长9.2%,高于目标2.2个百分点。", (9.2, 2.2)),
    ("一般公共预算收入增长6.4%,比目标任务快1.4个百分点。", (6.4, 1.4)),
    ("城镇登记失业率3.1%,低于目标0.9个百分点。", (3.1, 0.9)),
    ("农村居民人均可支配收入增长8.1%,超出年度目标0.6个百分点。", (8.1, 0.6)),
    ("全县地区生产总值突破210亿元、增长6.3%,高于年初增长目标。", (210, 6.3)),
])
def test_a_figure_set_against_the_target_reports(sentence, values):
    _, ex = frames_of("岚溪县2025年国民经济和社会发展统计公报\n\n" + sentence + "\n")
    assert kinds(ex, *values) == ["actual"] * len(values)


def test_the_target_itself_stays_a_target():
    _, ex = frames_of("岚溪县2026年工作要点\n\n全年目标任务为城镇新增就业3000人。\n")
    assert one(ex.facts, 3000).kind == "target"


# --------------------------------------------------------------------------- parts opened by leads alone

LEADS_ONLY = """岚溪县第十五次党代会报告摘要

过去五年,全县地区生产总值从120亿元增加到182亿元,年均增长7.1%。
新建学校21所。
城镇居民人均可支配收入达到4.2万元。

今后五年,全县经济社会发展的主要目标是:
地区生产总值年均增长6.5%以上。
新建学校15所。
城镇居民人均可支配收入达到5.6万元。
"""


@pytest.mark.parametrize("review, plan", [
    ("过去五年,", "今后五年,全县经济社会发展的主要目标是:"),
    ("回顾过去一年,", "今年工作的总体要求是:稳中求进。"),
    ("县委书记在报告中指出,五年来,", "报告提出,未来五年,"),
])
def test_a_text_without_headings_is_framed_by_the_leads_of_its_paragraphs(review, plan):
    text = LEADS_ONLY.replace("过去五年,", review).replace("今后五年,全县经济社会发展的主要目标是:", plan)
    fr, ex = frames_of(text)
    assert [(p.kind, p.source) for p in fr.parts] == [("actual", "lead"), ("target", "lead")]
    assert kinds(ex, 21, 4.2) == ["actual", "actual"]
    assert kinds(ex, 15, 5.6) == ["target", "target"]


@pytest.mark.parametrize("text", [
    # a plan's lead before the look back: no report's order, nothing decided
    "岚溪县工作会议\n\n今年工作的总体要求是:稳中求进。\n新建学校15所。\n过去一年,全县新建学校21所。\n",
    # a look back alone
    "岚溪县工作综述\n\n过去一年,全县新建学校21所。\n改造老旧小区12个。\n",
])
def test_leads_out_of_a_reports_order_decide_nothing(text):
    fr, _ = frames_of(text)
    assert fr.parts == []


@pytest.mark.parametrize("lead", [
    "本报讯 日前,岚溪县人民代表大会审议通过《岚溪县国民经济和社会发展第十五个五年规划纲要》,纲要提出了未来五年经济社会发展的主要目标。",
    "记者从县发改局获悉,《岚溪县乡村振兴三年行动方案》近日印发,方案明确了到2028年全县乡村振兴的发展目标和重点任务。",
])
def test_news_of_a_plan_is_a_plan_from_its_lead_up_to_its_look_back(lead):
    text = ("岚溪县发布规划纲要\n\n" + lead + "\n"
            "科技创新方面,高新技术企业数量达到120家,新建省级研发平台15个。\n"
            "过去五年,全县高新技术企业由40家增加到68家,新建省级研发平台9个。\n")
    fr, ex = frames_of(text)
    assert [(p.kind, p.source) for p in fr.parts] == [("target", "lead"), ("actual", "lead")]
    assert kinds(ex, 120, 15) == ["target", "target"]
    assert one(ex.facts, 9).kind == "actual"


def test_a_lead_that_sets_out_targets_frames_only_news_of_a_plan():
    fr, _ = frames_of("岚溪县召开项目推进会\n\n会议明确了下一步工作目标和责任分工,全县今年新开工项目38个,已竣工12个。\n"
                      "新建标准厂房8万平方米。\n")
    assert fr.parts == []


@pytest.mark.parametrize("title, kind", [
    ("岚溪县2026年民生实事项目计划", "target"),
    ("青川市2026年重点任务清单", "target"),
    ("关于印发《梅岭区2026年乡村振兴工作计划》的通知", "target"),
    ("石门县2026年重点项目建设计划表", "target"),
    ("岚溪县2026年民生实事项目计划执行情况", "actual"),  # a report on the plan
    ("关于2026年重点任务清单完成情况的通报", "actual"),
])
def test_a_plans_list_titled_as_such_commits_where_its_figures_say_nothing(title, kind):
    fr, ex = frames_of(title + "\n\n一、教育\n1.新建幼儿园3所,新增学位900个。\n2.改造农村薄弱学校12所。\n")
    assert fr.document.kind == kind
    assert kinds(ex, 3, 900, 12) == [kind] * 3
