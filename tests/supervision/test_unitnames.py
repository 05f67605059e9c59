"""Unit names as offices write them meet the unit tree: aliases, place prefixes, several names, collectives."""
from __future__ import annotations

from taizhang.supervision.unitnames import UnitMatcher, UnitRecord, shorten, split_names

TREE = [
    UnitRecord(1, "县发展和改革局"),
    UnitRecord(2, "县住房和城乡建设局"),
    UnitRecord(3, "县市场监督管理局"),
    UnitRecord(4, "市发展和改革委员会"),
    UnitRecord(5, "城关镇", "town"),
    UnitRecord(6, "河西街道", "town"),
    UnitRecord(7, "县教育和体育局"),
    UnitRecord(8, "县文化广电和旅游局"),
    UnitRecord(9, "县人民政府办公室"),
    UnitRecord(10, "县自然资源局"),
]


def m() -> UnitMatcher:
    return UnitMatcher(TREE)


def test_short_and_full_names_meet():
    assert shorten("住房和城乡建设局") == shorten("住房城乡建设局") == "住建局"
    matcher = m()
    assert matcher.match("住建局").unit_id == 2
    assert matcher.match("县住建局").unit_id == 2
    assert matcher.match("县发展和改革局").unit_id == 1
    assert matcher.match("县发展改革局").unit_id == 1
    assert matcher.match("市场监管局").unit_id == 3      # 市场 is not the place prefix 市
    assert matcher.match("县教体局").unit_id == 7
    assert matcher.match("文旅局").unit_id == 8
    assert matcher.match("县政府办").unit_id == 9
    assert matcher.match("县 自然资源局").unit_id == 10   # spaces inside a name do not matter


def test_place_prefix_chooses_between_levels():
    matcher = m()
    assert matcher.match("市发改委").unit_id == 4
    assert matcher.match("县发改局").unit_id == 1
    # 发改局 exists only at county level; 市发改局 is looser but still the city's commission when written 市
    assert matcher.match("市发展和改革委员会").how == "exact"


def test_several_units_in_one_cell_first_is_lead():
    a = m().parse("县发改局、县住建局")
    assert a.lead_id == 1 and a.co_ids == [2] and not a.unknown
    a = m().parse("县住建局，县发改局（牵头）")
    assert a.lead_id == 1 and a.co_ids == [2]
    a = m().parse("县发改局\n县住建局 县教体局")
    assert a.lead_id == 1 and a.co_ids == [2, 7]


def test_collective_names_expand_to_units_of_that_kind():
    a = m().parse("县住建局、各镇（街道）")
    assert a.lead_id == 2 and a.co_ids == [5, 6]
    assert split_names("各县（市、区）、县发改局") == ["各县（市、区）", "县发改局"]
    ref = m().match("县直各部门")
    assert ref.how == "collective" and 1 in ref.unit_ids and 5 not in ref.unit_ids


def test_unknown_names_are_kept_not_dropped():
    a = m().parse("县发改局、县星际旅行局")
    assert a.lead_id == 1 and a.unknown == ["县星际旅行局"]
    matcher = m()
    matcher.add(UnitRecord(11, "县星际旅行局"))
    assert matcher.match("星际旅行局").unit_id == 11


def test_ambiguous_name_is_not_guessed():
    matcher = UnitMatcher([UnitRecord(1, "甲县住房和城乡建设局"), UnitRecord(2, "乙县住房和城乡建设局")])
    ref = matcher.match("住建局")
    assert ref.unit_id is None and ref.how == "ambiguous" and sorted(ref.candidates) == [1, 2]
    assert matcher.match("乙县住建局").unit_id == 2


def test_units_found_in_running_text():
    text = "加快标准厂房建设(县发改局牵头,县住建局配合)"
    found = m().find_in_text(text)
    assert [(text[s:e], uid) for s, e, uid in found] == [("县发改局", 1), ("县住建局", 2)]


def test_written_level_prefers_a_unit_of_that_level():
    # 市发改局: the county has a 发改局, the city a 发改委; the city's is meant
    assert m().match("市发改局").unit_id == 4
    # another tier of government is never taken for it: 市发改局 is not the county's bureau (offered for creation)
    assert UnitMatcher([UnitRecord(1, "县发展和改革局")]).match("市发改局").how == "unknown"
    # 县 and 区 are one tier
    assert UnitMatcher([UnitRecord(1, "东城区发展改革局")]).match("县发改局").unit_id == 1


def test_vague_collectives_assign_nobody_and_are_not_unknown():
    a = m().parse("县发改局、各有关单位")
    assert a.lead_id == 1 and a.co_ids == [] and a.unknown == []


def test_role_words_and_bracketed_people_are_not_part_of_the_name():
    a = m().parse("县发改局牵头，县住建局配合")
    assert a.lead_id == 1 and a.co_ids == [2] and not a.unknown
    assert m().match("由县住建局负责").unit_id == 2
    assert m().match("县发改局（张某）").unit_id == 1
    assert m().match("县住建局等").unit_id == 2


def test_spaces_split_names_only_between_whole_names():
    assert split_names("县发改局 县住建局") == ["县发改局", "县住建局"]
    assert split_names("县 发改局") == ["县发改局"]


def test_a_person_after_the_unit_and_counted_groups():
    assert m().match("县发改局张某").unit_id == 1
    assert m().match("县发改局：张某").unit_id == 1
    assert m().match("县住建局等5个部门").unit_id == 2
    assert m().match("县星际旅行局").how == "unknown"
