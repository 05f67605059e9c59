"""A text that states no year of its own but speaks of 今年 (今年我区…主要预期目标是…, 实现今年的预期目标任务) commits its
later targets with no time of their own to that year: the text's year, unknown (``?``), as a dated text gives its year;
a text that never says 今年 leaves such a target timeless.  Invented texts."""
from __future__ import annotations

from factrun import facts_of, one


def test_targets_of_a_work_section_after_this_years_goals_take_the_unknown_year():
    fs = facts_of("今年我区经济社会发展的主要预期目标是:地区生产总值增长7%左右;固定资产投资增长11%左右。\n"
                  "实现今年的预期目标任务,要重点做好十个方面工作:\n(一)大力促进农业发展\n"
                  "扎实推进农业现代化。确保粮食产量稳定在400万吨以上,力争全区果品产量870万吨、蔬菜产量1600万吨。\n")
    for v in (7, 400, 870, 1600):
        f = one(fs, v)
        assert (f.kind, f.period) == ("target", "?"), (v, f.kind, f.period)


def test_a_dated_text_gives_its_year_and_a_text_without_this_year_stays_timeless():
    fs = facts_of("某区农业发展要点\n2023年1月20日\n今年,力争全区果品产量870万吨。\n")
    assert one(fs, 870).period == "2023"
    fs = facts_of("某区农业发展要点\n扎实推进农业现代化,力争全区果品产量870万吨。\n")
    assert one(fs, 870).period == ""
