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


def test_a_share_word_alone_is_about_the_set_the_sentence_counted():
    fs = facts_of("青山市重大项目推进情况\n今年全市安排重大项目320个，其中现代产业类项目100个，个数占比30%，"
                  "总投资500亿元，投资占比35%。\n")
    assert one(fs, 30).indicator == "现代产业类项目个数占比"
    assert one(fs, 35).indicator == "现代产业类项目投资占比"  # not 总投资投资占比
    fs = facts_of("青山市民营经济发展情况\n全市民营企业1.2万家，数量占比92%，实缴税金80亿元，税收占比65%。\n")
    assert one(fs, 92).indicator == "民营企业数量占比"
    assert one(fs, 65).indicator == "税收占比"  # a share naming its own measure keeps it


def test_a_headless_relative_counts_the_items_counted_before_it():
    fs = facts_of("青山市政府工作报告任务落实情况\n年度《政府工作报告》明确目标任务120项，已完成的有90项，"
                  "欠进度的有12项，占总任务的10%。\n")
    assert one(fs, 12).indicator == "欠进度目标任务"
    assert one(fs, 10).indicator.startswith("欠进度目标任务")
    fs = facts_of("青山市督查通报\n全市纳入督办的问题线索200条，已办结的有150条，正在办理的有50条。\n")
    assert one(fs, 50).indicator == "正在办理问题线索"
