"""A headline the page ran into its lead's line, a blank between (某省前三季度重大项目完成投资1870亿元 记者近日从省重大项目
领导小组办公室获悉，…), is no part of the lead's first clause: the headline's figure is named by the headline's words, not
by the office the lead names after it.  A blank where a comma was lost (完成123.4亿元 同比增长5.2%) stays inside the
sentence, and the comparison of a change glued to the figure before it (123.4亿元同比增长5.2%) opens a clause of its own, the
measure of that figure its measure (it had been named 比) (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of


def test_a_headline_run_into_the_lead_names_its_own_figure():
    fs = facts_of("甘肃省前三季度重大项目完成投资1870亿元 记者近日从省重大项目领导小组办公室获悉，今年前三季度，"
                  "全省重大项目完成投资1870亿元，同比增长12.5%。\n")
    first = min((f for f in fs if f.value == 1870), key=lambda f: f.vstart)
    assert "领导小组" not in first.indicator and first.indicator.endswith("重大项目完成投资")


def test_a_lost_comma_after_a_figure_keeps_the_clause():
    for text in ("某县2023年经济运行情况\n全县地区生产总值完成123.4亿元 同比增长5.2%，全年固定资产投资增长8%。\n",
                 "某县2023年经济运行情况\n全县地区生产总值完成123.4亿元同比增长5.2%，全年固定资产投资增长8%。\n"):
        fs = facts_of(text)
        growth = [f for f in fs if f.value == 5.2]
        assert growth and growth[0].indicator == "地区生产总值"
        assert "地区生产总值" in growth[0].evidence  # one sentence: the headline rule did not part it


def test_a_traditional_page_s_headline_run_into_its_lead_with_pinyin_after_its_characters():
    """億元 closes a traditional page's headline as 亿元 does, and the pinyin a converter wrote after its characters
    (重點(diǎn)) is hidden from the words read in it: the headline is the title and names its own figure."""
    from factrun import context_of
    for text in ("前三季度甘肅省重點項目完成投資1870億元 記者近日從省重點建設領導小組辦公室獲悉，前三季度，"
                 "全省重點項目完成投資1870億元，同比增長12.5%。\n",
                 "前三季度甘肅省重點(diǎn)項(xiàng)目完成投資1870億元 記者近日從省重點(diǎn)建設(shè)領(lǐng)導(dǎo)小組辦公室獲悉，"
                 "前三季度，全省重點(diǎn)項(xiàng)目完成投資1870億元，同比增長12.5%。\n"):
        _, ex = context_of(text)
        # the headline as the page writes it, the converter's pinyin kept as every annotator keeps it (the context
        # reads it in simplified script, without the pinyin)
        assert ex.record.title == text.split(" ")[0]
        first = min((f for f in ex.facts if f.value == 1870), key=lambda f: f.vstart)
        assert "領導小組" not in first.indicator and first.indicator.endswith("項目完成投資")


def test_a_county_name_ending_in_he_before_the_first_months():
    """民和前4月完成固定资产投资: 和 ends the county's name, no comparison 前4月 is the base of; the figure is of the
    first four months, and 前4月 is no part of its measure's name."""
    from factrun import context_of
    _, ex = context_of("民和县前4月完成固定资产投资10.9亿元\n发布时间:2013年05月29日\n今年前4个月,全县完成固定资产投资"
                       "10.9亿元,同比增长7.9%。与上年同期相比,增速提高2个百分点。\n")
    head = min((f for f in ex.facts if f.value == 10.9), key=lambda f: f.vstart)
    assert (head.period, head.indicator) == ("2013-M01..M04", "完成固定资产投资")
    from taizhang.extract.periods import find_periods
    assert [p.role for p in find_periods("青海民和前4月完成固定资产投资", 2013)] == ["point"]
    assert [p.role for p in find_periods("增速和去年同期相比提高", 2013)] == ["base"]
    assert [p.role for p in find_periods("与2019年持平", 2013)] == ["base"]
