"""A text's headline and date among a scraped page's chrome: the site's head line (its name with its toolbar or its
clock), a keyword list, a headline sharing its line with the speech's dateline or a site's compact date, an official
title broken before its genre, a newspaper's subtitle under its headline.

Every page here is invented (岚溪市, 青川县, 墨川县, 临川区).
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def record(raw: str, name: str = "p.txt"):
    return extract_text(raw, name=name, fmt="txt").record


def test_a_sites_head_line_with_its_toolbar_is_no_part_of_the_headline():
    rec = record("岚溪市人民政府门户网站 政务邮箱 无障碍\n"
                 "首页 > 政务公开 > 政府工作报告\n"
                 "政府工作报告\n"
                 "——2024年1月10日在岚溪市第十七届人民代表大会第三次会议上\n"
                 "市长 王某某\n"
                 "各位代表:\n"
                 "现在,我代表市人民政府,向大会报告工作,请予审议。\n"
                 "2023年,全市地区生产总值增长6.1%。\n")
    assert rec.title == "政府工作报告"
    assert rec.published == "2024-01-10"


def test_a_bodys_name_with_the_pages_clock_is_no_headline():
    rec = record("墨川县人民政府 2023-01-10 16:56:00\n"
                 "来源:墨川县融媒体中心\n"
                 "墨川县第十九届人民代表大会第二次会议开幕\n"
                 "1月9日,墨川县第十九届人民代表大会第二次会议开幕。县长代表县人民政府作工作报告。\n")
    assert rec.title == "墨川县第十九届人民代表大会第二次会议开幕"
    assert rec.published == "2023-01-10"


def test_a_headline_sharing_its_line_with_the_speechs_dateline():
    rec = record("政府工作报告 ——二○二二年一月六日在青川县第十八届人民代表大会第一次会议上\n"
                 "各位代表:\n"
                 "现在,我代表县人民政府,向大会报告工作,请予审议。\n"
                 "2021年,全县地区生产总值增长7.1%。\n")
    assert rec.title == "政府工作报告"
    assert rec.published == "2022-01-06"


def test_a_district_report_with_its_bracketed_dateline_on_the_headline():
    rec = record("临川区2021年政府工作报告(2021年1月12日在临川区第五届人民代表大会第五次会议上)\n"
                 "各位代表:\n"
                 "现在,我代表区人民政府,向大会报告工作。\n"
                 "2020年,全区地区生产总值增长3.1%。\n")
    assert rec.title == "临川区2021年政府工作报告"
    assert rec.published == "2021-01-12"


def test_a_keyword_list_above_a_news_headline_and_a_column_after_its_bar():
    rec = record("甲乙在线一级-丙丁精品一区二区-戊己黄色在线-庚辛在线中文-壬癸在线-子丑精品\n\n"
                 "首页 > 资讯 > 正文\n\n"
                 "岚溪市召开2023年重点项目集中开工仪式暨推进大会|天天简讯\n\n"
                 "2023-02-22 15:55:43 来源:岚溪日报\n\n"
                 "2月21日,岚溪市召开重点项目集中开工仪式,集中开工项目56个,总投资326亿元。\n")
    assert rec.title == "岚溪市召开2023年重点项目集中开工仪式暨推进大会"
    assert rec.published == "2023-02-22"


def test_an_official_title_broken_after_its_issuers_words():
    rec = record("市政府办公厅关于印发岚溪市重点项目建设\n"
                 "行动计划(2023—2025年)的通知\n"
                 "岚政办发〔2023〕12号\n"
                 "各区人民政府,市各委办局:\n"
                 "《岚溪市重点项目建设行动计划(2023—2025年)》已经市政府同意,现印发给你们,请认真贯彻落实。\n"
                 "岚溪市人民政府办公厅\n"
                 "2023年3月6日\n")
    assert rec.title == "市政府办公厅关于印发岚溪市重点项目建设行动计划(2023—2025年)的通知"
    assert rec.published == "2023-03-06"


def test_a_newspapers_subtitle_under_its_headline():
    rec = record("第一版:要闻版总第4321期 >2024-01-22编印\n\n"
                 "县十六届人大四次会议开幕\n"
                 "大会主席团常务主席、执行主席甲某乙某丙某在主席台前排就座 县长丁某代表县人民政府向大会作工作报告\n"
                 "刊发日期:2024-01-22 作者:  语音阅读:\n\n"
                 "1月21日上午,墨川县第十六届人民代表大会第四次会议开幕。会议应到代表224名,实到代表201名。\n")
    assert rec.title == "县十六届人大四次会议开幕"
    assert rec.published == "2024-01-22"


def test_a_kicker_above_the_headline_still_gives_way():
    rec = record("稳投资 促发展\n"
                 "岚溪县上半年重点项目完成投资21.5亿元\n"
                 "发布时间:2024-07-12 来源:县发展和改革局\n"
                 "今年以来,岚溪县42个重点项目完成投资21.5亿元,占年度计划的52%。\n")
    assert rec.title == "岚溪县上半年重点项目完成投资21.5亿元"


def test_a_document_sites_compact_date_after_the_headline():
    rec = record("2023年岚溪市政府工作报告(20230224)\n"
                 "2023年岚溪市政府工作报告各位代表:现在,我代表市人民政府向大会报告工作,请予审议。"
                 "一、2022年工作回顾2022年,全市地区生产总值增长4.2%。\n")
    assert rec.title == "2023年岚溪市政府工作报告"
    assert rec.published == "2023-02-24"


def test_a_crawlers_publishdate_record_at_the_foot_dates_the_text():
    rec = record("岚溪县2022年国民经济和社会发展统计公报\n"
                 "岚溪县统计局\n"
                 "2022年,全县地区生产总值增长5.1%。\n"
                 "一、综合\n"
                 "全年粮食产量12万吨。\n"
                 "publishdate:2023-03-10 10:00:00\n"
                 "url:http://example.org/a.html\n")
    assert rec.published == "2023-03-10"


def test_the_sites_clock_above_a_short_page_dates_nothing():
    rec = record("2023-05-06 09:12:01 星期六\n"
                 "岚溪县人民政府门户网站\n"
                 "当前位置:首页 > 政务动态\n"
                 "岚溪县召开重点项目推进会\n"
                 "来源:县政府办\n"
                 "3月9日,岚溪县召开重点项目推进会,全县42个重点项目完成投资18.6亿元。\n")
    assert rec.title == "岚溪县召开重点项目推进会"
    assert rec.published == ""


def test_a_newspaper_pages_weekday_date_is_its_issues_day():
    rec = record("岚溪日报\n"
                 "2024年1月22日 星期一\n"
                 "岚溪县召开重点项目推进会\n"
                 "1月21日,岚溪县召开重点项目推进会,全县42个重点项目完成投资18.6亿元。\n")
    assert rec.published == "2024-01-22"


def test_a_tables_bare_bars_under_its_caption_leave_the_caption_the_title():
    rec = record("东坡市2022年1-6月主要经济指标\n"
                 "| 指标 |\n| 1-6月(亿元) |\n| 增长(%) |\n"
                 "|\n地区生产总值 |\n120.5 |\n8.3 |\n|\n")
    assert rec.title == "东坡市2022年1-6月主要经济指标"


def test_a_sites_head_naming_the_body_and_its_site_and_a_long_site_name_after_bars():
    rec = record("岚溪县人民政府 岚溪县人民政府门户网站 长者模式\n"
                 "政府工作报告\n"
                 "各位代表:\n"
                 "现在,我代表县人民政府,向大会报告工作,请予审议。\n"
                 "2024年,全县地区生产总值增长5.2%。\n")
    assert rec.title == "政府工作报告"
    rec = record("新疆维吾尔自治区人民政府门户网站|政务邮箱|无障碍\n"
                 "岚溪县召开一季度重点项目推进会\n"
                 "发布时间:2025-03-02 来源:县发展和改革局\n"
                 "3月1日,岚溪县召开重点项目推进会,全县42个重点项目完成投资18.6亿元。\n")
    assert rec.title == "岚溪县召开一季度重点项目推进会"


def test_a_speech_dated_under_its_headline_was_delivered_that_day_not_the_day_posted():
    rec = record("岚溪县政府工作报告\n"
                 "(二〇二二年一月六日)\n"
                 "发布时间:2022-03-01 来源:岚溪县人民政府办公室\n"
                 "各位代表:\n"
                 "现在,我代表县人民政府,向大会报告工作,请予审议。\n"
                 "2021年,全县地区生产总值增长7.1%。\n")
    assert rec.published == "2022-01-06"
    rec = record("在全市重点项目建设推进会上的讲话\n"
                 "青川市人民政府市长 李某\n"
                 "2023年3月6日\n"
                 "发布时间:2023-03-20\n"
                 "同志们:\n"
                 "今天召开全市重点项目建设推进会,主要任务是总结去年工作,安排今年任务。\n")
    assert rec.published == "2023-03-06"


def test_a_news_items_day_under_its_headline_gives_way_to_the_pages_posting_field():
    rec = record("岚溪县召开重点项目推进会\n"
                 "2022年3月1日\n"
                 "发布时间:2022-03-02 来源:县政府办\n"
                 "3月1日,岚溪县召开重点项目推进会,全县42个重点项目完成投资18.6亿元。\n")
    assert rec.published == "2022-03-02"


def test_a_portals_today_line_a_search_prompt_and_a_click_counter_are_chrome():
    # 今天是:… 星期六 is the visitor's day, no heading that times the figures below it; 请输入关键字 is the search box,
    # no part of the headline; 点击率:3165次 counts the page's visits, no fact of the county
    raw = ("今天是:2024年6月8日 星期六\n"
           "请输入关键字\n"
           "岚溪县重点项目建设情况\n"
           "来源:县发改局 点击率:3165次\n"
           "全县36个重点项目完成投资15.2亿元,新开工项目8个。\n")
    ex = extract_text(raw, name="p.txt", fmt="txt")
    assert ex.record.title == "岚溪县重点项目建设情况"
    assert 3165 not in [f.value for f in ex.facts]
    assert {f.value: f.period for f in ex.facts if f.value in (15.2, 8)} == {15.2: "?", 8: "?"}


def test_a_forum_threads_title_with_its_board_and_software_gives_the_headline_only():
    body = "3月5日,岚溪县举行重点项目集中开工仪式,此次开工项目32个,总投资56亿元。\n"
    rec = record("岚溪县32个重点项目集中开工 -  - Powered by Discuz!\n" + body)
    assert rec.title == "岚溪县32个重点项目集中开工"
    rec = record("岚溪县重点项目集中开工 - 岚溪新闻 - 岚溪论坛\n" + body)
    assert rec.title == "岚溪县重点项目集中开工"  # a short headline, the board and the forum after it
    rec = record("墨川县32个重点项目集中开工 - 城市新闻 - 青川在线 - Powered by Discuz!\n" + body)
    assert rec.title == "墨川县32个重点项目集中开工"
    rec = record("两会快讯 | 岚溪县32个重点项目集中开工仪式隆重举行\n" + body)
    assert rec.title == "两会快讯 | 岚溪县32个重点项目集中开工仪式隆重举行"  # a series' name before it stays
