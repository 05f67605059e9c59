"""A town or a street named in full heading a line or a bracket of its own (（一）梅江镇 ⏎ 完成固定资产投资3.2亿元 /
【黄陂镇】新签约项目6个 / 二、东外街道) speaks for the lines under it, as a county's heading does; a heading of the same
rank that names no place (（二）其他乡镇) closes its part (sentences invented; the places are real so that the gazetteer
knows them: the towns of 宁都县 and of 章贡区)."""
import pytest

from factrun import facts_of, one

PAREN = ("宁都县2024年上半年经济运行情况\n上半年，全县地区生产总值增长5.1%。\n（一）梅江镇\n完成固定资产投资3.2亿元，"
         "同比增长12%。\n（二）青塘镇\n完成固定资产投资2.1亿元，同比增长9%。\n")
NUMBERED = ("章贡区2024年前三季度项目建设情况\n前三季度，全区重点项目完成投资86亿元。\n二、东外街道\n新签约项目6个，到位资金3.5亿元。\n"
            "三、水西镇\n新签约项目9个，到位资金4.1亿元。\n")
BRACKET = ("宁都县一季度招商引资通报\n一季度，全县新签约项目45个。\n【黄陂镇】新签约项目6个，总投资8.5亿元。"
           "【小布镇】新签约项目3个，总投资2.2亿元。\n")
CLOSED = ("宁都县一季度招商引资通报\n一季度，全县新签约项目45个。\n（一）东韶乡\n新签约项目2个，总投资1.5亿元。\n"
          "（二）其他乡镇\n新签约项目43个。\n")


@pytest.mark.parametrize("text, value, subject", [
    (PAREN, 5.1, "宁都县"), (PAREN, 3.2, "梅江镇"), (PAREN, 12, "梅江镇"), (PAREN, 2.1, "青塘镇"), (PAREN, 9, "青塘镇"),
    (NUMBERED, 86, "章贡区"), (NUMBERED, 6, "东外街道"), (NUMBERED, 3.5, "东外街道"), (NUMBERED, 4.1, "水西镇"),
    (BRACKET, 45, "宁都县"), (BRACKET, 8.5, "黄陂镇"), (BRACKET, 2.2, "小布镇"),
    (CLOSED, 1.5, "东韶乡"), (CLOSED, 43, "宁都县"),
])
def test_a_town_heading_speaks_for_its_lines(text, value, subject):
    assert one(facts_of(text), value).subject == subject
