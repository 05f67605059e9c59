"""rates.py and warning.py against numbers computed by hand (see the comments)."""
from datetime import date as d

import pytest

from taizhang.supervision import rates
from taizhang.supervision.rates import FindingFacts, ItemFacts
from taizhang.supervision.warning import expected_progress, warning_colour

AS_OF = d(2025, 3, 31)
ITEMS = [
    # unit 1
    ItemFacts(1, "U1", d(2025, 1, 10), d(2025, 3, 31), d(2025, 3, 20), "monthly",
              (d(2025, 1, 25), d(2025, 2, 27), d(2025, 3, 15))),
    ItemFacts(2, "U1", d(2025, 1, 10), d(2025, 2, 28), None, "monthly", (d(2025, 1, 30),)),
    ItemFacts(3, "U1", d(2025, 1, 10), d(2025, 12, 31), d(2025, 4, 5), "monthly", (d(2025, 2, 10), d(2025, 3, 31))),
    # unit 2
    ItemFacts(4, "U2", d(2025, 2, 1), d(2025, 3, 15), d(2025, 3, 10), "monthly", (d(2025, 2, 20),)),
    # unit 3
    ItemFacts(5, "U3", d(2025, 1, 1), d(2025, 2, 1), None, "monthly", ()),
    # not yet assigned: ignored everywhere
    ItemFacts(6, "U3", None, d(2025, 2, 1), None, "monthly", ()),
]
FINDINGS = [FindingFacts("U1", d(2025, 2, 1), d(2025, 3, 1)), FindingFacts("U1", d(2025, 3, 10), None),
            FindingFacts("U1", d(2025, 4, 2), None), FindingFacts("U3", d(2025, 1, 15), d(2025, 1, 20))]


def test_unit_one_by_hand():
    u1 = [i for i in ITEMS if i.unit_id == "U1"]
    assert rates.completion_rate(u1, AS_OF) == rates.Ratio(1, 3)       # only item 1 closed by 31 March
    assert rates.on_time_rate(u1, AS_OF) == rates.Ratio(1, 2)          # due: 1 (closed) and 2 (past deadline)
    # item 1: Jan ✓ Feb ✓ (closed 20 Mar, so no March due date); item 2: Jan ✓ Feb ✗ Mar ✗; item 3: Jan ✗ Feb ✓ Mar ✓
    assert rates.report_timeliness(u1, AS_OF) == rates.Ratio(5, 8)
    assert rates.rectification_rate([f for f in FINDINGS if f.unit_id == "U1"], AS_OF) == rates.Ratio(1, 2)


def test_scores_ranking_top_tier_and_movement():
    table = rates.unit_rates(ITEMS, FINDINGS, AS_OF)
    # U1 on schedule: item 1 closed, item 3 not yet due and no milestone; item 2 overdue → 2/3
    assert table["U1"].schedule == rates.Ratio(2, 3)
    # U1: 100 × (0.4×2/3 + 0.3/2 + 0.2×5/8 + 0.1/2) = 59.17
    assert table["U1"].score == pytest.approx(59.17)
    # U2: all three defined rates are 1, no findings → weights 0.9 renormalised → 100
    assert table["U2"].score == 100.0
    assert table["U2"].rectification.value is None
    # U3: schedule 0/1 (overdue), on time 0/1, timeliness 0/3, rectification 1/1 → 100 × 0.1 = 10
    assert table["U3"].timeliness == rates.Ratio(0, 3)
    assert table["U3"].score == 10.0
    rows = rates.ranking(table, previous={"U1": 1, "U2": 2, "U3": 3})
    assert [(r.rank, r.unit_id, r.top_tier, r.movement) for r in rows] == [
        (1, "U2", True, 1), (2, "U1", False, -1), (3, "U3", False, 0)]


def test_ties_share_a_rank_and_the_top_tier():
    r = rates.UnitRates
    full, half = rates.Ratio(1, 1), rates.Ratio(1, 2)
    table = {k: r(k, v, v, v, v) for k, v in (("A", full), ("B", full), ("C", half), ("D", half), ("E", half))}
    rows = rates.ranking(table)
    assert [(x.unit_id, x.rank) for x in rows] == [("A", 1), ("B", 1), ("C", 3), ("D", 3), ("E", 3)]
    assert [x.top_tier for x in rows] == [True, True, False, False, False]   # ceil(5/3) = 2 places


