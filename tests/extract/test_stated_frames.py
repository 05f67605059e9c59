"""The frame stated once and carried (scope.list_lead, facts._framed_target, …): a commitment, a place or a year
stated at the top of a paragraph, a list or a short note holds for the figures after it until the text states another.
Invented texts of several genres: meeting news, a work report's tasks, a district's plan, a progress note."""
from __future__ import annotations

import pytest

from factrun import facts_of, one

MEETING_NEWS = """南湖区：今年重点抓好六方面工作

2026-02-15 来源：南湖区融媒体中心

在日前召开的南湖区经济工作会议上，区长李某表示，今年南湖区将重点抓好六方面工作。

一是壮大市场主体。新增规上工业企业60家、科技型中小企业120家。

二是扩大有效投资。实施重点项目150个，签约亿元以上项目30个，建成投产项目20个。

三是提升城市品质。改造老旧小区36个，建成口袋公园8个。
"""

PLAN_ITEMS = """青山县民生工作新闻

今年，全县将重点做好以下几项工作：
（一）教育。新建幼儿园5所，新增学位3000个。
（二）文化。建成村级文化广场40个，组建文艺团队15支。
"""

REVIEW_ITEMS = """东坪县2025年工作总结

过去一年，全县主要做了以下几方面工作。

一是项目建设。签约项目32个，建成投产项目18个。

二是民生保障。建成口袋公园9个，荣获省级文明城市称号2项。
"""


@pytest.mark.parametrize("value", [60, 120, 150, 30, 20, 36, 8])
def test_items_under_a_lead_announcing_them_by_number_take_its_commitment(value):
    f = one(facts_of(MEETING_NEWS), value)
    assert (f.kind, f.period) == ("target", "2026")


@pytest.mark.parametrize("value", [5, 3000, 40, 15])
def test_items_under_a_lead_announcing_what_follows_take_its_commitment(value):
    assert one(facts_of(PLAN_ITEMS), value).kind == "target"


def test_items_under_a_lead_commit_only_when_the_lead_does():
    review = facts_of(REVIEW_ITEMS)  # 过去一年,…主要做了以下几方面工作: the items report
    assert [one(review, v).kind for v in (32, 18, 9, 2)] == ["actual"] * 4
    assert one(facts_of(MEETING_NEWS), 20).kind == "target"


PLAN_LEAD_NO_MODAL = """北坪县召开全县经济工作会议

2025-02-18

会议强调，今年重点抓好以下工作：
一是守牢生态底线。推进治理废弃矿山35处，国土绿化9万亩，城市污水集中收集率达70%以上。
二是扩大有效投资。新开工项目45个。
"""

DONE_LEAD = """北坪县召开全县经济工作会议

2025-02-18

会议指出，过去一年，全县重点抓好了以下工作：
一是守牢生态底线。治理废弃矿山35处，国土绿化9万亩。
二是扩大有效投资。新开工项目45个。
"""


def test_items_under_a_plans_lead_with_no_modal_word_are_its_targets():
    # 今年重点抓好以下工作: a plan's lead announcing the work after it commits its bare items to the year; the same
    # lead with 了 (重点抓好了以下工作) tells the work done
    fs = facts_of(PLAN_LEAD_NO_MODAL)
    assert [(one(fs, v).kind, one(fs, v).period) for v in (35, 9, 70, 45)] == [("target", "2025")] * 4
    done = facts_of(DONE_LEAD)
    assert [one(done, v).kind for v in (35, 9, 45)] == ["actual"] * 3


def test_a_plans_lead_in_a_text_of_no_date_keeps_this_year_unknown():
    fs = facts_of(PLAN_LEAD_NO_MODAL.replace("2025-02-18\n\n", ""))
    assert [(one(fs, v).kind, one(fs, v).period) for v in (35, 9, 70)] == [("target", "?")] * 3


PARAGRAPH_OPENER = """东湖区扎实推进民生实事

东湖区今年将着力办好十件民生实事。改造老旧小区30个，新增停车位2000个。建成口袋公园8个、举办演出40场。签约文旅项目6个。
1-6月，已改造老旧小区12个，建成口袋公园3个。
"""


@pytest.mark.parametrize("value", [8, 40, 6])
def test_a_commitment_opening_the_paragraph_holds_for_its_later_sentences(value):
    assert one(facts_of(PARAGRAPH_OPENER), value).kind == "target"


PURPOSE_OPENER = """西岭镇推进乡村振兴

为确保完成全年目标，西岭镇多措并举推进乡村振兴。建成高标准农田3000亩，签约农业项目7个。
"""


def test_the_commitment_ends_where_a_sentence_or_a_paragraph_states_its_own_cue():
    fs = facts_of(PARAGRAPH_OPENER)
    assert [one(fs, v).kind for v in (12, 3)] == ["actual", "actual"]  # 1-6月,已改造…
    assert one(fs, 8).kind == "target"
    purpose = facts_of(PURPOSE_OPENER)  # 为确保…: a purpose clause commits nothing after it
    assert [one(purpose, v).kind for v in (3000, 7)] == ["actual", "actual"]


