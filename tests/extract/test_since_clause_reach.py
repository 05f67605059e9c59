"""A run of years since a time written inside a clause (创2012年以来最好位次) names that clause's comparison: it times
no figure of a later clause, and it does not make the year it names the text's own (texts written for these tests;
places invented)."""
from __future__ import annotations

from factrun import context_of, facts_of, one


def test_a_record_since_a_year_inside_a_clause_does_not_time_the_next_clause():
    fs = facts_of("青川市2023年经济运行情况\n\n"
                  "全市地区生产总值增长5.9%、居全省第3位、创2013年以来最好位次;"
                  "规上工业增加值增长8.2%,社会消费品零售总额增长6.4%。\n")
    for v in (5.9, 8.2, 6.4):
        assert one(fs, v).period == "2023", v


def test_a_run_opening_its_clause_still_frames_the_clauses_after_it():
    fs = facts_of("青川市项目建设情况\n2024年9月2日\n\n"
                  "2019年以来,全市累计完成投资860亿元,新开工项目412个。\n")
    assert one(fs, 860).period == one(fs, 412).period == "2019..2024"


def test_a_record_since_a_year_is_not_the_texts_year():
    ctx, ex = context_of("青川市经济运行情况\n\n"
                         "2023年,全市地区生产总值增长5.9%、居全省第3位、创2013年以来最好位次;规上工业增加值增长8.2%。\n")
    assert ctx.year == 2023
    assert one(ex.facts, 5.9).kind == "actual"  # (of the text's year, no commitment for a year ahead of 2013)
    assert one(ex.facts, 8.2).period == "2023"
