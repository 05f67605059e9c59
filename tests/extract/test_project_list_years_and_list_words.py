"""A list of works closed by a count and the year of the class's list, and two words of key-project lists:

- 甲、乙、丙等25个2024年重点建设项目: the year of the list the class is drawn from stands between the count and the
  class; the members are still the list's, each named by itself (with the year there, the list was not read and the
  members without a head of their own, 富硒食品包装生产线, 电子线束建设, were lost, the others cut at an inner head);
- 增补入盘 / 纳入…盘子: a work added to the "plate" of a year's key projects is put on its list: planned, as 列入/纳入
  省重点项目 are;
- 甲、乙等26个项目滞后: the works counted lag behind their schedule: under way, as 进度滞后 says of one work.

Every sentence here is written for the test (fictitious places and firms 岚溪, 青川, 白河, 柳岸, 石屏); none is corpus
text.
"""
from __future__ import annotations

import pytest

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def found(text: str) -> dict[str, str]:
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type="news", regions=[])
    return {p.mention: p.stage for p in projects.extract(doc, record)}


@pytest.mark.parametrize("text, want", [
    # a county's start-up event: the members after 分别是, the list closed by its count and its year
    ("本次集中开工的重点项目分别是白河特色林果产业示范园、青川食品产业园标准化厂房提质改造二期、柳岸食品包装生产线、"
     "岚溪县电子线束建设等25个2024年重点建设项目。",
     {"白河特色林果产业示范园": "under_construction", "青川食品产业园标准化厂房提质改造二期": "under_construction",
      "柳岸食品包装生产线": "under_construction", "岚溪县电子线束建设": "under_construction"}),
    # a year's 年度 after it, the stage after the class
    ("白河大桥、青川物流园等12个2024年度重点项目开工建设。", {"白河大桥": "under_construction", "青川物流园": "under_construction"}),
])
def test_a_list_closed_by_its_count_and_its_year(text, want):
    assert found(text) == want


@pytest.mark.parametrize("text, names", [
    ("白河学院文创产业园、青川市儿童公园等市区项目增补入盘。", ["白河学院文创产业园", "青川市儿童公园"]),
    ("今年，白河物流园项目、柳岸大道改造工程纳入全市重点项目盘子。", ["白河物流园项目", "柳岸大道改造工程"]),
])
def test_works_added_to_the_plate_are_planned(text, names):
    assert found(text) == {n: "planned" for n in names}


@pytest.mark.parametrize("text", [
    "82个在建重点项目中，白河农产品仓储、青川仓储、柳岸汽车维修中心等26个项目滞后。",
    "全县重点项目中，白河农产品仓储、青川仓储、柳岸汽车维修中心等26个项目严重滞后。",
])
def test_works_counted_as_lagging_are_under_way(text):
    assert found(text) == {"白河农产品仓储": "under_construction", "青川仓储": "under_construction",
                           "柳岸汽车维修中心": "under_construction"}
