"""Whose figure it is when a text speaks of a company or a work, and when it turns back to the place (sentences invented).

A company introduced at the head of its sentence (某某有限公司是…,近年来…) owns the figures of the clauses after it; each
item of 甲电器税收过千万元、乙电子税收过500万元 is its own company's; a section headed by a work's name (二、某某工程) and
opening 项目全长… is that work's.  A clause opening with the place's scope word (…项目稳步推进,全省建成…) and a count of
a class of firms (新增规上企业12家) are the place's, never the work's or the company's named before.
"""
from factrun import facts_of, one


def test_a_company_introduced_at_the_head_of_its_sentence_owns_its_figures():
    fs = facts_of("青川县2025年工业经济运行情况\n\n今年以来，全县完成工业投资85亿元，同比增长9.2%。\n"
                  "青川县鑫达电子科技有限公司是县里引进的重点企业，近年来不断扩大生产，年产值从600多万元提高到7000多万元，"
                  "带动就业300余人。\n")
    assert one(fs, 7000).subject == "青川县鑫达电子科技有限公司"
    assert one(fs, 600).subject == "青川县鑫达电子科技有限公司"
    assert one(fs, 85).subject == "青川县"
    fs = facts_of("岳麓区2025年民营经济发展情况\n\n华盛食品集团成立于2009年，主要生产速冻食品，去年实现销售收入3.2亿元。"
                  "全区民营经济增加值增长6.4%。\n")
    assert one(fs, 3.2).subject == "华盛食品集团"
    assert one(fs, 6.4).subject == "岳麓区"


def test_a_company_s_sentence_that_turns_to_the_place_gives_the_place():
    fs = facts_of("青川县2025年工业经济运行情况\n\n鑫达电子科技有限公司是县里引进的重点企业，全县规上工业产值增长8.8%。\n")
    assert one(fs, 8.8).subject == "青川县"


def test_each_company_of_a_coordination_owns_its_threshold():
    fs = facts_of("南丰县2025年工业经济运行情况\n\n今年以来，全县工业经济稳中有进。天河电器税收过千万元、得意电子税收过500万元，"
                  "新增规上企业12家。\n")
    assert one(fs, 1000).subject == "天河电器"
    assert one(fs, 500).subject == "得意电子"
    assert one(fs, 12).subject == "南丰县"  # a count of firms is the county's
    fs = facts_of("南丰县2025年工业经济运行情况\n\n全年，恒远光电实现税收1800万元、宏图药业实现税收600万元。\n")
    assert one(fs, 1800).subject == "恒远光电"
    assert one(fs, 600).subject == "宏图药业"


def test_a_clause_speaking_as_the_province_is_not_the_work_s_heading_the_sentence():
    fs = facts_of("某省2025年交通重点项目推进情况\n\n南城至北岭高速公路项目稳步推进，全省建成干线公路329公里、农村公路4818公里。\n"
                  "北岭大桥项目完成投资12亿元。\n")
    assert one(fs, 329).subject == ""  # (the province is never named)
    assert one(fs, 4818).subject == ""
    assert one(fs, 12).subject == "北岭大桥项目"


def test_a_section_headed_by_a_work_s_name_gives_its_card_to_that_work():
    fs = facts_of("东源县重点项目巡礼\n\n一、锦江光伏产业园项目\n该项目位于东源县蓝口镇，总投资25亿元，占地面积800亩。\n\n"
                  "二、广河高速东源段改扩建工程\n项目全长36.8公里，总投资48亿元，目前已完成路基工程65%。\n")
    assert one(fs, 25).subject == "锦江光伏产业园项目"
    assert one(fs, 36.8).subject == "广河高速东源段改扩建工程"
    assert one(fs, 48).subject == "广河高速东源段改扩建工程"


def test_a_new_paragraph_s_work_is_what_its_bare_project_word_takes_up():
    fs = facts_of("2025年全省重大项目建设巡礼\n\n恒通物流园项目由恒通集团投资建设，规划用地面积约300亩，目前完成投资2.2亿元。\n\n"
                  "在临水县，宏源光伏电站项目建设如火如荼。项目总装机容量20万千瓦，总投资9亿元。\n")
    assert one(fs, 2.2).subject == "恒通物流园项目"
    assert one(fs, 9).subject == "宏源光伏电站项目"
    # a paragraph naming no work of its own goes on about the work named before
    fs = facts_of("2025年全省重大项目建设巡礼\n\n恒通物流园项目由恒通集团投资建设，规划用地面积约300亩。\n\n"
                  "目前，该项目总投资12亿元，完成年度计划的45%。\n")
    assert one(fs, 12).subject == "恒通物流园项目"


def test_a_work_brought_in_by_where_it_stands_heads_its_sentence():
    fs = facts_of("2025年全省重大项目建设巡礼\n\n位于青山市的华锐新能源电池项目，一期厂房已经封顶，今年以来完成投资3.6亿元。"
                  "青山市今年共实施重点项目86个。\n")
    assert one(fs, 3.6).subject == "华锐新能源电池项目"
    assert one(fs, 86).subject == "青山市"
