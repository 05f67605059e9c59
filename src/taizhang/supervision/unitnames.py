"""A unit name as an office writes it → a unit of the unit tree.

Offices write the same department many ways: 市发改局, 发改局, 县发展和改革局, 东城区发展改革局.  Each name is
reduced to a *key*: the place prefix (市/县/区 or a place name ending in one of them) is set aside, the core words
are shortened through the alias table (data/unit_aliases.tsv: 发展和改革 → 发改, 住房和城乡建设 → 住建, ...) and
long suffixes are shortened (委员会 → 委, 办公室 → 办).  Two names with the same key are the same unit; when several
units share a key, the place prefix decides (市发改局 → the city's bureau, not the county's).

A cell of a 责任单位 column may hold several units: 「县发改局、县住建局」 — the first is the lead (the offices' own
rule), unless one of them is marked （牵头）.  Collective names (各镇（街道）, 县直各部门; data/collective_units.tsv)
expand to every unit of that kind.  A name that matches nothing is returned as unknown, never dropped, so the
caller can offer to create it.

This module is pure Python: give it the units as `UnitRecord`s (or call `UnitMatcher.from_db()` inside Django).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable

# ---- the data ----------------------------------------------------------------------------------------------


def _data_lines(name: str) -> list[list[str]]:
    text = resources.files("taizhang.supervision").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def alias_table() -> list[tuple[str, str]]:
    """(full form, short form) pairs, longest full form first so 文化广电和旅游 wins over 文化和旅游."""
    pairs = []
    for cols in _data_lines("unit_aliases.tsv"):
        short = cols[0].strip()
        for full in cols[1].split("|"):
            if full.strip() and full.strip() != short:
                pairs.append((full.strip(), short))
    return sorted(pairs, key=lambda p: -len(p[0]))


@lru_cache(maxsize=1)
def collective_table() -> dict[str, str]:
    """Collective name (brackets and spaces removed) → unit kind."""
    return {cols[0].strip(): cols[1].strip() for cols in _data_lines("collective_units.tsv")}


SUFFIXES = [("管理委员会", "管委会"), ("委员会", "委"), ("办公室", "办"), ("人民政府", "政府")]
LEVEL_CHARS = "省市州盟县区旗镇乡"
# brackets, spaces and the punctuation that offices sprinkle inside names
_NOISE = re.compile(r"[\s\u3000·•\"“”'‘’]+")
_BRACKETS = re.compile(r"[（(【\[]([^）)】\]]*)[）)】\]]")
_LEAD_MARK = re.compile(r"[（(]\s*(牵头|主办|牵头单位|负总责)\s*[）)]|牵头$")
_CO_MARK = re.compile(r"[（(]\s*(配合|协办|参与|配合单位)\s*[）)]")
SEPARATORS = "、,，;；/／\n\r|"


_ROLE_TAIL = re.compile(r"(?:牵头负责|牵头|配合|协办|参与|负责|等(?:相关|有关)?(?:\d+|[一二两三四五六七八九十]+)?个?"
                        r"(?:单位|部门)?)$")
_ROLE_HEAD = re.compile(r"^(?:由|请|督促)")


def role_stripped(name: str) -> str:
    """「县发改局牵头」, 「由县财政局配合」, 「县住建局等」 → the unit's name alone."""
    s = _ROLE_HEAD.sub("", re.split(r"[:：]", name)[0] or name)   # 县发改局：张某 → 县发改局
    prev = None
    while prev != s:
        prev, s = s, _ROLE_TAIL.sub("", s)
    return s


def clean(name: str) -> str:
    """Spaces and quotes removed, full-width brackets made ASCII (the key never depends on them)."""
    s = _NOISE.sub("", str(name or ""))
    return s.replace("（", "(").replace("）", ")")


def shorten(core: str) -> str:
    """Core words to their short form (住房和城乡建设局 → 住建局), suffixes shortened (委员会 → 委)."""
    s = core
    for full, short in alias_table():
        if full in s:
            s = s.replace(full, short)
    for full, short in SUFFIXES:
        if s.endswith(full):
            s = s[: -len(full)] + short
    return s


def splits(name: str) -> list[tuple[str, str]]:
    """Every (place prefix, core) reading of a name, the whole name first.

    A prefix ends at a level character (市, 县, 区, ...) and is at most 8 characters long; 市场监管局 is read both as
    (「」, 市场监管局) and (市, 场监管局), and only the reading that matches something counts.
    """
    s = clean(name)
    out = [("", s)]
    for i, ch in enumerate(s[:8], start=1):
        if ch in LEVEL_CHARS and i < len(s) - 1:
            out.append((s[:i], s[i:]))
    return out


def level_of(prefix: str) -> str:
    """The level a prefix names: its last character (市, 县, 区, 镇...), or "" for none."""
    return prefix[-1] if prefix and prefix[-1] in LEVEL_CHARS else ""


