"""A summary headed by the year it sums up (某县2022年项目建设工作总结) is written at or after that year's end: its
一年来 is that year, not the one before; a work report headed by its year reviews the year before.  Invented pages."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def periods(raw: str) -> dict[str, str]:
    return {f"{f.value:g}{f.unit}": f.period for f in extract_text(raw, name="p.txt", fmt="txt").facts}


def test_a_year_summary_without_date_reads_its_year_review_as_that_year():
    got = periods("岚溪县2022年项目建设工作总结\n一年来,全县上下紧盯项目建设,全年完成固定资产投资120亿元,同比增长8.5%。"
                  "新开工项目45个。\n")
    assert got["45个"] == "2022"


def test_a_year_summary_dated_in_december_is_that_year():
    got = periods("墨川市2023年度述职报告\n发布时间:2023-12-28\n一年来,全市完成固定资产投资86亿元,同比增长7.1%。\n")
    assert got["86亿元"] == "2023"


def test_a_work_report_headed_by_its_year_still_reviews_the_year_before():
    got = periods("2024年岚溪县政府工作报告\n发布时间:2024-01-12\n各位代表:\n一年来,全县完成固定资产投资96亿元,同比增长6.3%。\n")
    assert got["96亿元"] == "2023"
