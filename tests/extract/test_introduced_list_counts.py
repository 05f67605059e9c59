"""A count closing a list after 等 with no noun of its own (本次集中开工项目包括甲工程、乙项目、丙生产线等18个) counts the set
the clause introduced before the list, not the last item named (丙生产线), and the sum its sentence gives next is that
set's; a class 等 closes a list with names the measure (甲、乙等新开工项目完成投资 → 新开工项目完成投资), the items before
it are no part of the name (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_groundbreaking_news_counts_the_set_it_introduces():
    fs = facts_of("某市2023年一季度重大项目集中开工\n2023年3月28日\n本次集中开工项目包括甲大道改造工程、乙污水处理厂、"
                  "丙智能装备生产线等18个，总投资56亿元。\n")
    assert one(fs, 18).indicator == "集中开工项目"
    assert one(fs, 56).indicator == "集中开工项目总投资"


def test_a_county_bulletin_counts_signed_and_finished_sets():
    fs = facts_of("某县2024年上半年招商引资和项目建设情况\n2024年7月10日\n上半年，新签约项目有丁新材料、戊电子等12个。"
                  "全县竣工项目主要有庚产业园、辛物流中心等9个。全县拥有甲、乙等5个省级园区。\n")
    assert one(fs, 12).indicator == "新签约项目"
    assert one(fs, 9).indicator == "竣工项目"
    assert one(fs, 5).indicator != "全县"


def test_the_class_closing_a_list_names_the_measure():
    fs = facts_of("某省上半年重点项目建设情况\n2021年7月20日\n上半年，甲高速、乙快速通道等新开工项目完成投资672.1亿元，"
                  "占年度计划65.7%。\n")
    assert one(fs, 672.1).indicator == "新开工项目完成投资"
