"""More openings of a news lead before the day it reports: a wire's 消息 with its reporter and a colon
(某某网消息(记者 王某):4月7日,…), and a couplet the writer opens with before the news (春风拂面绿意浓,招商引资劲头足。
2月24日上午,…).  The day dates the page in the year the text is written in, as any lead's day does; the day of an
event held (…举行) by its month (test_page_year_and_date).

Every text is invented for these tests.
"""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text


@pytest.mark.parametrize("text, published", [
    ("甲省今年开复工项目8200个\n某某网消息(记者 王某):4月7日,甲省2023年重点项目集中开工现场会在乙市举行。\n"
     "今年甲省可开复工项目8200个,总投资1.6万亿元。\n", "2023-04"),
    ("春风拂面绿意浓,招商引资劲头足。3月31日,甲省2023年重大项目集中开工仪式在乙市举行。\n此次集中开工项目300个,"
     "总投资1200亿元。\n", "2023-03"),
    ("岚溪市2025年重点项目集中开工活动举行\n某某新闻网消息(记者 张某)春风拂面绿意浓,招商引资劲头足。2月24日上午,"
     "岚溪市2025年首批项目开工仪式举行。\n当天开工项目412个,总投资2130亿元。\n", "2025-02"),
])
def test_a_leads_day_after_a_wires_colon_or_an_opening_couplet(text, published):
    assert extract_text(text, "t.txt").record.published == published


def test_a_longer_opening_sentence_keeps_its_later_day_undated():
    text = ("岚溪县工作简报\n全县各部门认真落实县委县政府部署,扎实推进各项重点工作,取得了新的进展。3月5日,县委召开常委会议。\n")
    assert extract_text(text, "t.txt").record.published == ""


def test_a_headline_cut_short_on_the_line_under_it_is_not_the_title():
    text = ("岚溪县326个重点项目集中开工 总投资518亿元\n岚溪县326个重点项目集中开工\n2021-02-27 13:45 来源:岚溪日报\n"
            "(记者 李某)2月26日,岚溪县2021年重点项目集中开工活动举行,集中开工项目326个,总投资518亿元。\n")
    assert extract_text(text, "t.txt").record.title == "岚溪县326个重点项目集中开工 总投资518亿元"


def test_a_congress_sessions_day_is_of_the_year_after_the_one_its_report_reviews():
    text = ("2月2日,岚溪市第十五届人民代表大会第六次会议在市会展中心开幕。市长代表市人民政府向大会作政府工作报告。\n"
            "报告回顾2023年工作:2023年,全市地区生产总值增长5.1%,2023年新增市场主体1.2万户。\n"
            "2023年,全市固定资产投资增长6.3%。\n")
    assert extract_text(text, "t.txt").record.published == "2024-02-02"