def test_region_grouping_adds_units_together():
    region = {"U1": "R", "U2": "R", "U3": "S"}.get
    table = rates.unit_rates(ITEMS, FINDINGS, AS_OF, group=region)
    assert table["R"].completion == rates.Ratio(2, 4)
    assert table["S"].completion == rates.Ratio(0, 1)


def test_due_dates():
    assert rates.due_dates("weekly", d(2025, 3, 3), d(2025, 3, 21)) == [d(2025, 3, 7), d(2025, 3, 14), d(2025, 3, 21)]
    assert rates.due_dates("quarterly", d(2025, 1, 10), d(2025, 12, 31)) == [
        d(2025, 3, 31), d(2025, 6, 30), d(2025, 9, 30), d(2025, 12, 31)]
    assert rates.due_dates("half_monthly", d(2025, 1, 10), d(2025, 2, 20)) == [
        d(2025, 1, 15), d(2025, 1, 31), d(2025, 2, 15)]
    assert rates.due_dates("monthly", d(2025, 3, 31), d(2025, 3, 31)) == []


def test_rollup_is_weighted():
    assert rates.rollup([(1, 100), (3, 20)]) == 40.0       # (100 + 60) / 4
    assert rates.rollup([]) == 0.0
    assert rates.rollup([(0, 50), (2, 10)]) == 10.0


def test_dispatch_and_project_review_lists():
    assert rates.dispatch_list([("a", ""), ("b", "yellow"), ("c", "red"), ("e", "blue")]) == [("c", "red"), ("b", "yellow")]
    p = ItemFacts(9, "U1", d(2025, 1, 1), None, None, kind="project")
    done = ItemFacts(10, "U1", d(2025, 1, 1), None, d(2025, 3, 1), kind="project")
    assert rates.project_review_list([p, done, ITEMS[0]], 2025, 2) == [p]
    assert rates.project_review_list([p, done], 2025, 1) == [p, done]


MS = [(d(2025, 3, 31), 30.0), (d(2025, 5, 31), 60.0)]


@pytest.mark.parametrize("today,progress,closed,colour", [
    (d(2025, 4, 15), 30, False, ""),          # on schedule
    (d(2025, 4, 15), 20, False, "yellow"),    # behind the 31 March milestone
    (d(2025, 3, 30), 0, False, ""),           # no milestone due yet
    (d(2025, 6, 25), 70, False, "blue"),      # 5 days to the deadline
    (d(2025, 6, 25), 50, False, "yellow"),    # behind beats due soon
    (d(2025, 7, 1), 90, False, "red"),        # overdue
    (d(2025, 7, 1), 90, True, ""),            # closed items never warn
    (d(2025, 7, 1), 100, False, ""),
])
def test_warning_colour(today, progress, closed, colour):
    assert warning_colour(d(2025, 6, 30), MS, progress, today, closed) == colour


def test_expected_progress():
    assert expected_progress(MS, d(2025, 6, 1)) == 60.0
    assert expected_progress([], d(2025, 6, 1)) == 0.0


def test_units_with_nothing_to_measure_are_not_ranked():
    table = rates.unit_rates([ItemFacts(1, "U9", None, None)], [], AS_OF)   # never assigned
    assert rates.ranking(table) == []


def test_backward_milestones_rise_evenly_to_the_deadline():
    from taizhang.supervision.warning import backward_milestones
    ms = backward_milestones(d(2025, 1, 1), d(2025, 4, 15), "monthly")
    # 104 days: 31 Jan = 30/104 → 29 %, 28 Feb = 58/104 → 56 %, 31 Mar = 89/104 → 86 %, deadline 100 %
    assert ms == [(d(2025, 1, 31), 29.0, ""), (d(2025, 2, 28), 56.0, ""), (d(2025, 3, 31), 86.0, ""),
                  (d(2025, 4, 15), 100.0, "完成")]
    assert backward_milestones(d(2025, 5, 1), d(2025, 4, 1)) == [(d(2025, 4, 1), 100.0, "完成")]


# ---- fairness ----------------------------------------------------------------------------------------------

