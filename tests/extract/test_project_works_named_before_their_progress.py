"""Works named before the predicate that reports their progress, without 项目/工程 after them:

- a 、-list of works closed by a progress predicate, with or without 等 (甲大桥、乙河综合治理、丙片区改造等加快推进;
  丁河综合治理、戊片区改造加快推进) names a work in each item when every item names works: a facility or road, or a
  place with the works done on it (综合治理, 改造, 延伸, 提质改造 …: zh_projects.PLACE_WORKS_ACTIONS); the stage is the
  predicate's;
- an item named by a road and its works (兴业路改造) is one of its list's works beside named items;
- a road named alone (甲路, 乙路西段, 丙路一期) that a stage predicate follows, after adverbs or a time (于今年6月, 全线,
  正), is the work reported; a road used as a landmark (沿甲路向北延伸) is none, and a part of the works after a road
  word (路基排水施工) ends no road's name.

No mention: fields of work (工业、农业加快推进), places (青川、柳岸两县), uses of a fund listed by class
(食堂建设、种养殖综合项目建设等).

Every sentence here is written for the test (fictitious places 白河, 清水河, 东关, 柳溪, 北关, 兴业, 滨江, 城西, 锦江,
文昌, 外环北路, 纬三路, 新华路); none is corpus text.
"""
from __future__ import annotations

import pytest

from taizhang.extract import projects
from taizhang.extract.doc import Doc, DocumentRecord


def stages(text: str, doc_type: str = "news") -> dict[str, str]:
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type=doc_type, regions=[])
    return {p.mention: p.stage for p in projects.extract(doc, record)}


@pytest.mark.parametrize("text, want", [
    # a county's progress news: a bridge, a river's treatment and an area's renewal closed by 等
    ("今年以来，白河大桥、清水河综合治理、东关片区改造等加快推进。",
     {"白河大桥": "under_construction", "清水河综合治理": "under_construction", "东关片区改造": "under_construction"}),
    # a district's bulletin: no 等 before the predicate
    ("柳溪河综合治理、北关片区改造加快推进。",
     {"柳溪河综合治理": "under_construction", "北关片区改造": "under_construction"}),
])
def test_a_list_of_works_before_a_progress_predicate(text, want):
    assert stages(text) == want


def test_a_road_and_its_works_beside_named_items():
    got = stages("兴业路改造、滨江大道延伸、城西片区棚户区改造等项目加快推进。")
    assert got.get("兴业路改造") == "under_construction", got


@pytest.mark.parametrize("text, want", [
    ("兴业路于今年6月建成通车。", {"兴业路": "completed"}),
    ("新华路全线贯通。", {"新华路": "under_construction"}),
    # a city's quarterly report on its road network
    ("北部新城的外环北路西段、纬三路一期正进行路基清表。",
     {"外环北路西段": "under_construction", "纬三路一期": "under_construction"}),
    ("锦江东路、文昌街建成通车，城区道路颜值提升。", {"锦江东路": "completed", "文昌街": "completed"}),
])
def test_a_road_named_alone_before_its_predicate(text, want):
    assert stages(text) == want


@pytest.mark.parametrize("text", [
    "该路段向东上跨沪昆高速，沿兴业路向北延伸至滨江大道。",
    "工业、农业加快推进。",
    "青川、柳岸两县加快推进。",
    "帮扶资金主要用于学校学生食堂建设、便民活动场地建设、种养殖立体综合项目建设等。",
])
def test_no_works_named(text):
    assert stages(text) == {}


def test_a_part_of_the_works_after_a_road_word_ends_no_name():
    got = stages("南片经五路二期、白沙地块路网一期均进行路基排水施工。")
    assert not any(name.endswith("路") and "进行" in name for name in got), got
