"""Counts in measure words the fact finder did not know: letters in 封 (县长信箱收到来信126封), hotlines merged in 门
(整合16门政务服务热线, 门 a weak unit counting only a thing it measures), satellites in 颗 (traditional 顆 as written).
A unit character opening a word after the figure is none (PM2.5颗粒物, 3号楼封顶).  Every document here is
invented (岚溪县 …)."""
from __future__ import annotations

from factrun import facts_of, one


def test_letters_and_hotlines_are_counted():
    fs = facts_of("岚溪县2025年一季度12345热线运行情况\n"
                  "一季度,县长信箱共收到来信126封,书记信箱信件41封;全县整合了县公安局、县城管局等9个单位的16门政务服务热线。\n")
    assert (one(fs, 126).unit, one(fs, 126).measure, one(fs, 126).period) == ("封", "count", "2025-Q1")
    assert one(fs, 41).unit == "封"
    assert (one(fs, 16).unit, one(fs, 16).kind) == ("门", "actual")


def test_satellites_in_traditional_script():
    fs = facts_of("青嶺市2025年航天產業發展情況\n全市在軌衛星增至80顆,培育航天企業12家。\n")
    f = one(fs, 80)
    assert (f.unit, f.measure, f.kind) == ("顆", "count", "actual")


def test_a_unit_character_opening_a_word_is_no_unit():
    fs = facts_of("岚溪县2025年环境质量和项目建设情况\n全县PM2.5颗粒物浓度下降;城东安置房3号楼封顶,门诊楼2封闭施工。\n")
    assert [f for f in fs if f.unit in ("颗", "封")] == []
