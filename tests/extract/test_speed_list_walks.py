"""The readers every figure of a 、-list pays for read the list once, not once per figure (invented lists, built here):
the walk of a clause's start back over 、 (figure._comma_clause_start), the walk over the places before a figure for
the one leading its clause (scope.subject) and the walk over the figures before it for the last count whose noun's end
is known (facts._indicators).  Each reading is checked against the walk it replaces, and its cost on N
and 2N items is counted (lines run: never time)."""
import random
import types

from taizhang.extract import docregions, extract_text, facts, figure, scope
from taizhang.extract.figure import LIST_CAP, Cand, _comma_clause_start
from taizhang.extract.segment import CLAUSE_CAP, Layout

from factrun import facts_of, lines_run, one

PLACES = ("岚溪县", "青川县", "白河县", "石门县", "云岭县", "松涛县", "临江区", "北湖区")


def _plain_comma_clause_start(text: str, layout: Layout, p: int, reach: int) -> int:
    """The walk the layout's runs replace: the clause's start, then the start of the clause before each 、."""
    cs, _ = layout.clause_of(p)
    while cs >= 2 and text[cs - 1] == "、" and p - cs < reach:
        cs, _ = layout.clause_of(cs - 2)
    return cs


def _random_text(rnd: random.Random) -> str:
    """Items joined by 、 (some empty: 、、, some longer than a clause's cap), cut by commas and full stops."""
    parts = []
    for _ in range(rnd.randint(1, 60)):
        size = rnd.choice((0, 1, 2, 3, 5, 8, 20, CLAUSE_CAP - 1, CLAUSE_CAP, CLAUSE_CAP + 1, 2 * CLAUSE_CAP + 3))
        parts.append("".join(rnd.choice("甲乙丙12") for _ in range(size)))
        parts.append(rnd.choice("、、、、,,。"))
    return "".join(parts)


def test_a_start_walked_back_over_joined_clauses_is_the_plain_walks():
    rnd = random.Random(30)
    for _ in range(200):
        text = _random_text(rnd)
        layout = Layout(text)
        asks = [rnd.randrange(len(text)) for _ in range(40)]
        if rnd.random() < 0.5:
            asks.sort()  # (figures are asked about in text order, mostly; out of order a run is joined mid-way)
        for p in asks:
            reach = rnd.choice((LIST_CAP, LIST_CAP, 7, 30, CLAUSE_CAP + 2))
            assert layout.joined_clause_start(p, reach) == _plain_comma_clause_start(text, layout, p, reach), (p, reach)
        for p in asks:
            assert _comma_clause_start(text, layout, p) == _plain_comma_clause_start(text, Layout(text), p, LIST_CAP)


def test_a_list_sentence_walks_back_to_its_lead():
    text = "截至6月底,各县新开工项目分别为:岚溪县12个、青川县9个、白河县7个,合计28个。"
    layout = Layout(text)
    lead = text.index("岚溪县")
    for item in ("12个", "9个", "7个"):
        assert _comma_clause_start(text, layout, text.index(item)) == lead
    assert _comma_clause_start(text, layout, text.index("28个")) == text.index("合计")


def _listed(n: int) -> str:
    items = [f"{PLACES[i % 8]}{10 + i}个" for i in range(n)]
    return "截至6月底,各县新开工项目分别为:" + "、".join(items) + "。\n"


def test_a_list_of_n_items_walks_its_joined_clauses_o_n():
    cost = {}
    codes = {figure._comma_clause_start.__code__, Layout.clause_of.__code__}
    codes |= {f.__code__ for f in (getattr(Layout, "joined_clause_start", None), getattr(Layout, "_joined_chain", None))
              if f is not None}
    for n in (30, 60):  # (both lists shorter than LIST_CAP: the walk back is not cut)
        text = _listed(n)
        assert len(text) < LIST_CAP
        layout = Layout(text)
        figures = [i for i in range(len(text)) if text[i].isdigit() and not text[i - 1].isdigit()][1:]
        starts, cost[n] = lines_run(codes, lambda: [_comma_clause_start(text, layout, p) for p in figures])
        assert set(starts) == {text.index(":") + 1}  # (every item's clause opens at the list's lead)
    # twice the items: about twice the steps (a walk back to the lead from every item made it four times)
    assert cost[60] < 2.5 * cost[30], cost


