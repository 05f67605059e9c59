"""Set-based relinking (SQL joins over the touched keys) against the rules written out pair by pair in Python:
the same links, gaps and flags on a random ledger, with reviewers' decisions and rejected facts in it."""
from __future__ import annotations

import random
from collections import defaultdict

import pytest

from taizhang.ledger import canon, linking
from taizhang.ledger.models import (Document, Fact, FactLink, Indicator, LinkOrigin, LinkState, Region,
                                    ReviewState)

pytestmark = pytest.mark.django_db

PERIODS = ["2023", "2024", "2023-H1", "2024-Q3", "..2025", "..2027", "2021..2025", "2024..2024", "each-year", "",
           "..?", "2025-M06", "..2025-M06"]
UNITS = ["%", "亿元", "万元", "元", "个", "", "万人"]
DATES = ["2023-01-10", "2023-07-15", "2024-01-15", "2024-01-15", "2025-02-01", "", "2022"]


def _order(f: Fact) -> tuple:
    return linking.doc_key(f.document)


def _related_actual(t: Fact, a: Fact) -> bool:
    if a.document_id == t.document_id and a.vstart == t.vstart:
        return False
    tp, ap = canon.parse_period(t.period), canon.parse_period(a.period)
    year = ap.hi
    if year is None:
        return False
    if tp.recurring:
        return _order(a) >= _order(t)
    ty = t.document.year
    if tp.hi is None:
        return ty is not None and year == ty
    if ty is not None and year < ty:
        return False
    return tp.covers(year) and canon.convert(1, a.unit, t.unit) is not None


def _restates(old: Fact, new: Fact) -> bool:
    if new.document_id == old.document_id or _order(new) <= _order(old):
        return False
    po, pn = canon.parse_period(old.period), canon.parse_period(new.period)
    if po.recurring or pn.recurring:
        return po.recurring and pn.recurring
    if po.hi is None or pn.hi is None:
        return False
    if not po.is_deadline and not pn.is_deadline:
        return po.hi == pn.hi and po.sub == pn.sub
    return po.is_deadline and pn.is_deadline and abs(po.hi - pn.hi) <= 3


def expected(decided: dict[tuple[int, int], str]) -> tuple[dict, dict]:
    """The machine links {(target, other): (relation, gap)} and flags {target: [...]}, pair by pair."""
    groups = defaultdict(list)
    for f in Fact.objects.exclude(review_state=ReviewState.REJECTED).select_related("document"):
        if f.indicator_id is not None:
            groups[(f.indicator_id, f.subject, f.measure, f.region_id if f.subject == "" else None)].append(f)
    links, flags = {}, {}
    for facts in groups.values():
        targets = sorted((f for f in facts if f.kind == "target"), key=_order)
        actuals = [f for f in facts if f.kind == "actual"]
        for t in targets:
            for a in actuals:
                if (t.pk, a.pk) not in decided and _related_actual(t, a):
                    links[(t.pk, a.pk)] = ("actual", linking.gap(t, a))
        for i, old in enumerate(targets):
            for new in targets[i + 1:]:
                if not _restates(old, new):
                    continue
                if (old.pk, new.pk) not in decided:
                    links[(old.pk, new.pk)] = ("restatement", linking.gap(old, new))
                if decided.get((old.pk, new.pk)) == LinkState.BROKEN:
                    continue
                po, pn = canon.parse_period(old.period), canon.parse_period(new.period)
                if linking.ambition_lower(old, new):
                    flags.setdefault(new.pk, set()).add("lowered")
                if po.hi and pn.hi and pn.hi > po.hi:
                    flags.setdefault(new.pk, set()).add("deadline_moved")
    return links, {k: sorted(v) for k, v in flags.items()}


def _random_ledger(rng: random.Random) -> None:
    regions = [Region.objects.create(code=f"99{i:04d}", name=f"自拟县{i}", level=3) for i in range(3)] + [None]
    docs = [Document.objects.create(name=f"自拟{i}.txt", sha256=f"{i:064x}", text="自拟正文" * 20,
                                    published=rng.choice(DATES), region=rng.choice(regions)) for i in range(9)]
    inds = [Indicator.objects.create(name=f"自拟指标{i}") for i in range(3)]
    rows = []
    for k in range(260):
        doc = rng.choice(docs)
        subject = rng.choice(["", "", "岚溪县", "青川市"])
        rows.append(Fact(document=doc, vstart=rng.randrange(0, 6), vend=8, estart=0, eend=8, evidence="自拟",
                         value=round(rng.uniform(0, 20), 1), unit=rng.choice(UNITS), kind=rng.choice(["target",
                                                                                                   "actual"]),
                         measure=rng.choice(["growth", "level"]), period=rng.choice(PERIODS),
                         comparator=rng.choice(["=", ">=", "<=", "~"]), subject=subject,
                         indicator_name="自拟", indicator=rng.choice(inds + [None]),
                         region=doc.region if subject == "" else rng.choice(regions),
                         review_state=rng.choice([ReviewState.UNREVIEWED] * 8 + [ReviewState.REJECTED])))
    Fact.objects.bulk_create(rows)


