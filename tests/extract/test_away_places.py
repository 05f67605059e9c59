"""A place the text's own division goes to, holds its event at, or whose people come to it is away from where the text
speaks (docregions.away_place): 我县赴深圳开展招商, 区长带队赴上海苏州招商, 我市在杭州举行经贸洽谈会, 广州客商来我县考察.
Such a place is neither the text's place nor whose figures follow; a superior visiting a place (市委书记到某县调研) goes
to the place the text is about (sentences invented; the places are real so that the gazetteer knows them)."""
import pytest

from factrun import context_of, facts_of, one

TRIP_TITLE = ("我县赴深圳开展招商活动\n4月10日，县长带队赴深圳市开展招商推介，现场签约项目12个，签约金额58亿元。"
              "今年以来，全县新签约项目45个。\n")
TRIP_LIST = ("区长带队赴上海苏州招商\n近日，区长带队赴上海、苏州等地开展招商活动，考察企业12家。1-8月，全区新签约项目56个，"
             "到位资金43亿元。\n")
HELD_TITLE = ("我市在杭州举行经贸洽谈会\n3月8日，经贸合作洽谈会举行，共签约项目15个，总投资86亿元。今年以来，全市累计引进项目120个。\n")
HELD_BODY = ("招商引资再传捷报\n3月8日，我市在杭州市举行经贸合作洽谈会，共签约项目15个，总投资86亿元。今年以来，全市累计引进项目120个。\n")
HELD_PROVINCE = ("我省在香港举行经贸洽谈会\n4月10日，江西省在香港举行经贸合作洽谈会，签约项目86个，总投资520亿元。\n")
VISITORS = ("广州客商来我县考察\n4月10日，广州市工商联考察团一行来我县考察，参观了宁都县工业园区。今年以来，全县新签约项目45个，"
            "总投资120亿元。\n")
NAMED_AFTER = ("我县赴深圳开展招商活动\n4月10日，宁都县党政代表团赴深圳市开展招商推介，现场签约项目12个。今年以来，全县新签约项目45个。\n")
SUPERIOR = ("市委书记到宁都县调研\n5月6日，赣州市委书记到宁都县调研项目建设。今年以来，全县新开工项目45个，完成投资31亿元。\n")


@pytest.mark.parametrize("text, value, subject", [
    (TRIP_TITLE, 12, ""), (TRIP_TITLE, 45, ""),  # the county never named: no place, not the city it went to
    (TRIP_LIST, 56, ""), (TRIP_LIST, 12, ""),  # …nor the first of the places written together (上海苏州)
    (HELD_TITLE, 15, ""), (HELD_TITLE, 120, ""),  # the city it held its talks in
    (HELD_BODY, 15, ""), (HELD_BODY, 120, ""),
    (HELD_PROVINCE, 86, "江西省"), (HELD_PROVINCE, 520, "江西省"),
    (VISITORS, 45, "宁都县"), (VISITORS, 120, "宁都县"),  # the visitors' city is not the county they came to
    (NAMED_AFTER, 12, "宁都县"), (NAMED_AFTER, 45, "宁都县"),
    (SUPERIOR, 45, "宁都县"), (SUPERIOR, 31, "宁都县"),  # the place a superior visits is the text's
])
def test_a_place_gone_to_is_not_whose_figures_follow(text, value, subject):
    assert one(facts_of(text), value).subject == subject


@pytest.mark.parametrize("text, place", [
    (TRIP_TITLE, None), (TRIP_LIST, None), (HELD_TITLE, None), (HELD_BODY, None), (VISITORS, "宁都县"),
    (NAMED_AFTER, "宁都县"), (SUPERIOR, "宁都县"),
])
def test_a_place_gone_to_is_not_the_texts_place(text, place):
    ctx, _ = context_of(text)
    assert (ctx.place.name if ctx.place is not None else None) == place
