"""Character-by-character normalisation for matching: offsets never move.

Traditional script is converted to simplified one character at a time (the first
candidate of OpenCC's TSCharacters table; phrase-level conversion would change
lengths), full-width ASCII to half-width, and a few look-alike punctuation marks
to one form.  ``len(normalize_chars(s)) == len(s)`` always holds.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from . import rx
from .units import LEVEL_UNITS, MAGNITUDES, MULTIPLE_UNITS, PERCENT_UNITS, POINT_UNITS

# units after which a dotted figure is a decimal: amounts, rates, points, multiples (never counts: 5·12个 is no figure)
_DOT_UNITS = sorted(set(PERCENT_UNITS + POINT_UNITS + MULTIPLE_UNITS + LEVEL_UNITS) - {"成", "度", "分"}, key=len, reverse=True)


# 乾 is a character of simplified script too (乾安县, 乾县, 乾坤): OpenCC lists 干 first for it, and a simplified page's
# 乾安县 read as 干安县 met no place but the 安县 inside it (a county of another province)
_OWN_SIMPLIFIED = frozenset("乾")
# a converter's variant that OpenCC's table lacks: 陜 (U+965C) written for 陝 (U+965D), the 陕 of 陕西 and 宁陕县
_SCRIPT_VARIANTS = {"陜": "陕"}


@lru_cache(maxsize=1)
def _script_table() -> dict[int, str]:
    """Traditional → simplified, one character for one (the first candidate of OpenCC's TSCharacters table), but for
    ``_OWN_SIMPLIFIED`` (kept as written) and with ``_SCRIPT_VARIANTS``."""
    table: dict[int, str] = {ord(k): v for k, v in _SCRIPT_VARIANTS.items()}
    try:
        text = (resources.files("opencc") / "dictionary" / "TSCharacters.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        text = ""
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 2:
            src, cands = parts
            dst = cands.split(" ")[0]
            if len(src) == 1 and len(dst) == 1 and src != dst and src not in _OWN_SIMPLIFIED:
                table[ord(src)] = dst
    return table


def simplified_script(s: str) -> str:
    """``s`` with its traditional characters written in simplified script and nothing else changed (same length;
    punctuation, digits and blanks as written).

    Why: the cleaner's finders read the input itself with simplified words and units (27. 28亿元: a decimal broken
    after its point, 人气:22: a page counter); a traditional page (27. 28億元, 人氣:22) must meet them as its
    simplified twin does, while their full-width and half-width marks are kept apart as they were written."""
    table = _script_table()
    return _phrases(s, _script_chars(s)) if table else s


def _script_chars(s: str) -> str:
    """``s.translate(_script_table())``, read as ``_chars`` reads (``_mapped``): ``translate`` with the table's dict
    raised and cleared a KeyError inside for every character the table lacks (every simplified one), about 600
    instructions a character of every page the cleaner reads (1 % of a first reading)."""
    return _mapped(s, _script_bmp_array, _script_table, _script_bmp_table)


@lru_cache(maxsize=1)
def _script_bmp_table() -> list[int]:
    """``_script_table()`` for the BMP as a list indexed by code point (as ``_bmp_table`` is for ``_table``)."""
    out = list(range(0x10000))
    for k, v in _script_table().items():
        if k < 0x10000:
            out[k] = ord(v)
    return out


@lru_cache(maxsize=1)
def _script_bmp_array():
    """``_script_bmp_table()`` as a numpy array (None without numpy)."""
    try:
        import numpy
    except ImportError:
        return None
    return numpy.array(_script_bmp_table(), dtype=numpy.uint32)


@lru_cache(maxsize=1)
def _phrase_table() -> dict[str, str]:
    """Words whose traditional spelling keeps a character the character table leaves as it is (瞭解 → 了解, 反覆 →
    反复, 傢俱 → 家具, 藉助 → 借助): OpenCC's phrase table (TSPhrases) where a phrase keeps its length and differs
    from the character reading only at such characters, keyed by that character reading (据瞭解 for 據瞭解).

    Why: 瞭, 覆, 藉 are simplified characters of their own (瞭望, 覆盖, 慰藉), so no table of characters may map
    them; a converter writes 了解 as 瞭解 all the same, and a traditional page's 記者從有關部門瞭解到 then met no
    source cue (了解到) and became its headline."""
    try:
        text = (resources.files("opencc") / "dictionary" / "TSPhrases.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    table = _script_table()
    out: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) != 2:
            continue
        trad, simple = parts[0], parts[1].split(" ")[0]
        if len(trad) != len(simple):
            continue
        read = trad.translate(table)
        kept = [i for i, (t, r, x) in enumerate(zip(trad, read, simple)) if r != x and t == r]
        if kept and all(r == x for i, (r, x) in enumerate(zip(read, simple)) if i not in kept):
            out[read] = simple
    return out


@lru_cache(maxsize=1)
def _phrase_patterns() -> tuple[re.Pattern | None, re.Pattern | None]:
    """(a character opening some word of ``_phrase_table``, the words themselves longest first): the first is a fast
    test that a text may hold one of the words at all."""
    words = _phrase_table()
    table = _script_table()
    if not words or not table:
        return None, None
    heads = "".join(sorted({c for w in words for c in w if c not in table.values() and ord(c) not in table} & {
        c for w, x in words.items() for c, y in zip(w, x) if c != y}))
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(f"[{re.escape(heads)}]"), re.compile(alternation)


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    return frozenset(chr(k) for k in _script_table())


def written_traditional(s: str) -> bool:
    """Whether ``s`` writes any character of traditional script.  A set of the text's characters against the table's:
    a regular expression's class of some thousands of characters costs about a third of a microsecond a character,
    and a simplified text writing 覆盖 asked it of every text given to normalize_chars.  A long text's code points
    are looked up at once in an array of the table's (``_traditional_array``): the set made a string of every
    character and hashed it, about 400 instructions a character, and the cleaner, its noise finder and the
    document's normal form each ask it of the whole text of a page that writes 覆盖 or 与时俱进."""
    if len(s) >= _VECTOR_MIN:
        array = _traditional_array()
        if array is not None:
            import numpy
            points = numpy.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
            # a code point past the array's end (its last entry, False) is no character of the table
            return bool(array.take(points, mode="clip").any())
    return not _traditional_chars().isdisjoint(s)


