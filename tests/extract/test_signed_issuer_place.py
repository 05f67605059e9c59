"""A notice signed at its foot (GB/T 9704: the issuing body's name, the date under it) names its issuer there.  A
body the notice's own lines name below its header — a unit on a roster of praised units (第一组:某区人民政府办公室、…),
a county's government cited as an example (某县人民政府专门增加4个编制) — is one the notice is about, not the one that
writes it: the notice's place is the signer's.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

from factrun import context_of, one


def test_a_citys_roster_notice_is_the_signers_not_a_listed_units():
    c, ex = context_of("环境卫生督查通报\n2024年第3期\n关于城区环境卫生检查结果的通报\n"
                       "本月上旬,市督查组分组检查了两区58个责任单位的环境卫生,发现问题72个(涪城区40个、游仙区32个),"
                       "已交责任单位整改。\n"
                       "表扬单位\n第一组:市交通运输局、涪城区人民政府办公室\n第二组:游仙区财政局、游仙区人社局\n"
                       "绵阳市创建文明城市工作办公室\n2024年4月12日\n")
    assert c.place.name == "绵阳市"
    assert one(ex.facts, 58).subject == "绵阳市"
    assert one(ex.facts, 40).subject == "涪城区"


def test_a_provinces_inspection_notice_citing_a_countys_government():
    c, ex = context_of("关于全省学校建设项目抽查结果的通报\n各市(州)教育局:\n"
                       "5月,省教育厅派出抽查组,共抽查项目126个。多数县工作扎实,旺苍县人民政府抽调专人成立了工作专班。"
                       "抽查也发现,31个项目还没有动工,占抽查项目的24.6%。\n"
                       "四川省教育厅\n2024年6月10日\n")
    assert c.place.name == "四川省"
    for v in (126, 31, 24.6):
        assert one(ex.facts, v).subject == "四川省"


def test_a_signature_naming_no_place_leaves_the_body_be():
    # 县督查室 signs without a place: the county government the body names stays the text's place, as before
    c, _ = context_of("项目推进通报\n2024年第2期\n关于重点项目推进情况的通报\n"
                      "5月,县督查室逐一检查了全县重点项目,共检查项目48个,其中已开工41个。\n"
                      "旺苍县人民政府办公室、县发展和改革局等单位推进有力。\n"
                      "县督查室\n2024年6月5日\n")
    assert c.place is not None and c.place.name == "旺苍县"
