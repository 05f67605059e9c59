"""A clause opening with a count of a set and 中 (30个重点工程中…) frames what follows it as members of that set: the
count after the members' examples (城北大道、滨江路等21个项目) is of that set, not of a noun an earlier clause named
(签约项目).

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one


def test_members_counted_after_their_examples_are_of_the_framing_set():
    fs = facts_of("华容县重点项目复工情况\n2024年3月2日\n全县洽谈项目40个,签约项目12个;60个重点项目中,已复工42个项目,其中15个"
                  "重大产业项目中甲公司、乙园等9个项目,30个重点工程中城北大道、滨江路等21个项目已复工。\n")
    assert one(fs, 9).indicator.startswith("重大产业项目")
    assert one(fs, 21).indicator.startswith("重点工程")
