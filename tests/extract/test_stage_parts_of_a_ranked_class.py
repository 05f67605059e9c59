"""A whole split by stage, each part written by its stage alone (重点建设项目24项,其中新建18项,续建6项): a part counts
that stage of the class the whole names by its rank (新建重点建设项目, 续建市级重大项目), a whole named by an act or an event
(集中开竣工项目) lends only its noun (竣工项目), two stages side by side lend each other nothing, and an amount after
parts that had no amount of their own is the whole's.  Sentences written for these tests."""
from __future__ import annotations

from factrun import facts_of, one

HEAD = "甲县项目建设情况通报\n发布时间:2023-05-12\n"


def test_stage_parts_name_the_ranked_class_of_the_whole():
    fs = facts_of(HEAD + "今年全县安排重点建设项目24项,其中新建18项,续建6项,总投资60.5亿元。\n")
    assert one(fs, 18).indicator == "新建重点建设项目"
    assert one(fs, 6).indicator == "续建重点建设项目"
    total = one(fs, 60.5).indicator
    assert total.endswith("重点建设项目总投资") and "续建" not in total


def test_bracketed_stage_parts_of_a_level_class():
    fs = facts_of(HEAD + "全年甲县共安排市级重大项目40项(新建15项、续建25项),年度计划投资22亿元。\n")
    assert one(fs, 15).indicator == "新建市级重大项目"
    assert one(fs, 25).indicator == "续建市级重大项目"


def test_a_whole_named_by_an_event_lends_its_noun_only():
    fs = facts_of(HEAD + "5月,甲县集中开竣工项目30个,总投资90亿元,其中新开工18项,竣工12项。\n")
    assert one(fs, 18).indicator == "新开工项目"
    assert one(fs, 12).indicator == "竣工项目"  # (no 竣工新开工: a sibling stage lends no noun)


def test_a_count_after_the_breakdown_counts_of_the_whole():
    fs = facts_of(HEAD + "今年全县安排重点建设项目24项,其中新建18项,续建6项。到二季度末计划开工11项,开工率45.8%。\n")
    assert one(fs, 11).indicator == "开工重点建设项目"


def test_parts_with_amounts_of_their_own_keep_them():
    fs = facts_of(HEAD + "甲县今年实施项目60个,其中续建35个、总投资50亿元,新建25个、总投资30亿元。\n")
    assert one(fs, 50).indicator.startswith("续建")
    assert one(fs, 30).indicator.startswith("新建")


def test_a_plan_after_the_sum_adverb_keeps_its_first_character():
    fs = facts_of(HEAD + "今年全县共计划实施重点工程40项(新建15项、续建25项)。\n")
    assert not one(fs, 40).indicator.startswith("划")  # 共计划: 共 and 计划, no 共计 before 划
    assert one(fs, 15).indicator == "新建重点工程"
