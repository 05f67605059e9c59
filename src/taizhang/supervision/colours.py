"""Warning colours worked out by the database, for pages that list or count many items.

``warning.warning_colour`` decides an item's colour from its deadline, its milestones, its progress and today.
Calling it item by item means reading every item with its milestones into Python on each view: for a few
thousand items that made the home page the slowest page under load.  ``with_colour`` writes the same rule as a
SQL expression (the items behind their milestones as a set the database works out once per query), so the
database filters, counts and pages by colour and a page reads only the items it shows.  A test holds it equal
to ``warning_colour`` item for item.
"""
from __future__ import annotations

from datetime import date, timedelta

from django.db.models import Case, CharField, Count, F, Q, QuerySet, Value, When

from .models import Item, Milestone, Status
from .warning import BLUE_DAYS

COLOURS = ("red", "yellow", "blue")
QUIET_STATUSES = (Status.CLOSED, Status.SUSPENDED, Status.DRAFT)  # never warn (services.colour_of)


def behind_schedule(today: date) -> Q:
    """``progress < expected_progress(milestones, today)`` (the highest expected progress among the milestones due
    by `today`, 0 if none) as membership of two sets that do not depend on the item: the items with a milestone
    due whose expected progress is above the item's own, and, for a negative progress, the items without a
    milestone due.  The database works each set out once per query (PostgreSQL hashes it), where a subquery per
    item probed the milestones once for every item the colour was asked of (4,300 buffers for 2,000 items)."""
    due = Milestone.objects.filter(due__lte=today)
    ahead = due.filter(expected_progress__gt=F("item__progress")).values("item_id")
    return Q(pk__in=ahead) | (Q(progress__lt=0) & ~Q(pk__in=due.values("item_id")))


def colour_expr(today: date, blue_days: int = BLUE_DAYS) -> Case:
    """``warning_colour`` as a SQL expression."""
    return Case(
        When(Q(status__in=QUIET_STATUSES) | Q(progress__gte=100), then=Value("")),
        When(deadline__lt=today, then=Value("red")),
        When(behind_schedule(today), then=Value("yellow")),
        When(deadline__lte=today + timedelta(days=blue_days), then=Value("blue")),
        default=Value(""), output_field=CharField())


def with_colour(qs: QuerySet[Item], today: date) -> QuerySet[Item]:
    """`qs` with each item's warning colour as ``colour`` ('red', 'yellow', 'blue' or '')."""
    return qs.annotate(colour=colour_expr(today))


def only(qs: QuerySet[Item]) -> QuerySet[Item]:
    """`qs` as a plain filter on ids: a list narrowed through a many-to-many join (co-units) holds an item once
    per joined row, which a count or a grouping would count more than once."""
    return Item.objects.filter(pk__in=qs.order_by().values("pk"))


def by_colour(coloured: QuerySet[Item], colour: str | None) -> QuerySet[Item]:
    """A ``with_colour`` queryset narrowed by a list's ``?colour=``: 'late' (the monthly dispatch list: red and
    yellow), 'none' (no warning) or one colour; nothing or '' keeps every item."""
    if colour == "late":
        return coloured.filter(colour__in=("red", "yellow"))
    if colour:
        return coloured.filter(colour="" if colour == "none" else colour)
    return coloured


def colour_counts(coloured: QuerySet[Item]) -> dict[str, int]:
    """Items of a ``with_colour`` queryset, by colour, and closed ones, in one grouped query:
    {'total', 'red', 'yellow', 'blue', 'closed'}.

    Grouped by the colour rather than one ``Count(filter=Q(colour=...))`` per colour: each such filter writes the
    whole colour expression (with its milestone subquery) into the SQL again, compiled by the ORM and evaluated
    by the database once per colour; grouped, it is written and evaluated once."""
    out = _zero(COLOURS)
    for colour, n, closed in (coloured.order_by().values("colour")
                              .annotate(n=Count("id"), closed=Count("id", filter=Q(status=Status.CLOSED)))
                              .values_list("colour", "n", "closed")):
        _add(out, colour, n, closed)
    return out


def _zero(colours: tuple[str, ...]) -> dict[str, int]:
    return {"total": 0, "closed": 0, **{c: 0 for c in colours}}


def _add(counts: dict[str, int], colour: str, n: int, closed: int) -> None:
    """One group's row added to ``counts`` (a colour it does not count adds to the totals only)."""
    counts["total"] += n
    counts["closed"] += closed
    if colour in counts:
        counts[colour] += n


def by_unit(coloured: QuerySet[Item], unnamed: str = "未指定") -> list[tuple[str, dict[str, int]]]:
    """Per lead unit (by name) of a ``with_colour`` queryset: items, closed, red and yellow, most red first, then
    most yellow, then by name."""
    return counts_by_unit(coloured, unnamed)[1]


def counts_by_unit(coloured: QuerySet[Item], unnamed: str = "未指定") -> tuple[dict[str, int],
                                                                              list[tuple[str, dict[str, int]]]]:
    """``colour_counts`` and ``by_unit`` of a ``with_colour`` queryset from one query grouped by lead unit and
    colour (the colour expression written and evaluated once, not once more per colour counted)."""
    counts = _zero(COLOURS)
    merged: dict[str, dict[str, int]] = {}
    for name, colour, n, closed in (coloured.order_by().values("lead_unit__name", "colour")
                                    .annotate(n=Count("id"), closed=Count("id", filter=Q(status=Status.CLOSED)))
                                    .values_list("lead_unit__name", "colour", "n", "closed")):
        _add(counts, colour, n, closed)
        _add(merged.setdefault(name or unnamed, _zero(("red", "yellow"))), colour, n, closed)
    return counts, sorted(merged.items(), key=lambda kv: (-kv[1]["red"], -kv[1]["yellow"], kv[0]))
