"""A table whose first column ranks its rows (排名 | 单位 | …) names them in the column after it, as one whose first
column numbers them (序号 | 单位 | …): its bare columns counting things (报送条数, 采用条数) are counts of the row's
body; invented tables."""
from __future__ import annotations

from factrun import facts_of, one


def test_a_ranking_of_bodies_counts_their_items():
    text = ("岚溪县2025年一季度政务信息报送情况通报\n"
            "排名\t单位\t报送条数\t采用条数\t得分\n"
            "1\t县水利局\t42\t31\t155\n"
            "2\t县民政局\t38\t27\t135\n"
            "3\t县公安局\t33\t22\t110\n")
    fs = facts_of(text)
    f = one(fs, 38)
    assert (f.subject, f.measure, f.indicator) == ("县民政局", "count", "报送条数")
    f = one(fs, 22)
    assert (f.subject, f.measure, f.indicator) == ("县公安局", "count", "采用条数")
    assert one(fs, 2).measure == "rank"


def test_a_ranking_of_towns_by_cases_handled():
    text = ("青川市2025年5月信访事项办理排名\n"
            "名次\t县(市、区)\t受理件数\t办结件数\n"
            "1\t东山区\t120\t118\n"
            "2\t西河县\t96\t90\n"
            "3\t北坡县\t75\t66\n")
    fs = facts_of(text)
    f = one(fs, 96)
    assert (f.subject, f.measure) == ("西河县", "count")
    assert one(fs, 66).subject == "北坡县"
