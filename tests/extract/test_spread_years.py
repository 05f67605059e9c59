"""Years spread by 分别 over the values after it (2025年、2026年分别达到70%、75%; 2025—2027年底前分别整改完成6个、3个、1个
问题; 到2025年、2027年,…分别达到46%和48%): the k-th value holds in the k-th year (a span's years in order, by the year's
end when the years are deadlines), not all of them in the span or the last year; years compared with (比2022年、2023年
分别增长…) stay the figure's own time.  Sentences written for these tests."""
from __future__ import annotations

from factrun import facts_of, one


def _periods(text: str, values) -> list[str]:
    fs = facts_of(text)
    return [one(fs, v).period for v in values]


def test_a_rectification_plans_deadlines_spread_over_a_span_of_years():
    text = ("关于省委巡视反馈问题整改进展情况的通报\n发布时间:2024-12-20\n"
            "反馈的20个问题中,已完成整改12个,其余问题计划2025—2027年底前分别整改完成5个、2个、1个问题。\n")
    assert _periods(text, (5, 2, 1)) == ["..2025", "..2026", "..2027"]


def test_targets_of_two_years_written_with_one_nian_and_with_two():
    text = ("青川县乡村振兴工作要点\n发布时间:2024-03-02\n"
            "全县农村自来水普及率2024、2025年分别达到92%、95%;"
            "力争2025年、2026年全县规上工业增加值分别达到60亿元、66亿元。\n")
    fs = facts_of(text)
    assert [one(fs, v).period.lstrip(".") for v in (92, 95, 60, 66)] == ["2024", "2025", "2025", "2026"]
    assert one(fs, 92).indicator == "农村自来水普及率"


def test_deadlines_in_a_clause_before_the_spread():
    text = "某市生态建设规划\n发布时间:2023-05-06\n到2025年、2030年,全市森林覆盖率分别达到52%和55%。\n"
    assert _periods(text, (52, 55)) == ["..2025", "..2030"]


def test_past_years_spread_and_years_compared_with():
    text = ("岚溪县2024年经济运行情况\n发布时间:2025-02-10\n"
            "2022年、2023年,全县社会消费品零售总额分别增长6.1%、7.4%。"
            "2024年,全县社会消费品零售总额比2022年、2023年分别增长15.2%和5.9%。\n")
    assert _periods(text, (6.1, 7.4, 15.2, 5.9)) == ["2022", "2023", "2024", "2024"]
