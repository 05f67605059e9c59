"""A page's width breaks a line of a PDF's text anywhere, also just before a figure (…新增城镇就业⏎1.2万人), after the
point of a decimal (增长4.⏎8%) or before the comma that closes a clause (…1250亿元⏎，增长6.1%).  A line opening with a
decimal figure and its unit (4.8%, 1.2万人) is no numbered list item (1.加快…) and a line opening with a clause mark
opens no paragraph: the break is joined like any other break of a wrapped line, so the figure keeps the words that
name it (新增城镇就业, not nothing; growth, not a bare share).

Every text is written for these tests.
"""
from __future__ import annotations

from factrun import facts_of, one

from taizhang.extract import cleaner
from taizhang.extract.doc import Doc

_LEAD = "各位代表：过去一年，我们坚持稳中求进，全县经济运行总体平稳。"
_REPORT = _LEAD + ("2023年，全县地区生产总值达到3250亿元，增长6.1%。全县社会消费品零售总额达到1386亿元，增长5.1%；"
           "城镇居民人均可支配收入46000元，增长4.8%；全县粮食产量52万吨，新增城镇就业1.2万人，城镇调查失业"
           "率控制在5.5%以内。全年规模以上工业增加值增长7.2%，固定资产投资增长9.3%，实际利用外资2.3亿美元。")
_WIDTH = 19


def _wrapped(start: int) -> str:
    """The report as a PDF's text: lines of one width, the first starting ``start`` characters into its lead."""
    body = _REPORT[start:]
    return "岚溪县2023年政府工作报告\n\n" + "\n".join(body[i:i + _WIDTH] for i in range(0, len(body), _WIDTH)) + "\n"


def _view(raw: str) -> str:
    return Doc("t.txt", raw, cleaner.clean(raw, "txt")).view


def test_a_line_opening_with_a_decimal_figure_goes_on_from_the_line_before():
    raw = _wrapped(12)
    assert "\n4.8%；" in raw and "\n5.5%以内" in raw  # (the breaks this test is about)
    view = _view(raw)
    assert "增长4.8%；" in view and "控制在5.5%以内" in view
    assert "新增城镇就业1.2万人" in _view(_wrapped(15))


def test_a_decimal_broken_after_its_point_and_a_comma_opening_a_line_are_joined():
    raw = _wrapped(14)
    assert "4.\n8%" in raw and "\n，" in raw
    view = _view(raw)
    assert "增长4.8%" in view and "\n，" not in view
    assert "利用外资2.3亿美元" in _view(_wrapped(1))


def test_every_figure_keeps_its_name_wherever_the_lines_break():
    for start in range(len(_LEAD)):
        fs = facts_of(_wrapped(start))
        assert one(fs, 1.2, "万人").indicator == "新增城镇就业", start
        f = one(fs, 4.8, "%")
        assert (f.measure, f.indicator) == ("growth", "城镇居民人均可支配收入"), start
        assert one(fs, 5.5, "%").indicator == "城镇调查失业率", start
        assert one(fs, 6.1, "%").indicator == "地区生产总值", start
        assert one(fs, 7.2, "%").indicator == "规模以上工业增加值", start
        assert one(fs, 2.3, "亿美元").indicator == "实际利用外资", start


def test_a_numbered_item_still_opens_its_own_line():
    raw = ("岚溪县2023年工作要点\n\n一、主要任务\n1.加快推进重点项目建设，全年完成投资120亿元\n"
           "2.稳定粮食生产，粮食产量稳定在52万吨以上\n")
    assert "\n2.稳定粮食生产" in _view(raw)


def test_a_decimal_figure_in_traditional_script_opens_no_item_either():
    body = ("今年以來，全縣重點項目建設加快推進，投資運行總體平穩。1至8月，全縣累計到位資金416.5億元，完成投資392.1"
            "億元，為年度投資計劃的67%，同比增長12.5%，高於全州平均水平3.2個百分點，位居全州第二。")
    k = body.index("92.1")
    width = 20
    start = k % width  # (the lines cut so that one opens with 92.1億元)
    lines = [body[:start]] + [body[i:i + width] for i in range(start, len(body), width)]
    raw = "嵐溪縣前8月投資運行情況\n\n" + "\n".join(x for x in lines if x) + "\n"
    assert "\n92.1億元" in raw
    assert "完成投資392.1億元" in _view(raw)
