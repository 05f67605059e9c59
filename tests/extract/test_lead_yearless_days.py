"""A news lead opening with the day it reports, written without its year (2月14日,… / 本网讯(记者某某)4月24日,… /
某省统计局10月20日公布…), dates a page that dates itself no other way: the day in the year the text is written in, else
the year the lead's own sentence names right after the day; a day an event was held on (…举行, …开工) dates
the page by its month only, as the page reports the event that day or after.  A day in a later paragraph is an event the page reports
on, not its date; a text that names no year gives none.

Every text is invented for these tests.
"""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text


@pytest.mark.parametrize("text, published", [
    ("2月14日,2025年岚溪市政府工作报告全文发布。\n报告提出2025年主要预期目标:经济增长6%左右。\n", "2025-02-14"),
    ("甲省新闻网\n2月5日,省发展和改革委员会向省人民代表大会作《关于甲省2025年国民经济和社会发展计划执行情况与2026年计划"
     "草案的报告》。\n报告指出,全省经济增长5%。\n", "2026-02-05"),
    ("5月18日,2023年二季度乙省开工仪式在丙市举行。\n本批开工项目2034个。\n", "2023-05"),
    ("岚溪县举行2025年招商引资签约仪式\n7月12日,岚溪县举行2025年招商引资签约仪式。今年,全县签约项目12个。\n",
     "2025-07"),
    ("丙省统计局10月20日公布的统计数据显示,2020年前三季度,丙省地区生产总值完成17539亿元。\n", "2020-10-20"),
    ("本网讯(记者 张某 李某)4月24日,记者从戊区新闻发布会上获悉,一季度,戊区重大项目开复工1079个。今年以来完成投资"
     "1401亿元,2025年计划投资9000亿元。\n", "2025-04-24"),
    ("甲县重点项目集中开工\n全年实施重点项目52个\n本报讯(记者 刘某)3月14日,甲县举行2019年重点项目集中开复工仪式。\n"
     "今年,甲县确定实施重点项目52个。\n", "2019-03"),
])
def test_a_leads_yearless_day_dates_the_page(text, published):
    assert extract_text(text, "t.txt").record.published == published


@pytest.mark.parametrize("text", [
    "岚溪县工作简报\n\n3月5日,县委召开常委会议。\n",
    "一、工单总体情况\n2025年5月,甲市12345热线共接收工单3656件。\n二、领导接听情况\n5月19日,甲市副市长在热线大厅接听来电9个。\n",
])
def test_no_year_or_a_later_paragraphs_day_gives_no_date(text):
    # (a text reporting on a month of its year is of that year: the year, never the later paragraph's day)
    assert extract_text(text, "t.txt").record.published in ("", "2025")
