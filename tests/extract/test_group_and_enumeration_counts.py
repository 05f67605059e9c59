"""Counts that only size something else are no facts: the group a share's whole is taken of (占全市12个区总量的40%,
占全市6个县（区）的32.5%: the share is the fact), and the items a verb ending in a joiner's character introduces (涉及产业、
生态、交通、水利、民生5个领域: the 及 of 涉及 joins no items, the five are listed); a count of the places themselves
(全市共有12个区) and a count of more things than are listed (涉及新能源、新材料等18个) stay (sentences written for these
tests)."""
from __future__ import annotations

from factrun import facts_of


def test_the_group_a_shares_whole_is_taken_of_is_no_fact():
    fs = facts_of("某市2023年国民经济和社会发展统计公报\n全市工业投资占全市12个区总量的40%。"
                  "东坡区地区生产总值占全市6个县（区）的32.5%。全市共有12个区，占全省的10%。\n")
    assert sorted(f.value for f in fs) == [10, 12, 32.5, 40]
    assert [f.evidence for f in fs if f.value == 12] == ["全市共有12个区"]


def test_items_listed_after_a_verb_ending_in_ji_are_only_enumerated():
    fs = facts_of("某县2023年项目建设情况\n2023年12月20日\n全年实施项目涉及产业、生态、交通、水利、民生5个领域。"
                  "新签约项目涉及新能源、新材料等18个，总投资50亿元。\n")
    assert sorted(f.value for f in fs) == [18, 50]


def test_a_set_of_divisions_a_part_is_counted_from_owning_or_attending_is_no_fact():
    # 省及12个市有关负责同志出席: the parties whose officials attend; 全省60个县(市)主导产业总产值将达900亿元: the owners
    # of what the clause measures (the value is the fact); a count of divisions standing alone or checked stays, so does
    # the whole a part is counted from (全省9个市中,6个市…), and 全市124个市级重点项目 is a level's class of projects
    fs = facts_of("江西省2023年工业经济运行情况\n2024-01-20\n全省9个市中，6个市均提前完成年度目标。省及12个市有关负责同志"
                  "出席会议。到2025年，全省60个县(市)主导产业总产值将达900亿元。全省共有11个设区市。市督查组对11个县(市、区)"
                  "进行督查。全市124个市级重点项目完成投资99.8亿元。\n")
    assert sorted(f.value for f in fs) == [6, 9, 11, 11, 99.8, 124, 900]
