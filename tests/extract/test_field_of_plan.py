"""The field a planned amount names is the field of the done amount after it that names nothing but its verb
(水利领域计划完成投资12亿元,已完成投资6.1亿元 → 水利领域完成投资: facts._field_of_plan), and a work's head that
qualifies a field (民航机场领域, 港口行业) heads no project's row (scope._FIELD_AFTER).  Invented texts."""
from __future__ import annotations

from factrun import facts_of


def _by_value(text):
    return {f.value: f for f in facts_of(text)}


def test_a_city_progress_note_by_field():
    text = ("岚山市2025年上半年重大项目推进情况通报\n\n"
            "今年以来，全市重大项目总体进展顺利。交通领域，计划完成投资40亿元，1-6月完成投资22.5亿元，占年度计划的56.3%。"
            "水利领域计划完成投资12亿元，已完成投资6.1亿元。民航机场领域完成投资3.2亿元。\n")
    got = _by_value(text)
    assert got[22.5].indicator.startswith("交通领域") and "完成投资" in got[22.5].indicator
    assert got[56.3].indicator.startswith("交通领域")
    assert got[6.1].indicator.startswith("水利领域")
    assert got[3.2].subject == "岚山市" and got[3.2].indicator.startswith("民航机场领域")


def test_a_county_summary_keeps_sizes_and_named_amounts_apart():
    text = ("岚溪县2025年1-9月项目建设情况\n\n"
            "全县重点项目总投资320亿元，年度计划投资48亿元，1-9月完成投资39.5亿元。"
            "服务业项目年度计划投资9亿元，新开工项目完成投资4.2亿元。\n")
    got = _by_value(text)
    assert not got[39.5].indicator.startswith("重点项目总")
    assert got[4.2].indicator.startswith("新开工项目")
