"""A page's day from the opening of its news lead when nothing above it dates the page.

A wire's or a paper's dateline (某某网岚溪7月21日电 (记者…)) gives the day the item was filed, the day it was published:
the event's own day after it (7月20日下午,…) is not.  And a day the lead opens with beats a year the body merely cites
most (报告回顾了2023年工作 in a session's news of 1月23日): the page is of that day, in the year the text is written in.

Every text is invented for these tests.
"""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text


@pytest.mark.parametrize("text, published", [
    # the dateline's day, not the press conference's the day before
    ("今年上半年岚溪省经济运行稳中向好\n某某网岚溪7月21日电 (记者 王某)7月20日下午,岚溪省政府新闻办公室举行2021年上半年"
     "经济运行情况新闻发布会。今年上半年,全省生产总值同比增长9.5%,比2019年同期增长12.1%,两年平均增长5.8%。\n"
     "上半年,全省规模以上工业增加值增长11.2%,比2019年上半年增长8.6%。\n", "2021-07-21"),
    # a session's wire item naming the year it reviews and the year it plans: the day in the year of its plan
    ("某某网甲市1月14日电 (记者 李某)甲市第十八届人民代表大会第三次会议开幕。记者从报告中了解到,2024年,甲市扎实推进"
     "重点改革。\n据悉,2025年,甲市经济社会发展的预期目标是:一般公共预算收入增长3%左右,固定资产投资增长3%左右。\n",
     "2025-01-14"),
    ("新华网乙城1月27日电(记者 张某、孙某)27日,丙省第十四届人民代表大会第五次会议在乙城开幕。\n报告显示,丙省2026年"
     "经济社会发展主要预期目标是:地区生产总值增长5%左右。2025年,丙省地区生产总值增长5%。\n", "2026-01-27"),
])
def test_a_wires_dateline_gives_the_pages_day(text, published):
    assert extract_text(text, "t.txt").record.published == published


@pytest.mark.parametrize("text, published", [
    ("1 月 23 日上午,甲省第十四届人民代表大会第二次会议开幕,省长代表省人民政府向大会报告工作。报告回顾了 2023 年工作,"
     "同时对 2024 年工作作出部署。\n报告晒出 2023 年甲省经济发展的成绩:地区生产总值增长 5.8%。\n今年是实现“十四五”规划"
     "目标任务的关键一年。报告定下了今年经济社会发展主要预期目标:地区生产总值增长 5%左右。\n许某指出,2024 年工作总体"
     "要求是稳中求进。\n", "2024-01-23"),
    ("7月31日下午,乙省人民政府新闻办公室举行乙省2023年上半年经济运行情况新闻发布会。\n上半年,全省实现地区生产总值"
     "14170亿元,同比增长4.5%。今年以来,乙省着力稳增长。\n", "2023-07-31"),
])
def test_a_leads_day_beats_a_year_the_body_cites_most(text, published):
    assert extract_text(text, "t.txt").record.published == published
