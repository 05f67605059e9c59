"""A class of works named by its field and a class mark (民生保障类项目, 交通领域项目, 文旅板块工程) is a split of the
place's works: its figures stay the place's, the class goes into what is measured, never into the subject (sentences
written for these tests; the county is real so that the gazetteer knows it)."""
from __future__ import annotations

import pytest

from factrun import facts_of, one

PROGRESS = ("洪雅县重点项目建设进展情况\n2025年8月6日\n"
            "今年以来,全县民生保障类项目已开工31个,产业发展类项目已开工27个,城乡建设领域项目已开工12个,"
            "文旅板块工程已开工9个。\n")


@pytest.mark.parametrize("value, indicator", [
    (27, "产业发展类项目已开工"), (12, "城乡建设领域项目已开工"), (9, "文旅板块工程已开工"),
])
def test_a_class_of_works_opening_a_clause_is_the_places_split(value, indicator):
    f = one(facts_of(PROGRESS), value)
    assert f.subject == "洪雅县"
    assert f.indicator == indicator


def test_a_named_work_opening_a_clause_keeps_its_own_figures():
    text = ("洪雅县重点项目建设进展情况\n2025年8月6日\n今年以来,全县民生保障类项目已开工31个,"
            "瓦屋山旅游环线公路项目完成投资2.6亿元。\n")
    assert one(facts_of(text), 2.6).subject == "瓦屋山旅游环线公路项目"


def test_a_class_of_works_named_by_the_levels_of_its_lists_is_the_places_split():
    text = ("江西省重点工程建设进展顺利\n2025年11月6日\n"
            "截至10月底,省市两级重点工程建设项目完成投资1860亿元,完成率104.2%。\n")
    fs = facts_of(text)
    for v in (1860, 104.2):
        f = one(fs, v)
        assert f.subject == "江西省"
        assert f.indicator.startswith("省市两级重点工程建设项目")


def test_works_named_by_ordinary_words_alone_are_a_class_of_the_places():
    text = ("丽水市重点建设投资进度\n2025-11-12\n\n1-10月份,丽水市累计完成投资402.6亿元。其中,产业转型升级工程完成投资"
            "176.2亿元,完成年度计划98.4%;公共服务完善工程完成投资48.7亿元。\n")
    fs = facts_of(text)
    for v in (176.2, 98.4, 48.7):
        assert one(fs, v).subject == "丽水市"
