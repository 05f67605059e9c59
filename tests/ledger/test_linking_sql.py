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


def _newest_first(f: Fact) -> tuple:
    return (_order(f), f.vstart, f.pk)


def _group_class(p: canon.Period):
    """The targets that may restate each other: recurring; a year and sub-period; deadlines (None: no year)."""
    if p.recurring:
        return ("recurring",)
    if p.hi is None:
        return None
    return ("deadline",) if p.is_deadline else ("year", p.hi, p.sub)


def expected(decided: dict[tuple[int, int], str]) -> tuple[dict, dict]:
    """The machine links {(target, other): (relation, gap)} and flags {target: [...]}, pair by pair, among the
    nearest counterparts (linking.ACTUALS_PER_PERIOD, RESTATED_EARLIEST, RESTATED_LATEST)."""
    k_act, k_early, k_late = linking.ACTUALS_PER_PERIOD, linking.RESTATED_EARLIEST, linking.RESTATED_LATEST
    groups = defaultdict(list)
    for f in Fact.objects.exclude(review_state=ReviewState.REJECTED).select_related("document"):
        if f.indicator_id is not None:
            groups[(f.indicator_id, f.subject, f.measure, f.region_id if f.subject == "" else None)].append(f)
    links, flags = {}, {}
    for facts in groups.values():
        targets = sorted((f for f in facts if f.kind == "target"), key=_order)
        actuals = [f for f in facts if f.kind == "actual"]
        # each actual's place among the latest reports of its period, and of its period and unit base
        by_period, by_base = defaultdict(list), defaultdict(list)
        for a in sorted(actuals, key=_newest_first, reverse=True):
            by_period[a.period].append(a.pk)
            by_base[(a.period, canon.base_unit(a.unit)[0])].append(a.pk)
        place = {pk: i for ids in by_period.values() for i, pk in enumerate(ids)}
        place_base = {pk: i for ids in by_base.values() for i, pk in enumerate(ids)}
        for t in targets:
            tp = canon.parse_period(t.period)
            rank = place if tp.recurring or tp.hi is None else place_base
            for a in actuals:
                if (t.pk, a.pk) not in decided and _related_actual(t, a) and rank[a.pk] < k_act:
                    links[(t.pk, a.pk)] = ("actual", linking.gap(t, a))
        # each target's document's rank among its group's documents in time order
        docs = defaultdict(set)
        for t in targets:
            g = _group_class(canon.parse_period(t.period))
            if g is not None:
                docs[g].add(_order(t))
        drk = {g: {k: i + 1 for i, k in enumerate(sorted(ks))} for g, ks in docs.items()}

        def near(old: Fact, new: Fact) -> bool:
            g = _group_class(canon.parse_period(new.period))
            if g is None or g != _group_class(canon.parse_period(old.period)):
                return False
            ro, rn = drk[g][_order(old)], drk[g][_order(new)]
            return ro < rn and (rn - ro <= k_late or ro <= k_early)
        for i, old in enumerate(targets):
            for new in targets[i + 1:]:
                if not _restates(old, new) or not near(old, new):
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


def _random_ledger(rng: random.Random, n_docs: int = 9, n_facts: int = 260) -> None:
    regions = [Region.objects.create(code=f"99{i:04d}", name=f"自拟县{i}", level=3) for i in range(3)] + [None]
    docs = [Document.objects.create(name=f"自拟{i}.txt", sha256=f"{i:064x}", text="自拟正文" * 20,
                                    published=rng.choice(DATES), region=rng.choice(regions)) for i in range(n_docs)]
    inds = [Indicator.objects.create(name=f"自拟指标{i}") for i in range(3)]
    rows = []
    for k in range(n_facts):
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


@pytest.mark.parametrize("seed,caps", [(1, None), (2, None), (3, None), (1, (1, 1, 2)), (4, (2, 2, 1)),
                                       (5, (1, 1, 1))])
def test_set_based_relinking_equals_the_pairwise_rules(seed, caps, monkeypatch):
    """The default numbers of nearest counterparts, and small ones that the random ledger's keys exceed."""
    if caps:
        for name, v in zip(("ACTUALS_PER_PERIOD", "RESTATED_EARLIEST", "RESTATED_LATEST"), caps):
            monkeypatch.setattr(linking, name, v)
    rng = random.Random(seed)
    _random_ledger(rng, *((30, 900) if caps else (9, 260)))
    keys = set(Fact.objects.values_list("indicator_id", "subject", "measure"))
    linking.relink_keys(keys)
    links, flags = _actual_state()
    want_links, want_flags = expected({})
    assert len(want_links) > 20 and want_flags  # the random ledger exercises every rule
    if caps:  # ... and its keys hold more counterparts than the small numbers let through, of both relations
        with monkeypatch.context() as m:
            for name in ("ACTUALS_PER_PERIOD", "RESTATED_EARLIEST", "RESTATED_LATEST"):
                m.setattr(linking, name, 10 ** 6)
            every, _ = expected({})
        assert set(want_links) < set(every)
        assert {r for k, (r, _) in every.items() if k not in want_links} == {"actual", "restatement"}
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


def _crowded_key(n: int, ind: Indicator) -> list[Fact]:
    """One key in ``n`` documents of one date (the same report posted by many sites): each an annual target and
    an actual; the first target higher than all the others."""
    docs = Document.objects.bulk_create([Document(name=f"自拟{ind.pk}-{i}.txt", sha256=f"{ind.pk:08d}{i:056d}",
                                                  text="自拟正文" * 10, published="2024-01-15") for i in range(n)])
    rows = []
    for i, doc in enumerate(docs):
        for kind, value, vstart in (("target", 8.0 if i == 0 else 7.0, 1), ("actual", 6.5, 9)):
            rows.append(Fact(document=doc, vstart=vstart, vend=vstart + 3, estart=0, eend=20, evidence="自拟",
                             value=value, unit="%", kind=kind, measure="growth", period="2024",
                             comparator=">=", subject="岚溪县", indicator_name=ind.name, indicator=ind))
    return Fact.objects.bulk_create(rows)


def test_a_crowded_key_gives_links_in_proportion_to_its_facts():
    counts = {}
    for n in (40, 80):
        ind = Indicator.objects.create(name=f"自拟指标{n}")
        facts = _crowded_key(n, ind)
        linking.relink_keys([(ind.pk, "岚溪县", "growth")])
        links = FactLink.objects.filter(target__indicator=ind)
        counts[n] = links.count()
        per_target = linking.ACTUALS_PER_PERIOD + linking.RESTATED_EARLIEST + linking.RESTATED_LATEST
        assert n * (linking.ACTUALS_PER_PERIOD + 1) < counts[n] <= n * per_target  # all pairs: n² + n(n-1)/2
        targets = [f for f in facts if f.kind == "target"]
        # every target proposes the latest reports only, and is compared with the first statement
        newest = {f.pk for f in facts if f.kind == "actual"
                  and f.document_id in {d.document_id for d in targets[-linking.ACTUALS_PER_PERIOD:]}}
        assert set(links.filter(relation="actual").values_list("other_id", flat=True)) == newest
        flagged = Fact.objects.filter(indicator=ind, flagged=True)
        assert set(flagged.values_list("pk", flat=True)) == {t.pk for t in targets[1:]}
        assert links.filter(relation="restatement", target=targets[0]).count() == n - 1
    # past the first documents, each one more adds its target's proposals and no more
    assert counts[80] - counts[40] == 40 * (linking.ACTUALS_PER_PERIOD + linking.RESTATED_EARLIEST
                                            + linking.RESTATED_LATEST)
