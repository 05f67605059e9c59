"""Who a page is about when a city's site posts its province's notice, and where a ranked place's figures stop.
A source line (来源: 某市人民政府) over a headline naming the province, in a text that speaks as 我省 / 全省, only says who
posted the page: its figures are the province's.  In a ranking series (甲市12件居第一位,乙市9件居第二位,…) a place's
clause stops with its rank: the count after it (涉及重点关注案件25件) is the whole's, unless it is a bare change of the
place's own figure (同比增加3件).  Sentences written for these tests; the places are real so the gazetteer knows them."""
from __future__ import annotations

from factrun import facts_of, one

NOTICE = ("贵州省办理生态环境保护督察交办信访件进展情况通报(五)\n\n"
          "来源: 遵义市人民政府   2024-05-20 09:15\n\n"
          "督察组5月19日向我省交办第五批群众信访举报件48件,涉及9个市(州),"
          "贵阳市11件居第一位,遵义市8件居第二位,毕节市7件居第三位,涉及重点关注案件19件。"
          "截至目前,全省共收到交办件236件。\n")


def test_a_citys_site_posting_its_provinces_notice_is_not_the_subject():
    fs = facts_of(NOTICE)
    assert one(fs, 48).subject == "贵州省"
    assert one(fs, 236).subject == "贵州省"


def test_a_ranked_places_clause_stops_with_its_rank():
    fs = facts_of(NOTICE)
    assert one(fs, 7).subject == "毕节市"
    assert one(fs, 19).subject == "贵州省"


def test_a_bare_change_after_a_rank_goes_on_about_the_place():
    fs = facts_of("岚溪县2024年1-6月重点项目完成情况\n今年以来,全县重点项目完成投资46亿元。"
                  "东山镇完成投资8.2亿元居第一位,同比增长12%。\n")
    assert one(fs, 12).subject == "东山镇"
