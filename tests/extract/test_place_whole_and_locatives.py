"""Who a news sentence's figures belong to when a place or a work is named before them in a way that does not make it
their subject, or does: a place written with its own scope word (山西省全省…活动) names its whole, so the event's
figures after it are the province's even where a county was the paragraph's topic; a work named after the preposition
在 (在经开区甲电缆项目现场,…) is where the event was held, and the district's 全区 figures after it are no work's.
Sentences written for these tests; the places are real so that the gazetteer knows them."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_province_written_with_its_whole_owns_the_events_figures_after_a_countys_paragraph():
    text = ("介休市开发区签约项目落地\n2025-06-12\n\n"
            "日前,在全省开发区“三个一批”活动上,某某公司与介休市政府签约年产8万吨新材料项目。\n"
            "介休经济技术开发区基础设施项目拟建设道路9公里,总投资4.2亿元。\n"
            "这次山西省全省开发区“三个一批”活动,签约项目412个、总投资2870亿元。\n")
    fs = facts_of(text)
    assert one(fs, 412).subject == "山西省"
    assert one(fs, 2870).subject == "山西省"


def test_a_work_after_the_preposition_zai_is_where_the_event_was_held():
    text = ("金州区三季度重大项目集中开工\n2025-07-10\n\n"
            "在经开区华信电缆项目现场,随着区委书记宣布开工,全区三季度14个重大项目集中开工,总投资61亿元。\n")
    fs = facts_of(text)
    assert one(fs, 14).subject == "金州区"
    assert one(fs, 61).subject == "金州区"
