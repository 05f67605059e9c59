"""A supervision notice whose table is flattened into one long line of rows (甲县:开工12个,完成投资3.4亿元;乙县:…):
the readers every figure of the line asks read the line once, not once per figure (invented notices, built here).
Each reader is checked against the reading it replaces, and its cost on N and 2N rows is counted (calls, characters
scanned or lines run: never time)."""
import random
from bisect import bisect_left

from taizhang.extract import extract_text, scope
from taizhang.extract.segment import Layout

from factrun import lines_run

PLACES = ("岚溪县", "青川县", "白河县", "石门县", "云岭县", "松涛县", "临江区", "北湖区")


def _flat_notice(n: int) -> str:
    """A notice of n county rows run in one line, each labelled with its place and a colon."""
    rows = [f"{PLACES[i % 8]}:开工项目{10 + i}个,完成投资{3 + i}.{i % 10}亿元,完成年度计划的{40 + i % 50}%"
            for i in range(n)]
    return "2026年全市重点项目推进情况通报\n截至6月底,各县(区)推进情况如下:" + ";".join(rows) + "。\n"


class _Counted:
    """A compiled pattern that counts the characters of the windows it is asked to search."""

    def __init__(self, pattern):
        self.p, self.chars = pattern, 0

    def search(self, *a):
        self.chars += max(0, (a[2] if len(a) > 2 else len(a[0])) - (a[1] if len(a) > 1 else 0))
        return self.p.search(*a)

    def __getattr__(self, k):
        return getattr(self.p, k)


# ---------------------------------------------------------------------------------------------------------------
# scope.label_head: the last label of the line before the value, by bisection


def test_label_head_by_bisection_is_the_label_the_walk_over_the_line_found():
    rnd = random.Random(5)
    pieces = ("岚溪县:", "市水务局：", "青川县 : ", "重点镇：", "其中:", "其中,", "开工项目12个", ",", ";", "。", "；", "完成投资3.4亿元",
              "全县:", "\u3000", " ", "1. ", "问题8个", "办件量居前三的乡镇:")
    texts = [_flat_notice(12)]
    for _ in range(150):
        texts.append("".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 18))) + "\n" +
                     "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10))))
    for text in texts:
        layout = Layout(text)
        for vs in range(len(text) + 1):
            ps, pe = layout.para_of(vs)
            assert scope.label_head(text, layout, vs) == scope._label_head_at(text, ps, pe, vs), (text, vs)


def test_labels_whose_ends_do_not_rise_are_walked():
    entries = [(-1, 0, 4, (0, 3, "甲县")), (6, 7, 3, (7, 9, "乙县"))]  # (no line reads so: the walk's guard)
    assert scope._label_ends(entries) == (None, entries)
    rising = [(-1, 0, 4, (0, 3, "甲县")), (6, 7, 9, None), (12, 13, 17, (13, 16, "乙县"))]
    assert scope._label_ends(rising) == ([4, 17], [(0, 3, "甲县"), (13, 16, "乙县")])


def test_a_line_of_n_labelled_rows_costs_label_head_o_n():
    cost = {}
    for n in (40, 80):
        text = _flat_notice(n)
        doc, cost[n] = lines_run({scope.label_head.__code__}, lambda: extract_text(text, name=f"labels{n}.txt"))
        assert len(doc.facts) >= 3 * n  # (every row's three figures are read)
        assert {f.subject for f in doc.facts if f.unit == "个"} == set(PLACES)  # (each row's own place)
    # twice the rows: about twice the steps (the walk over the line's labels made it four times)
    assert cost[80] < 2.5 * cost[40], cost


# ---------------------------------------------------------------------------------------------------------------
# scope._spaced_item_place: its pattern read only where its match can start


def test_a_spaced_item_is_searched_from_where_its_match_can_start_as_from_the_lines_start():
    rnd = random.Random(8)
    pieces = ("甲县", "乙区", "岚溪县", "项目集中开工", ":", "：", " ", "\u3000", "\t", "36个", "。", ",", "\n", "一二三四五六七八九十")
    for _ in range(400):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16)))
        layout = Layout(text)
        for vs in range(len(text) + 1):
            ps, _ = layout.para_of(vs)
            start = scope._spaced_item_from(text, ps, vs)
            assert ps <= start <= vs
            want = scope._SPACED_ITEM.search(text, ps, vs)
            got = scope._SPACED_ITEM.search(text, start, vs)
            assert (got and (got.span(), got.group("name"))) == (want and (want.span(), want.group("name"))), \
                (text, vs)


