"""Two readers that looked from a value's paragraph start up to the value, for every value, read the paragraph once
for all its values (invented texts): the outturn opener of a paragraph and the turn after it (``facts._outturn_start``
over ``rx.Scan``), and the places heading the paragraph's sentences (``scope._head_in_paragraph``).  Each answers what
the walk per value gave, at every position, asked in any order; and a paragraph of N figures costs them O(N)."""
import random
import re

import pytest

from taizhang.extract import extract_text, facts, rx, scope
from taizhang.extract.facts import RegionMention
from taizhang.extract.figure import Cand
from taizhang.extract.segment import Layout

# ---------------------------------------------------------------------------------------------------------------
# rx.Scan: the windows [pos, end) of one scan


BLIND = [r"甲乙丙|甲", r"[甲乙]+丙?", r"乙[^,。]{0,4}?丙", r"(?<!丁)甲乙", r"从[^,。]{0,6}?(?:完成|执行)(?:情况)?看",
         r"[。;]\s*(?:今年|明年|20\d\d年)", r"(?:甲|乙乙)+"]


def _spans(ms):
    return [m.span() for m in ms]


@pytest.mark.parametrize("pattern", BLIND + [None])
def test_a_scan_finds_in_each_window_what_a_search_of_that_window_finds(pattern):
    pat = rx.compile(pattern) if pattern else facts._OUTTURN_OPENER
    assert rx.window_blind(pat)
    rnd = random.Random(7)
    alphabet = "甲乙丙丁从完成执行情况看今年明年2019年 ,。;"
    for _ in range(150):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60)))
        pos = rnd.randint(0, len(text))
        scan = rx.Scan(pat, text, pos, len(text))
        ends = list(range(pos, len(text) + 1))
        rnd.shuffle(ends)  # (asked in any order: the scan is read lazily, as far as an end needs)
        for end in ends:
            assert _spans(scan.finditer_to(end)) == _spans(pat.finditer(text, pos, end)), (text, pos, end)
            want = pat.search(text, pos, end)
            got = scan.search_to(end)
            assert (got and got.span()) == (want and want.span())

            def odd(m):
                return m.start() % 2 == 1
            want = next((m for m in pat.finditer(text, pos, end) if odd(m)), None)
            got = scan.first_to(end, odd)
            assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize("pattern", [r"甲$", r"甲\b", r"甲(?=乙)", r"甲(?!乙)", r"甲*", r"(?:甲|)", r"^甲|乙\Z"])
def test_a_pattern_that_reads_past_its_match_or_matches_nothing_is_not_scanned_once(pattern):
    pat = re.compile(pattern)
    assert not rx.window_blind(pat)
    with pytest.raises(ValueError):
        rx.Scan(pat, "甲乙", 0, 2)


def test_the_first_character_gate_is_no_look_ahead_past_the_match():
    pat = re.compile(rx.gated(r"(?:甲乙|丙)丁"))
    assert pat.pattern.startswith("(?=[")  # (the gate compile puts in front of a pattern not opening with a literal)
    assert rx.window_blind(pat)
    assert not rx.window_blind(re.compile(r"(?=[甲丙]丁)(?:甲乙|丙)丁"))  # (a look-ahead of more than that character)


# ---------------------------------------------------------------------------------------------------------------
# facts._outturn_start


def _plain_outturn_start(text, layout, c):
    """The outturn opener looked for from the paragraph's start up to the value, as each value did before."""
    ps, _ = layout.para_of(c.vs)
    for m in facts._OUTTURN_OPENER.finditer(text, ps, c.vs):
        if not text[ps:m.start()].strip() or text[m.start() - 1] in "。;；\n":
            if facts._OUTTURN_TURN.search(text, m.end(), c.vs):
                return -1
            return m.start()
    return -1


OUTTURN = ("岚溪县2026年重点项目计划\n"
           "从去年完成情况看,全县安排项目200个,计划投资50亿元,完成投资56亿元。项目推进完成情况较好,开工率92%;"
           "今年计划安排项目220个,计划投资60亿元。从执行看,下一步加快进度。\n"
           "全县完成投资30亿元,从一季度完成情况看,进度偏慢。2025年执行情况:计划投资40亿元,完成38亿元;"
           "明年计划投资45亿元。\n"
           "项目投资完成情况:甲项目完成投资2亿元 乙项目执行情况:完成1亿元 丙项目完成情况:完成3亿元。\n")


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_outturn_opener_of_a_paragraph_is_what_the_walk_to_each_value_found(seed):
    layout = Layout(OUTTURN)
    positions = list(range(len(OUTTURN)))
    random.Random(seed).shuffle(positions)
    got = set()
    for vs in positions:
        c = Cand(vs, vs + 1, 1.0, "个", vs + 1)
        want = _plain_outturn_start(OUTTURN, layout, c)
        assert facts._outturn_start(OUTTURN, layout, c, None) == want, vs
        got.add(want)
    assert -1 in got and len(got) >= 4  # (openers found, and turned away by a later time)


