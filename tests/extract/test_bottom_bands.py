"""The band at the bottom of a ranking list (后三位是…, 排在后10的…依次为, 倒数前三名是…) is a rank as the top band is:
rank N counted from the list's end, <=, held by the listed set (subject ""), named by its field and 倒数排名; a bottom band
that names no field of its own is the bottom of the ranking its sentence named the top of.  后 before a number that opens
no list of a ranking (后3年, 小数点后两位) is none (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of


def ranks(fs):
    return [(f.value, f.comparator, f.subject, f.indicator) for f in fs if f.measure == "rank"]


def test_a_citys_bulletin_names_its_top_and_bottom_three():
    fs = facts_of("眉山市2023年前三季度重点项目推进情况通报\n2023年10月20日\n"
                  "从各县区看，完成投资增速排名前三位的是东坡区、仁寿县、彭山区；后三位是洪雅县、丹棱县、青神县。\n")
    got = ranks(fs)
    assert [(v, c, s) for v, c, s, _ in got] == [(3, "<=", ""), (3, "<=", "")]
    assert got[0][3] == "完成投资增速排名"
    assert got[1][3] == "完成投资增速倒数排名"


def test_a_bottom_band_with_its_own_field_and_one_written_with_daoshu():
    fs = facts_of("某县2024年一季度乡镇重点工作考评通报\n2024年4月8日\n综合考评前三名的是甲镇、乙镇、丙镇，"
                  "倒数前三名是丁镇、戊镇、己镇。项目开工率后三位的乡镇为：庚镇、辛镇、壬镇。\n")
    got = ranks(fs)
    assert len(got) == 3 and all(v == 3 and c == "<=" and s == "" for v, c, s, _ in got)
    assert [i for *_, i in got] == ["综合考评排名", "综合考评倒数排名", "项目开工率倒数排名"]


def test_a_provinces_news_ranks_its_last_ten_without_ming():
    fs = facts_of("2021年各省用电量排名\n以用电量进行排序，排在前10的省份依次为：广东、山东、江苏、浙江、河北、内蒙古、"
                  "河南、新疆、四川、福建；排在后10的省份依次为：甘肃、重庆、北京、宁夏、黑龙江、天津、青海、吉林、海南、西藏。\n")
    assert [(v, c, s) for v, c, s, _ in ranks(fs)] == [(10, "<=", ""), (10, "<=", "")]


def test_hou_before_a_number_opening_no_ranking_list_is_none():
    fs = facts_of("某市2024年工作安排\n今后3年，全市将新建学校12所，计价保留小数点后两位的结果为准。\n")
    assert ranks(fs) == []