def test_a_line_of_n_rows_costs_the_spaced_item_reader_o_n(monkeypatch):
    cost = {}
    for n in (40, 80):
        counted = _Counted(scope._SPACED_ITEM)
        monkeypatch.setattr(scope, "_SPACED_ITEM", counted)
        extract_text(_flat_notice(n), name=f"spaced{n}.txt")
        cost[n] = counted.chars
        monkeypatch.undo()
    # twice the rows: at most twice the characters (each figure searched its line from the line's start: four times)
    assert cost[80] <= 2.5 * cost[40], cost
    text = "一季度项目集中开工 岚溪县:36个 青川县:16个\n岚溪县举行集中开工活动。青川县同日举行。\n"
    doc = extract_text(text, name="spaced.txt")
    assert [(f.value, f.subject) for f in doc.facts if f.unit == "个"][:2] == [(36.0, "岚溪县"), (16.0, "青川县")]


# ---------------------------------------------------------------------------------------------------------------
# scope._list_line: a line's verdict for the walks up a list, once per line


LIST_TEXT = ("二季度全市共组织参加集中开工项目215个,总投资288亿元。\n分区域情况看:\n◆岚溪县组织项目30个,总投资41亿元;\n"
             "◆青川县组织项目26个,总投资35亿元;\n◆白河县其中:\n城建类项目53个,总投资12亿元\n"
             "一季度各县进展如下——\n石门县开工9个\n云岭县开工7个\n\n2025年松涛县:开工5个\n")


def test_a_lines_kept_verdict_is_the_lines_reading():
    doc = extract_text(LIST_TEXT, name="list.txt")
    assert doc.facts
    layout = Layout(LIST_TEXT)
    from taizhang.extract.periods import find_periods
    periods = find_periods(LIST_TEXT, 2026)
    p_starts = [p.start for p in periods]
    seen = set()
    for qs, qe in layout.paragraphs() + [(0, len(LIST_TEXT)), (3, 40)]:
        for _ in range(2):  # (asked again: the kept verdict)
            got = scope._list_line(LIST_TEXT, layout, periods, p_starts, qs, qe)
            assert got == scope._list_line_read(LIST_TEXT, periods, p_starts, qs, qe)
        seen.add(got)
    assert seen == {"heading", "parts", "item", "stop"}
    copy = "".join(list(LIST_TEXT))  # (not the layout's text: read as it is)
    assert scope._list_line(copy, layout, periods, p_starts, 0, 30) == "stop"


def test_a_line_is_read_once_for_every_figure_whose_list_walk_passes_it(monkeypatch):
    # rows long enough that a figure's paragraph start is cut 3,000 characters back: the long line itself is then
    # the "line above" each figure reads
    text = _flat_notice(120)
    assert len(text) > 4000
    counted = _Counted(scope.BREAKDOWN_PARTS_END)
    monkeypatch.setattr(scope, "BREAKDOWN_PARTS_END", counted)
    doc = extract_text(text, name="long.txt")
    assert len(doc.facts) >= 360
    assert counted.chars <= 2 * len(text), counted.chars  # (read once per line, not once per figure)


# ---------------------------------------------------------------------------------------------------------------
# facts._plan_outturn_masked: the pattern of a plan's deed done again, compiled once per deed


def test_a_plans_deed_pattern_is_compiled_once_per_deed_and_masks_as_before(monkeypatch):
    import re

    from taizhang.extract import facts, rx
    seg = "全县计划开工项目70个,开工67项,其中提前开工2项;计划竣工12个,"
    rest = "已竣工9个,计划新建学校3所,"
    want = seg
    for m in facts._PLAN_DEED.finditer(seg):  # (the deed's pattern made as it was, for each plan)
        if re.compile(facts._DEED_DONE_AFTER + re.escape(m.group("deed"))).search(seg + rest, m.end()):
            want = want[:m.start()] + "##" + want[m.start() + 2:]
    assert want.count("##") == 2
    facts._deed_done_after.cache_clear()
    compiled = []
    real = rx.compile
    monkeypatch.setattr(rx, "compile", lambda p, flags=0: compiled.append(p) or real(p, flags))
    for _ in range(3):
        assert facts._plan_outturn_masked(seg, rest) == want
    assert len(compiled) == len(set(compiled)) == 2  # (开工 and 竣工, once each: not once per plan and value)