def _actual_state() -> tuple[dict, dict]:
    links = {(l.target_id, l.other_id): (l.relation, l.gap)
             for l in FactLink.objects.filter(origin=LinkOrigin.MACHINE, state=LinkState.PROPOSED)}
    flags = {f.pk: f.flags for f in Fact.objects.filter(flagged=True)}
    assert all(f.flagged == bool(f.flags) for f in Fact.objects.all())
    return links, flags


def _same(got: dict, want: dict) -> None:
    assert set(got) == set(want)
    for k, (rel, g) in want.items():
        assert got[k][0] == rel
        assert (got[k][1] is None) == (g is None), k
        if g is not None:
            assert got[k][1] == pytest.approx(g, abs=1e-6)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_set_based_relinking_equals_the_pairwise_rules(seed):
    rng = random.Random(seed)
    _random_ledger(rng)
    keys = set(Fact.objects.values_list("indicator_id", "subject", "measure"))
    linking.relink_keys(keys)
    links, flags = _actual_state()
    want_links, want_flags = expected({})
    assert len(want_links) > 20 and want_flags  # the random ledger exercises every rule
    assert {r for r, _ in want_links.values()} == {"actual", "restatement"}
    _same(links, want_links)
    assert flags == want_flags

    # reviewers break some links and confirm others; relinking proposes neither again and drops broken flags
    decided = {}
    for i, l in enumerate(FactLink.objects.order_by("id")[:30]):
        l.state = LinkState.BROKEN if i % 2 else LinkState.CONFIRMED
        l.origin = LinkOrigin.REVIEWER
        l.save()
        decided[(l.target_id, l.other_id)] = l.state
    Fact.objects.filter(pk__in=list(Fact.objects.filter(kind="actual").values_list("pk", flat=True)[:10])).update(
        review_state=ReviewState.REJECTED)
    linking.relink_keys(keys)
    links, flags = _actual_state()
    want_links, want_flags = expected(decided)
    _same(links, want_links)
    assert flags == want_flags
    assert FactLink.objects.filter(origin=LinkOrigin.REVIEWER).count() == 30


def test_relinking_some_keys_leaves_the_others_alone():
    rng = random.Random(5)
    _random_ledger(rng)
    keys = sorted(set(Fact.objects.exclude(indicator=None).values_list("indicator_id", "subject", "measure")))
    linking.relink_keys(keys[:3])
    mine = {f.pk for f in Fact.objects.all() if (f.indicator_id, f.subject, f.measure) in set(keys[:3])}
    assert FactLink.objects.exists()
    assert set(FactLink.objects.values_list("target_id", flat=True)) <= mine


def test_a_fact_without_subject_links_only_within_its_region():
    a, b = (Region.objects.create(code=f"98000{i}", name=f"自拟区{i}", level=3) for i in range(2))
    ind = Indicator.objects.create(name="自拟指标")
    plan = Document.objects.create(name="p.txt", sha256="a" * 64, text="x" * 50, published="2023-01-10", region=a)
    mid_a = Document.objects.create(name="m.txt", sha256="b" * 64, text="x" * 50, published="2023-07-15", region=a)
    mid_b = Document.objects.create(name="n.txt", sha256="c" * 64, text="x" * 50, published="2023-07-15", region=b)

    def fact(doc, kind, period, value):
        return Fact.objects.create(document=doc, vstart=1, vend=2, estart=0, eend=4, evidence="自拟", value=value,
                                   unit="%", kind=kind, measure="growth", period=period, subject="",
                                   indicator_name="自拟指标", indicator=ind, region=doc.region)
    t = fact(plan, "target", "2023", 6)
    here, there = fact(mid_a, "actual", "2023-H1", 5), fact(mid_b, "actual", "2023-H1", 4)
    linking.relink_keys([(ind.pk, "", "growth")])
    assert list(FactLink.objects.values_list("target_id", "other_id")) == [(t.pk, here.pk)]
    assert there.pk not in FactLink.objects.values_list("other_id", flat=True)
