"""An item of a ranking or progress notice headed by a measure (二、一般公共预算收入。…, (三)社会消费品零售总额 on its own
line) gives that measure for each place its clauses name: 仁寿县完成12.5亿元，增长6.2% is the county's revenue and its
growth, as a label before a colon (一、工业增加值:…) already says.  A clause naming its own measure keeps it.
Texts invented for these tests; the counties are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import facts_of, one

NOTICE = ("关于2025年1-9月县域经济主要指标完成情况的通报\n各县（区）人民政府：\n"
          "二、一般公共预算收入。仁寿县完成12.5亿元，增长6.2%；东坡区完成10.1亿元，增长3.3%；洪雅县完成3.2亿元，增长1.1%。\n"
          "（三）社会消费品零售总额\n仁寿县增长5.5%，东坡区增长4.4%，青神县增长3.1%。\n"
          "4.固定资产投资。彭山区完成投资40.3亿元，丹棱县工业投资增长9.6%。\n")


def test_a_heading_measure_names_the_places_figures_of_its_item():
    fs = facts_of(NOTICE)
    assert (one(fs, 12.5).indicator, one(fs, 12.5).subject) == ("一般公共预算收入", "仁寿县")
    assert one(fs, 6.2).indicator == "一般公共预算收入"
    assert one(fs, 1.1).indicator == "一般公共预算收入"


def test_a_heading_on_a_line_of_its_own_names_the_next_lines_figures():
    fs = facts_of(NOTICE)
    assert one(fs, 4.4).indicator == "社会消费品零售总额"
    assert one(fs, 3.1).subject == "青神县"


def test_a_clause_naming_its_own_measure_keeps_it():
    fs = facts_of(NOTICE)
    assert one(fs, 9.6).indicator == "工业投资"
