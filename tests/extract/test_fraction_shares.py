"""A fraction of a whole is a share, the number it is with no unit (占全国1/10 → 0.1, 超过三分之一 → 1/3, the quotient itself), and a rate
spelt out in words is the rate (增长百分之八, 千分之八点五); the top part of a ranking (前三分之一) and a fraction no share
is stated of are no figure (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_fraction_in_figures_of_the_whole_named_before_it_is_a_share():
    fs = facts_of("某省2025年政府工作报告\n过去一年，全省新能源汽车产量约占全国1/8，"
                  "茶叶、毛竹产量稳定在全国1/5、1/4，船舶出口规模占全国1/3以上。\n")
    assert (one(fs, 0.125).unit, one(fs, 0.125).measure) == ("", "share")
    assert {f.value for f in fs if f.measure == "share"} == {0.125, 0.2, 0.25, 1 / 3}
    assert one(fs, 1 / 3).comparator == ">="


def test_a_fraction_in_words_is_a_share_of_its_whole():
    fs = facts_of("岚溪县2024年国民经济和社会发展统计公报\n全县规模以上工业企业中，民营企业占三分之二，"
                  "高新技术产业增加值占全县工业的比重超过四分之一。\n")
    assert (one(fs, 2 / 3).unit, one(fs, 2 / 3).measure) == ("", "share")
    assert one(fs, 0.25).comparator == ">"


def test_a_rate_spelt_out_in_words_is_the_rate():
    fs = facts_of("东坡县2023年工作总结\n全年农村居民人均可支配收入增长百分之八点五，"
                  "森林覆盖率达到百分之六十二，人口自然增长率为千分之三点二。\n")
    assert (one(fs, 8.5).unit, one(fs, 8.5).measure) == ("%", "growth")
    assert (one(fs, 62.0).unit, one(fs, 62.0).measure) == ("%", "share")
    assert one(fs, 3.2).unit == "‰"


def test_a_ranking_tier_a_survey_and_a_bare_fraction_are_no_share():
    fs = facts_of("某市2024年工作通报\n全市有5个县区考核位列全省前三分之一，千分之一人口抽样调查如期完成，"
                  "会议材料见附件1/2。\n")
    assert [f for f in fs if f.measure == "share" or f.unit == "‰"] == []
