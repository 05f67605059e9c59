"""A company or a work reporting its own figures is the subject in a traditional-script page too: a body named at
its clause's head (an actor) or carried on to the clauses after it, by its name in simplified script (session 41: the
golds write every subject so; 龍溪電子科技有限公司 → 龙溪电子科技有限公司), as a place is named by the gazetteer's name.
Sentences written for these tests, in traditional script."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_company_at_its_clause_head_is_its_figures_subject():
    fs = facts_of("東溪鎮2010年工業經濟發展情況\n今年以來,全鎮工業經濟穩步增長。"
                  "龍溪電子科技有限公司實現開票銷售6000多萬元,同比增長25%。\n")
    assert one(fs, 6000).subject == "龙溪电子科技有限公司"
    assert one(fs, 25).subject == "龙溪电子科技有限公司"


def test_a_work_carried_on_is_its_figures_subject():
    fs = facts_of("梁平至開江高速公路建設進展\n梁平至開江高速公路累計完成投資36.5億元,全線預計總投資128.6億元。\n")
    assert one(fs, 36.5).subject == "梁平至开江高速公路"
    assert one(fs, 128.6).subject == "梁平至开江高速公路"


def test_places_listed_with_their_figures_keep_the_gazetteers_names():
    # (a list of places with their figures reads each place's name as written; the place is the gazetteer's)
    fs = facts_of("湖南省信訪件辦理情況通報\n5月8日,督察組向我省轉辦信訪件35件。從區域分布上看,長沙市12件;衡陽市8件;"
                  "岳陽市6件;常德市9件。\n")
    assert [one(fs, v).subject for v in (12, 8, 6, 9)] == ["长沙市", "衡阳市", "岳阳市", "常德市"]

