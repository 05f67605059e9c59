"""A year a run of years starts from (2015年以来, 自2015年…以来) is no year of the text's own when the text dates
itself later; in a text whose year is unknown the run ends in a year unknown.  Every text here is invented."""
from __future__ import annotations

from factrun import context_of, periods_of


def test_a_run_since_a_year_in_a_text_dated_to_a_later_month_ends_in_that_later_year():
    text = "青川市项目建设成效显著\n2023年8月，青川市召开项目推进会。2015年以来，全市累计实施重点项目820个。\n"
    ctx, _ = context_of(text)
    assert ctx.year == 2023
    assert periods_of(text, (820,)) == {820: "2015..2023"}


def test_a_cutoff_of_a_later_year_is_the_texts_own_year():
    text = ("岚溪县项目建设综述\n截至2023年6月底，全县累计实施重点项目320个。2015年以来，全县共建成产业园区6个，"
            "入驻企业430家。\n")
    ctx, _ = context_of(text)
    assert ctx.year == 2023
    assert periods_of(text, (320, 430)) == {320: "..2023-M06", 430: "2015..2023"}


def test_a_run_since_an_event_of_a_year_in_an_undated_text_has_no_year():
    text = "岚溪县项目建设综述\n自2015年开展项目攻坚以来，全县累计实施重点项目320个，完成投资1200亿元。\n"
    assert periods_of(text, (320, 1200)) == {320: "?", 1200: "?"}


def test_this_years_run_is_the_texts_year():
    text = "岚溪县项目建设综述\n2023年以来，全县新开工项目96个，完成投资45.2亿元。\n"
    assert periods_of(text, (96, 45.2)) == {96: "2023", 45.2: "2023"}


def test_a_deadline_month_dates_no_text():
    text = "岚溪县项目建设综述\n2015年以来，全县累计实施重点项目320个，力争到2025年6月底建成产业园区8个。\n"
    ctx, _ = context_of(text)
    assert ctx.year == 2015


def test_the_year_a_multiple_or_a_change_is_measured_from_is_no_year_of_the_texts_own():
    text = ("十年来 青川县累计引进项目260个\n十年来，青川县综合实力跃上新台阶，2022年全县地区生产总值320亿元，是2012年的1.8倍；"
            "一般公共预算收入21.5亿元，是2012年的2.6倍；三次产业结构由2012年的18:50:32调整为12:45:43。"
            "十年来累计引进亿元以上项目260个。\n")
    ctx, _ = context_of(text)
    assert ctx.year == 2022
    assert periods_of(text, (320, 1.8)) == {320: "2022", 1.8: "2022"}
