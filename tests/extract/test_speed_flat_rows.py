"""The last readers quadratic in a notice's table flattened into one line of rows (甲县:开工12个,完成投资3.4亿元;乙县:…)
read its figures once, not once per figure (invented notices, built here).  Each reading is checked against the walk
it replaces, and its cost on N and 2N rows is counted (calls or lines run: never time)."""
import random

from taizhang.extract import extract_text, facts
from taizhang.extract.figure import Cand, _bare_verb
from taizhang.extract.lang import zh

from factrun import lines_run

PLACES = ("岚溪县", "青川县", "白河县", "石门县", "云岭县", "松涛县", "临江区", "北湖区")


# ---------------------------------------------------------------------------------------------------------------
# facts._restore_elided_noun: the counts that lend a bare verb its noun, listed once


def _bare_rows(n: int) -> str:
    """A notice of n county rows in one line, each a bare verb's count (开工12个) no count before it names."""
    rows = [f"{PLACES[i % 8]}:开工{10 + i}个,完成投资{3 + i}.{i % 10}亿元" for i in range(n)]
    return "2026年全市重点项目推进情况通报\n截至6月底,各县(区)推进情况如下:" + ";".join(rows) + "。\n"


def _plain_lenders(by_vs, unit, lo, i):
    """The walk the lenders replace: every figure of by_vs[lo:i], last first, kept when a count of the unit names
    a noun."""
    return [x for x in reversed(by_vs[lo:i]) if x.measure == "count" and x.indicator and x.unit == unit
            and not (_bare_verb(x.indicator) and not x.indicator.endswith(zh.CASE_NOUNS))]


def test_the_listed_lenders_of_a_bare_verb_are_the_walks():
    rnd = random.Random(29)
    names = ("", "开工", "已开工", "重点项目", "受理信访举报", "办结", "新开工项目", "完成投资", "督办事项")
    for _ in range(300):
        by_vs = [Cand(vs=k * 5, ve=k * 5 + 2, value=1.0, unit=rnd.choice(("个", "项", "亿元")), mend=k * 5 + 3,
                      measure=rnd.choice(("count", "count", "level", "share")), indicator=rnd.choice(names))
                 for k in range(rnd.randint(0, 30))]
        named = facts._NamedCounts(by_vs)
        asks = sorted((rnd.randint(0, len(by_vs)), rnd.choice(("个", "项", "亿元"))) for _ in range(12))
        for i, unit in asks:  # (asked in order, as _indicators names its figures)
            lo = rnd.randint(0, i)
            assert list(named.lenders(unit, lo, i)) == _plain_lenders(by_vs, unit, lo, i), (i, unit, lo)


def test_a_line_of_n_bare_verb_rows_costs_the_noun_restorer_o_n():
    cost = {}
    for n in (40, 80):
        text = _bare_rows(n)
        lenders = getattr(getattr(facts, "_NamedCounts", None), "lenders", None)  # (none before: the walk)
        codes = {facts._restore_elided_noun.__code__} | ({lenders.__code__} if lenders else set())
        doc, cost[n] = lines_run(codes, lambda: extract_text(text, name=f"bare{n}.txt"))
        assert len([f for f in doc.facts if f.unit == "个"]) == n  # (every row's count is read)
    # twice the rows: about twice the steps (the walk back over every bare count of the line made it four times)
    assert cost[80] < 2.5 * cost[40], cost


def test_rows_that_name_their_noun_once_still_lend_it():
    text = ("岚溪县:重点项目42个,开工38个,完成投资12.6亿元;青川县:重点项目30个,开工27个,完成投资9.1亿元;"
            "白河县:开工9个。\n")
    doc = extract_text(text, name="lent.txt")
    assert [f.indicator for f in doc.facts if f.unit == "个"] == ["重点项目", "开工重点项目", "重点项目", "开工重点项目",
                                                                "开工重点项目"]


# ---------------------------------------------------------------------------------------------------------------
# scope.next_period / prev_period: a text's times walked once per reader (_line_timed, _now_after_cutoff,
# _cutoff_before)


def _flat_notice(n: int) -> str:
    """A notice of n county rows run in one line, each holding 年度 before 计划 (no time of the row's own)."""
    rows = [f"{PLACES[i % 8]}:开工项目{10 + i}个,完成投资{3 + i}.{i % 10}亿元,完成年度计划的{40 + i % 50}%"
            for i in range(n)]
    return "2026年全市重点项目推进情况通报\n截至6月底,各县(区)推进情况如下:" + ";".join(rows) + "。\n"


