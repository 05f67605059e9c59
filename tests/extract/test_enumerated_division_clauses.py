"""A notice of a wider place reports a figure shared by several of its divisions, named as examples of their count
(南阳、新乡、周口等6市开工率达到100%): the clause's own places share the one figure, which is the wider place's (or the
places' jointly), never the place or places a clause before it named (…;郑州、洛阳2市累计完成投资超500亿元;…).
Sentences written for these tests."""
from __future__ import annotations

from factrun import facts_of


def _subject_of(fs, vstart_after: int, value) -> str:
    return next(f.subject for f in fs if f.value == value and f.vstart > vstart_after)


def test_places_counted_by_deng_after_a_clause_of_other_places_are_no_part_of_it():
    text = ("关于全省重点项目建设进展情况的通报\n发布时间:2025-08-06 来源:河北省发展改革委\n"
            "截至7月底,全省省级重点项目累计完成投资5120亿元,开工率91.5%。其中,石家庄、唐山2市累计完成投资超600亿元;"
            "保定、邯郸、邢台等5市开工率达到100%。\n")
    fs = facts_of(text)
    k = text.index("其中")
    assert _subject_of(fs, k, 600) == "石家庄市"  # shared by the two: the first named
    assert _subject_of(fs, k, 100) == "河北省"


def test_a_citys_notice_of_districts_counted_by_deng():
    text = ("成都市重点项目推进情况通报\n发布时间:2025-05-12\n"
            "截至4月底,全市重点项目完成投资1260亿元;锦江区完成投资88亿元;青羊、金牛、武侯等4个区开工率超过95%。\n")
    fs = facts_of(text)
    assert _subject_of(fs, text.index("锦江区"), 95) == "成都市"
    assert _subject_of(fs, 0, 88) == "锦江区"


def test_a_place_in_a_projects_name_counted_by_deng_keeps_the_sentences_place():
    # the places are no divisions counted: an example of works, the count of projects is the scope's as before
    text = ("眉山市项目建设简报\n发布时间:2025-05-12\n"
            "截至4月底,东坡区新开工项目18个,其中东坡区污水处理厂等12个项目已完工。\n")
    fs = facts_of(text)
    assert _subject_of(fs, 0, 12) == "眉山市东坡区" or _subject_of(fs, 0, 12) == _subject_of(fs, 0, 18)
