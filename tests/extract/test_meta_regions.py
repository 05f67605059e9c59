"""A document's regions: the short name of a region abolished long ago is an ordinary word.

Sentences written for the test; none is corpus text.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def regions(text: str) -> list[str]:
    return extract_text(text, "t.txt").record.regions


def test_short_name_of_an_abolished_region_is_a_word():
    text = ("重点项目建设进展情况\n今年共安排重点项目86个。古渡口历史文化街区正在开展前期工作，"
            "东川风电场已全容量并网投产。\n")
    assert regions(text) == []


def test_a_current_region_still_wins_and_a_full_old_name_still_counts():
    assert regions("攀枝花市重点项目进展\n攀枝花市今年安排项目30个，古渡口历史文化街区加快建设，攀枝花市加快推进。\n")[0] \
        == "攀枝花市"
    assert "渡口市" in regions("渡口市1975年工业生产情况\n1975年，渡口市工业总产值比上年增长12%，渡口市钢铁产量创新高。\n")


def test_a_headline_broken_after_a_conjunction_is_joined():
    ex = extract_text("岚溪县2025年国民经济和\n社会发展统计公报\n岚溪县统计局\n2026年3月20日\n"
                      "2025年，全县地区生产总值251.3亿元，增长5.8%。\n", "t.txt")
    assert ex.record.title == "岚溪县2025年国民经济和社会发展统计公报"
    assert ex.record.published == "2026-03-20"


def test_attachment_lines_are_not_sections():
    ex = extract_text("全市重点项目开工情况督查通报\n各县（区）人民政府：\n根据工作安排，市政府督查室开展了督查，现通报如下：\n"
                      "一、基本情况\n截至8月底，已开工建设114个，开工率89.8%。\n附件：1.未开工项目清单\n2.进度滞后项目清单\n",
                      "t.txt")
    assert [(s.label, s.title) for s in ex.record.sections] == [("一、", "基本情况")]