# ---------------------------------------------------------------------------------------------------------------
# scope._head_in_paragraph


def _plain_head_in_paragraph(text, layout, vs, ps, mentions, m_starts):
    """The walk back from the value over every chain of places of its paragraph, as each value did before."""
    import bisect
    j = bisect.bisect_left(m_starts, vs) - 1
    while j >= 0 and mentions[j].start >= ps:
        r = mentions[j]
        first = j
        while first > 0 and mentions[first - 1].end == mentions[first].start:
            first -= 1
        s0 = layout.sent_of(mentions[first].start)[0]
        if r.end <= vs and scope._HEAD_OPEN.fullmatch(text, max(s0, ps), mentions[first].start) \
                and scope._HEAD_CLOSE.match(text, r.end) and not scope.ZONE_RE.search(r.name):
            return mentions[first].start, r
        j = first - 1
    return None


NOTICE = ("青川市项目推进通报\n"
          "东坡区。重点项目28个,开工23个,东坡区经济开发区开工5个;彭山区新开工3个。【洪雅县】今年以来,开工12个。"
          "彭山区方面,完成投资8亿元。通辽市科尔沁区。开工9个。仁寿县和丹棱县共开工7个。东坡区经济开发区:开工4个。\n"
          "丹棱县:开工6个,青神县开工2个。\n")
PLACES = ("东坡区经济开发区", "通辽市", "科尔沁区", "东坡区", "彭山区", "洪雅县", "仁寿县", "丹棱县", "青神县")


def _mentions(text):
    taken, out = set(), []
    for name in PLACES:
        for m in re.finditer(name, text):
            if not taken & set(range(m.start(), m.end())):
                taken |= set(range(m.start(), m.end()))
                out.append(RegionMention(m.start(), m.end(), name, name[:-1]))
    out.sort(key=lambda r: r.start)
    return out, [r.start for r in out]


@pytest.mark.parametrize("seed", [0, 1])
def test_the_place_heading_a_sentence_of_the_paragraph_is_what_the_walk_back_from_each_value_found(seed):
    mentions, m_starts = _mentions(NOTICE)
    layout = Layout(NOTICE)
    positions = list(range(len(NOTICE)))
    random.Random(seed).shuffle(positions)
    got = set()
    for vs in positions:
        ps, _ = layout.para_of(vs)
        want = _plain_head_in_paragraph(NOTICE, layout, vs, ps, mentions, m_starts)
        assert scope._head_in_paragraph(NOTICE, layout, vs, ps, mentions, m_starts) == want, vs
        got.add(want and want[1].name)
    assert got == {None, "东坡区", "洪雅县", "彭山区", "科尔沁区", "丹棱县"}
    other = NOTICE.replace("东坡区。", "东坡区,")  # (another text than the layout's: read as it is)
    vs = other.index("28")
    assert scope._head_in_paragraph(other, layout, vs, layout.para_of(vs)[0], mentions, m_starts) is None


# ---------------------------------------------------------------------------------------------------------------
# a paragraph of N figures


class _Counted:
    """A compiled pattern that counts its calls and the characters of the windows it is asked to search."""

    def __init__(self, pattern):
        self.p, self.calls, self.chars = pattern, 0, 0

    def _count(self, a):
        self.calls += 1
        self.chars += max(0, (a[2] if len(a) > 2 else len(a[0])) - (a[1] if len(a) > 1 else 0))

    def finditer(self, *a):
        self._count(a)
        return self.p.finditer(*a)

    def search(self, *a):
        self._count(a)
        return self.p.search(*a)

    def match(self, *a):
        self._count(a)
        return self.p.match(*a)

    def fullmatch(self, *a):
        self._count(a)
        return self.p.fullmatch(*a)

    def __getattr__(self, k):
        return getattr(self.p, k)

    def __hash__(self):
        return hash(self.p)


def _flat_notice(n: int) -> str:
    """A notice of n places run in one line (as a flattened table), each with a planned count and amount."""
    places = ("东坡区", "彭山区", "仁寿县", "洪雅县", "丹棱县", "青神县")
    rows = [f"{places[i % 6]}计划新开工项目{10 + i % 7}个,计划投资{20 + i % 9}亿元" for i in range(n)]
    return "2026年眉山市重点项目计划\n从去年完成情况看,全市完成投资100亿元。" + "。".join(rows) + "。\n"


