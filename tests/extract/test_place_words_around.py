"""Words around a place name that tell whether the text speaks as it (sentences invented; the places are real so that
the gazetteer knows them):

- a body named after a preposition of place, company or direction (拟在某市政府签约, 与某县人民政府签订协议,
  向某区政府汇报) is where, with whom or to whom a deed was done, never the issuer of the text;
- a county's short form written right before its own scope word (缙云全县上下…, 宁都全县共…) is the county speaking
  as itself, as a title naming it would be;
- a wider place's checking group acting on the text's own place (某省督察组向我市交办举报件15件, 某市督导组对我县…) is
  not whose figures follow."""
import pytest

from factrun import context_of, facts_of, one

SIGNED_AT = ("巢湖市招商引资稳步推进\n1-4月，全市到位招商引资资金41.6亿元。另有一批项目在谈，其中某某新能源装备项目"
             "拟于5月在合肥市政府签约，计划投资36亿元。\n")
SIGNED_WITH = ("宜春市招商引资工作情况\n今年以来，全市新签约项目58个。3月8日，我市某某集团与南昌市人民政府签订战略合作协议，"
               "计划总投资120亿元。\n")
SHORT_SCOPE = ("前三季度经济运行简况\n前三季度，缙云全县上下稳字当头。经核算，前三季度全县生产总值达到212.4亿元，"
               "比上年同期增长5.2%。\n")
SHORT_SCOPE_CITY = ("一季度经济运行情况\n一季度，宁都全县上下真抓实干，全县完成固定资产投资26亿元，同比增长9.5%。\n")
GROUP_TO_US = ("省督察组向铜陵市交办群众举报件\n5月9日，安徽省生态环境保护督察组向我市交办群众举报件15件，其中涉及大气问题6件。\n")
GROUP_ON_US = ("督导工作情况\n5月6日，赣州市督导组对我县重点项目进行督导，全县新开工项目45个，完成投资31亿元。\n")


@pytest.mark.parametrize("text, value, subject", [
    (SIGNED_AT, 41.6, "巢湖市"),  # the city whose government hosted a signing is not the page's city
    (SIGNED_WITH, 58, "宜春市"),  # nor the one whose government signed with one of its firms
    (SHORT_SCOPE, 212.4, "缙云县"), (SHORT_SCOPE, 5.2, "缙云县"),
    (SHORT_SCOPE_CITY, 26, "宁都县"),
    (GROUP_TO_US, 15, "铜陵市"), (GROUP_TO_US, 6, "铜陵市"),
    (GROUP_ON_US, 45, ""), (GROUP_ON_US, 31, ""),  # the county is never named: no place, not the city's group
])
def test_words_around_a_place_tell_whose_figures_follow(text, value, subject):
    assert one(facts_of(text), value).subject == subject


@pytest.mark.parametrize("text, place", [
    (SIGNED_AT, "巢湖市"), (SIGNED_WITH, "宜春市"), (SHORT_SCOPE, "缙云县"), (GROUP_TO_US, "铜陵市"),
])
def test_words_around_a_place_tell_the_texts_place(text, place):
    ctx, _ = context_of(text)
    assert (ctx.place.name if ctx.place is not None else None) == place
