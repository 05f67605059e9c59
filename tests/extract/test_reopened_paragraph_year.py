"""A paragraph's opening time frames its later sentences only until a later sentence of the paragraph opens on a
time of its own (2026年, / 明年,): from there on that time holds (a time holds until another is stated).  A report's
news that reviews one year and, in the same paragraph, turns to the next year's plan dates the plan's targets by
the year the turn names, not by the year the paragraph opened with (texts written for these tests)."""
from __future__ import annotations

import pytest

from factrun import periods_of


@pytest.mark.parametrize("text,values", [
    # a paragraph turning from the year reviewed to the year planned
    ("岚溪县人代会明确新一年发展目标\n"
     "1月9日,岚溪县第八届人民代表大会第二次会议开幕。\n"
     "2025年,岚溪县先后获评省级生态示范县、省级文明县城等称号。2026年,该县将坚持稳中求进,全力推动"
     "产业升级和城乡融合发展。力争全县生产总值增长6.5%左右,社会投资增长8.5%左右。\n",
     {6.5: "2026", 8.5: "2026"}),
    # the paragraph's own year holds while no sentence restates another
    ("岚溪县人代会明确新一年发展目标\n"
     "1月9日,岚溪县第八届人民代表大会第二次会议开幕。\n"
     "2026年,岚溪县将坚持稳中求进,全力推动产业升级和城乡融合发展。力争全县生产总值增长6.5%左右,"
     "社会投资增长8.5%左右。\n",
     {6.5: "2026"}),
    # next year (明年) turning a paragraph of this year's work
    ("甲市召开经济工作会议\n"
     "2025年12月20日,甲市召开经济工作会议。\n"
     "今年,甲市各业发展平稳有序。明年,全市将聚焦高质量发展,扎实推进重点工作。"
     "力争地方财政收入增长5.5%以上。\n",
     {5.5: "2026"}),
])
def test_a_later_sentence_opening_on_its_own_year_dates_what_follows(text, values):
    assert periods_of(text, values) == values
