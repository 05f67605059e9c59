"""Names of works without a head noun (甲水库一期, 乙大道北延, 丙抽蓄, 丁片区更新) read where the layout or the verb says
they are works: (1) a numbered line of a list of projects written one a line under the list's heading, with the
item's card lines (建设内容:…, 总投资…) and stray lines of the page (a page number, a romanised line) between items,
in either script; (2) a class counted and then its members after a blank instead of a colon (建设进度较快项目共6个
甲电厂一期、乙码头); (3) a short name opening a clause right before a stage verb (丙抽蓄开工, 丁路东延建成通车).
Task headings (三、加快重点项目建设) and sentences are no such lists.

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸, 雾溪, 北屏); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def run(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text, name="t.txt", fmt=None).projects}


def test_a_county_list_one_project_a_line_with_cards_and_page_residue():
    got = run("青川縣2024年重點項目清單\n一、續建項目\n1.青川縣城東污水處理廠二期\n"
              "建設內容：新建日處理污水2萬噸處理設施。總投資：1.8億元；年度計劃投資：0.6億元。\nqing chuan xian\n"
              "2.白河大道北延\n建設內容：新建道路3.2公里。總投資：2.4億元。\n- 12 -\n3.柳岸抽蓄\n建設內容：裝機120萬千瓦。\n"
              "二、前期項目\n4.霧溪片區更新\n建設內容：改造老舊小區12個。總投資：5億元。\n")
    assert got.get("白河大道北延") == "under_construction", got
    assert got.get("柳岸抽蓄") == "under_construction", got
    assert got.get("霧溪片區更新") == "planned", got


def test_a_task_heading_is_no_list_of_projects():
    got = run("柳岸市2026年政府工作报告\n三、加快重点项目建设\n1.强化要素保障\n2.优化营商环境\n")
    assert got == {}, got


def test_members_after_a_blank_behind_a_counted_class():
    got = run("岚溪县5月份重点项目建设情况通报\n"
              "一、建设进度较快项目共4个 岚溪电厂一期、青川铁路岚溪段、白河码头、北屏污水处理厂。\n")
    assert got == {"岚溪电厂一期": "under_construction", "青川铁路岚溪段": "under_construction",
                   "白河码头": "under_construction", "北屏污水处理厂": "under_construction"}, got


def test_a_short_name_opening_a_clause_before_a_stage_verb():
    got = run("白河县重点项目进展\n一季度，柳岸抽蓄开工，雾溪路东延建成通车，北屏片区更新开工。\n")
    assert got == {"柳岸抽蓄": "under_construction", "雾溪路东延": "completed", "北屏片区更新": "under_construction"}, got


def test_a_place_starting_its_works_together_is_no_name_of_works():
    got = run("岚溪州一季度重大项目集中开工\n2021年3月30日\n3月29日,全州重大项目集中开工。白河县集中开工项目12个,总投资30亿元;"
              "北屏县全面开工项目5个。柳岸抽蓄开工,总投资90亿元。\n")
    assert not any(m.endswith(("集中", "全面")) for m in got), got
    assert "柳岸抽蓄" in got


def test_the_time_a_clause_reports_of_is_no_name_of_works():
    got = run("雾溪县重点项目进展\n北屏水厂迁建项目,建设内容为日供水5万吨,本年完成投资300万元;柳岸抽蓄,"
              "今年以来累计完成投资2亿元,上半年正式开工。\n")
    assert not {"本年", "今年以来", "上半年"} & set(got), got
    assert got["北屏水厂迁建项目"] == "under_construction"
