"""A work that runs through several places is measured by its stretches, each named by the place it runs through and
段 or 标段 (某大道全长12公里,其中甲区段7公里 / 某高速全长98公里,其中甲县段41公里、乙县段57公里): a stretch is the
work's, so its figures keep the work as their subject, never the place that names the stretch.  Sentences written for
these tests; the places are real so that the gazetteer knows them."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_city_roads_stretch_through_a_district():
    fs = facts_of("南宁市2023年交通建设情况\n五象大道全长12公里,其中青秀区段7公里,概算投资18亿元。\n")
    assert [one(fs, v).subject for v in (12, 7)] == ["五象大道", "五象大道"]


def test_an_expressways_stretches_through_counties_and_a_county_after_them():
    fs = facts_of("永州市2024年重点项目建设情况\n道贺高速公路全长98公里,其中江华县段41公里、宁远县段57公里。"
                  "东安县完成投资12亿元。\n")
    assert [one(fs, v).subject for v in (98, 41, 57)] == ["道贺高速公路"] * 3
    assert one(fs, 12).subject == "东安县"

