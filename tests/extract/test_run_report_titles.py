"""A statistics release on how the economy ran that stands without a headline is titled 〈place〉〈period〉经济运行情况
(工业经济运行情况 when it reports on industry alone), the place and the period as its opening writes them: its lead
says only how the work was done (全市上下认真落实…, 面对…) or who released the figures (某市统计局公布数据显示), which
names no page.  A lead that itself says how the economy ran, or reports an event, stays the title.

Every text is invented for these tests.
"""
from __future__ import annotations

import pytest

from taizhang.extract.pipeline import extract_text


def _title(text: str):
    r = extract_text(text, "t.txt").record
    return r.title, r.title_derived


@pytest.mark.parametrize("text, title", [
    ("岚溪市统计局10月28日公布数据显示:前三季度,全市认真贯彻各项决策部署,统筹发展和安全。\n"
     "初步核算,全市实现地区生产总值4420.5亿元,同比增长5.2%。\n", "岚溪市前三季度经济运行情况"),
    ("前三季度,全市上下认真落实市委、市政府工作要求,加力推出增量政策。\n根据地区生产总值统一核算结果,前三季度全市实现"
     "地区生产总值4420.5亿元,按不变价格计算,同比增长5.2%。\n", "前三季度全市经济运行情况"),
    ("5月份,全县上下扎实推进各项工作,狠抓企业帮扶和项目落地,各项工作取得新的进展。\n5月份,全县215家规模以上工业企业"
     "完成产值86.3亿元,规上工业增加值同比增长9.4%。1-5月份,规上工业增加值增长7.1%。\n", "5月份全县工业经济运行情况"),
    ("1—4月份,面对复杂多变的外部环境,全区上下统筹推进各项工作。\n1—4月份,全区规模以上工业增加值同比增长3.3%,"
     "社会消费品零售总额增长4.0%。\n", "1—4月份全区经济运行情况"),
    ("前三季度,全市上下認真貫徹落實市委、市政府工作要求,有效落實各項政策。\n根據地區生產總值統一核算結果,前三季度全市"
     "實現地區生產總值4420.5億元,同比增長5.2%。\n", "前三季度全市經濟運行情況"),
])
def test_a_release_without_a_headline_is_titled_as_the_run_of_its_period(text, title):
    assert _title(text) == (title, True)


@pytest.mark.parametrize("text, title", [
    # the lead says how the economy ran: it is the title
    ("前三季度,全县经济运行稳中向好、质效提升。\n初步核算,前三季度全县地区生产总值128.6亿元,同比增长5.6%。\n",
     "前三季度全县经济运行稳中向好、质效提升"),
    # the lead reports an event
    ("甲省落实增量政策新闻发布会在甲省新闻中心举行。发布会透露,今年前三季度,甲省经济运行总体平稳。\n"
     "前三季度,全省地区生产总值增长4.6%。\n", "甲省落实增量政策新闻发布会举行"),
])
def test_a_lead_that_says_how_the_economy_ran_or_reports_an_event_stays_the_title(text, title):
    assert _title(text) == (title, True)


def test_a_release_with_a_headline_keeps_it():
    text = ("岚溪市前三季度经济稳中有进\n前三季度,全市上下认真落实市委、市政府工作要求。\n根据地区生产总值统一核算结果,"
            "前三季度全市实现地区生产总值4420.5亿元,同比增长5.2%。\n")
    assert _title(text) == ("岚溪市前三季度经济稳中有进", False)
