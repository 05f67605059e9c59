"""A text with no date of its own that speaks of its times without their year (截至6月底, 今年以来) takes no year from
a later sentence telling a past year as history (2019年,省里还对…开展了…), nor from a run since a year (从2018年底开工
建设至今); a year stated where the text gives its own figures still dates it (texts written for these tests; places
invented)."""
from __future__ import annotations

from factrun import context_of, one


NOTICE = ("岚州省安全生产专项整治情况通报\n\n"
          "截至6月底,全省共排查隐患2360处,已整改2210处,整改率93.6%。各市要加快整改进度。\n"
          "2019年,省里还对8个市开展了专项督查。截至6月底,专项督查反馈问题415个,已整改380个。\n")


def test_a_year_told_as_history_later_does_not_date_a_text_of_no_year():
    ctx, ex = context_of(NOTICE)
    assert ctx.year is None
    for v in (2360, 2210, 93.6):
        assert one(ex.facts, v).period == "..?-M06", v
    for v in (415, 380):  # (the cut-off after the year told as history is the text's own June again)
        assert one(ex.facts, v).period == "..?-M06", v


def test_a_year_the_text_states_its_own_figures_in_still_dates_it():
    ctx, ex = context_of("青川市前八月重点项目建设情况\n\n今年以来,全市重点项目建设加快推进。\n"
                         "2018年,全市安排重点项目326个,总投资4120亿元,年度计划投资610亿元。1-8月共完成投资452亿元。\n")
    assert ctx.year == 2018
    assert one(ex.facts, 452).period == "2018-M01..M08"


def test_a_run_since_a_year_up_to_now_does_not_date_the_text():
    ctx, ex = context_of("东坪片区项目建设加快推进\n\n截止3月底,东坪的9个签约项目已落地开工6个。1-3月完成投资2.4亿元。\n"
                         "总投资约15亿元的某产业园从2017年底开工建设至今,已累计投入建设资金4亿元。\n")
    assert ctx.year is None
    assert one(ex.facts, 2.4).period == "?-M01..M03"


def test_a_narrative_year_needs_the_texts_own_times_before_it_and_a_deed_told():
    from taizhang.extract.periods import narrative_year
    text = "截至6月底,全县完成投资12亿元。2019年,县里还开展了专项督查。2020年,全县安排项目40个。"
    at = text.index("2019年")
    assert narrative_year(text, at, at + 5)
    at2 = text.index("2020年")
    assert not narrative_year(text, at2, at2 + 5)  # (no deed told as history)
    text2 = "2019年,县里还开展了专项督查。"
    assert not narrative_year(text2, 0, 5)  # (no time of the text's own before it)
