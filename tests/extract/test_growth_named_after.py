"""A per cent followed by 的 and the growth it is (实现8%的快速增长, 保持35%以上的高增速, 连续多年保持6%以上的稳步增长) is a
rate of change, whatever manner word stands before the growth and though a laid-out page breaks the line around the
figure (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_manner_words_before_the_growth():
    fs = facts_of("甲市规上工业增加值连续18个月保持30%以上的高增速。乙县地区生产总值连续多年保持6%以上的稳步增长。"
                  "丙区社会消费品零售总额实现9.5%的平稳增长。")
    assert (one(fs, 30).measure, one(fs, 6).measure, one(fs, 9.5).measure) == ("growth", "growth", "growth")


def test_figure_on_a_line_of_its_own():
    fs = facts_of("2025年丁省经济运行情况\n全省固定资产投资止跌回升,实现\n7.6%\n的快速增长。\n")
    assert one(fs, 7.6).measure == "growth"


def test_a_share_of_a_class_stays_a_share():
    fs = facts_of("戊县规上工业企业中,35%的企业实现营业收入增长。")
    assert one(fs, 35).measure == "share"
