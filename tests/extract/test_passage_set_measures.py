"""A progress passage names its set of works once and then gives bare measures of it in later sentences (总投资,
完成投资, 投资完成率): such a measure is the set's, the nearest set a figure before it in its paragraph names, or in
the paragraph before when its own names none; the set's stages and the members counted in its frame leave it the
topic (sentences invented)."""
from factrun import facts_of, one


def test_a_paragraph_of_progress_after_the_plan():
    fs = facts_of("岚溪县重点项目进展情况\n2025年岚溪县安排市级重点项目73个,年度计划投资91.2亿元,包括续建项目38个和"
                  "计划开工项目35个。\n1-9月,累计完成投资66.7亿元,投资完成率73.1%。\n")
    assert one(fs, 66.7).indicator == "市级重点项目完成投资"
    assert one(fs, 73.1).indicator == "市级重点项目投资完成率"
    assert one(fs, 38).indicator == "续建项目"  # (a stage's count stays as written)


def test_the_set_framing_its_members():
    fs = facts_of("乙省重点项目半年进展\n截至6月底,乙省重点项目进展顺利。其中,830个省重大项目中,年内应开工的610个建设类"
                  "项目已经开工544个,开工率89.2%。1至6月共完成投资905.3亿元。\n")
    assert one(fs, 905.3).indicator == "省重大项目完成投资"


def test_a_paragraph_after_a_heading_names_no_set():
    fs = facts_of("岚溪县经济运行情况\n2025年岚溪县安排县级重点项目52个。\n二、工业运行\n1-9月,完成投资35.2亿元。\n")
    assert one(fs, 35.2).indicator == "完成投资"


def test_a_clause_naming_its_own_works_keeps_them():
    fs = facts_of("岚溪县重点项目进展情况\n2025年岚溪县安排县级重点项目52个,年度计划投资61.2亿元。\n"
                  "1-9月,甲科技公司完成投资12.4亿元,乙水库完成投资3.3亿元。\n")
    assert one(fs, 12.4).indicator == "完成投资"
    assert one(fs, 3.3).indicator == "完成投资"
