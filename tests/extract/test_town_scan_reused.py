"""A document's region layer scans its whole text once with the towns' automaton (``Gazetteer.scan_all``); a later
``find`` over the same whole text at the counties' levels (the facts stage reads a list's short county names so)
narrows that scan instead of scanning the text again, and finds exactly what a scan of its own finds.  Texts
invented (places of the gazetteer, in lists, with a county that is a conjunction's character and a party's prefix)."""
from __future__ import annotations

from taizhang.extract import regions
from taizhang.extract.regions import COUNTY, PROVINCE, TOWN

_PARAGRAPHS = (
    "1-8月,眉山市东坡区、仁寿县、彭山区规模以上工业增加值分别增长6.2%、5.1%和4.8%,洪雅县、青神县分别增长3.9%、2.7%。",
    "省委、市委和县委联合督查组赴含山县、和县开展督查,中共和县县委书记主持召开座谈会,发现问题12个。",
    "安徽省马鞍山市当涂县姑孰镇、博望区博望镇新开工项目18个,完成投资23.4亿元,同比增长9.6%。",
    "长阳、五峰两县分别完成投资12.3亿元、8.7亿元;宜昌市夷陵区龙泉镇完成投资3.2亿元。",
)


def _document(n: int) -> str:
    text = "\n".join(_PARAGRAPHS[k % len(_PARAGRAPHS)] for k in range(n))
    assert len(text) >= 2000
    return text


def test_find_after_the_town_scan_narrows_it_and_finds_what_its_own_scan_finds():
    g = regions.gazetteer()
    text = _document(40)
    ctx = tuple(r for r in (g.resolve("眉山市"),) if r is not None)
    g._last_scan.clear()
    alone = [(h.start, h.end, h.text, h.region.key) for h in g.find(text, context=ctx)]
    alone_towns = [(h.start, h.end, h.text, h.region.key) for h in g.find(text, max_level=TOWN, context=ctx)]
    g._last_scan.clear()
    calls = []
    matches = g._matches
    g._matches = lambda a, t: calls.append(len(t)) or matches(a, t)
    try:
        g.scan_all(text)
        after = [(h.start, h.end, h.text, h.region.key) for h in g.find(text, context=ctx)]
        after_towns = [(h.start, h.end, h.text, h.region.key) for h in g.find(text, max_level=TOWN, context=ctx)]
    finally:
        del g._matches
    assert after == alone and after_towns == alone_towns and alone
    assert calls == [len(text)]  # the towns' scan alone: the finds read it


def test_a_short_text_is_not_kept():
    g = regions.gazetteer()
    g._last_scan.clear()
    g.scan_all(_PARAGRAPHS[0])
    assert TOWN not in g._last_scan and COUNTY not in g._last_scan and PROVINCE not in g._last_scan
