"""A bound written as a sign before its figure (≥65%, ≤4.5%), as forms, targets and notes write it for 不低于 /
不超过: the figure's comparator, the sign no part of what the figure measures.  The ASCII > and < stay unread (a page's
markup closes its tags with them right before a figure).  Invented texts (岚溪县, 青川区)."""
from __future__ import annotations

from factrun import facts_of, one


def test_signs_of_a_bound_before_a_figure_are_its_comparator():
    fs = facts_of("岚溪县“十五五”生态环境保护规划\n2026年3月1日\n\n"
                  "到2030年,全县森林覆盖率≥65%,城镇生活污水处理率⩾98%,细颗粒物年均浓度≤28微克/立方米。\n")
    cover = one(fs, 65)
    assert (cover.comparator, cover.indicator, cover.kind) == (">=", "森林覆盖率", "target")
    assert (one(fs, 98).comparator, one(fs, 98).indicator) == (">=", "城镇生活污水处理率")
    assert one(fs, 28).comparator == "<="


def test_a_forms_bound_written_as_a_sign():
    fs = facts_of("青川区2026年项目支出绩效目标表\n\n"
                  "二级指标:满意度指标;三级指标:群众满意度≥90%;指标值:≥90%\n")
    assert {f.comparator for f in fs if f.value == 90} == {">="}
