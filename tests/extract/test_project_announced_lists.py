"""The works a document announcing a list of projects names (省政府公布2025年省重点项目名单：1.甲高速 2.乙污水处理厂,
…项目确定,包括A、B等100个产业项目) are items of a plan list: planned (the gold's convention), kept even when no verb
stages them; a document titled as a list (…重点项目清单, …名单, …投资计划表) is a plan (doc_type).

Every sentence here is invented (岚溪, 青川, 白河, 北屏, 柳岸 are fictitious places, works and firms).
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def stages(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text, name="t.txt", fmt=None).projects}


def test_items_numbered_after_an_announced_list_are_planned():
    got = stages("柳岸省发展改革委公布2025年省重点项目名单：1.岚溪至白河高速公路 2.青川市污水处理厂 3.北屏抽水蓄能电站。")
    assert got == {"岚溪至白河高速公路": "planned", "青川市污水处理厂": "planned", "北屏抽水蓄能电站": "planned"}


def test_items_a_line_each_under_a_list_title_are_planned():
    got = stages("2025年柳岸省重点项目名单\n1.岚溪至白河高速公路\n2.青川市污水处理厂\n3.北屏抽水蓄能电站\n")
    assert got == {"岚溪至白河高速公路": "planned", "青川市污水处理厂": "planned", "北屏抽水蓄能电站": "planned"}


def test_items_of_a_list_settled_and_named_in_its_news_are_planned():
    got = stages("经省政府研究同意，2026年度柳岸省重点攻坚项目确定，共120个。包括岚溪光电显示面板生产线项目、"
                 "青川新能源电池结构件项目（二期）等60个产业项目。白河创新谷孵化器一期项目、北屏至柳岸高速公路也在其中。")
    assert got == {"岚溪光电显示面板生产线项目": "planned", "青川新能源电池结构件项目（二期）": "planned",
                   "白河创新谷孵化器一期项目": "planned", "北屏至柳岸高速公路": "planned"}


def test_a_progress_report_without_a_list_keeps_its_items_unstaged():
    got = stages("今年以来，全县项目建设稳步推进，包括岚溪光电显示面板生产线项目、青川新能源电池结构件项目等。")
    assert all(st != "planned" for st in got.values()), got


def test_a_document_titled_as_a_list_is_a_plan():
    for title in ("青川县2026年重点项目清单", "柳岸市2026年省重点项目名单", "白河县2026年重点项目投资计划表"):
        r = extract_text(title + "\n1.岚溪水库扩建工程：总投资3亿元。\n", name="t.txt", fmt=None)
        assert r.record.doc_type == "plan", title