# --------------------------------------------------------------------------- a place named once at the top

SHORT_NOTE = """重大项目建设跑出加速度

发布时间：2026-08-12

今年以来，西城区重大项目建设成效明显。1-7月，38个重大项目完成投资10亿元，占年度计划的62%。新签约项目12个。其中，甲街道完成投资2.1亿元，乙街道完成投资1.5亿元。
下一步，将确保全年完成投资18亿元。
"""

COUNTY_NOTE = """民生实事稳步推进

近日，江阳区召开民生实事推进会。会议通报，今年确定的十件民生实事已完成投资3.2亿元，新增城镇就业2100人。
"""


@pytest.mark.parametrize("value", [38, 10, 62, 12, 18])
def test_a_place_named_once_at_the_top_of_a_short_note_is_every_later_figures(value):
    assert one(facts_of(SHORT_NOTE), value).subject == "西城区"


def test_a_sub_area_listed_later_stays_local_and_a_word_is_no_place():
    fs = facts_of(SHORT_NOTE)
    assert (one(fs, 2.1).subject, one(fs, 1.5).subject, one(fs, 38).subject) == ("甲街道", "乙街道", "西城区")
    word = facts_of("老城改造提速\n\n发布时间：2026-08-12\n\n今年以来，新城区建设提速，完成投资10亿元，改造道路12条。\n")
    assert one(word, 10).subject == ""  # 新城区 is a word before it is a district


@pytest.mark.parametrize("value", [3.2, 2100])
def test_a_district_opening_the_lead_of_a_meeting_note_is_its_place(value):
    assert one(facts_of(COUNTY_NOTE), value).subject == "江阳区"


PORTAL_NOTE = """重大项目建设跑出加速度

来源：眉山市人民政府网  2026-08-12

今年以来，东坡区重大项目建设成效明显。1-7月，38个重大项目完成投资10亿元，新签约项目12个。
"""


@pytest.mark.parametrize("value", [38, 10, 12])
def test_a_district_in_the_lead_of_a_note_posted_on_its_citys_site_is_its_place(value):
    assert one(facts_of(PORTAL_NOTE), value).subject == "东坡区"


def test_a_note_speaking_as_the_city_keeps_the_city():
    assert one(facts_of(PORTAL_NOTE), 38).subject == "东坡区"
    fs = facts_of(PORTAL_NOTE.replace("新签约项目12个。", "新签约项目12个。全市新开工项目45个。"))
    assert one(fs, 45).subject == "眉山市"  # (全市: the text speaks as the city the site is of)


# --------------------------------------------------------------------------- the year of a run of targets

MEETING_DAY = """青山县召开重点工作推进会

3月2日，青山县召开重点工作推进会。会议明确，今年全县将着力扩大有效投资，实施重点项目150个；还将建成口袋公园8个、举办文化惠民演出40场。力争重点片区投资超过50亿元，新增城镇就业5000人。
"""


@pytest.mark.parametrize("value", [50, 5000])
def test_the_year_a_run_of_targets_is_stated_in_carries_past_the_meetings_day(value):
    f = one(facts_of(MEETING_DAY), value)
    assert (f.kind, f.period) == ("target", "?")  # (no year written anywhere: this year, unknown)


DATED_NEWS = """东坪市城市更新推进会召开

2026-03-10 来源：东坪日报

3月8日，东坪市召开城市更新推进会。会议要求，今年要改造老旧小区30个，新增停车位2000个。力争城市更新投资超过50亿元，新增绿地面积120公顷。
"""


@pytest.mark.parametrize("value", [50, 120])
def test_the_year_of_a_run_of_targets_in_a_dated_text(value):
    f = one(facts_of(DATED_NEWS), value)
    assert (f.kind, f.period) == ("target", "2026")


WITHIN_THE_YEAR = """东坪市招商引资工作会召开

2026-03-10 来源：东坪日报

3月8日，东坪市召开招商引资工作会。会议提出，年内招引重点项目不少于60个。加快推进17个工业项目用地挂牌。
"""


def test_within_the_year_binds_its_own_clause_only():
    assert one(facts_of(WITHIN_THE_YEAR), 17).period == ""


def test_a_thing_done_in_a_breakdown_is_no_place_part():
    text = ("关于上半年民生实事推进情况的通报\n\n各街道、区直各单位：\n截至6月底，改造老旧小区18个，新增停车位1200个。"
            "其中，东关街道改造老旧小区6个。\n")
    f = one(facts_of(text), 6)
    assert "老旧小区" in f.indicator and f.indicator != "新增停车位"  # 6 old compounds, not the parking spaces' part
