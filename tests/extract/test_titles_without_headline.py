"""A page that reaches us without a clean headline line: an exclamatory headline over its dateline, a communiqué's
title run on into its body, a lead opening with a day or a span of days, a stock photo's credit, a forum's IP line or
a site's welcome banner above the text, a notice's addressee line.  Every page here is invented (岚溪县, 墨川市)."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def record_of(raw: str):
    return extract_text(raw, name="p.txt", fmt="txt").record


def test_an_exclamatory_headline_over_its_dateline_is_the_title():
    rec = record_of("开工了!岚溪县集中开工重点项目56个,总投资210亿元!\n\n2025-03-06 阅读 512\n\n"
                    "3月5日上午,岚溪县举行一季度重点项目集中开工仪式,集中开工项目56个,总投资210亿元。\n")
    assert rec.title == "开工了!岚溪县集中开工重点项目56个,总投资210亿元!"
    assert rec.published == "2025-03-06"


def test_a_body_sentence_ending_in_an_exclamation_is_no_headline():
    rec = record_of("全县上下要鼓足干劲,抓紧抓实各项工作,确保完成全年目标任务!\n\n"
                    "今年以来,全县完成固定资产投资86亿元,同比增长7.2%。\n")
    assert rec.title != "全县上下要鼓足干劲,抓紧抓实各项工作,确保完成全年目标任务!"


def test_a_communique_title_run_on_into_its_body_after_a_blank():
    rec = record_of("2024年墨川市国民经济和社会发展统计公报 2024年,全市上下坚持稳中求进工作总基调,经济运行总体平稳。"
                    "全年地区生产总值达到612.3亿元,比上年增长5.4%。\n")
    assert rec.title == "2024年墨川市国民经济和社会发展统计公报"


def test_a_lead_opening_with_a_day_alone_or_a_span_of_days_is_titled_after_it():
    rec = record_of("2025-04-13 10:20 来源:岚溪新闻网\n12日下午,岚溪县2025年一季度重点项目集中签约,共签约项目12个,"
                    "协议总投资96亿元。\n")
    assert rec.title == "岚溪县2025年一季度重点项目集中签约"
    rec = record_of("2024年9月3日至10月8日,市第二督察组对岚溪县开展了生态环境保护督察。督察反馈后,岚溪县认真整改,"
                    "现将整改进展情况公开如下。\n")
    assert rec.title == "市第二督察组对岚溪县开展了生态环境保护督察"


def test_a_stock_photo_credit_is_a_caption_not_the_headline():
    rec = record_of("墨川风光 视觉中国 资料图\n10月20日,墨川市统计局发布前三季度墨川经济运行数据。\n"
                    "前三季度,全市地区生产总值达到1821.5亿元,同比增长5.1%。\n")
    assert rec.title == "墨川市统计局发布前三季度墨川经济运行数据"


def test_forum_ip_line_and_welcome_banner_are_no_headline():
    rec = record_of("IP属地:某省墨川市\n|\n为推进全县城乡环境整治工作,县整治办于4月8日对各乡镇进行了督查,现将督查情况"
                    "通报如下:\n一、总体情况\n各乡镇整治工作推进有力。\n")
    assert "IP属地" not in rec.title
    rec = record_of("欢迎您访问墨川市农业农村局网站\n根据《墨川市农村人居环境整治实施方案》,到2027年,全市农村生活污水治理率"
                    "达到70%以上。\n")
    assert "欢迎" not in rec.title


def test_a_notice_without_headline_is_titled_by_what_it_reports_past_its_addressees():
    rec = record_of("各乡镇人民政府、街道办事处,县政府各部门:\n为进一步做好热线诉求办理工作,现将各乡镇、街道5月份诉求办理情况"
                    "通报如下:\n一、基本情况\n5月份,热线共受理群众诉求1860件,按时办结率98.6%。\n")
    assert rec.title == "关于各乡镇、街道5月份诉求办理情况的通报"
