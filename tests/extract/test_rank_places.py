"""Ranks written without an ordinal figure (sentences written for these tests, in several genres and levels)."""
from __future__ import annotations

from factrun import facts_of, one


def _ranks(fs):
    return sorted((f.value, f.comparator) for f in fs if f.measure == "rank")


def test_first_place_as_a_priority_or_an_index_is_no_rank():
    fs = facts_of("岚溪县2025年政府工作报告\n我们始终把保护人民生命安全摆在首位,城市首位度持续提升,把就业放在首位。\n")
    assert _ranks(fs) == []


def test_a_band_of_top_places_entered_is_a_bounded_rank():
    fs = facts_of("岚溪县2025年政府工作报告\n2024年,县域经济综合实力进入全国百强,数字经济规模跻身全省十强行列。\n")
    assert _ranks(fs) == [(10, "<="), (100, "<=")]


def test_a_band_naming_a_class_or_an_honour_is_no_rank():
    fs = facts_of("东坡市2025年政府工作报告\n全市新增百强县1个,引进世界500强企业3家,入选“全国百强”名单。\n")
    assert _ranks(fs) == []
    assert sorted(f.value for f in fs) == [1, 3]


def test_a_place_without_di_after_a_verb_of_ranking_is_a_rank():
    fs = facts_of("岚溪县2025年政府工作报告\n2024年,综合实力位居全省65位,数字经济指数排名全市3名。\n")
    assert _ranks(fs) == [(3, "="), (65, "=")]
    fs = facts_of("东坡市重点工作进展通报\n1-9月,全市固定资产投资增速在全省排37位。\n")
    f = one(fs, 37)
    assert f.measure == "rank"


def test_people_counted_in_wei_and_ming_stay_counts():
    fs = facts_of("岚溪县2025年政府工作报告\n全县共安排驻村干部20名。县医院引进博士12位。\n")
    assert _ranks(fs) == []
    assert one(fs, 20).measure == "count" and one(fs, 12).measure == "count"


def test_first_tier_written_dang_is_rank_one_but_an_archive_is_none():
    fs = facts_of("东坡市2025年政府工作报告\n2024年,全市数字经济发展水平位居全省第一档。\n")
    assert _ranks(fs) == [(1, "=")]
    fs = facts_of("东坡市2025年政府工作报告\n2024年,市第一档案馆新馆建成投用。\n")
    assert _ranks(fs) == []
