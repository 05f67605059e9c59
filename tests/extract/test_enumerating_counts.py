"""A count that announces the list after it (its noun, a colon, then as many items as it counts, by semicolons, by 、
or by ordinals 一是…) merely enumerates them, as one after the titles it counts does (《甲》《乙》…等6项政策): it is no
fact.  A count whose colon opens something else (签约项目3个:总投资12亿元) stays.  Invented texts."""
from __future__ import annotations

from factrun import facts_of


def values(fs):
    return sorted(f.value for f in fs)


def test_highlights_announced_by_ordinals():
    fs = facts_of("解读：今年的县政府工作报告有哪些亮点\n2026年2月10日\n"
                  "记者梳理发现，今年的报告至少有4个亮点：一是目标务实。二是民生投入加大。三是改革举措具体。"
                  "四是文风朴实。报告提出，地区生产总值增长5.5%左右。\n")
    assert 4 not in values(fs)
    assert 5.5 in values(fs)


def test_villages_listed_after_a_count_in_a_plan():
    fs = facts_of("石桥县和美乡村示范村创建方案\n2025年3月\n"
                  "（一）创建名单。全县共创建示范村9个，其中：东城街道4个：柳树村、杨庄村、李集村、河湾村；"
                  "南关镇5个：前营村、后营村、孙楼村、周圩村、马坊村。\n")
    vs = values(fs)
    assert 4 not in vs and 5 not in vs
    assert 9 in vs


def test_comparisons_listed_by_semicolons():
    fs = facts_of("回望五年：北塘区发展成就综述\n2026年1月6日\n"
                  "五年来，全区地区生产总值达到860亿元。其中有3个方面的变化：就业增加而物价平稳；"
                  "消费贡献上升；服务业比重超过工业。\n")
    vs = values(fs)
    assert 3 not in vs
    assert 860 in vs


def test_count_whose_colon_opens_its_worth_stays():
    fs = facts_of("西岭县召开招商引资推介会\n2025年5月8日\n会上共签约项目3个：总投资12亿元。\n")
    assert 3 in values(fs) and 12 in values(fs)


def test_titles_counted_after_them():
    fs = facts_of("南湖区出台惠企政策\n2025年4月2日\n"
                  "今年以来，南湖区先后出台《科技创新十条》《人才新政》《稳岗补贴办法》《外贸扶持办法》《消费券发放细则》"
                  "《首贷贴息办法》等6项政策，惠及企业1200家。\n")
    assert values(fs) == [1200]