# ---------------------------------------------------------------------------------------------------------------
# scope.subject: the places before a figure read from the figure back, up to the one leading its clause
# (real county names, so that the gazetteer knows them; none holds a numeral)

COUNTIES = ("青川县", "剑阁县", "苍溪县", "旺苍县", "梓潼县", "盐亭县", "游仙区", "平武县")


def _listed_places(n: int) -> str:
    items = [f"{COUNTIES[i % 8]}{10 + i}个" for i in range(n)]
    return "2026年全市重点项目推进情况通报\n截至6月底,各县新开工项目分别为:" + "、".join(items) + "。\n"


def test_a_list_of_n_places_with_their_figures_reads_o_n_places_for_the_subjects():
    cost = {}
    codes = {scope.subject.__code__, docregions.place_role.__code__}
    codes |= {scope._leads_clause.__code__} if hasattr(scope, "_leads_clause") else set()
    for n in (30, 60):  # (the first list shorter than the 300 characters a figure's places are looked for in)
        text = _listed_places(n)
        doc, cost[n] = lines_run(codes, lambda: extract_text(text, name=f"places{n}.txt"))
        assert [f.subject for f in doc.facts] == [COUNTIES[i % 8] for i in range(n)]  # (each item is its place's)
    # twice the items: about twice the steps (every place before each figure was read: four times)
    assert cost[60] < 2.5 * cost[30], cost


def test_a_donor_before_a_place_set_aside_still_names_the_aided_place():
    # 科尔沁区 leads a clause before 7.2, then 全区 takes the figure from it: the donor named before it (天津市) still
    # points to the place it aids, as when every place before the figure was read
    text = ("内蒙古自治区东西部协作项目集中开工\n2025年5月8日\n5月7日,天津市对口援建通辽市项目集中开工仪式举行。"
            "天津市对口援建项目16个,科尔沁区开工项目5个,全区完成投资7.2亿元。\n")
    fs = facts_of(text)
    assert one(fs, 5).subject == "科尔沁区"
    assert one(fs, 7.2).subject == "通辽市"


# ---------------------------------------------------------------------------------------------------------------
# facts._indicators: the last figure before a count whose noun's end is known, listed once (_NamedCounts.nouned)


def test_the_listed_figures_with_a_known_nouns_end_are_the_walks():
    rnd = random.Random(31)
    for _ in range(300):
        by_vs = [Cand(vs=k * 5, ve=k * 5 + 2, value=1.0, unit="个", mend=k * 5 + 3, measure="count")
                 for k in range(rnd.randint(0, 30))]
        named = facts._NamedCounts(by_vs)
        for i, x in enumerate(by_vs):  # (named in order: a figure's noun is known once its turn has passed)
            lo = rnd.randint(0, i)
            plain = [y for y in by_vs[lo:i] if y.extra.get("noun_end")][::-1]
            assert list(named.nouned(lo, i)) == plain, (i, lo)
            if rnd.random() < 0.4:
                x.extra["noun_end"] = x.mend + rnd.randint(0, 4)  # (0: no end known)


def _nested_codes(code: types.CodeType) -> set[types.CodeType]:
    out = {code}
    for k in code.co_consts:
        if isinstance(k, types.CodeType):
            out |= _nested_codes(k)
    return out


def test_a_list_of_n_counts_reads_o_n_figures_for_the_last_nouns_end():
    # the readers of the last count with a known noun's end before a figure: the walk written inside _indicators
    # (a comprehension reading noun_end), or the listing of _NamedCounts
    codes = {k for k in _nested_codes(facts._indicators.__code__) if k.co_name != "_indicators"
             and "noun_end" in k.co_consts}
    codes |= {f.__code__ for f in (getattr(facts._NamedCounts, "nouned", None),
                                   getattr(facts._NamedCounts, "_read_to", None)) if f is not None}
    cost = {}
    for n in (40, 80):  # (both lists shorter than LIST_CAP: every item's clause opens at the list's lead)
        text = _listed_places(n)
        doc, cost[n] = lines_run(codes, lambda: extract_text(text, name=f"counts{n}.txt"))
        assert len(doc.facts) == n
    # twice the items: about twice the steps (a walk back over every figure of the list made it four times)
    assert cost[80] < 2.5 * cost[40], cost
