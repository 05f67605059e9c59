"""A year's list of works stated as a plan (安排…N个, 总投资, 年度计划投资, and the cards of its classes) is a target,
also on a page that reports progress elsewhere, unless a share of the plan is taken in its own item or the next
sentence (占年度计划的X%, 投资完成率): SCHEMA's plan base, the convention adopted in b1d766c (lists._announced_list no
longer yields to any work reported within reach, nor to the page's genre).  A card of works sized by the year's plan
amount (年度投资计划, 年度投资 beside 总投资) is the year's list whether or not the sentence names the year
(lists._list_card), except on a works-event page, where the count is the batch the event began; a count is a list's
only where its own clause names works (a programme named 某某工程 in a clause before is no noun of it).
Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_county_list_and_its_class_cards_beside_progress_in_another_paragraph():
    text = ("岚溪县重点项目建设提速\n2025年6月10日\n"
            "截至5月底，全县重点项目累计完成投资38亿元，完成率31%。\n\n"
            "今年，岚溪县共安排县重点项目60个，总投资420亿元，年度计划投资95亿元。"
            "从项目类别看，产业项目25个，总投资180亿元，年度投资计划41亿元；"
            "民生项目20个，总投资90亿元，年度投资计划26亿元。\n")
    fs = facts_of(text)
    assert one(fs, 38).kind == "actual"
    for v in (60, 420, 25, 180, 20, 90):  # the list's own size and its classes' (session 43: its state)
        assert one(fs, v).kind == "actual", v
    for v in (95, 41, 26):  # the year's plan amounts stay the plan's
        assert one(fs, v).kind == "target", v


def test_province_list_in_a_progress_news_of_the_first_months():
    text = ("甲省重点项目建设开局良好\n2026年3月8日\n"
            "记者从省发展改革委获悉，前2月全省重点项目完成投资210亿元。\n"
            "今年全省第一批省重点项目安排420项，总投资9800亿元，年计划投资2100亿元。"
            "其中，续建项目180项，计划新开工项目150项。\n")
    fs = facts_of(text)
    assert one(fs, 210).kind == "actual"
    for v in (420, 9800, 180, 150):
        assert one(fs, v).kind == "actual", v
    assert one(fs, 2100).kind == "target"


def test_a_share_taken_in_the_next_sentence_keeps_the_plan_the_base():
    text = ("青州市重点项目建设情况\n2025年7月12日\n"
            "交通项目36个，总投资1180亿元，年度计划投资118亿元。"
            "1—6月完成投资62亿元，完成年度计划的52.5%。\n")
    fs = facts_of(text)
    for v in (118, 62, 52.5):
        assert one(fs, v).kind == "actual", v
    text = ("辛盟重点项目进展\n2024年9月5日\n"
            "今年，辛盟共安排盟级重点项目170项，当年计划投资610亿元。"
            "截至8月底，完成投资360亿元，完成年度计划投资的59%。\n")
    fs = facts_of(text)
    for v in (170, 610, 360):
        assert one(fs, v).kind == "actual", v


def test_a_card_of_the_year_plan_naming_no_year():
    text = ("乙市扎实推进重大项目建设\n2024年4月2日\n"
            "市县两级重大项目有360个，计划总投资2800亿元，年度投资520亿元。\n")
    fs = facts_of(text)
    for v in (360, 2800):
        assert one(fs, v).kind == "actual", v
    assert one(fs, 520).kind == "target"


def test_a_town_year_card_with_its_year_plan_amount():
    text = ("丙镇项目建设工作简报\n2024年5月6日\n"
            "今年全镇重点项目共18个，计划投资9.6亿元。18个项目中有基础设施类7个，计划投资3.2亿元。\n")
    fs = facts_of(text)
    assert one(fs, 9.6).kind == "target"
    assert one(fs, 3.2).kind == "target"


def test_year_amount_beside_a_class_size_and_the_amount_done():
    text = ("丁区项目建设综述\n2023年6月1日\n"
            "从建设项目类别上看，产业项目14个，总投资160亿元，年度投资31亿元；民生项目8个，总投资27亿元，年度投资16亿元。"
            "1-5月，全区完成年度投资22亿元。\n")
    fs = facts_of(text)
    assert one(fs, 31).kind == "target"
    assert one(fs, 16).kind == "target"
    assert one(fs, 22).kind == "actual"


def test_on_a_works_event_page_the_batch_begun_is_what_the_event_did():
    text = ("戊省2024年重大项目集中开工\n2024年2月20日\n"
            "2月19日上午，戊省2024年重大项目集中开工活动在各市同时举行。"
            "省市县三级重大项目有960个，总投资8600亿元，年度投资2300亿元。\n")
    fs = facts_of(text)
    assert one(fs, 960).kind == "actual"
    assert one(fs, 8600).kind == "actual"
    assert one(fs, 2300).kind == "target"


def test_a_programme_named_in_a_clause_before_is_no_list_of_works():
    text = ("己市乡村振兴工作动态\n2024年8月3日\n"
            "此外，己市确定推荐庚县为“千村示范工程”省级示范县，从每个县各筛选2个省级示范镇、6个省级示范村。\n")
    fs = facts_of(text)
    assert one(fs, 2).kind == "actual"
    assert one(fs, 6).kind == "actual"
