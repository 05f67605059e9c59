"""The bulk writer's SQLite path (executemany after one bulk_create) writes the rows bulk_create writes: the same
values read back (JSON, dates, foreign keys set from objects saved earlier in the same call), ids set on the objects,
and nothing but bulk_create outside a transaction."""
from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection, transaction
from django.forms.models import model_to_dict

from taizhang.ledger import bulk

pytestmark = pytest.mark.django_db(transaction=True)


def _rows(tag: str):
    from taizhang.supervision.models import Item, Milestone, Unit
    unit = Unit.objects.create(name=f"自拟单位{tag}")
    items = [Item(code=f"{tag}-{k}", title=f"自拟事项{k}", lead_unit=unit, deadline=dt.date(2026, 1 + k % 12, 1),
                  progress=k / 3, extra={"列": [k, "值"], "说明": "自拟"}, position=k) for k in range(7)]
    return unit, items, Milestone


def _read(model, objs):
    return [{k: v for k, v in model_to_dict(model.objects.get(pk=o.pk)).items() if k not in ("id", "code")}
            for o in objs]


def test_sqlite_rows_equal_bulk_create_rows():
    if connection.vendor != "sqlite":
        pytest.skip("the executemany path is SQLite's")
    from taizhang.supervision.models import Item
    _, fast, Milestone = _rows("F")
    _, slow, _ = _rows("S")
    for o in slow:
        o.lead_unit = fast[0].lead_unit
    ms = [Milestone(item=i, due=dt.date(2026, 6, 30), expected_progress=50) for i in fast]  # items not saved yet
    with transaction.atomic():
        bulk.insert(Item, fast)
        bulk.insert(Milestone, ms)  # item ids copied from the objects saved just before
    Item.objects.bulk_create(slow)
    assert all(o.pk for o in fast) and len({o.pk for o in fast}) == len(fast)
    assert _read(Item, fast) == _read(Item, slow)
    assert [m.item_id for m in Milestone.objects.filter(pk__in=[m.pk for m in ms]).order_by("pk")] == \
        [i.pk for i in fast]
    assert Item.objects.get(pk=fast[3].pk).extra == {"列": [3, "值"], "说明": "自拟"}
    later = Item.objects.create(code="L-1", title="自拟后来的事项")
    assert later.pk > max(o.pk for o in fast)  # the table's own counter moved past the ids given


def test_outside_a_transaction_it_is_bulk_create(monkeypatch):
    from taizhang.supervision.models import Item
    _, items, _ = _rows("O")
    called = []
    monkeypatch.setattr(bulk, "sqlite_rows", lambda *a: called.append(a))
    bulk.insert(Item, items)
    assert not called and all(o.pk for o in items)


def test_copy_dicts_writes_what_bulk_create_writes():
    """PostgreSQL's COPY of plain rows: rows of one shape (read by one itemgetter, the fields they lack sent as
    their defaults) and rows of mixed shapes read back as the objects bulk_create writes."""
    if connection.vendor != "postgresql":
        pytest.skip("COPY is PostgreSQL's")
    from taizhang.ledger.models import Indicator
    made = Indicator.objects.bulk_create([Indicator(name=f"自拟指标甲{k}", synonyms=[f"甲{k}", "同义"] if k % 2 else [],
                                                    unit="亿元" if k % 3 else "") for k in range(6)])
    same = [{"name": f"自拟指标乙{k}", "synonyms": o.synonyms, "unit": o.unit} for k, o in enumerate(made)]
    mixed = [{"name": f"自拟指标丙{k}", **({"synonyms": o.synonyms} if k % 2 else {}), "unit": o.unit}
             for k, o in enumerate(made)]
    for rows in (same, mixed):
        with transaction.atomic():
            for r, pk in zip(rows, bulk.draw_ids(Indicator, len(rows))):
                r["id"] = pk
            bulk.copy_dicts(Indicator, rows)

    def read(rows):
        return [Indicator.objects.values_list("synonyms", "unit").get(pk=r["id"]) for r in rows]
    want = [(o.synonyms, o.unit) for o in made]
    assert read(same) == want
    assert read(mixed) == [w if k % 2 else ([], w[1]) for k, w in enumerate(want)]
    assert Indicator.objects.filter(name__startswith="自拟指标丙").count() == 6