def test_the_kept_walks_over_a_texts_times_stop_where_the_plain_walks_do():
    from taizhang.extract import scope
    from taizhang.extract.periods import PeriodMention
    rnd = random.Random(6)
    for _ in range(300):
        text = "".join(rnd.choice("年月目前计划投资,。") for _ in range(60))
        periods = [PeriodMention(k, k + 2, rnd.choice(("目前", "1-6月", "年度", "今年")), "2026",
                                 rnd.choice(("status", "point", "base")), rnd.choice(("months", "this_year", "now")))
                   for k in sorted(rnd.sample(range(58), rnd.randint(0, 20)))]
        keep = (lambda t, p: p.role == "point" and p.kind == "months")
        for k in [rnd.randint(-1, len(periods)) for _ in range(15)]:  # (asked in any order)
            want = next((j for j in range(max(k, 0), len(periods)) if keep(text, periods[j])), len(periods))
            assert scope.next_period(text, periods, max(k, 0), "t_next", keep) == want, (k, periods)
            k = min(k, len(periods) - 1)
            want = next((j for j in range(k, -1, -1) if keep(text, periods[j])), -1)
            assert scope.prev_period(text, periods, k, "t_prev", keep) == want, (k, periods)


def test_a_line_of_n_rows_walks_its_times_o_n():
    names = {"_line_timed", "_cutoff_before", "_now_after_cutoff", "<genexpr>", "next_period", "prev_period",
             "_walk_periods", "_walks_of", "_times_a_line", "_says_now", "_cut_off_point"}
    cost = {}
    for n in (100, 200):  # (past 80 rows the line is longer than a paragraph's 3,000 characters read back)
        doc, cost[n] = lines_run(lambda code: code.co_name in names and code.co_filename.endswith("scope.py"),
                                 lambda: extract_text(_flat_notice(n), name=f"times{n}.txt"))
        assert len(doc.facts) >= 3 * n
        assert [f.period for f in doc.facts if f.unit == "个"][:3] == ["..2026-M06"] * 3  # (the notice's cut-off)
    # twice the rows: about twice the steps (each figure walked the line's times up to itself: 58,549 -> 290,077
    # lines, five times)
    assert cost[200] < 2.5 * cost[100], cost


# ---------------------------------------------------------------------------------------------------------------
# rx.Chain: a list's items read once for all its figures (lists' place items, figure._only_items)


def _plain_head_items(text, a, b, names, short_ok):
    """The walk over a list's items from ``a`` to ``b`` that lists._place_lists made for each figure."""
    from taizhang.extract import lists
    pos = a
    while pos < b:
        sep = lists._HEAD_LIST_SEP.search(text, pos, b)
        end = sep.start() if sep else b
        v = lists._VALUE_TOKEN.search(text, pos, end)
        if v is None or not (lists._head_place(item := lists._head_item(text, pos, v.start()), names) or
                             short_ok and lists._SHORT_PLACE.fullmatch(item)):
            return False
        if sep is None:
            return False
        pos = sep.end()
    return True


def _plain_only_items(text, a, b):
    """The walk over a list's items from ``a`` to ``b`` that figure._only_items made for each figure."""
    from taizhang.extract import figure
    pos = a
    while pos < b:
        m = figure._LISTED_ITEM.match(text, pos, b)
        if m is None:
            return False
        pos = m.end()
    return True


def test_a_chain_of_items_answers_every_bound_as_the_walk_from_the_lead():
    from taizhang.extract import figure, lists
    rnd = random.Random(11)
    names = ["岚溪县", "青川县", "白河县"]
    pieces = ("岚溪县", "青川县", "白河县", "宜都", "东坡镇", "12个", "9.5亿元", "3项", "、", "、", ",", ";", "和", " ",
              "\u3000", "(", ")", "新开工项目", "分别为:", "。")
    for _ in range(250):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        heads = {ok: lists._place_items_chain(text, names, ok) for ok in (False, True)}
        listed = figure.listed_items(text)
        starts = [rnd.randint(0, len(text)) for _ in range(3)]
        bounds = [rnd.randint(0, len(text)) for _ in range(25)]
        for b in sorted(bounds[:15]) + bounds[15:]:  # (rising, as a list's figures ask, then in any order)
            for a in starts:
                for ok in (False, True):
                    assert heads[ok].whole(a, b) == _plain_head_items(text, a, b, names, ok), (text, a, b, ok)
                assert listed.whole(a, b) == _plain_only_items(text, a, b), (text, a, b)


def _listed_places(n: int) -> str:
    """A notice listing n counties' counts after one lead (甲县12个、乙县9个、…)."""
    items = [f"{PLACES[i % 8]}{10 + i}个" for i in range(n)]
    return "2026年全市重点项目推进情况通报\n截至6月底,各县新开工项目分别为:" + "、".join(items) + "。\n"


class _CountedMatch:
    """A compiled pattern that counts its ``match`` calls."""

    def __init__(self, pattern):
        self.p, self.calls = pattern, 0

    def match(self, *a):
        self.calls += 1
        return self.p.match(*a)

    def __getattr__(self, k):
        return getattr(self.p, k)


