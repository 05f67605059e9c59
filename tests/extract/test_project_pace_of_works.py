"""The pace or the order of works reported after them says they are going on (under_construction): 甲、乙等项目全速推进,
丙工程按计划实施, 丁项目有序实施, 戊、己等项目建设进程加快 (as 加快推进 / 稳步推进 after a name already do).

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸, 雾溪); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def run(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text, name="t.txt", fmt=None).projects}


def test_works_at_full_speed_are_under_way():
    got = run("青川市重点项目进展\n交通项目方面，岚溪至白河铁路、青川机场三期等项目全速推进。\n")
    assert got.get("岚溪至白河铁路") == "under_construction", got
    assert got.get("青川机场三期") == "under_construction", got


def test_works_carried_out_as_planned_are_under_way():
    got = run("白河县重点项目进展\n完成投资8亿元，雾溪水厂扩建工程按计划实施，柳岸物流园项目有序实施。\n")
    assert got.get("雾溪水厂扩建工程") == "under_construction", got
    assert got.get("柳岸物流园项目") == "under_construction", got


def test_works_whose_progress_speeds_up_are_under_way():
    got = run("岚溪县重点项目进展\n其中柳岸新材料年产3万吨涂料项目以及雾溪光伏发电等项目建设进程加快。\n")
    assert got.get("柳岸新材料年产3万吨涂料项目") == "under_construction", got
    assert got.get("雾溪光伏发电") == "under_construction", got