def test_a_paragraph_of_n_figures_costs_the_paragraph_readers_o_n(monkeypatch):
    cost = {}
    for n in (40, 80):
        opener = _Counted(facts._OUTTURN_OPENER)
        head = _Counted(scope._HEAD_OPEN)
        monkeypatch.setattr(facts, "_OUTTURN_OPENER", opener)
        monkeypatch.setattr(scope, "_HEAD_OPEN", head)
        doc = extract_text(_flat_notice(n), name=f"flat{n}.txt")
        assert len(doc.facts) >= 2 * n  # (every row's two figures are read)
        cost[n] = (opener.chars, head.calls)
        monkeypatch.undo()
    # twice the rows: about twice the characters scanned and the heads tried (a walk per figure made it four times)
    assert cost[80][0] < 2.5 * cost[40][0], cost
    assert cost[80][1] < 2.5 * cost[40][1], cost


# ---------------------------------------------------------------------------------------------------------------
# facts._FrameCues: the cues of an outturn frame up to each of its targets, read piece by piece


def _plain_frame_cues(text, start, end):
    """The stretch from the frame's opener to the value read whole, as each target did before."""
    seg = text[start:end]
    return "计划" in seg, facts._cue_kind(seg.replace("计划", "##"), last=True, weak=False)


FRAGMENTS = ("计划", "力争", "已", "完成", "。", "；", ";", "将", "从目前的", "与上年持平", "目标任务", "年度计划",
             "占", "累计", "要", "项目", "开工", "新开工项目", "投资", "完成年度", "比上年", "12个", "3亿元", ",",
             "\n", "今年", "2025年", "确保", "截至", "计划开工项目", "与计划目标一致", "达到年度目标的", "80%")


def test_the_cues_of_a_frame_read_piece_by_piece_are_those_of_the_stretch_read_whole():
    assert facts.CUE_CUTS and facts.CUE_CUT_REACH >= 4  # (。 and ； cut: no cue and no mask reads them)
    rnd = random.Random(11)
    for _ in range(120):
        text = "".join(rnd.choice(FRAGMENTS) for _ in range(rnd.randint(0, 40)))
        start = rnd.choice([0, rnd.randint(0, len(text))])
        frame = facts._FrameCues(text, start)
        ends = list(range(start, len(text) + 1))
        rnd.shuffle(ends)  # (asked in any order: the pieces are read as far as an end needs, once)
        for end in ends:
            assert frame.up_to(end) == _plain_frame_cues(text, start, end), (text, start, end)


def test_a_frame_whose_marks_a_cue_reads_is_read_whole(monkeypatch):
    monkeypatch.setattr(facts, "_CUE_CUT", None)  # (what a word list reading 。 and ； would leave)
    text = "从去年完成情况看,计划投资50亿元。力争完成60亿元；计划开工12个。"
    frame = facts._FrameCues(text, 0)
    for end in range(len(text) + 1):
        assert frame.up_to(end) == _plain_frame_cues(text, 0, end)


def test_a_piece_reaches_back_as_far_as_a_cues_look_behind():
    assert rx.split_reach(re.compile(r"(?<!完成年度)目标任务"), "。") == 4
    assert rx.split_reach(re.compile(r"成功[^,;。，；]{0,4}?申报"), "。") == 0
    assert rx.split_reach(re.compile(r"将(?![^。;；]{0,40}?如下)"), "。") == 0
    for reads in (r"将.{0,4}如下", r"成功[^,;]{0,4}申报", r"计划(?=[^,]{0,4}投资)", r"^力争", r"(?:力争|)", r"(a)\1"):
        assert rx.split_reach(re.compile(reads), "。") is None, reads  # (a match or a look-ahead may read 。)


def test_an_outturn_frame_of_n_targets_reads_its_cues_o_n(monkeypatch):
    from taizhang.extract import figure
    cost = {}
    for n in (40, 80):
        strong = _Counted(figure._CUE_STRONG)
        monkeypatch.setattr(figure, "_CUE_STRONG", strong)
        facts._CUE_KIND_MEMO.clear()
        doc = extract_text(_flat_notice(n), name=f"frame{n}.txt")
        assert len(doc.facts) >= 2 * n
        cost[n] = strong.chars
        monkeypatch.undo()
    # twice the rows: about twice the characters the strong cues are looked for in (the stretch from the frame's
    # opener to each target made it four times)
    assert cost[80] < 2.5 * cost[40], cost
