"""A place between 除(了) and 外 (以外, 之外) is left out of the scope of the figures: 除湖北外,各省重点项目复工率为89.1%
speaks of every province but it, so it is neither the subject of the figures nor the text's place, even when the
headline names no other.  Verbs of removing that end in 除 (扣除, 排除) leave no place out.  Sentences written for
these tests (a ministry's headline and lead, a city's notice); the places are real so that the gazetteer knows them."""
from __future__ import annotations

from factrun import facts_of


def _subjects(fs, value) -> set[str]:
    got = {f.subject for f in fs if f.value == value}
    assert got, [(f.value, f.evidence) for f in fs]
    return got


def test_a_headline_leaving_a_province_out_is_not_about_it():
    fs = facts_of("国家发展改革委:除湖北外,全国重点项目开工率达到92.3%\n\n"
                  "新华社北京4月8日电 国家发展改革委8日介绍,除湖北外,据对各省约1.2万个重点项目统计,"
                  "截至4月7日,重点项目开工率为92.3%。南方地区重点项目开工率为96.4%。\n")
    assert "湖北省" not in _subjects(fs, 92.3)
    assert _subjects(fs, 96.4) == {"全国"}


def test_a_district_left_out_in_a_citys_notice_is_no_subject():
    fs = facts_of("南宁市一季度重大项目建设情况通报\n一季度,全市重大项目完成投资286亿元。"
                  "除了武鸣区以外,其余各县区开工率均在90%以上。除青秀区外,各城区新开工项目38个。\n")
    assert _subjects(fs, 90) == {"南宁市"}
    assert _subjects(fs, 38) == {"南宁市"}
