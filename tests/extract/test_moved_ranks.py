"""A rank moved by a verb (从全省第12位升至第8位, 由全市第五跃居全市第二) gives both ranks, named by what is ranked: the
verbs of a move (升至, 降至, 跃居, 后退到 …) are read as such.  Invented sentences (岚溪县)."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text

TEXT = ("岚溪县2024年经济运行情况\n2024年,岚溪县地区生产总值增长6.2%,增速由全市第五跃居全市第二。"
        "县域经济综合排名从全省第12位升至第8位。\n")


def ranks():
    return {(f.value, f.indicator, f.period) for f in extract_text(TEXT, name="p.txt", fmt="txt").facts
            if f.measure == "rank"}


def test_a_rank_moved_by_sheng_zhi_gives_both_ranks_named_by_the_ranking():
    got = ranks()
    assert (8, "县域经济综合排名", "2024") in got
    assert any(v == 12 and ind == "县域经济综合排名" for v, ind, _ in got)


def test_a_rank_moved_by_yue_ju_keeps_both_ranks_and_no_stray_character_in_the_name():
    got = ranks()
    assert {v for v, _, _ in got} >= {5, 2}
    assert not any("五" in ind for _, ind, _ in got)
