"""Works mostly done and works listed with their progress.

(1) 基本建成 / 基本竣工 reported of a work say it is done (session 29's convention: completed), 主体工程完工 that it
is still under way; among a year's tasks or in a plan they are a target (planned), as 建成 is.
(2) A bulletin's list of the works a progress predicate ranks (投资进度较快的有A项目(92.5%)、B中心建设项目(92.3%)、
C港和D中心(72%)): each member is under way; the figure in parentheses after a name is what is reported of it, no
part of the name; 有 after the class is the verb, no part of the first name; a member whose name holds a nominal action
(…孵化中心建设项目) does not cut the list for the members after it; a start-up incubator (创业孵化中心) is a facility, not
the campaign 创业 names.

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸, 雾溪, 石屏); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def run(text: str) -> dict[str, tuple[str, str]]:
    return {p.mention: (p.name, p.stage) for p in extract_text(text, name="t.txt", fmt=None).projects}


def test_works_mostly_done_are_done_in_a_review_and_planned_among_tasks():
    got = run("岚溪县2026年政府工作报告\n一、2025年工作回顾\n"
              "活龙山景区公主街等项目基本竣工,白河大桥基本建成,雾溪水厂建成投产。\n二、2026年重点工作\n"
              "基本建成青川老街,石屏公园基本建成。\n")
    assert got["活龙山景区公主街"][1] == "completed", got
    assert got["白河大桥"][1] == "completed", got
    assert got["雾溪水厂"][1] == "operating", got
    assert got["青川老街"][1] == "planned", got
    assert got["石屏公园"][1] == "planned", got


def test_members_ranked_by_progress_in_a_city_bulletin():
    got = run("柳岸市服务业重点项目进展情况通报\n1-5月份全市服务业项目完成投资53.8亿元。其他投资进度较快的有"
              "岚溪农副产品贸易博览城项目(92.5%)、柳岸经济开发区科技创新创业孵化中心建设项目(92.3%)、"
              "白河新港和青川颐养中心(72%)。\n")
    assert got == {
        "岚溪农副产品贸易博览城项目": ("岚溪农副产品贸易博览城项目", "under_construction"),
        "柳岸经济开发区科技创新创业孵化中心建设项目": ("柳岸经济开发区科技创新创业孵化中心建设项目", "under_construction"),
        "白河新港": ("白河新港", "under_construction"),
        "青川颐养中心": ("青川颐养中心", "under_construction"),
    }, got
