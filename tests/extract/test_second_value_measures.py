"""The measure of a second value: a higher goal of the same rate written after its first value with only a modal
(增长7%以上、力争达到8%; 增长6%左右,争取7%) is growth, as the first; a part pulling the whole's growth down (下拉, 拖累
…个百分点) gives a contribution, growth as 拉动 does (NOTES), not a difference.  Invented sentences (岚溪县)."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def measures(text: str) -> dict[str, str]:
    return {text[f.vstart:f.vend]: f.measure for f in extract_text(text, name="p.txt", fmt="txt").facts}


def test_a_goal_after_a_growth_value_is_the_same_growth():
    got = measures("岚溪县2025年政府工作报告\n今年全县经济社会发展的主要预期目标是:地区生产总值增长7%以上、力争达到8%;"
                   "规上工业增加值增长6.5%左右,争取7.5%;城镇化率达到58%,力争60%。\n")
    assert got["8"] == "growth" and got["7.5"] == "growth"
    assert got["60"] == "share"  # (a rate that stands stays a share)


def test_a_part_pulling_growth_down_gives_a_contribution():
    got = measures("岚溪县2024年固定资产投资运行情况\n2024年,岚溪县工业投资拉动全县投资增长1.2个百分点,房地产投资下拉全县"
                   "投资增速0.8个百分点,民间投资拖累全县投资增长0.3个百分点。\n")
    assert got["0.8"] == "growth" and got["0.3"] == "growth"
