"""Siblings that leave the shared noun out name their own measure: a livestock flow after its stock (牛存栏…;出栏… →
牛出栏, a product of one character too), the accounts of a class of units after the first (规模以上工业企业营业收入…,
利润总额… → the class's 利润总额), and a series of verdicts or dispositions (阶段性办结, 未办结; 经查属实, 部分属实;
刑事拘留, 约谈) where an earlier predicate lends no noun to a later one.  Invented sentences (岚溪县, 云岭县)."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def named(text: str) -> dict[str, str]:
    return {text[f.vstart:f.vend]: f.indicator for f in extract_text(text, name="p.txt", fmt="txt").facts}


def test_a_flow_after_a_stock_of_a_one_character_product_is_the_product_s():
    got = named("岚溪县2024年畜牧业生产情况\n2024年,岚溪县牛存栏3.10万头,同比增长2.1%;出栏1.25万头,增长3.0%。"
                "羊存栏8.6万只,出栏6.3万只。\n")
    assert got["1.25"] == "牛出栏" and got["3.0"] == "牛出栏"
    assert got["6.3"] == "羊出栏"


def test_the_accounts_after_the_first_are_of_the_class_the_first_named():
    got = named("云岭县2024年经济运行情况\n2024年,云岭县规模以上工业企业营业收入增长5.4%,利润总额增长12.2%,利税下降3.1%。"
                "全县规模以上服务业企业营业收入同比增长10.6%,营业利润增长4.7%。规上工业增加值增长7.5%,营业收入增长6.1%。\n")
    assert got["12.2"] == "规模以上工业企业利润总额"
    assert got["3.1"] == "规模以上工业企业利税"
    assert got["4.7"] == "规模以上服务业企业营业利润"
    assert got["6.1"] == "规上工业营业收入"


def test_a_verdict_or_disposition_after_another_is_named_by_its_own_words():
    got = named("岚溪县信访件办理情况通报\n截至6月底,岚溪县共受理信访件265件,已办结120件,阶段性办结60件,未办结45件;"
                "经查属实40件,部分属实25件,不属实31件。公安机关刑事拘留3人,约谈17人。\n")
    assert got["45"] == "未办结"
    assert got["25"] == "部分属实" and got["31"] == "不属实"
    assert got["17"] == "约谈"
    assert got["120"] == "已办结信访件"  # a bare verb after a noun still takes it


def test_a_name_ending_in_the_case_it_counts_keeps_its_noun():
    got = named("云岭县环保督察信访件办理情况\n截至5月20日,云岭县累计收到转办信访件40件,其中来电举报31件、来信举报9件。\n")
    assert got["9"] == "来信举报"