def test_a_list_of_n_places_reads_its_items_o_n(monkeypatch):
    from taizhang.extract import figure, lists
    cost, listed = {}, {}
    for n in (40, 80):
        calls = [0]
        head_item = lists._head_item

        def counted(*a):
            calls[0] += 1
            return head_item(*a)

        monkeypatch.setattr(lists, "_head_item", counted)
        items = _CountedMatch(figure._LISTED_ITEM)
        monkeypatch.setattr(figure, "_LISTED_ITEM", items)
        doc = extract_text(_listed_places(n), name=f"places{n}.txt")
        monkeypatch.undo()
        cost[n], listed[n] = calls[0], items.calls
        assert [f.subject for f in doc.facts][:3] == list(PLACES[:3])
        assert {f.indicator for f in doc.facts} == {"新开工项目"}
    # twice the items: about twice the items read (every figure read the list from its lead: four times, 860 ->
    # 3,320 places' items and 780 -> 3,160 listed items before; 157 -> 317 and 77 -> 157 now)
    assert cost[80] < 2.5 * cost[40], cost
    assert listed[80] < 2.5 * listed[40], listed


# ---------------------------------------------------------------------------------------------------------------
# facts._FrameCues: an outturn frame with no 。 or ； read clause by clause (rx.split_reaches)


def test_how_far_a_look_ahead_reads_past_a_comma_is_worked_out_from_the_pattern():
    import re

    from taizhang.extract import rx
    assert rx.split_reaches(re.compile(r"(?<!完成年度)目标任务"), ",") == (4, 0)  # (no look-ahead: the look-behind's)
    assert rx.split_reaches(re.compile(r"将(?![^。;；]{0,40}?如下)"), ",") == (0, 42)  # (past the comma: the rest)
    assert rx.split_reaches(re.compile(r"至\d{1,2}月底(?=\s*[,，])"), ",") == (0, 1)  # (the comma itself, no further)
    assert rx.split_reaches(re.compile(r"将(?=[^,]{0,9}如下)"), ",") == (0, 0)  # (stops at the comma)
    assert rx.split_reaches(re.compile(r"将(?=[^。]{0,9}(?=如下))"), ",") == (0, 11)  # (a nested look-ahead's too)
    for reads in (r"将.{0,4}如下", r"将(?=.*如下)", r"将(?=[^。]*如下)", r"(?:力争|)", r"^力争"):
        assert rx.split_reaches(re.compile(reads), ",") is None, reads  # (a match reads it, or a look-ahead unbounded)


FRAME_PIECES = ("计划", "力争", "已", "完成", "，", ",", ",", ",", "将", "如下", "至6月底", "从目前的", "与上年持平",
                "目标任务", "年度计划", "占", "累计", "要", "项目", "开工", "新开工项目", "投资", "完成年度", "12个",
                "3亿元", "今年", "确保", "截至", "达到年度目标的", "80%", "。", "甲县", "情况", " ", "的")


def test_a_frame_read_clause_by_clause_answers_as_the_stretch_read_whole():
    from taizhang.extract import figure
    assert {",", "，"} <= set(facts.CUE_CUTS) and figure.CUE_CUT_AHEAD >= 42  # (将(?!…{0,40}?…如下) reads past)
    rnd = random.Random(23)
    for _ in range(150):
        text = "".join(rnd.choice(FRAME_PIECES) for _ in range(rnd.randint(0, 70)))
        start = rnd.choice([0, rnd.randint(0, len(text))])
        frame = facts._FrameCues(text, start)
        ends = list(range(start, len(text) + 1))
        if rnd.random() < 0.5:
            rnd.shuffle(ends)  # (asked in any order: the pieces are read as far as an end needs, once)
        for end in ends:
            seg = text[start:end]
            want = "计划" in seg, facts._cue_kind(seg.replace("计划", "##"), last=True, weak=False)
            assert frame.up_to(end) == want, (text, start, end)


def _outturn_rows(n: int) -> str:
    """An outturn frame over n places' planned counts and amounts run in one sentence (no 。 or ； in it)."""
    rows = [f"{PLACES[i % 8]}计划新开工项目{10 + i % 7}个、计划投资{20 + i % 9}亿元" for i in range(n)]
    return "2026年全市重点项目计划\n从去年完成情况看," + ",".join(rows) + "。\n"


class _CountedFinditer:
    """A compiled pattern that counts the characters of the texts its ``finditer`` is asked to scan."""

    def __init__(self, pattern):
        self.p, self.chars = pattern, 0

    def finditer(self, s, *a):
        self.chars += len(s) - (a[0] if a else 0)
        return self.p.finditer(s, *a)

    def __getattr__(self, k):
        return getattr(self.p, k)


def test_an_outturn_frame_without_stops_reads_its_cues_o_n(monkeypatch):
    from taizhang.extract import figure
    cost = {}
    for n in (40, 80):
        strong = _CountedFinditer(figure._CUE_STRONG)
        monkeypatch.setattr(figure, "_CUE_STRONG", strong)
        facts._CUE_KIND_MEMO.clear()
        doc = extract_text(_outturn_rows(n), name=f"outturn{n}.txt")
        monkeypatch.undo()
        assert len(doc.facts) >= 2 * n
        cost[n] = strong.chars
    # twice the rows: about twice the characters the strong cues are looked for in (the stretch from the frame's
    # opener to each target, read whole for each: 39,640 -> 152,368 before; 11,783 -> 23,511 now)
    assert cost[80] < 2.5 * cost[40], cost