LEVEL_TIERS = {"省": 0, "市": 1, "州": 1, "盟": 1, "县": 2, "区": 2, "旗": 2, "镇": 3, "乡": 3}


def tier_of(prefix: str) -> int | None:
    """The tier of government a place prefix names (市 → 1, 县/区/旗 → 2, 镇/乡 → 3), or None."""
    return LEVEL_TIERS.get(level_of(prefix))


def loose(key: str) -> str:
    """The key without its final 局/委/办 (发改委 and 发改局 meet when nothing closer does)."""
    return key[:-1] if len(key) > 2 and key[-1] in "局委办" else key


# ---- the matcher -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class UnitRecord:
    id: int
    name: str
    kind: str = "department"
    parent_id: int | None = None


@dataclass
class UnitRef:
    """One written name and what it matched: a unit, several (a collective name), or nothing (unknown)."""

    text: str
    unit_ids: list[int] = field(default_factory=list)
    how: str = "unknown"          # exact | alias | loose | collective | ambiguous | unknown
    candidates: list[int] = field(default_factory=list)  # for ambiguous names: the units it could be

    @property
    def unit_id(self) -> int | None:
        return self.unit_ids[0] if len(self.unit_ids) == 1 and self.how != "collective" else None

    @property
    def known(self) -> bool:
        return bool(self.unit_ids)


@dataclass
class Assignment:
    """A 牵头/责任单位 cell read: the lead, the co-units, and every name that matched nothing."""

    lead: UnitRef | None
    co: list[UnitRef]
    unknown: list[str]
    ambiguous: list[UnitRef] = field(default_factory=list)

    @property
    def lead_id(self) -> int | None:
        return self.lead.unit_id if self.lead else None

    @property
    def co_ids(self) -> list[int]:
        seen, out = {self.lead_id}, []
        for ref in self.co:
            for uid in ref.unit_ids:
                if uid not in seen:
                    seen.add(uid)
                    out.append(uid)
        return out


# what offices write in a unit cell for "nobody": never a unit to create
_EMPTY_NAME = re.compile(r"[\W_]*|无|暂无|待定|未定|空|不涉及|无单位")


def split_names(cell: str) -> list[str]:
    """「县发改局、县住建局」 → two names; separators inside brackets (各县（市、区）) do not split.

    Spaces split only when every piece is long enough to be a unit (「县发改局 县住建局」); 「县 发改局」 is one name."""
    out, buf, depth = [], [], 0
    for ch in str(cell or ""):
        if ch in "（([【":
            depth += 1
        elif ch in "）)]】":
            depth = max(0, depth - 1)
        if depth == 0 and ch in SEPARATORS:
            out.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    out.append("".join(buf))
    names = []
    for part in (s.strip() for s in out):
        if not part:
            continue
        pieces = part.split()
        if len(pieces) > 1 and all(len(p) >= 3 for p in pieces):
            names.extend(pieces)
        else:
            names.append("".join(pieces))
    return names


