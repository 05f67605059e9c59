"""在 before a year names when something was done (在2018年开展的专项巡视中,发现问题126个): the year itself, not a
deadline (..2018); 在 is a deadline's only before the year's end or a time before it (在2025年底前完成, 在2026年底).
Sentences written for these tests."""
from __future__ import annotations

from factrun import facts_of, one
from taizhang.extract.periods import find_periods


def test_a_retrospective_names_the_year_of_what_it_found():
    text = ("关于巡察整改情况的通报\n发布时间:2021-05-18\n"
            "在2020年开展的第二轮巡察中,共发现问题84个,移交问题线索9条。\n")
    fs = facts_of(text)
    assert (one(fs, 84).period, one(fs, 9).period) == ("2020", "2020")


def test_zai_before_a_years_end_is_still_a_deadline():
    assert [p.period for p in find_periods("在2026年底前全面完成整改", 2025)] == ["..2026"]
    assert [p.period for p in find_periods("在2026年底", 2025)] == ["..2026"]
    assert [p.period for p in find_periods("在2019年开展的专项督查中", 2020)] == ["2019"]