@lru_cache(maxsize=1)
def _traditional_array():
    """Whether each code point up to the script table's last is a character of it, and one False after it (what
    ``take(..., mode="clip")`` reads for every code point past the table); None without numpy."""
    try:
        import numpy
    except ImportError:
        return None
    table = _script_table()
    out = numpy.zeros(max(table, default=0) + 2, dtype=bool)
    out[list(table)] = True
    return out


def _phrases(original: str, read: str) -> str:
    """``read`` (``original`` read character by character) with the words of ``_phrase_table`` read as words, when
    ``original`` is written in traditional script at all (a simplified text's 覆上, 沈积 are its own words)."""
    cue, words = _phrase_patterns()
    if cue is None or cue.search(read) is None or not written_traditional(original):
        return read
    table = _phrase_table()
    return words.sub(lambda m: table[m.group()], read)


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = dict(_script_table())
    # Full-width ASCII (digits, letters, %, +, ...) to half-width.
    for c in range(0xFF01, 0xFF5F):
        table[c] = chr(c - 0xFEE0)
    table[0x3000] = " "  # ideographic space
    table[0x00A0] = " "  # no-break space
    for dash in "－—–―":  # keep 1—5月 readable as a range marker
        table.setdefault(ord(dash), "—")
    table[ord("－")] = "-"
    # the minus sign (−, U+2212) and the small hyphen-minus (﹣, U+FE63) a typesetter puts before a negative cell or
    # rate (增长率﹣1.80‰) are the minus every pattern reads as "-"
    for minus in "\u2212\ufe63":
        table[ord(minus)] = "-"
    # the ratio sign (∶), the vertical two-dot leader (︰) and the small colon (﹕) stand for a colon: 8.1︰40.2︰51.7
    # is a ratio as 8.1:40.2:51.7 is, 时间∶ a label as 时间: is
    for colon in "∶︰﹕":
        table[ord(colon)] = ":"
    return table


