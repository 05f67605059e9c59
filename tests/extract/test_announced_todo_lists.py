"""The items of a year's list of things the government undertakes to do for the people (民生实事, 为民办实事, 十件实事,
民生工程) are what is to be done: a heading, a title or a lead that names such a set and reports nothing of it
(2024年民生实事项目 / 这十件民生实事分别是: / 现将2024年为民办实事项目公告如下:) announces the items below it, bare
phrases without a future word (新建农村公厕40座), and each is a target of the list's year.  A lead that reports on the
set (完成情况, 进展, 已全部完成) keeps its items actual, and an item that reports (已, 累计) stays actual.

Every text is invented for these tests (places 岚溪县, 甲县 and the like; figures made up)."""
from __future__ import annotations

from factrun import facts_of, one


def _kinds(text: str, values) -> dict:
    fs = facts_of(text)
    return {v: one(fs, v).kind for v in values}


def test_a_heading_naming_the_years_set_over_numbered_items():
    text = ("岚溪县2024年民生实事项目\n\n2024年民生实事项目\n1. 新建农村公厕40座。\n2. 自来水普及率达到98%以上。\n"
            "3. 改造老旧小区12个。\n")
    fs = facts_of(text)
    for v in (40, 98, 12):
        assert (one(fs, v).kind, one(fs, v).period) == ("target", "2024"), v


def test_a_lead_naming_the_set_by_its_number_in_the_paragraph_after_the_decision():
    text = ("2月10日,记者从岚溪县第十八届人民代表大会第三次会议上了解到,2024年,岚溪县将集中力量办好十件民生实事。\n"
            "这十件民生实事分别是:完成城东路2.6公里道路拓宽改造;改造老旧小区12个;建设农村公路80公里;"
            "为3000名小学生免费筛查配镜。\n")
    assert set(_kinds(text, (2.6, 12, 80, 3000)).values()) == {"target"}


def test_a_copula_lead_over_items_written_in_one_paragraph():
    text = ("1月18日,甲县第九届人民代表大会第四次会议闭幕。会上确定2023年县委县政府为民兴办10件实事。\n"
            "这十件实事是:1.新修高标准基本农田5万亩。2.新增城镇就业1800人,开展职业技能培训700人次。"
            "3.改造农村危旧房600户。\n")
    assert set(_kinds(text, (5, 1800, 600)).values()) == {"target"}


def test_a_notice_giving_out_the_years_projects_for_the_people():
    text = ("乙县人民政府关于2025年为民办实事项目的公告\n\n经县人大常委会审议通过,现将2025年为民办实事项目公告如下:\n"
            "1.新建农村公厕35座。\n2.改造老旧小区9个,惠及居民2300户。\n3.新增城镇就业岗位4200个。\n")
    assert set(_kinds(text, (35, 9, 2300, 4200)).values()) == {"target"}


def test_a_title_naming_the_set_over_chapter_items():
    text = ("丙县2024年十件民生实事\n2024-01-20\n\n一、新建幼儿园3所,新增学位900个。\n二、改造提升农村公路120公里。\n"
            "三、城乡居民医保参保率稳定在96%以上。\n")
    assert set(_kinds(text, (3, 900, 120, 96)).values()) == {"target"}


def test_a_report_on_the_set_stays_actual():
    text = ("丁县2023年民生实事完成情况\n2024-01-05\n\n2023年民生实事完成情况\n1. 新建公厕40座,已全部完成。\n"
            "2. 改造老旧小区12个,累计惠及居民3000户。\n")
    assert set(_kinds(text, (40, 12, 3000)).values()) == {"actual"}
    text = ("戊县十件民生实事进展顺利\n2023-11-20\n\n今年以来,戊县十件民生实事进展顺利。这十件民生实事中:"
            "新建公厕40座,改造老旧小区12个,均已完成。\n")
    assert set(_kinds(text, (40, 12)).values()) == {"actual"}


def test_a_work_reports_review_of_last_years_set_stays_actual():
    text = ("己县政府工作报告\n2024年1月12日\n\n一、2023年工作回顾\n2023年民生实事项目\n1.新建公厕30座。\n"
            "2.改造老旧小区8个。\n二、2024年工作安排\n2024年民生实事项目\n1.新建公厕45座。\n2.改造老旧小区15个。\n")
    assert _kinds(text, (30, 8, 45, 15)) == {30: "actual", 8: "actual", 45: "target", 15: "target"}


def test_a_meeting_news_naming_the_set_before_its_colon():
    text = ("庚县召开政府常务会议\n2024-02-10\n\n会议审议通过了《庚县2024年民生实事项目》。\n2024年民生实事项目:\n"
            "(一)新建幼儿园3所,新增学位900个;\n(二)改造提升农村公路120公里;\n(三)城乡居民医保参保率稳定在96%以上。\n")
    fs = facts_of(text)
    for v in (3, 900, 120, 96):
        assert (one(fs, v).kind, one(fs, v).period) == ("target", "2024"), v


def test_the_set_named_in_the_paragraph_before_gives_the_items_its_year():
    text = ("1月18日,甲县第九届人民代表大会第四次会议闭幕。会上确定2023年县委县政府为民兴办10件实事。\n"
            "这十件实事是:1.新修高标准基本农田5万亩。2.新增城镇就业1800人。\n")
    fs = facts_of(text)
    for v in (5, 1800):
        assert (one(fs, v).kind, one(fs, v).period) == ("target", "2023"), v


def test_a_lead_telling_the_set_was_adopted_over_chapter_headings():
    text = ("(岚溪融媒)在岚溪县第十八届人民代表大会第五次会议闭幕式上,经代表票选表决,县政府2025年度十件民生实事项目"
            "正式出炉!\n一、2025年村内道路提升工程\n在12个乡镇硬化道路8万平方米,安装路灯900盏。\n二、城区供热扩建工程\n"
            "铺设供热主管网3.6公里,惠及居民2万户。\n")
    assert set(_kinds(text, (8, 900, 3.6, 2)).values()) == {"target"}
    text = ("经辛区第五届人民代表大会第三次会议投票表决,确定以下三类5个项目为2024年度辛区政府民生实事项目:\n"
            "一、教育类,共2项\n1.实施辛区实验小学扩建工程,新增学位1350个。\n二、出行类,共3项\n2.新增公共停车泊位2600个。\n")
    assert set(_kinds(text, (1350, 2600)).values()) == {"target"}


def test_a_lead_telling_the_set_was_done_stays_actual():
    text = ("2024年,县政府确定的十件民生实事已全部完成,群众满意度持续提升。\n一、村内道路提升工程\n"
            "在12个乡镇硬化道路8万平方米,安装路灯900盏。\n二、城区供热扩建工程\n铺设供热主管网3.6公里。\n")
    assert set(_kinds(text, (8, 900, 3.6)).values()) == {"actual"}
