"""Canonical forms the ledger needs to link records across documents: indicators, units, regions, periods.

Pure helpers (plus small get-or-create look-ups), so linking and review share one definition of
"the same indicator", "the same unit" and "the same year".
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

# Canonical indicator → synonyms.  Only names with an unambiguous meaning; new names become indicators of
# their own and a reviewer can merge them by adding a synonym.
SEED_INDICATORS: dict[str, tuple[str, list[str]]] = {
    "地区生产总值": ("亿元", ["GDP", "生产总值", "经济总量", "国内生产总值", "地区GDP"]),
    "固定资产投资": ("%", ["固投", "全社会固定资产投资"]),
    "社会消费品零售总额": ("亿元", ["社零", "社零总额", "社会消费品零售额"]),
    "规模以上工业增加值": ("%", ["规上工业增加值", "规模以上工业增加值增速"]),
    "一般公共预算收入": ("亿元", ["地方一般公共预算收入", "公共财政预算收入"]),
    "城镇居民人均可支配收入": ("元", ["城镇常住居民人均可支配收入"]),
    "农村居民人均可支配收入": ("元", ["农村常住居民人均可支配收入"]),
    "居民人均可支配收入": ("元", ["全体居民人均可支配收入"]),
    "外贸进出口总额": ("亿元", ["进出口总额", "外贸进出口", "进出口总值"]),
    "城镇调查失业率": ("%", ["城镇登记失业率"]),
    "居民消费价格涨幅": ("%", ["CPI", "居民消费价格指数"]),
}

# Units scaled to a base, so values in 亿元 and 万元 compare.
_SCALE = {"亿元": ("元", 1e8), "万元": ("元", 1e4), "元": ("元", 1.0), "千元": ("元", 1e3),
          "万亿元": ("元", 1e12), "亿美元": ("美元", 1e8), "万美元": ("美元", 1e4),
          "万人": ("人", 1e4), "人": ("人", 1.0), "名": ("人", 1.0), "人次": ("人次", 1.0), "万人次": ("人次", 1e4),
          "万亩": ("亩", 1e4), "亩": ("亩", 1.0), "公里": ("公里", 1.0), "千米": ("公里", 1.0),
          "万吨": ("吨", 1e4), "吨": ("吨", 1.0), "亿吨": ("吨", 1e8), "万千瓦": ("千瓦", 1e4), "千瓦": ("千瓦", 1.0),
          "%": ("%", 1.0), "个百分点": ("个百分点", 1.0)}


def base_unit(unit: str) -> tuple[str, float]:
    """('元', 1e8) for 亿元; unknown units are their own base."""
    return _SCALE.get(unit.strip(), (unit.strip(), 1.0))


def convert(value: float, unit: str, to_unit: str) -> float | None:
    """value in ``unit`` expressed in ``to_unit``; None when the units measure different things."""
    b1, f1 = base_unit(unit)
    b2, f2 = base_unit(to_unit)
    if b1 != b2:
        return None
    return value * f1 / f2


def to_yi(value: float, unit: str) -> float | None:
    """Money in 亿元 (how investment is compared in the ledger)."""
    return convert(value, unit or "亿元", "亿元")


_SPACE = re.compile(r"\s+")


def clean_name(name: str) -> str:
    return _SPACE.sub("", name or "").strip("“”\"'《》「」")


@lru_cache(maxsize=1)
def _synonym_index_seed() -> dict[str, str]:
    out = {}
    for canon, (_unit, syns) in SEED_INDICATORS.items():
        out[canon.upper()] = canon
        for s in syns:
            out[s.upper()] = canon
    return out


def canonical_indicator_name(name: str) -> str:
    n = clean_name(name)
    return _synonym_index_seed().get(n.upper(), n)


def indicator_for(name: str):
    """The Indicator row for a name (a synonym finds its canonical row); None for an empty name."""
    from .models import Indicator
    n = clean_name(name)
    if not n:
        return None
    key = n.upper()
    for ind in Indicator.objects.filter(synonyms__isnull=False).only("id", "name", "synonyms"):
        if ind.name.upper() == key or key in (s.upper() for s in ind.synonyms or []):
            return ind
    canon = canonical_indicator_name(n)
    unit, syns = SEED_INDICATORS.get(canon, ("", []))
    ind, _ = Indicator.objects.get_or_create(name=canon[:100], defaults={"unit": unit, "synonyms": syns})
    return ind


class IndicatorResolver:
    """One-document cache over ``indicator_for`` (ingest resolves hundreds of names)."""

    def __init__(self):
        from .models import Indicator
        self._map: dict[str, object] = {}
        self._names: dict[str, object] = {}
        for ind in Indicator.objects.all():
            self._learn(ind)

    def _learn(self, ind) -> None:
        self._names[ind.name] = ind
        self._map[ind.name.upper()] = ind
        for s in ind.synonyms or []:
            self._map.setdefault(s.upper(), ind)

    def __call__(self, name: str):
        """``indicator_for(name)`` from the rows read at the start and those made since: a new name costs one
        get_or_create, not a scan of every indicator (a bulk load meets thousands of names)."""
        from .models import Indicator
        n = clean_name(name)
        if not n:
            return None
        hit = self._map.get(n.upper())
        if hit is None:
            canon = canonical_indicator_name(n)[:100]
            hit = self._names.get(canon)
            if hit is None:
                unit, syns = SEED_INDICATORS.get(canon, ("", []))
                hit, _ = Indicator.objects.get_or_create(name=canon, defaults={"unit": unit, "synonyms": syns})
                self._learn(hit)
            self._map[n.upper()] = hit
        return hit


# --------------------------------------------------------------------------- regions

def region_for(surface: str, context_codes: tuple[str, ...] = ()):
    """The Region row for a place name, creating it (and its ancestors) from the gazetteer on first use."""
    code = region_code_for(surface, context_codes)
    return ensure_region(code) if code else None


@lru_cache(maxsize=4096)
def link_subject(subject: str) -> str:
    """The subject a fact is stored and linked by: an autonomous division written by a short form (湘西州, 青龙县 with
    the plain suffix, or bare: 湘西, 内蒙古, 广西; the extractor writes the subject as the page names the place) is
    stored under its official name (湘西土家族苗族自治州, 内蒙古自治区), so that the facts of documents writing either
    form meet; any other subject as it is (海南 is 海南省, no short form of 海南藏族自治州)."""
    from taizhang.extract.regions import gazetteer, page_forms
    name = clean_name(subject)
    r = gazetteer().resolve(name) if name else None
    return r.name if r is not None and r.code and any(name in tier for tier in page_forms(r)) else subject


def region_code_for(surface: str, context_codes: tuple[str, ...] = ()) -> str | None:
    """The gazetteer code of the province, prefecture or county a place name stands for (no database)."""
    from taizhang.extract.regions import gazetteer
    surface = clean_name(surface)
    if not surface:
        return None
    gz = gazetteer()
    ctx = tuple(r for r in (gz.by_code(c) for c in context_codes) if r is not None)
    r = gz.resolve(surface, context=ctx)
    if r is None:
        # subjects such as 湛江市人民政府 or 全市 do not resolve; try the longest known prefix, but never a short
        # name that the text goes on to name another division with (青川|市 is not 青川县, 明州|市 no 明州镇); a zone
        # named after its place (湛江|经开区) lies in it: where a document speaks as the zone, the ledger's callers
        # take the zone's own region first (``unlisted_regions``), so 岚溪经济开发区 never becomes 岚溪县
        for cut in range(min(len(surface), 12), 1, -1):
            cands = [c for c in gz.named(surface[:cut])
                     if c.name == surface[:cut] or not _opens_division(surface, cut)]
            if cands:
                r = cands[0]
                break
    if r is None or not r.code or r.level > 3:
        return None
    return r.code


def _opens_division(surface: str, cut: int) -> bool:
    """Whether ``surface`` goes on at ``cut`` with a division's suffix (市, 县, 经济开发区): the words before it
    are then a name of their own."""
    from taizhang.extract.lang import zh
    rest = surface[cut:]
    if any(rest.startswith(z) for z in ZONE_SUFFIXES):
        return False
    return any(rest.startswith(x) for x in zh.PLACE_SUFFIXES) or rest[:1] in ("省", "州", "盟")


# Suffixes of zones named after the place they lie in (湛江经开区 in 湛江市): no division of their own in the gazetteer.
ZONE_SUFFIXES = ("经济技术开发区", "高新技术产业开发区", "经济开发区", "开发区", "高新区", "经开区")


# --------------------------------------------------------------------------- places the gazetteer lacks
#
# A place the extractor takes as a document's region although the gazetteer lacks it (a new or renamed county, a
# development zone run as a county: ``extract.docregions.unlisted_places``) gets a Region of its own, named as the
# text writes it, under the division the text names right before it (贵州省岚溪县 → 贵州省).  Its code is synthetic
# ("U" and 11 hex digits of a hash of the parent's code and the name): it fits the column, stays the same however
# often the place is met, and cannot collide with a gazetteer code (all digits).  Pages show names, never codes.

UNLISTED_PREFIX = "U"


def unlisted_code(name: str, parent_code: str = "") -> str:
    digest = hashlib.sha1(f"{parent_code}|{name}".encode("utf-8")).hexdigest()
    return UNLISTED_PREFIX + digest[:11].upper()


def is_unlisted_code(code: str) -> bool:
    return bool(code) and code.startswith(UNLISTED_PREFIX)


def unlisted_level(name: str) -> tuple[int, str] | None:
    """(level, short) of a name that ends in a division's suffix the ledger holds (县, 区, 市, 开发区: levels 2–3)
    and that the gazetteer lacks; None for any other name."""
    from taizhang.extract.lang import zh
    from taizhang.extract.regions import gazetteer
    name = clean_name(name)
    suffix = max((x for x in zh.PLACE_SUFFIXES if name.endswith(x)), key=len, default="")
    if not suffix or len(name) <= len(suffix) or len(name) > 20:
        return None
    level = zh.PLACE_SUFFIXES[suffix]
    if level > 3 or name in zh.NOT_PLACE_WORDS or any(name.endswith(w) and len(w) > len(suffix)
                                                      for w in zh.NOT_PLACE_WORDS):
        return None
    if gazetteer().named(name):
        return None
    return level, name[:-len(suffix)]


def _parent_before(text: str, name: str, level: int, unlisted: dict[str, int]) -> tuple[str, str] | None:
    """The division the text names right before ``name`` (贵州省|岚溪县, 青川市|岚溪县), of a higher level:
    ("gz", code) for the gazetteer's, ("unlisted", name) for another place the document names that the
    gazetteer lacks; the longest such, at the first mention that has one."""
    from taizhang.extract.regions import gazetteer
    gz = gazetteer()
    at = text.find(name)
    while at >= 0:
        for k in range(min(at, 16), 1, -1):
            cand = text[at - k:at]
            if unlisted.get(cand, 9) < level:
                return ("unlisted", cand)
            hits = [r for r in gz.named(cand) if r.name == cand and r.code and r.level < level and r.current]
            if len(hits) == 1:
                return ("gz", hits[0].code)
        at = text.find(name, at + 1)
    return None


def unlisted_region(name: str, level: int, short: str, parent=None):
    """The Region of a place the gazetteer lacks, created on first use.  A place met once without its parent and
    once with it is one place: the row made without a parent takes the parent later, and a document that names
    no parent takes the one row of that name (none when there are several, under different parents)."""
    from .models import Region
    code = unlisted_code(name, parent.code if parent is not None else "")
    same = list(Region.objects.filter(code__startswith=UNLISTED_PREFIX, name=name))
    row = next((r for r in same if r.code == code), None)
    if row is not None and (parent is not None or len(same) == 1):
        return row
    if parent is not None:
        orphans = [r for r in same if r.parent_id is None]
        if len(orphans) == 1 and len(same) == 1:
            row = orphans[0]
            row.parent = parent
            row.save(update_fields=["parent"])
            return row
    elif len(same) == 1:
        return same[0]
    elif len(same) > 1:
        return None
    row, _ = Region.objects.get_or_create(code=code, defaults={"name": name[:64], "short": short[:64],
                                                               "level": level, "parent": parent})
    return row


def unlisted_regions(names, text: str) -> dict[str, object]:
    """The Regions of the places a document names (its ``regions``, as the extractor gives them) that the
    gazetteer lacks, by name, created on first use with the parent the text names before them."""
    found = {}
    for n in names or []:
        got = unlisted_level(n)
        if got is not None:
            found[clean_name(n)] = got
    levels = {n: lv for n, (lv, _s) in found.items()}
    out: dict[str, object] = {}
    for n in sorted(found, key=lambda n: found[n][0]):  # parents (higher levels) first
        level, short = found[n]
        parent = None
        where = _parent_before(text or "", n, level, levels)
        if where is not None:
            parent = out.get(where[1]) if where[0] == "unlisted" else ensure_region(where[1])
        region = unlisted_region(n, level, short, parent)
        if region is not None:
            out[n] = region
    return out


def ensure_region(code: str):
    """Create the region with this code and its ancestors (provinces → prefectures → counties)."""
    from taizhang.extract.regions import gazetteer
    from .models import Region
    row = Region.objects.filter(code=code).first()
    if row is not None:
        return row
    gz = gazetteer()
    r = gz.by_code(code)
    if r is None:
        return None
    parent = ensure_region(r.parent) if r.parent and r.parent != code else None
    row, _ = Region.objects.get_or_create(code=r.code, defaults={"name": r.name, "short": r.short,
                                                                 "level": r.level, "parent": parent})
    return row


def load_all_regions() -> int:
    """Load every current province, prefecture and county (for facets before any document is read)."""
    from taizhang.extract.regions import gazetteer
    from .models import Region
    gz = gazetteer()
    rows = [r for r in gz.regions if r.code and r.level <= 3 and r.current]
    have = set(Region.objects.values_list("code", flat=True))
    new = {r.code: r for r in rows if r.code not in have}
    Region.objects.bulk_create([Region(code=r.code, name=r.name, short=r.short, level=r.level)
                                for r in new.values()], ignore_conflicts=True)
    ids = dict(Region.objects.values_list("code", "id"))
    upd = []
    for r in new.values():
        if r.parent in ids and r.parent != r.code:  # municipalities are their own parent in the table
            upd.append(Region(id=ids[r.code], parent_id=ids[r.parent]))
    Region.objects.bulk_update(upd, ["parent"], batch_size=500)
    return len(new)


# --------------------------------------------------------------------------- periods

@dataclass(frozen=True)
class Period:
    lo: int | None  # first year covered (None: open start, e.g. "..2025")
    hi: int | None  # last year / deadline year
    sub: str = ""  # H1, Q3, M06, M01..M05
    recurring: bool = False

    @property
    def is_deadline(self) -> bool:
        return self.hi is not None and (self.lo is None or self.lo != self.hi)

    def covers(self, year: int) -> bool:
        if self.recurring:
            return True
        if self.hi is None:
            return False
        lo = self.lo if self.lo is not None else self.hi - 5
        return lo <= year <= self.hi


_YEAR = re.compile(r"(\d{4})")


def parse_period(p: str) -> Period:
    """'2023', '2023-H1', '..2025', '2021..2025', '..2023-M06', 'each-year' → Period."""
    p = (p or "").strip()
    if p == "each-year":
        return Period(None, None, recurring=True)
    if not p or p == "..?":
        return Period(None, None)
    if ".." in p:
        a, b = p.split("..", 1)
        ya, yb = _YEAR.search(a), _YEAR.search(b)
        sub = b[5:] if yb and len(b) > 5 else ""
        return Period(int(ya.group(1)) if ya else None, int(yb.group(1)) if yb else None, sub)
    y = _YEAR.match(p)
    if not y:
        return Period(None, None)
    return Period(int(y.group(1)), int(y.group(1)), p[5:])


def period_year(p: str) -> int | None:
    return parse_period(p).hi


# --------------------------------------------------------------------------- tasks
# Tasks, their units and deadlines are found by ``taizhang.extract.tasks`` (one resolver for
# ``taizhang extract``, for ingest and for 立项, which reads any text with its ``units_stated`` and
# ``deadline_stated``); this name keeps the ledger's callers on it.

from taizhang.extract.tasks import is_action  # noqa: E402,F401  (re-exported)
from taizhang.extract.segment import part_around  # noqa: E402


def sentence_around(text: str, start: int, end: int, limit: int = 300) -> tuple[int, int]:
    """The sentence holding [start, end): from after the previous 。/；/newline to the next one (the segmenter's
    sentence part, so a ledger row quotes the span extraction cut)."""
    return part_around(text, start, end, limit)
