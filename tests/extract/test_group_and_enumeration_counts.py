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
