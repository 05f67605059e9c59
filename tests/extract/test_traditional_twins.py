"""A page in traditional script, or with a converter's pinyin after its characters (縣(xiàn), 億(yì)元), says what its
simplified twin says: its facts are the same (units, subjects and indicators compared in simplified script), and every
value's offsets still point at the input's own characters.

Every text is written for these tests.
"""
from __future__ import annotations

import re

from taizhang.extract.normalize import normalize_chars
from taizhang.extract.pipeline import extract_text

from factrun import one

_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)")


def read(text: str) -> list[tuple]:
    """The facts of ``text`` as script-free rows: what a page says, whichever script and pinyin it is written in."""
    def plain(s: str) -> str:
        return normalize_chars(_PINYIN.sub("", s))
    return sorted((f.value, plain(f.unit), f.kind, f.measure, f.comparator, f.period, plain(f.subject),
                   plain(f.indicator), f.estimated) for f in extract_text(text, "t.txt").facts)


def test_a_new_district_the_gazetteer_lacks_is_its_figures_subject_in_either_script():
    # 岚江新区 is no division of the gazetteer: the text names it and speaks as it; its traditional name was kept in
    # the region layer as written (嵐江新區), where every reader compares names with the simplified reading, so the
    # district's figures went to the province or to none
    simple = ("岚江新区2023年经济运行简况\n  2023年,岚江新区实现地区生产总值1250.6亿元,同比增长7.5%,增速位居全市第一;"
              "岚江新区规上工业总产值、社会消费品零售总额占全市比重分别达到20.7%、12.6%。\n")
    trad = ("嵐江新區2023年經濟運行簡況\n  2023年,嵐江新區實現地區生產總值1250.6億元,同比增長7.5%,增速位居全市第一;"
            "嵐江新區規上工業總產值、社會消費品零售總額佔全市比重分別達到20.7%、12.6%。\n")
    assert read(trad) == read(simple)
    ex = extract_text(trad, "t.txt")
    assert one(ex.facts, 20.7).subject == "嵐江新區"  # no gazetteer name to give: the name as the text writes it
    assert ex.record.regions[0] == "嵐江新區"


def test_a_decimal_broken_after_its_point_before_a_traditional_unit_is_one_figure():
    simple = "2010年,青川县规模工业企业完成产值27. 28亿元、增加值9.07亿元,较上年分别增长57.87%、26.4%。\n"
    trad = "2010年,青川縣規模工業企業完成產值27. 28億元、增加值9.07億元,較上年分別增長57.87%、26.4%。\n"
    assert read(trad) == read(simple)
    f = one(extract_text(trad, "t.txt").facts, 27.28)
    assert f.unit == "億元"


def test_pinyin_inside_a_broken_decimal_hides_no_figure():
    simple = "全县全口径税收收入完成126.47亿元、增长58. 1%,地区生产总值增长6.2%。\n"
    ruby = "全縣(xiàn)全口徑(jìng)稅收收入完成126.47億(yì)元、增長(zhǎng)58. 1%,地區(qū)生產總值增長(zhǎng)6.2%。\n"
    assert read(ruby) == read(simple)
    f = one(extract_text(ruby, "t.txt").facts, 58.1)
    assert ruby[f.vstart:f.vend] == "58. 1"  # the input's own characters


def test_a_page_counter_glossed_with_pinyin_is_chrome():
    simple = "时间:03-09人气:35作者:山间小路\n青川到岚溪高速预计2026年通车。这条高速全长约95公里,目前路基工程完成70%。\n"
    ruby = ("時(shí)間:03-09人(rén)氣:35作(zuò)者:山間小路\n青川到嵐(lán)溪高速預計(jì)2026年通車(chē)。"
            "這條高速全長(cháng)約95公里,目前路基工程(chéng)完成70%。\n")
    assert read(ruby) == read(simple)
    assert "35" not in extract_text(ruby, "t.txt").record.title
