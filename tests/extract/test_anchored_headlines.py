"""A page's headline where the page sets it: right above its dateline, below a site's slogan, a county's blurb, a
breadcrumb or a lead the page repeats above it; and what a page sets on the headline's own line (a repost's original
title label, a table cell's bars, a share toolbar) or right under it (an official's signature) is no part of it.

Every page here is invented (岚溪市, 青川县, 墨川县, 临川区, 石门县).
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def record(raw: str, name: str = "p.txt"):
    return extract_text(raw, name=name, fmt="txt").record


def test_a_sites_slogan_above_a_newspaper_headline_and_its_dateline():
    rec = record("读家乡报,知岚溪事\n\n\n"
                 "项目建设跑出加速度 全市312个项目前三季度完成投资860亿元\n\n"
                 "岚溪日报 2019-10-21 09:15 大字\n\n"
                 "本报讯 截至9月底,岚溪市今年312个重点项目共完成投资860亿元,达到年度计划的88%。\n")
    assert rec.title == "项目建设跑出加速度 全市312个项目前三季度完成投资860亿元"
    assert rec.published == "2019-10-21"


def test_a_county_sites_blurb_above_the_headline_further_down():
    rec = record("欢迎访问\n"
                 "中国柑橘之乡,中国茶叶之乡\n"
                 "青川县位于某省西部,区域面积1200平方公里,辖15个乡镇,总人口52万。\n\n"
                 "1-5月青川县重点项目建设进展情况\n\n"
                 "时间:2018年06月12日 点击次数:1024\n\n"
                 "全县2018年计划实施重点项目60个,1-5月累计完成投资12.5亿元,占年度计划的41%。\n")
    assert rec.title == "1-5月青川县重点项目建设进展情况"


def test_a_headline_after_a_breadcrumb_that_cuts_it():
    rec = record("要闻 news\n"
                 "您现在所在的位置首页 > 要闻 > 墨川县三季度重点项目集中开工,总投资126亿元!\n\n"
                 "墨川县三季度重点项目集中开工,总投资126亿元!\n\n"
                 "发布时间:2020/09/08 要闻 浏览:30\n\n"
                 "9月7日上午,墨川县举行三季度重点项目集中开工活动,新开工项目24个、总投资126亿元。\n")
    assert rec.title == "墨川县三季度重点项目集中开工,总投资126亿元!"


def test_a_lead_repeated_above_the_breadcrumb_and_the_headline():
    rec = record("全市重点项目稳步推进。据统计,1-7月全市重点项目累计完成投资210亿元,完成年度计划的57%。\n   \n"
                 " 您当前的位置 : 岚溪新闻>\n\n"
                 "岚溪市推进重点项目建设 三个项目将挂牌督办\n\n"
                 "岚溪网 http://www.lanxi.example.cn 时间:2019-08-16 08:05\n\n"
                 "  全市重点项目稳步推进。据统计,1-7月全市重点项目累计完成投资210亿元,完成年度计划的57%。\n")
    assert rec.title == "岚溪市推进重点项目建设 三个项目将挂牌督办"


def test_a_reporters_byline_with_its_clock_is_no_headline_under_a_sites_name():
    rec = record("移动客户端\n"
                 "石门县12个示范小城镇建设考评 临川镇位居第一\n"
                 "石门日报李明 2014-05-22 15:43:57\n"
                 "近日,石门县公布12个示范小城镇建设考评结果,临川镇得分最高。\n")
    assert rec.title == "石门县12个示范小城镇建设考评 临川镇位居第一"


def test_a_reposts_original_headline_when_the_page_gives_no_other():
    rec = record("原标题:前5月 青川县重点项目完成投资21.3亿\n"
                 "青川网6月20日讯 昨日,青川县发改局公布,1~5月全县重点项目完成投资21.3亿元。\n")
    assert rec.title == "前5月 青川县重点项目完成投资21.3亿"


def test_a_report_titled_after_its_province_in_brackets_and_its_year():
    rec = record("(某某省)2021年岚溪市人民政府工作报告(全文)\n"
                 "文库 2022-03-01 10:12:33 政府报告\n"
                 "各位代表:\n"
                 "现在,我代表岚溪市人民政府,向大会报告政府工作,请予审议。\n")
    assert rec.title == "(某某省)2021年岚溪市人民政府工作报告(全文)"


def test_a_headline_in_a_table_cell():
    rec = record("| 2025年政府工作报告 |\n"
                 "2024年工作回顾\n"
                 "区长在政府工作报告中说,2024年是临川区发展极不平凡的一年。\n")
    assert rec.title == "2025年政府工作报告"


def test_an_officials_signature_with_a_two_part_name_is_no_headline():
    rec = record("政府工作报告\n"
                 "——在墨川县第十八届人民代表大会第五次会议上\n"
                 "县委副书记、县长 艾力·买买提\n"
                 "(2025年1月6日)\n"
                 "各位代表、同志们:\n"
                 "现在,我代表县人民政府,向大会报告工作,请予审议。\n")
    assert rec.title == "政府工作报告"


def test_a_share_toolbar_on_the_headlines_line_and_a_day_first_dateline():
    rec = record("1-8月青川县“专精特新”项目加快推进 分享 人民微博 新浪微博 腾讯微博\n\n"
                 "09.10.2019  15:50\n\n"
                 "  1-8月,全县“专精特新”项目共计52项,已开工项目41项。\n")
    assert rec.title == "1-8月青川县“专精特新”项目加快推进"


def test_a_headline_over_its_subtitle_is_still_the_headline():
    # a newspaper's main title with its subtitle under it, above the dateline: the main title, not the slogan rule
    rec = record("岚溪县城乡融合发展综述\n"
                 "——全县去年新增就业岗位1.2万个,城乡居民收入差距继续缩小,农村面貌焕然一新\n"
                 "岚溪日报 2021-02-03 08:30\n"
                 "本报讯 2020年,岚溪县坚持城乡融合发展。\n")
    assert rec.title == "岚溪县城乡融合发展综述"


def test_a_headless_county_report_is_titled_by_the_congress_its_dateline_names():
    rec = record("——2024年2月4日在岚溪县第十八届人民代表大会第三次会议上\n"
                 "李明\n"
                 "各位代表:\n"
                 "现在,我代表县人民政府向大会报告工作,请予审议,并请各位政协委员和列席会议的同志提出意见。\n"
                 "一、2023年工作回顾\n"
                 "2023年,全县地区生产总值增长5.5%。\n")
    assert rec.title == "岚溪县政府工作报告"
    assert rec.title_derived


def test_a_headless_city_report_dated_in_brackets():
    rec = record("(2023年1月12日在青川市第八届人民代表大会第四次会议上)\n"
                 "青川市人民政府市长 王强\n"
                 "各位代表:\n"
                 "现在,我代表市人民政府向大会作工作报告,请予审议。\n"
                 "一、2022年政府工作回顾\n"
                 "过去一年,全市地区生产总值增长6%。\n")
    assert rec.title == "青川市政府工作报告"


def test_a_headless_speech_that_is_no_report_gets_no_report_title():
    rec = record("——2024年3月2日在岚溪县重点项目推进会上\n"
                 "各位同志:\n"
                 "今天召开全县重点项目推进会,主要任务是总结去年工作,部署今年任务。\n")
    assert "政府工作报告" not in rec.title


def test_a_report_headline_sharing_its_line_with_the_dateline_and_the_pages_fields():
    rec = record("政府工作报告 ——二○二二年一月二十一日在墨川省第六届人民代表大会第五次会议上 墨川省省长 张三 作者: "
                 "发布时间:2022-01-27 09:32:05 信息来源:墨川日报客户端 浏览量:\n"
                 "各位代表:\n"
                 "现在,我代表省人民政府,向大会报告政府工作,请予审议。\n")
    assert rec.title == "政府工作报告"
