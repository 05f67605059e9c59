"""An office labelling a line of a progress notice (县农业农村局：…；县商务局：…) reports its place's figures of its field:
their subject is the place, not the office.  An office's own workload after its label (承办事项23个，已办结19个; 问题12个，
已整改10个) stays the office's.  Sentences written for these tests (a county's notice of key work, a city's monthly
briefing, a province's headline); the places are real so that the gazetteer knows them."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_county_notice_gives_the_bureaus_field_figures_to_the_county():
    fs = facts_of("关于2025年上半年重点工作进展情况的通报\n平和县人民政府办公室\n"
                  "县农业农村局:蔬菜种植面积达到12万亩,为年度任务的110%;\n"
                  "县商务局:社会消费品零售总额完成36.5亿元,同比增长6.2%。\n"
                  "县水利局:承办事项9件,已办结7件。\n")
    for v in (12, 110, 36.5, 6.2):
        assert one(fs, v).subject == "平和县"
    assert one(fs, 7).subject == "平和县水利局"  # its own items handled: the bureau's


def test_a_city_briefing_gives_the_bureaus_field_figures_to_the_city():
    fs = facts_of("柳州市2025年1-8月经济运行简报\n"
                  "市工业和信息化局:规模以上工业增加值同比增长7.3%。\n"
                  "市住房和城乡建设局:新开工保障性住房2860套。\n"
                  "市生态环境局:问题线索14条,已整改12条。\n")
    assert one(fs, 7.3).subject == "柳州市"
    assert one(fs, 2860).subject == "柳州市"
    assert one(fs, 12).subject == "柳州市生态环境局"


def test_a_provincial_bureau_heading_its_news_speaks_for_the_province():
    fs = facts_of("江西省统计局:前三季度全省地区生产总值增长5.1%\n"
                  "前三季度,全省地区生产总值完成24580亿元,同比增长5.1%。\n")
    assert {f.subject for f in fs if f.value == 5.1} == {"江西省"}
