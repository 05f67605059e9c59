"""A page's dateline that gives the month and the day only (日期：09-21) under a headline that names the one year the page
reports on (2023年岚溪县第三季度重大项目集中开工) is dated that year; a headline of a whole year reported later
(2023年岚溪县国民经济和社会发展统计公报) gives no year of the page's date.  A headline in traditional script is read for
its genre in simplified (重點項目清單 is a list: a plan, its items planned), as the text's words are.

Every text here is invented (岚溪, 青川 are fictitious places).
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def published(text: str) -> str:
    return extract_text(text, name="t.txt", fmt=None).record.published


def test_a_month_day_field_takes_the_headline_year():
    text = ("2023年岚溪县第三季度重大项目集中开工\n日期：09-21 来源：岚溪县融媒体中心\n"
            "9月20日，岚溪县举行重大项目集中开工活动，9个项目集中开工，总投资12.6亿元。\n")
    assert published(text) == "2023-09-21"


def test_a_whole_year_headline_gives_no_year_to_the_field():
    text = ("2023年青川县国民经济和社会发展统计公报\n日期：03-15 来源：青川县统计局\n"
            "初步核算，全县地区生产总值156.3亿元，比上年增长5.2%。\n")
    assert published(text) == ""


def test_a_traditional_script_list_title_makes_a_plan_and_its_items_planned():
    text = ("嵐溪縣2024年重點項目清單\n序號\t項目名稱\t建設內容\t總投資（萬元）\n"
            "1\t嵐溪縣城南污水處理廠擴建工程\t新建污水處理能力2萬噸/日\t12000\n"
            "2\t白河精密鑄件產業園\t建設標準化廠房10萬平方米\t35000\n")
    ex = extract_text(text, name="t.txt", fmt=None)
    assert ex.record.doc_type == "plan"
    assert {p.mention: p.stage for p in ex.projects} == {"嵐溪縣城南污水處理廠擴建工程": "planned",
                                                          "白河精密鑄件產業園": "planned"}
