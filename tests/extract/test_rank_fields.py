"""A scope word opening a ranking's clause in a lower place's text names the field ranked in, not who is ranked:
全国百强县排名第37位, 全省县域经济综合排名第8位 in a county's report are the county's ranks, and the clauses after it in
the sentence (…,6个乡镇入围…) go on about the county too.  When a wider field is named after the scope word (全国经济总量
稳居世界第二, 全省经济总量排名全国第15位), the scope word is who is ranked.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_countys_national_ranking_is_the_countys():
    _, ex = context_of("新郑市2023年国民经济运行情况\n2023年，全市地区生产总值增长5.1%。全国中小城市综合实力百强县排名第37位，"
                       "6个乡镇入围全国综合实力千强镇。全国百强县排名上升3位。\n")
    assert one(ex.facts, 37).subject == "新郑市"
    assert one(ex.facts, 6).subject == "新郑市"
    assert one(ex.facts, 3).subject == "新郑市"


def test_a_districts_rank_in_the_provinces_field_is_the_districts():
    _, ex = context_of("曾都区2022年工作总结\n2022年，全区地区生产总值增长4.8%。全省县域经济高质量发展综合评价排名第9位。\n")
    assert one(ex.facts, 9).subject == "曾都区"


def test_a_scope_ranked_in_a_wider_field_is_who_is_ranked():
    _, ex = context_of("江西省政府工作报告\n——2023年1月12日在江西省第十四届人民代表大会第一次会议上\n"
                       "十年来，全国经济总量稳居世界第二，全省经济总量排名全国第15位，城镇化率提高到62%。\n")
    assert one(ex.facts, 2).subject == "全国"
    assert one(ex.facts, 15).subject == "江西省"


def test_a_citys_text_quoting_its_provinces_national_rank_keeps_the_province():
    _, ex = context_of("岳阳市经济运行简况\n上半年，全市地区生产总值增长6.2%。全省地区生产总值居全国第9位。\n")
    assert one(ex.facts, 9).subject == "湖南省"


def test_first_in_the_nation_and_one_of_a_national_set_are_the_provinces():
    # 全国率先…: the province first in the nation; 全国13个粮食主产省之一: one of the nation's set
    _, ex = context_of("河北省“十三五”时期经济社会发展成就\n十八大以来，全国率先实现脱贫，累计减贫230万人。"
                       "全国13个粮食主产省之一，粮食产量连续8年稳定在700亿斤以上。\n")
    assert one(ex.facts, 230).subject == "河北省"
    assert one(ex.facts, 700).subject == "河北省"


def test_a_score_the_text_gives_itself_is_its_place():
    _, ex = context_of("宜都市2022年国民经济运行情况\n2022年，全市地区生产总值增长5.1%。全国文明城市创建测评，"
                       "全市得分92.5分。\n")
    assert one(ex.facts, 92.5).subject == "宜都市"


def test_a_counted_set_of_counties_is_the_field_ranked_in():
    ctx, ex = context_of("凤台县2024年一季度经济运行情况\n发布时间：2024-04-25\n"
                         "一季度，全县地区生产总值增长6.1%，增速五县区排名第二。全县固定资产投资增长9.3%，"
                         "增速在全市7个县区中排名第3。\n")
    ranks = [f for f in ex.facts if f.measure == "rank"]
    assert ranks and all(f.subject == "凤台县" for f in ranks)
