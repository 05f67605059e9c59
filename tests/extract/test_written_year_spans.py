"""Spans of years written with 年 after both ends, and deadlines whose year's digits a reposted page lost (texts
written for these tests; places invented)."""
from __future__ import annotations

from factrun import facts_of, one
from taizhang.extract.periods import find_periods


def test_a_span_of_years_with_nian_after_both_ends_is_the_span():
    got = [(p.text, p.period, p.role) for p in find_periods("2016年至2019年,累计新建农村公路840公里", 2020)]
    assert got == [("2016年至2019年", "2016..2019", "span")]
    fs = facts_of("青川县林业工作总结\n2020年1月8日\n\n"
                  "2016年至2019年,全县累计完成造林任务48.6万亩,森林覆盖率提高到61.2%。\n")
    assert one(fs, 48.6).period == "2016..2019"  # (not the deadline ..2019 that 至2019年 alone would be)
    assert one(fs, 61.2).period == "2019"


def test_a_deadline_whose_year_digits_were_lost_is_of_a_year_unknown():
    fs = facts_of("岚溪省推进氢能产业发展实施方案\n\n到年,全省力争建成加氢站12座,燃料电池汽车推广达到3000辆。\n")
    assert one(fs, 12).period == "..?"
    assert one(fs, 3000).period == "..?"
    # (到年底 and 达到年产 are no such deadline)
    got = [p.period for p in find_periods("到年底,全省达到年产5万吨", 2024)]
    assert got == ["2024"]
