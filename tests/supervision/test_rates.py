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
    # U1: 100 × (0.4/3 + 0.3/2 + 0.2×5/8 + 0.1/2) = 45.83
    assert table["U1"].score == pytest.approx(45.83)
    # U2: all three defined rates are 1, no findings → weights 0.9 renormalised → 100
    assert table["U2"].score == 100.0
    assert table["U2"].rectification.value is None
    # U3: 0, 0, 0/3, 1/1 → 100 × 0.1 = 10
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
