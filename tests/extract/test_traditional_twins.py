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
    assert one(ex.facts, 20.7).subject == "岚江新区"  # a subject in simplified script (the region list as written)
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


def test_a_word_a_converter_spells_with_a_character_of_its_own_reads_as_the_word():
    # 瞭 and 覆 are simplified characters too (瞭望, 覆盖): a converter writes 了解 as 瞭解 and 反复 as 反覆 all the same;
    # 記者從…瞭解到 met no source cue and became the headline
    simple = "记者从县统计局了解到,今年1-3月全县复工率达95%,反复调度的重点项目完成投资12亿元。\n"
    trad = "記者從縣統計局瞭解到,今年1-3月全縣復工率達95%,反覆調度的重點項目完成投資12億元。\n"
    assert read(trad) == read(simple)
    ex = extract_text(trad, "t.txt")
    assert "瞭解" not in ex.record.title
    assert one(ex.facts, 95).indicator == "復工率"  # 复 is written 復 in this text; 覆 only inside 反覆


def test_a_headline_in_traditional_script_is_read_with_the_simplified_cues():
    # the headline is kept as written (record.title), and the stages reading it read it in simplified script: 1986億
    # is an amount, no year 1986 making 去年 1985
    simple = ("去年五个园区吸引总投资1986亿,开建3家县级医院\n江南省第十四届人大三次会议1月20日上午开幕。省长作政府工作报告。\n"
              "报告显示,去年五个园区新开工86个重大项目、总投资1986.2亿元,规划建设的3家县级医院全部开工。\n")
    trad = ("去年五個園區吸引總投資1986億,開建3家縣級醫院\n江南省第十四屆人大三次會議1月20日上午開幕。省長作政府工作報告。\n"
            "報告顯示,去年五個園區新開工86個重大項目、總投資1986.2億元,規劃建設的3家縣級醫院全部開工。\n")
    assert read(trad) == read(simple)
    ex = extract_text(trad, "t.txt")
    assert ex.record.title.startswith("去年五個園區")
    assert one(ex.facts, 86).period != "1985"
