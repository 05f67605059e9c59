"""The size (总投资) of a set of projects counted under one month (2024年9月,…审批核准项目18个,总投资920亿元。包括水利项目
5个,总投资210亿元) is of that month, as its count is and as a set counted under 1—9月 is of its months: not the year,
which one work's own size takes.  Every text is invented for these tests."""
from __future__ import annotations

from factrun import facts_of, one


def test_the_breakdowns_size_of_a_months_approvals_is_of_that_month():
    fs = facts_of("某省发改委9月审批情况\n2024-10-12\n2024年9月,我委共审批核准固定资产投资项目18个,总投资920亿元。"
                  "包括水利项目5个,总投资210亿元;交通项目8个,总投资530亿元。\n")
    assert one(fs, 5).period == one(fs, 210).period == one(fs, 530).period == "2024-M09"


def test_a_months_new_starts_and_their_size():
    fs = facts_of("某县项目建设\n2024-10-12\n9月份,全县新开工项目12个,总投资46亿元。\n")
    assert one(fs, 46).period == "2024-M09"
