"""A page's date and title among its chrome: a date closing the page after its foot block (编辑:…, 责任编辑:…, 投稿:…,
【打印】) is when the page was printed or crawled, never the text's when its head gives one; a notice signed with its day
on a page posted later is the signature's; a speech dated by its month and day only takes the year after the one it
looks back on; a page without a headline whose lead reports a document's issue is titled by that document.

Every page here is invented (岚溪县, 青川市, 墨川县, 临川区).
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def run(raw: str, name: str = "p.txt"):
    return extract_text(raw, name=name, fmt="txt")



def test_a_crawl_stamp_after_a_news_pages_foot_is_not_its_date():
    ex = run("青川市一季度重点项目加快推进\n"
             "青川日报 · 2022-04-08\n"
             "今年以来,青川市坚持项目为王,一季度全市85个省市重点项目完成投资45.6亿元,同比增长12.3%。\n"
             "市发改委负责人介绍,今年全市计划实施重点项目120个,年度计划投资320亿元。\n"
             "编辑:张三\n"
             "监督:李四\n"
             "投稿:qcrb@example.com\n"
             "责任编辑:王五\n"
             "2024-11-06 00:38:55\n")
    assert ex.record.published == "2022-04-08"
    assert {f.period for f in ex.facts if f.value in (45.6, 12.3)} == {"2022-Q1"}
    assert {f.period for f in ex.facts if f.value in (120, 320)} == {"2022"}


def test_a_date_after_a_county_pages_print_and_share_items_is_not_its_date():
    ex = run("墨川县人民政府\n"
             "全县重点项目建设进展顺利\n"
             "来源:墨川县发改局 2019-06-21 浏览次数:\n"
             "今年以来,全县上下紧扣“双过半”目标,合力攻坚,64个重点建设项目进展顺利。\n"
             "上半年,64个重点建设项目完成投资12.8亿元,占年度计划的52%。\n"
             "【打印正文】\n"
             "分享到:\n"
             "【关闭窗口】\n"
             "2023-05-17 10:21:08\n")
    assert ex.record.published == "2019-06-21"
    assert {f.period for f in ex.facts if f.value == 12.8} == {"2019-H1"}


def test_a_short_pages_closing_stamp_after_its_editor_is_no_dateline_of_its_opening():
    ex = run("县长主持召开项目建设专题推进会\n"
             "来源:县政府办2018-10-15\n"
             "10月10日,县长主持召开项目建设专题推进会,听取各部门关于重点项目进展情况的汇报。\n"
             "会议要求,今年年内完成湿地公园项目建设。\n"
             "责任编辑:赵六\n"
             "2022-01-09 16:02:11\n")
    assert ex.record.published == "2018-10-15"


def test_a_signature_before_the_foot_still_dates_the_notice():
    ex = run("关于全县重点项目推进情况的通报\n"
             "各乡镇人民政府,县直各单位:\n"
             "1-5月,全县62个重点项目完成投资8.2亿元,占年度计划的42.5%。\n"
             "岚溪县重点项目建设领导小组办公室\n"
             "2021年6月8日\n"
             "责任编辑:张三\n")
    assert ex.record.published == "2021-06-08"


def test_a_notice_signed_before_the_page_posted_it_is_dated_by_its_signature():
    ex = run("发布时间:2021-01-05 09:30\n"
             "关于2020年12月份全县重点项目推进情况的通报\n"
             "各乡镇人民政府,县直各单位:\n"
             "现将全县重点项目推进情况通报如下:今年全县62个重点项目完成投资48.2亿元,占年度计划的101.5%。\n"
             "岚溪县重点项目建设领导小组办公室\n"
             "2020年12月31日\n")
    assert ex.record.published == "2020-12-31"
    assert {f.period for f in ex.facts if f.value in (62, 48.2, 101.5)} == {"2020"}


def test_a_city_notice_signed_on_a_line_with_its_issuer_and_posted_later():
    ex = run("关于报送2023年重点项目建设工作总结的通知\n"
             "信息来源:青川市人民政府|发布时间:2023-12-29 12:17\n"
             "各重点项目建设指挥部,市直有关部门:\n"
             "为认真总结全市重点项目建设工作,现就有关事项通知如下:请于12月25日前报送工作总结。\n"
             "青川市重点项目办 2023年12月7日\n"
             "网站标识码:1234567890\n")
    assert ex.record.published == "2023-12-07"


def test_a_signature_after_the_posting_day_does_not_date_the_page():
    ex = run("发布时间:2021-03-25 09:30\n"
             "关于2021年2月份全县重点项目推进情况的通报\n"
             "1-2月,全县62个重点项目完成投资8.2亿元,占年度计划的12.5%。\n"
             "2021年4月1日\n")
    assert ex.record.published == "2021-03-25"


def test_a_county_report_dated_by_month_and_day_only():
    ex = run("政府工作报告\n"
             "——1月18日在岚溪县第十七届人民代表大会第五次会议上\n"
             "县长 张三\n"
             "各位代表:\n"
             "现在,我代表县人民政府向大会报告工作,请予审议。\n"
             "一、2019年工作回顾\n"
             "刚刚过去的2019年,全县地区生产总值增长7.5%,达到185亿元。\n"
             "二、2020年工作安排\n"
             "今年经济社会发展的主要预期目标是:地区生产总值增长7%左右。\n")
    assert ex.record.published == "2020-01-18"


def test_a_district_report_whose_past_year_part_opens_with_its_year():
    ex = run("临川区2025年政府工作报告\n"
             "——3月21日在临川区第十九届人民代表大会第四次会议上\n"
             "各位代表:\n"
             "一、过去一年工作回顾\n"
             "2024年,我们紧扣高质量发展主题,实现地区生产总值440.5亿元、增长5.4%。\n")
    assert ex.record.published == "2025-03-21"


def test_a_late_session_reviews_the_year_it_is_held_in():
    ex = run("政府工作报告\n"
             "(12月26日在墨川县第十八届人民代表大会第三次会议上)\n"
             "各位代表:\n"
             "即将过去的2018年,全县地区生产总值增长8.1%。\n"
             "2019年主要预期目标是:地区生产总值增长7.5%。\n")
    assert ex.record.published == "2018-12-26"


def test_a_dateline_without_its_year_and_no_year_reviewed_dates_nothing():
    ex = run("政府工作报告\n"
             "——1月25日在青川市第十一届人民代表大会第一次会议上\n"
             "各位代表:\n"
             "现在,我代表市人民政府报告过去五年的工作,请予审议。\n")
    assert ex.record.published == ""


def test_a_headless_news_item_reporting_a_notices_issue_is_titled_by_the_notice():
    ex = run("近日,青川市人民政府办公室印发《关于2023年上半年全市重点项目建设进展情况的通报》。通报指出,上半年全市156个"
             "重点项目完成投资186亿元,占年度计划的52.3%。\n"
             "其中,产业项目完成投资98亿元,同比增长11.2%。\n")
    assert ex.record.title == "关于2023年上半年全市重点项目建设进展情况的通报"
    assert ex.record.title_derived is False


def test_a_document_cited_as_the_ground_of_the_news_is_no_title():
    ex = run("自市委印发《青川市重点项目攻坚行动方案》以来,全市上下合力攻坚,1-9月全市重点项目完成投资210亿元。\n"
             "其中,产业项目完成投资98亿元,同比增长11.2%。\n")
    assert ex.record.title != "青川市重点项目攻坚行动方案"


def test_a_speech_dated_by_its_month_and_day_alone_under_its_headline():
    ex = run("在全县经济工作会议上的讲话\n"
             "(1月18日)\n"
             "墨川县县长 张三\n"
             "同志们:\n"
             "刚刚过去的2019年,全县地区生产总值增长7.5%。\n"
             "2020年,全县地区生产总值要增长7%左右。\n")
    assert ex.record.published == "2020-01-18"


def test_a_news_items_day_alone_under_its_headline_is_no_speechs_date():
    ex = run("全县重点项目推进情况\n"
             "3月5日\n"
             "3月5日,全县召开重点项目推进会。刚刚过去的2019年,全县42个重点项目完成投资18亿元。\n")
    assert ex.record.published != "2020-03-05"


def test_a_stamp_after_the_foot_of_a_page_whose_text_names_another_year_dates_nothing():
    ex = run("县政府召开重点建设项目推进会\n"
             "7月25日,县长主持召开2022年重点建设项目推进会,听取42个重点项目进展情况汇报。\n"
             "会议要求,今年要确保全年完成投资18亿元。\n"
             "记者:张三\n"
             "编辑:李四\n"
             "审片:王五\n"
             "2023-03-02 11:20:45\n")
    assert not ex.record.published.startswith("2023")
    assert {f.period for f in ex.facts if f.value == 18} == {"2022"}


def test_a_county_news_headline_broken_at_its_predicate_is_one_title():
    ex = run("首页 > 新闻中心 > 县域动态\n"
             "岚溪县前三季度重点项目\n"
             "完成投资58亿元\n"
             "发布时间:2023-10-20 来源:岚溪县融媒体中心\n"
             "前三季度,岚溪县48个重点项目完成投资58亿元,占年度计划的82%。\n")
    assert ex.record.title == "岚溪县前三季度重点项目完成投资58亿元"


def test_a_city_headline_broken_before_a_quoted_predicate_is_one_title():
    ex = run("青川市一季度重点项目\n"
             "实现“开门红”\n"
             "发布时间:2023-04-12\n"
             "一季度,全市重点项目完成投资60亿元,同比增长15%。\n")
    assert ex.record.title == "青川市一季度重点项目实现“开门红”"


def test_a_kicker_with_its_own_verb_and_a_column_name_are_not_joined_to_the_headline():
    ex = run("项目建设跑出加速度\n"
             "全市重点项目完成投资210亿元\n"
             "2023-10-20 来源:青川日报\n"
             "前三季度,全市重点项目完成投资210亿元,占年度计划的78%。\n")
    assert ex.record.title == "全市重点项目完成投资210亿元"
    ex = run("工作动态\n"
             "完成投资58亿元的墨川县重点项目进展顺利\n"
             "2023-10-20 来源:墨川县发改局\n"
             "前三季度,墨川县48个重点项目完成投资58亿元。\n")
    assert ex.record.title == "完成投资58亿元的墨川县重点项目进展顺利"
