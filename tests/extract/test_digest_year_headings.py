"""A digest or a review laid out under year headings (2020年:交出高分答卷 / 2022年——求突破 / 2015年 on a line of its
own): every line under a heading is of that year, its 全年, 当年 and 上半年 too, up to the next year heading; a 今年 there
is still the page's own year.  Every text is invented for these tests."""
from __future__ import annotations

from factrun import facts_of, one

REVIEW = ("岚溪县三年攻坚回顾\n发布时间:2024-03-06\n2021年:打基础\n全年实施重点项目52个,完成投资88亿元。上半年新开工项目20个。\n"
          "2022年——求突破\n当年新签约项目41个。全县地区生产总值增长6.8%。\n2023年 谋跨越\n全年完成固定资产投资132亿元。\n"
          "今年以来,全县已开工项目18个。\n")


def test_the_years_words_under_a_digest_heading_are_of_its_year():
    fs = facts_of(REVIEW)
    assert [one(fs, v).period for v in (52, 88, 20, 41, 6.8, 132)] == \
        ["2021", "2021", "2021-H1", "2022", "2022", "2023"]


def test_what_a_digest_heading_dates_is_done_not_planned():
    fs = facts_of(REVIEW)
    assert [one(fs, v).kind for v in (88, 132)] == ["actual", "actual"]


def test_todays_year_after_the_headings_is_the_pages():
    assert one(facts_of(REVIEW), 18).period == "2024"


def test_a_year_alone_on_its_line_heads_its_years_figures():
    fs = facts_of("甲市工业发展十年\n2015年\n全市规模以上工业企业达到420家,全年实现工业总产值860亿元。\n2020年\n"
                  "全市规模以上工业企业达到560家,全年实现工业总产值1320亿元。\n")
    assert [one(fs, v).period for v in (860, 1320)] == ["2015", "2020"]


def test_an_undated_digest_keeps_its_headings_years():
    fs = facts_of("甲县五年发展回眸\n2020年:交出高分答卷\n全年新开工项目85个,完成投资120亿元。地区生产总值增长6.5%。\n"
                  "2021年:开局良好\n全县新开工项目92个,完成投资135亿元。\n")
    assert [one(fs, v).period for v in (85, 120, 6.5, 92)] == ["2020", "2020", "2020", "2021"]


def test_a_heading_of_a_span_within_its_year_is_no_digest_year():
    fs = facts_of("乙县统计月报\n2023年1-5月\n全县规模以上工业增加值增长6.2%。\n2023年 1-6月\n全县固定资产投资增长5.1%。\n")
    assert [one(fs, v).period for v in (6.2, 5.1)] == ["2023-M01..M05", "2023-M01..M06"]


def test_a_year_and_the_place_alone_on_a_line_head_the_years_figures():
    fs = facts_of("岚溪县政府工作报告速览\n\n2025年岚溪\n\n交出答卷!\n\n地区生产总值增长6.1%\n\n规模工业增加值增长7.2%\n\n"
                  "固定资产投资增长5.3%\n\n进出口总额增长12.3%\n\n新增城镇就业1.2万人\n\n2026年岚溪\n\n定目标!\n\n主要预期目标\n\n"
                  "地区生产总值增长6%以上\n")
    assert [one(fs, v).period for v in (6.1, 5.3, 12.3, 1.2)] == ["2025"] * 4
    assert (one(fs, 6).kind, one(fs, 6).period) == ("target", "2026")


def test_a_year_and_a_time_word_is_no_year_heading():
    fs = facts_of("乙县经济运行简况\n发布时间:2025-07-10\n2025年以来\n全县规模以上工业增加值增长6.2%。\n")
    assert one(fs, 6.2).period == "2025"


def test_the_targets_under_a_year_card_are_of_its_year():
    fs = facts_of("岚溪县政府工作报告速览\n\n2025年岚溪\n\n交出答卷!\n\n地区生产总值增长6.1%\n\n2026年岚溪\n\n定目标!\n\n主要预期目标\n\n"
                  "地区生产总值增长6%以上\n\n一般公共预算收入增长4%以上\n\n城镇新增就业1万人\n\n居民消费价格涨幅控制在2%左右\n")
    assert [(one(fs, v).kind, one(fs, v).period) for v in (1, 2)] == [("target", "2026")] * 2
