"""Times listed after a comparison's word (较1-3月、1-6月) are all bases of the comparison, not the figures' time."""
from taizhang.extract.periods import find_periods

from factrun import periods_of


def test_every_time_joined_after_the_comparison_word_is_a_base():
    text = "增速分别较1—2月、1—5月和上半年提高0.6、0.3、0.1个百分点"
    assert [p.role for p in find_periods(text, 2025)] == ["base", "base", "base"]


def test_a_time_joined_to_a_figure_time_stays_its_own():
    # 1—3月 opens the clause: no comparison word before it, so 1—6月 after 、 is no base either
    text = "1—3月、1—6月分别完成投资8.1亿元、17.3亿元"
    assert "base" not in [p.role for p in find_periods(text, 2025)]


def test_the_deltas_against_earlier_spans_hold_in_the_paragraphs_span():
    text = ("临澧县2025年1-10月经济运行简况\n\n"
            "1-10月，全县规模以上工业增加值增长6.7%，增速分别较1-4月、1-7月回落1.4、0.5个百分点。"
            "社会消费品零售总额增长4.9%，增速较一季度、上半年分别加快0.9和0.3个百分点。"
            "其中，限额以上单位消费品零售额27.6亿元，增长2.8%。\n")
    got = periods_of(text, (1.4, 0.5, 0.9, 0.3, 27.6, 2.8))
    assert got == {v: "2025-M01..M10" for v in (1.4, 0.5, 0.9, 0.3, 27.6, 2.8)}


def test_the_half_of_this_year_compared_with_is_a_base():
    text = ("桃源县2025年前三季度经济运行情况\n\n"
            "1—9月，全县规模以上工业增加值增长7.3%，增速比上年同期回落0.8个百分点，比今年上半年加快0.6个百分点。\n")
    assert periods_of(text, (0.8, 0.6)) == {0.8: "2025-M01..M09", 0.6: "2025-M01..M09"}


def test_the_earlier_months_a_figure_is_set_beside_frame_no_later_part():
    # 1-8月为增长3.1%: the figure of the months compared with; the parts after 其中 are of 1-9月
    text = ("桃源县2025年前三季度投资运行情况\n\n"
            "1-9月，全县固定资产投资同比增长3.8%，1-8月为增长3.1%。其中，民间投资9.6亿元，增长1.7%。\n"
            "其中第二产业中，工业投资同比增长5.2%，1—8月为增长4.4%。其中，制造业投资增长6.1%。\n")
    got = periods_of(text, (3.1, 9.6, 1.7, 5.2, 4.4, 6.1))
    assert got == {3.1: "2025-M01..M08", 9.6: "2025-M01..M09", 1.7: "2025-M01..M09", 5.2: "2025-M01..M09",
                   4.4: "2025-M01..M08", 6.1: "2025-M01..M09"}


def test_a_span_after_a_source_named_by_ju_xiaoxi_is_the_reports():
    # 据…消息, names the source before the lead's span, as 记者从…获悉, does: the span is the report's own time
    text = ("据省统计局消息，1—10月份，全省固定资产投资同比增长2.6%。\n"
            "其中第三产业中，基础设施投资同比增长1.4%，1—9月份为增长1.1%。其中，水利管理业投资增长8.3%。\n")
    got = periods_of(text, (2.6, 1.4, 8.3))
    assert got == {2.6: "?-M01..M10", 1.4: "?-M01..M10", 8.3: "?-M01..M10"}
