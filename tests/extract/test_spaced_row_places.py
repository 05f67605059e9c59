"""A table's rows of places, their short names spaced out to line up with the longer ones (青 龙 县 under 承德市
rows): each row's place is the gazetteer's name of the form written (青龙县 → 青龙满族自治县), as it is when the text
names it unspaced; a current region's own name stays as written, and a form several regions share is left alone.
The table and its figures are invented."""
from __future__ import annotations

from factrun import one
from taizhang.extract.pipeline import extract_text

_TABLE = """河北省2025年1-6月部分县规模以上工业增加值
县 别\t总量(亿元)\t增长(%)
青 龙 县\t41.26\t6.4
宽 城 县\t58.73\t5.2
兴 隆 县\t33.18\t4.9
"""


def test_spaced_short_forms_of_autonomous_counties_take_their_full_names():
    fs = extract_text(_TABLE, "t.txt").facts
    assert one(fs, 41.26).subject == "青龙满族自治县"
    assert one(fs, 5.2).subject == "宽城满族自治县"
    assert one(fs, 33.18).subject == "兴隆县"  # a county's own name
