"""Several places written one after another before one figure share it (甲县、乙县各5件; 甲市、乙市均超百亿元; 甲市、
乙市并列第二): the figure is stated once, so it is one fact, and its subject is one place, the first named, never the
places joined into one string (which names no place).  Sentences written for these tests, in the genres the form
turns up in (a prefecture's supervision notice, a province's communiqué, a ranking, a city's aid news); the places are
real so that the gazetteer knows them."""
from __future__ import annotations

from factrun import facts_of


def _subjects(fs, value) -> list[str]:
    got = [f.subject for f in fs if f.value == value]
    assert got, [(f.value, f.evidence) for f in fs]
    return got


def test_places_each_given_one_count_in_a_notice():
    fs = facts_of("关于2024年第三季度12345热线交办件办理情况的通报\n大理白族自治州人民政府办公室\n"
                  "三季度共交办件217件,其中祥云县、宾川县各31件,弥渡县、南涧彝族自治县、巍山彝族回族自治县各9件。\n")
    assert _subjects(fs, 31) == ["祥云县"]
    assert _subjects(fs, 9) == ["弥渡县"]


def test_places_sharing_a_threshold_in_a_provincial_communique():
    fs = facts_of("2024年湖南省县域经济发展报告\n全省县域经济稳步增长,浏阳市、宁乡市、醴陵市地区生产总值均超过800亿元,"
                  "长沙县、湘潭县规模以上工业增加值均增长9%以上。\n")
    assert _subjects(fs, 800) == ["浏阳市"]
    assert _subjects(fs, 9) == ["长沙县"]


def test_places_tied_in_a_ranking():
    fs = facts_of("全省重点项目建设综合考评结果\n广西壮族自治区发展和改革委员会\n"
                  "2024年上半年,柳州市排名第一,桂林市、梧州市并列第二。\n")
    assert _subjects(fs, 2) == ["桂林市"]


def test_cities_each_giving_the_same_aid():
    fs = facts_of("浙江省对口支援工作情况\n2025年,宁波、温州、台州3市将分别安排帮扶资金500万元,支持受援地产业发展。\n")
    assert _subjects(fs, 500) == ["宁波市"]


def test_places_totalling_a_figure_together_keep_all_their_names():
    # 共有 / 合计: the figure is the places' sum, of them jointly (as the seed gold names such a subject), not the first's
    fs = facts_of("2023年湛江市农业产业化工作情况\n全市农业产业化稳步推进,雷州市、遂溪县、徐闻县共有9个农产品加工项目全部动工,"
                  "计划投资2.4亿元。\n")
    assert _subjects(fs, 9) == ["雷州市、遂溪县、徐闻县"]
    assert _subjects(fs, 2.4) == ["雷州市、遂溪县、徐闻县"]


def test_places_each_reaching_an_amount_done_before_完成():
    # 均 / 各 between the places and 完成投资: the adverb is no part of the last place's name (贵定县均)
    fs = facts_of("黔南州2024年上半年重点项目观摩通报\n全州完成投资300亿元。瓮安县、贵定县均完成投资10亿元以上,"
                  "荔波县、独山县各完成投资6亿元。\n")
    assert _subjects(fs, 10) == ["瓮安县"]
    assert _subjects(fs, 6) == ["荔波县"]
