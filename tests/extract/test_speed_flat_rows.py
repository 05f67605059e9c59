"""The last readers quadratic in a notice's table flattened into one line of rows (甲县:开工12个,完成投资3.4亿元;乙县:…)
read its figures once, not once per figure (invented notices, built here).  Each reading is checked against the walk
it replaces, and its cost on N and 2N rows is counted (calls or lines run: never time)."""
import random
import sys

from taizhang.extract import extract_text, facts
from taizhang.extract.figure import Cand, _bare_verb
from taizhang.extract.lang import zh

PLACES = ("岚溪县", "青川县", "白河县", "石门县", "云岭县", "松涛县", "临江区", "北湖区")


def _lines_run(codes, thunk):
    """(thunk's result, how many lines of the functions whose code is in ``codes`` ran): the Python steps a reader
    takes, counted without a clock."""
    count = [0]

    def local(frame, event, arg):
        if event == "line":
            count[0] += 1
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code in codes else None

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        got = thunk()
    finally:
        sys.settrace(old)
    return got, count[0]


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
        codes = {facts._restore_elided_noun.__code__, facts._NamedCounts.lenders.__code__}
        doc, cost[n] = _lines_run(codes, lambda: extract_text(text, name=f"bare{n}.txt"))
        assert len([f for f in doc.facts if f.unit == "个"]) == n  # (every row's count is read)
    # twice the rows: about twice the steps (the walk back over every bare count of the line made it four times)
    assert cost[80] < 2.5 * cost[40], cost


def test_rows_that_name_their_noun_once_still_lend_it():
    text = ("岚溪县:重点项目42个,开工38个,完成投资12.6亿元;青川县:重点项目30个,开工27个,完成投资9.1亿元;"
            "白河县:开工9个。\n")
    doc = extract_text(text, name="lent.txt")
    assert [f.indicator for f in doc.facts if f.unit == "个"] == ["重点项目", "开工重点项目", "重点项目", "开工重点项目",
                                                                "开工重点项目"]
