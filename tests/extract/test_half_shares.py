"""Half of a whole written in words (占一半以上, 超过全年计划一半, 占全市的一半) is a share, 0.5 with no unit, as a fraction
in words is (三分之一 → 1/3), its bound set by the words around it (以上 >=, 超过 >); a bare 半 after a bound (完成近半,
投资过半: no numeral written, how far the work got), a half no share is stated of (其中一半用于…, 过半数的县区…), the time
gone by (时间过半) and the slogan's pair (时间过半、任务过半) are none (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of


def halves(fs):
    return [(f.comparator, f.measure, f.unit) for f in fs if f.value == 0.5]


def test_a_citys_bulletin_states_halves_of_its_projects():
    fs = facts_of("某市2023年前三季度重点项目推进情况\n2023年10月15日\n全市新开工项目中，工业项目占一半以上。"
                  "基础设施项目完成近半，民生项目投资过半。\n")
    assert halves(fs) == [(">=", "share", "")]  # 完成近半 / 投资过半: no numeral
    fs = facts_of("某省2023年民营经济发展报告\n2024年3月1日\n全省民营企业数量中,苏南地区占比近半。\n")
    assert halves(fs) == [("~", "share", "")]  # a share named before the bare 半


def test_a_provinces_news_states_a_half_of_a_whole_named_between():
    fs = facts_of("上半年全省重点项目完成投资2263亿元\n2021年7月20日\n上半年，全省续建项目完成投资1591亿元，"
                  "超过全年计划一半。全省民营经济增加值占全省的一半。\n")
    assert halves(fs) == [(">", "share", ""), ("=", "share", "")]


def test_halves_that_state_no_share_are_none():
    fs = facts_of("某县2024年上半年工作总结\n2024年7月5日\n目前时间过半，任务过半，实现双过半。"
                  "其中一半用于乡村振兴，超过半数的乡镇完成目标。近半年来工作有序推进。\n")
    assert halves(fs) == []