class UnitMatcher:
    """Matches written unit names against a fixed list of units (build one per import or request)."""

    def __init__(self, units: Iterable[UnitRecord]):
        self.units = {u.id: u for u in units}
        self.by_name: dict[str, int] = {}
        self.by_key: dict[str, list[tuple[str, int]]] = {}   # key → [(prefix, unit id)]
        self.by_loose: dict[str, list[tuple[str, int]]] = {}
        for u in self.units.values():
            self._index(u)

    def _index(self, u: UnitRecord) -> None:
        self.by_name[clean(u.name)] = u.id
        seen = set()
        for prefix, core in splits(u.name):
            key = shorten(core)
            if len(key) < 2 or key in seen:
                continue
            seen.add(key)
            self.by_key.setdefault(key, []).append((prefix, u.id))
            self.by_loose.setdefault(loose(key), []).append((prefix, u.id))

    def add(self, unit: UnitRecord) -> None:
        """A unit created during an import (the preview offered it) becomes matchable at once."""
        self.units[unit.id] = unit
        self._index(unit)

    @classmethod
    def from_db(cls) -> "UnitMatcher":
        from .models import Unit
        return cls(UnitRecord(i, n, k, p) for i, n, k, p in Unit.objects.values_list("id", "name", "kind", "parent_id"))

    # -- one name --

    def collective(self, name: str) -> str | None:
        """The unit kind a collective name stands for (各镇（街道） → town), or None."""
        s = re.sub(r"[()（）\s]", "", clean(name))
        return collective_table().get(s)

    def match(self, name: str) -> UnitRef:
        text = str(name or "").strip()
        s = role_stripped(clean(_LEAD_MARK.sub("", _CO_MARK.sub("", text))))
        if not s:
            return UnitRef(text)
        ref = self._match(text, s)
        if ref.how == "unknown" and len(s) > 4:
            # 县发改局张某: a known unit followed by a person's name (at most four characters)
            for cut in range(len(s) - 2, len(s) - 5, -1):
                if cut < 3:
                    break
                head = self._match(text, s[:cut])
                if head.how in ("exact", "alias"):
                    return head
        if ref.how == "unknown" and _BRACKETS.search(s):
            # 县发改局（张某）, 县住建局(城建股): the bracket names a person or a section, not another unit
            inner = _BRACKETS.sub("", s)
            if inner and inner != s:
                again = self._match(text, inner)
                if again.how != "unknown":
                    return again
        return ref

    def _match(self, text: str, s: str) -> UnitRef:
        if s in self.by_name:
            return UnitRef(text, [self.by_name[s]], "exact")
        kind = self.collective(s)
        if kind:   # "none": 各有关单位 names nobody in particular; acknowledged, nothing assigned, nothing created
            ids = [u.id for u in self.units.values() if u.kind == kind] if kind != "none" else []
            return UnitRef(text, ids, "collective")
        for table, how in ((self.by_key, "alias"), (self.by_loose, "loose")):
            for prefix, core in splits(s):
                key = shorten(core)
                if how == "loose":
                    key = loose(key)
                hits = table.get(key)
                if not hits:
                    continue
                ids = self._choose(prefix, hits)
                ref = UnitRef(text, ids, how) if len(ids) == 1 else UnitRef(text, [], "ambiguous", ids)
                if len(ids) == 1 and self._level_conflict(prefix, ids[0], hits):
                    # 市发改局 written, only 县发展和改革局 has that key: another level of government, never
                    # taken for it (a 市 unit under a looser key may still be the one)
                    break
                return ref
        return UnitRef(text)

    @staticmethod
    def _level_conflict(prefix: str, uid: int, hits: list[tuple[str, int]]) -> bool:
        """The written place is of another tier of government than every name of the unit (市 vs 县; 县 and 区 are
        one tier)."""
        written = tier_of(prefix)
        tiers = {tier_of(p) for p, u in hits if u == uid} - {None}
        return written is not None and bool(tiers) and written not in tiers

    def _choose(self, prefix: str, hits: list[tuple[str, int]]) -> list[int]:
        """Among units sharing a key, those whose place prefix agrees with the written one."""
        ids = sorted({uid for _, uid in hits})
        if len(ids) == 1:
            return ids
        for test in (lambda p: p == prefix, lambda p: level_of(p) == level_of(prefix) and p,
                     lambda p: level_of(p) == level_of(prefix)):
            narrowed = sorted({uid for p, uid in hits if test(p)})
            if narrowed:
                if len(narrowed) == 1:
                    return narrowed
                ids = narrowed
                break
        # the unit whose own name is the shortest reading (市发改局 vs 市发改局xx中心) when still tied
        return ids

    # -- a cell --

    def parse(self, cell) -> Assignment:
        """Read a 牵头单位/责任单位 cell: first name (or the one marked 牵头) is the lead, the rest co-units."""
        names = [n for n in split_names(cell) if not _EMPTY_NAME.fullmatch(n)]
        refs = [self.match(n) for n in names]
        lead_pos = next((i for i, n in enumerate(names) if _LEAD_MARK.search(n)), 0)
        lead = None
        co: list[UnitRef] = []
        for i, ref in enumerate(refs):
            if i == lead_pos and ref.how != "collective":
                lead = ref
            else:
                co.append(ref)
        unknown = [r.text for r in refs if r.how == "unknown"]
        ambiguous = [r for r in refs if r.how == "ambiguous"]
        return Assignment(lead, co, unknown, ambiguous)

    # -- free text --

    def find_in_text(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, unit id) of unit names written in running text (「由市发改局牵头」), longest first wins.

        Looks for spans ending in a unit suffix and matches them through `match`; used to read units out of a
        sentence when no 牵头单位 column exists.
        """
        out: list[tuple[int, int, int]] = []
        taken = [False] * len(text)
        for m in _MENTION.finditer(text):
            span = m.group(0)
            # try the longest reading first: drop leading characters until something matches
            for cut in range(0, max(1, len(span) - 2)):
                ref = self.match(span[cut:])
                if ref.unit_id is not None:
                    s, e = m.start() + cut, m.end()
                    if not any(taken[s:e]):
                        out.append((s, e, ref.unit_id))
                        for k in range(s, e):
                            taken[k] = True
                    break
        return sorted(out)


_MENTION = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:局|委员会|委|办公室|办|中心|政府|街道|镇|乡|部|院|队|所|公司|管委会)"
                      r"(?![\u4e00-\u9fff]{0,1}(?:局|委|办))")


def parse_units(cell, units: Iterable[UnitRecord]) -> Assignment:
    """One-off convenience: read a cell against a list of units."""
    return UnitMatcher(units).parse(cell)
