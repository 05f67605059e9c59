"""A newspaper sets a headline block: a kicker (引题) above the main headline (主题), sometimes a subtitle under it.
The news lead restates the main headline, not the kicker's slogan or figures: the line of the block the lead's first
sentence repeats is the headline, when it repeats little of the line above it.

Every text is written for these tests.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def test_the_line_the_lead_restates_is_the_headline_not_the_kickers_figures():
    text = ("签下9个亿元项目\n"
            "合同金额共计47.3亿元\n"
            "甲县举办秋季重点项目集中签约活动\n"
            "10月12日,甲县举办秋季重点项目集中签约活动,现场签约项目9个,涉及新材料、食品加工等领域。\n"
            "据介绍,今年以来甲县新引进亿元以上项目21个。\n")
    assert extract_text(text, "t.txt").record.title == "甲县举办秋季重点项目集中签约活动"


def test_a_spaced_slogan_kicker_gives_way_to_the_headline_the_lead_restates():
    text = ("工业生产稳中有进 居民消费持续回暖 对外贸易好于预期\n"
            "前三季度乙市地区生产总值2310.5亿元 同比增长5.1%\n"
            "10月25日,乙市统计部门公布头三个季度数据:乙市地区生产总值2310.5亿元,同比增长5.1%。\n"
            "其中乙市工业产值同比多出6.2%。\n")
    assert extract_text(text, "t.txt").record.title.startswith("前三季度乙市地区生产总值2310.5亿元")


def test_a_headline_the_lead_restates_keeps_its_place_over_a_subtitle():
    text = ("丙县春季一批重点工程集体动工\n"
            "开工项目18个 总投资36.4亿元\n"
            "3月6日,丙县春季一批重点工程集体动工,开工项目18个,总投资36.4亿元。\n")
    assert extract_text(text, "t.txt").record.title == "丙县春季一批重点工程集体动工"
