"""A list heading's stage over its items written a line each, on documents written for these tests (never corpus
text): a district's progress page, a county's list of works, a city's annual list with sub-headings."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def stages(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text).projects}


def test_items_one_a_line_under_a_stage_heading_take_its_stage():
    text = ("青松区2026年重点项目建设推进情况\n\n"
            "一、续建项目(3个)\n1.枫林大桥\n2.南湖立交\n3.青松区第二污水处理厂\n\n"
            "二、新开工项目(2个)\n1.白沙河水库\n2.云岭隧道\n")
    assert stages(text) == {"枫林大桥": "under_construction", "南湖立交": "under_construction",
                            "青松区第二污水处理厂": "under_construction", "白沙河水库": "under_construction",
                            "云岭隧道": "under_construction"}


def test_bare_names_under_a_heading_and_a_deeper_heading_keep_the_stage():
    text = ("三、竣工项目\n"
            "(一)交通类\n石门大桥\n东环快速路\n"
            "(二)社会事业类\n1.临川县人民医院新院区\n"
            "四、储备项目\n1.北山抽水蓄能电站\n")
    got = stages(text)
    assert got["石门大桥"] == "completed"
    assert got["东环快速路"] == "completed"
    assert got["临川县人民医院新院区"] == "completed"
    assert got["北山抽水蓄能电站"] == "proposed"


def test_a_heading_as_high_as_the_stage_heading_ends_it():
    text = ("一、续建项目\n1.金河大桥\n"
            "二、存在问题\n1.翠湖湿地公园:用地手续尚在办理。\n")
    got = stages(text)
    assert got["金河大桥"] == "under_construction"
    assert got.get("翠湖湿地公园", "planned") != "under_construction"
