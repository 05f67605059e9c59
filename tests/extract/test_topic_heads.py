"""The topic noun of a sentence carried to the clauses that leave it out: the parts of a breakdown written by their
label alone (省级5项, 乡镇20个) and the shares and amounts of a counted set (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_level_in_a_bracketed_breakdown_counts_the_wholes_noun():
    fs = facts_of("青山市项目建设情况\n全市共有建设项目20项（省级5项、市级6项、县级9项），完成投资30亿元。\n")
    assert one(fs, 20).indicator == "建设项目"
    assert [one(fs, v).indicator for v in (5, 6, 9)] == ["省级建设项目", "市级建设项目", "县级建设项目"]
    assert one(fs, 30).indicator == "建设项目完成投资"  # the whole's amount, not the last part's


def test_the_parts_after_qizhong_each_take_the_wholes_noun():
    fs = facts_of("青山市督查通报\n今年列入督办的民生实事30件,其中市级10件、县级20件。\n")
    assert one(fs, 10).indicator == "市级民生实事"
    assert one(fs, 20).indicator == "县级民生实事"


def test_a_group_of_bodies_in_a_bracket_counts_the_bodies_the_whole_names():
    fs = facts_of("青山市督查通报\n本次督查对90个责任单位（市直部门20个、区直部门50个、乡镇20个）进行了抽查。\n")
    assert one(fs, 90).indicator == "责任单位"
    assert one(fs, 50).indicator == "区直部门责任单位"
    assert [f.indicator for f in fs if f.value == 20] == ["市直部门责任单位", "乡镇责任单位"]


def test_a_part_naming_its_own_noun_keeps_it_and_names_nothing_after_the_bracket():
    fs = facts_of("青山市安全生产情况\n全市共排查安全隐患320处（重大隐患12处、一般隐患308处），已整改296处。\n")
    assert one(fs, 12).indicator == "重大隐患"
    assert one(fs, 308).indicator == "一般隐患"
    assert "一般隐患" not in one(fs, 296).indicator and "安全隐患" in one(fs, 296).indicator


def test_a_kind_in_a_bulletins_breakdown_takes_the_noun_without_its_quantifier():
    fs = facts_of("青山市2023年教育事业统计公报\n年末全市共有各级各类学校320所（其中普通高中12所、初中45所）。\n")
    assert one(fs, 12).indicator == "普通高中学校"
    assert one(fs, 45).indicator == "初中学校"


def test_a_district_in_a_bracketed_breakdown_is_the_parts_subject():
    fs = facts_of("青山市重大项目建设情况\n全市新开工项目30个（东城区10个、西城区20个），总投资120亿元。\n")
    assert (one(fs, 10).subject, one(fs, 10).indicator) == ("东城区", "新开工项目")
    assert (one(fs, 20).subject, one(fs, 20).indicator) == ("西城区", "新开工项目")
    assert one(fs, 120).subject == "青山市" and one(fs, 120).indicator == "新开工项目总投资"