def test_the_seeds_example_745_set_689_on_schedule():
    """745 items assigned, 689 on schedule → 92.5 %; the page shows the same worked example."""
    ok = [ItemFacts(i, "U", d(2025, 1, 1), d(2025, 12, 31)) for i in range(689)]
    late = [ItemFacts(1000 + i, "U", d(2025, 1, 1), d(2025, 2, 1)) for i in range(56)]
    r = rates.schedule_rate(ok + late, AS_OF)
    assert r == rates.Ratio(689, 745) and str(r) == "689/745 = 92.5%"
    assert "689 ÷ 745 = 92.5%" in rates.EXAMPLE


def test_a_unit_with_nothing_wrong_outranks_one_with_a_red_item():
    """The issue's case: unit R has the only red (overdue) item and the only finding, rectified (整改率 100 %);
    unit G has items on schedule, nothing due and no findings.  G must rank first."""
    items = [ItemFacts(1, "R", d(2025, 3, 1), d(2025, 3, 20), frequency="quarterly"),   # red: overdue, open
             ItemFacts(2, "G", d(2025, 3, 1), d(2025, 12, 31), frequency="quarterly"),
             ItemFacts(3, "G", d(2025, 3, 1), d(2025, 11, 30), frequency="quarterly")]
    findings = [FindingFacts("R", d(2025, 3, 5), d(2025, 3, 25))]
    table = rates.unit_rates(items, findings, d(2025, 3, 30))   # no quarterly report due yet
    assert table["G"].score == 100.0 and table["R"].score < 100.0
    assert [r.unit_id for r in rates.ranking(table)] == ["G", "R"]
    # the 0.3 on-time and 0.1 rectification weights have no denominator for G: left out, not scored as 0
    assert table["G"].on_time.value is None and "不计" in rates.worked_score(table["G"])


def test_progress_behind_milestones_is_off_schedule():
    ms = ((d(2025, 2, 28), 40.0),)
    behind = ItemFacts(1, "U", d(2025, 1, 1), d(2025, 12, 31), milestones=ms, progress_log=((d(2025, 1, 20), 30.0),))
    caught_up = ItemFacts(2, "U", d(2025, 1, 1), d(2025, 12, 31), milestones=ms,
                          progress_log=((d(2025, 1, 20), 30.0), (d(2025, 3, 10), 45.0)))
    assert not rates.on_schedule(behind, AS_OF)
    assert rates.on_schedule(caught_up, AS_OF) and not rates.on_schedule(caught_up, d(2025, 3, 5))


from hypothesis import given, settings, strategies as st  # noqa: E402

_day = st.integers(min_value=0, max_value=87).map(lambda n: d(2025, 1, 1) + __import__("datetime").timedelta(n))


@st.composite
def _unit_items(draw, unit, red: bool):
    n = draw(st.integers(min_value=1, max_value=5))
    out = []
    for k in range(n):
        assigned = draw(_day)
        if red and k == 0:
            out.append(ItemFacts(k, unit, assigned, assigned))  # due the day it was assigned, never closed: red
            continue
        kind = draw(st.sampled_from(["open", "closed"] if not red else ["open", "closed", "late"]))
        if kind == "open":
            out.append(ItemFacts(k, unit, assigned, d(2025, 12, 31)))
        elif kind == "closed":
            out.append(ItemFacts(k, unit, assigned, d(2025, 12, 31), closed_on=assigned))
        else:
            out.append(ItemFacts(k, unit, assigned, assigned + __import__("datetime").timedelta(1)))
    return out


@settings(max_examples=200, deadline=None)
@given(good=_unit_items("G", False), bad=_unit_items("R", True),
       bad_findings=st.lists(st.booleans(), max_size=3))
def test_fairness_holds_for_any_units(good, bad, bad_findings):
    """Whatever else the red unit did (rectified every finding, closed other items on time), a unit with nothing
    wrong — no report was due yet (quarterly reporting, first due 31 March), nothing late, no findings — ranks
    above it."""
    as_of = d(2025, 3, 30)
    good = [ItemFacts(i.item_id, i.unit_id, i.assigned_on, i.deadline, i.closed_on, "quarterly") for i in good]
    bad = [ItemFacts(i.item_id, i.unit_id, i.assigned_on, i.deadline, i.closed_on, "quarterly") for i in bad]
    findings = [FindingFacts("R", d(2025, 1, 2), d(2025, 1, 3) if closed else None) for closed in bad_findings]
    table = rates.unit_rates(good + bad, findings, as_of)
    rows = rates.ranking(table)
    rank = {r.unit_id: r.rank for r in rows}
    assert rank["G"] < rank["R"]