@lru_cache(maxsize=1)
def _bmp_table() -> list[int]:
    """``_table()`` for the BMP as a list indexed by code point: ``str.translate`` indexes a list faster than it
    looks a character up in a dict (no hashing per character)."""
    out = list(range(0x10000))
    for k, v in _table().items():
        if k < 0x10000:
            out[k] = ord(v)
    return out


_ASTRAL = rx.compile("[\U00010000-\U0010FFFF]")
_VECTOR_MIN = 256  # below this many characters str.translate is as fast as the array look-up's fixed cost


@lru_cache(maxsize=1)
def _bmp_array():
    """``_bmp_table()`` as a numpy array (None without numpy): a whole text is then mapped by one indexed
    look-up of its UTF-32 code points, where ``str.translate`` looks every character up one by one."""
    try:
        import numpy
    except ImportError:  # numpy comes with pandas and pyarrow; without it translate does the same work
        return None
    return numpy.array(_bmp_table(), dtype=numpy.uint32)


def normalize_chars(s: str) -> str:
    """``s`` read in simplified script and half-width forms, one character for one (same length); words a character
    table cannot read (瞭解, 反覆) as words (``_phrases``)."""
    if len(s) <= SHORT_MEMO_LEN:
        return _normalize_short(s)
    return _phrases(s, _chars(s))


# A short string (a title, a heading, a line, a role) is asked about again by the readers of one document (the
# title by meta, context and projects; every section's title by the frames): its reading is kept, by its string alone.
# A longer one (a whole text) is mostly asked once, and is not kept alive by a memo.
SHORT_MEMO_LEN = 256


@lru_cache(maxsize=4096)
def _normalize_short(s: str) -> str:
    """``normalize_chars`` of a string of at most ``SHORT_MEMO_LEN`` characters."""
    return _phrases(s, _chars(s))


def by_character(s: str) -> str:
    """``s`` read character by character alone (no word of ``_phrase_table``): where a page's own character stands
    for a normalised one everywhere (億 for 亿), not only inside a word (瞭 for 了 in 瞭解 alone)."""
    return _chars(s)


def _chars(s: str) -> str:
    return _mapped(s, _bmp_array, _table, _bmp_table)


def _mapped(s: str, array, table, bmp_table) -> str:
    """``s.translate(table())`` by the cheapest reader that gives the same: a long text's code points mapped at once
    by ``array()`` (numpy; None without it), a text within the BMP by the list ``bmp_table()`` indexed by code point,
    else the dict ``table()``."""
    if len(s) >= _VECTOR_MIN:
        points_table = array()
        if points_table is not None:
            import numpy
            # surrogatepass: a lone surrogate (a broken file) is a code point like any other, mapped to itself
            points = numpy.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
            if int(points.max()) < 0x10000:  # no character past the BMP: the array covers every one
                return points_table[points].tobytes().decode("utf-32-le", "surrogatepass")
            return s.translate(table())
    if _ASTRAL.search(s) is None:  # no character past the BMP: the list covers every one
        return s.translate(bmp_table())
    return s.translate(table())


# 上涨2·3% / 4•1亿元: a typesetter's middle dot between digits, before a unit of an amount, a rate or a multiple, is the
# decimal point; before anything else (5·12地震, 3·15晚会, 7·20特大暴雨) it joins a day's month and date in an event's name
_MIDDLE_DOTS = "·•‧・∙"
_DOT_DECIMAL = rx.compile(
    rf"(?<=\d)[{_MIDDLE_DOTS}](?=\d+(?:{'|'.join(MAGNITUDES)})?(?:{'|'.join(map(re.escape, _DOT_UNITS))}))")


def decimal_points(s: str) -> str:
    """``s`` with every middle dot that stands for a decimal point written as one (same length)."""
    if not any(d in s for d in _MIDDLE_DOTS):
        return s
    return _DOT_DECIMAL.sub(".", s)


def to_simplified(s: str) -> str:
    """Alias used by gazetteer and dictionary loaders."""
    return normalize_chars(s)
