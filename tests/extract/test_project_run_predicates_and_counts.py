"""The predicate a long run of items closes with stages each of them (…等84个省重点项目开工建设; 总投资30亿元的甲项目、
总投资10亿元的乙项目…实现当年开工), not a word inside a later item's name (乙智能运营结算中心: no 运营) nor the amount
sizing the next item (总投资10亿元的); a coded road's works (G4某高速甲乙段扩容项目) are its name's; 10大 counts the works
a list names (等10大项目, 重点实施10大工程项目: no name); the works of an approved year's plan are planned.

Every sentence here is invented (岚溪, 青川, 白河, 北屏, 柳岸 are fictitious places, works and firms).
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def stages(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text, name="t.txt", fmt=None).projects}


def test_a_run_of_items_takes_the_predicate_it_closes_with():
    got = stages("今年一季度，青川轨道交通TOD示范项目、110千伏电网、白河西南智能运营结算中心、柳岸独角兽岛启动区、"
                 "岚溪文化出口基地（北屏）、白河水电站等84个省重点项目开工建设。")
    assert got.get("青川轨道交通TOD示范项目") == "under_construction", got
    assert set(got.values()) == {"under_construction"}, got


def test_items_sized_one_by_one_take_the_predicate_after_the_last():
    got = stages("总投资30亿元的岚溪锂电池项目、总投资10亿元的青川光伏组件项目、总投资5亿元的白河智能家电产业园项目"
                 "实现当年签约、当年开工。")
    assert got == {"岚溪锂电池项目": "under_construction", "青川光伏组件项目": "under_construction",
                   "白河智能家电产业园项目": "under_construction"}


def test_a_coded_roads_expansion_is_its_name():
    assert stages("G4柳岸高速岚白段扩容项目进入主体施工阶段。") == {"G4柳岸高速岚白段扩容项目": "under_construction"}


def test_ten_big_works_of_an_approved_plan():
    got = stages("2026年主城区市政基础设施建设计划已获市政府批准，重点实施10大工程项目。其中：将岚溪大桥、白河湿地公园、"
                 "青川森林公园等10大项目，作为今年市政建设重点。")
    assert got == {"岚溪大桥": "planned", "白河湿地公园": "planned", "青川森林公园": "planned"}


def test_an_official_giving_the_order_to_start_is_no_work():
    assert stages("8月30日上午，白河县举行重点项目集中开工仪式。县委书记张岚下达开工令并讲话。") == {}
