"""The header line a page says twice is its headline: an e-paper lists its edition's headlines and then sets the
article's own again above its lead; a viewer repeats a short column heading; a repost names its headline after
原标题:.  The copy nearest the body is taken, not the last line of the edition's list or a deck under the headline.

Every text is invented for these tests.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def test_an_editions_headline_set_again_above_the_lead():
    text = ("第B02版:要闻\n"
            "岚溪秋收稻谷亩产创新高\n"
            "前九个月岚溪县项目投资突破六十亿元\n"
            "老街改造让居民住得更舒心\n"
            "竹编手艺走进乡村课堂\n"
            "版面导航\n"
            "2031年10月9日 放大 缩小 默认\n"
            "前九个月岚溪县项目投资突破六十亿元\n"
            "本报讯 (记者 某某)日前,记者从县项目办获悉,1-9月岚溪县列统项目完成投资61亿元。\n")
    assert extract_text(text, "t.txt").record.title == "前九个月岚溪县项目投资突破六十亿元"


def test_a_short_column_heading_said_twice():
    text = ("社会保障\n社会保障\n把就业摆在首位,甲县城镇新就业1830人,零就业家庭动态清零。新建社区食堂9个,"
            "惠及老人2100余人。\n")
    ex = extract_text(text, "t.txt")
    assert ex.record.title == "社会保障" and not ex.record.title_derived


def test_the_headline_a_repost_names_after_original_title():
    text = ("某某网\n某某网>>地方频道>>产业观察\n\n"
            "甲省印发竹产业两年提升方案\n\n到2032年竹产业产值力争过千亿元\n\n"
            "2031年03月02日08:15 | 来源:某某日报\n\n原标题:甲省印发竹产业两年提升方案\n\n"
            "本报甲市3月1日电 甲省政府办公厅近日印发方案,提出到2032年全省竹产业产值力争突破千亿元。\n")
    assert extract_text(text, "t.txt").record.title == "甲省印发竹产业两年提升方案"
