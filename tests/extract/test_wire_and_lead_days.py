"""A page's day from the opening of its news lead when nothing above it dates the page.

A wire's or a paper's dateline (某某网岚溪7月21日电 (记者…)) gives the day the item was filed, the day it was published:
the event's own day after it (7月20日下午,…) is not.  And a day the lead opens with beats a year the body merely cites
most (报告总结了2023年的工作 in a session's news of 1月21日): the page is of that day, in the year the text is written in.

Every text is invented for these tests.
"""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text


@pytest.mark.parametrize("text, published", [
    # the dateline's day, not the press conference's the day before
    ("岚溪省上半年经济稳中有进\n某某网岚溪7月18日电 (记者 王某)7月17日下午,岚溪省政府新闻办公室召开2021年上半年"
     "经济运行情况新闻发布会。今年上半年,全省生产总值同比增长7.3%,比2019年同期增长10.4%,两年平均增长4.9%。\n"
     "上半年,全省规上工业增加值增长9.6%,比2019年上半年增长6.8%。\n", "2021-07-18"),
    # a session's wire item naming the year it reviews and the year it plans: the day in the year of its plan
    ("某某网甲市1月16日电 (记者 李某)甲市第九届人民代表大会第二次会议开幕。记者从报告中了解到,2024年,甲市扎实推进"
     "重点改革。\n据悉,2025年,甲市经济社会发展的预期目标是:财政收入增长4%左右,固定资产投资增长6%左右。\n",
     "2025-01-16"),
    ("新华网乙城1月25日电(记者 张某、孙某)25日,丙省第十五届人民代表大会第三次会议在乙城开幕。\n报告显示,丙省2026年"
     "发展的预期目标是:生产总值增长5.5%左右。2025年,丙省生产总值增长5.2%。\n", "2026-01-25"),
])
def test_a_wires_dateline_gives_the_pages_day(text, published):
    assert extract_text(text, "t.txt").record.published == published


@pytest.mark.parametrize("text, published", [
    ("1 月 21 日上午,甲省第十五届人民代表大会第三次会议开幕,省长作政府工作报告。报告总结了 2023 年的工作,"
     "并对 2024 年的工作进行部署。\n报告列出 2023 年甲省的成绩单:生产总值增长 6.1%。\n今年是承上启下的"
     "一年。报告提出今年发展的预期目标:生产总值增长 5.5%左右。\n许某强调,2024 年工作的总体"
     "要求是稳中求进。\n", "2024-01-21"),
    ("7月28日下午,乙省人民政府新闻办公室召开乙省2023年上半年经济运行情况新闻发布会。\n上半年,全省实现生产总值"
     "8625亿元,同比增长4.7%。今年以来,乙省着力稳增长。\n", "2023-07-28"),
])
def test_a_leads_day_beats_a_year_the_body_cites_most(text, published):
    assert extract_text(text, "t.txt").record.published == published