# ---------------------------------------------------------------------------------------------------------------
# scope._heading_time: what the period reader reads of a heading line above a figure, once per line


HEADED = ("2026年岚溪县上半年重点项目推进情况\n2026年7月6日\n一、1-6月项目推进情况\n"
          + "".join(f"全县新开工项目{12 + i}个,完成投资{3 + i}.5亿元。\n" for i in range(12))
          + "表1:上半年各乡镇项目完成情况\n二、下半年工作安排\n" + "".join(f"力争新开工项目{30 + i}个。\n" for i in range(8)))


class _CountedFull:
    def __init__(self, pattern):
        self.p, self.calls = pattern, 0

    def fullmatch(self, *a):
        self.calls += 1
        return self.p.fullmatch(*a)

    def __getattr__(self, k):
        return getattr(self.p, k)


def test_a_headings_time_kept_per_line_is_its_reading(monkeypatch):
    from taizhang.extract.periods import find_periods
    from taizhang.extract.segment import Headings
    layout = Layout(HEADED)
    periods = find_periods(HEADED, 2026)
    p_starts = [p.start for p in periods]
    heads = [(a, b) for a, b in layout.paragraphs() if "。" not in HEADED[a:b]]
    layout.outline = Headings(heads)
    seen = []
    for h in heads:
        line = HEADED[h[0]:h[1]]
        plain = [p for p in periods[bisect_left(p_starts, h[0]):bisect_left(p_starts, h[1])]
                 if p.role not in ("vague", "average", "month_end", "base", "same_period", "streak")]
        want = (scope._is_dateline(line), scope._is_caption(line), plain[0] if plain else None)
        for _ in range(2):
            assert scope._heading_time(HEADED, layout, h, periods, p_starts) == want
        seen.append(want[:2] + (want[2] is not None,))
    assert (True, False, True) in seen and (False, True, True) in seen and (False, False, True) in seen
    counted = _CountedFull(scope.DATELINE)
    monkeypatch.setattr(scope, "DATELINE", counted)
    doc = extract_text(HEADED, name="headed.txt")
    assert len(doc.facts) >= 30
    assert counted.calls <= len(heads), counted.calls  # (each heading line read once, not once per figure under it)



# ---------------------------------------------------------------------------------------------------------------
# lists._place_lists: the known places of a list counted once per list


def test_the_known_places_of_a_list_are_counted_once_for_all_its_figures(monkeypatch):
    from taizhang.extract import lists
    cost = {}
    for n in (40, 80):
        counted = _Counted(lists._HEAD_LIST_SEP)
        monkeypatch.setattr(lists, "_HEAD_LIST_SEP", counted)
        doc = extract_text(_flat_notice(n), name=f"peers{n}.txt")
        assert len(doc.facts) >= 3 * n
        cost[n] = counted.chars
        monkeypatch.undo()
    # twice the rows: about twice the characters (every figure counted the list's places from its lead: four times)
    assert cost[80] < 2.5 * cost[40], cost
    text = "各县新开工项目分别为:岚溪县12个、宜都9个、夷陵5个、青川县7个。\n"
    doc = extract_text(text, name="peers.txt")
    assert [f.subject for f in doc.facts] == ["岚溪县", "宜都", "夷陵", "青川县"]  # (short names among known places)


def test_the_kept_count_of_known_places_is_the_walks_from_every_start():
    from taizhang.extract import lists
    rnd = random.Random(3)
    names = ["岚溪县", "青川县", "白河县"]
    pieces = ("岚溪县", "青川县", "白河县", "宜都", "12个", "9.5亿元", "、", ",", ";", "和", ":", "开工项目", "(", ")")
    for _ in range(200):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 24)))
        b = rnd.randint(0, len(text))
        known: dict[int, int] = {}
        starts = list(range(b + 1))
        rnd.shuffle(starts)  # (asked in any order: what is kept answers the later walks)
        for a in starts:
            assert lists._known_peers_kept(text, a, b, names, known) == lists._known_peers(text, a, b, names), \
                (text, a, b)
