"""The bigram search index: postings per item, and the query side used by every ledger list.

Why bigrams: Chinese has no spaces, the words people search for are often two characters (整改, 高铁), and
both FTS5's trigram tokenizer and pg_trgm need three.  A term's bigrams are looked up in an index, so the
cost follows the number of matching items rather than the size of the ledger; ``search__contains`` then
checks the whole term on those candidates only.

A posting stores the bigram as an integer, ``code``: its two code points in one number (an index of integers
builds in about half the time of one of strings; a bulk load writes tens of millions of postings).
"""
from __future__ import annotations

import unicodedata
from typing import Iterable

from django.db.models import QuerySet

from .models import Fact, Project, SearchGram, Task

KIND_OF = {Fact: SearchGram.FACT, Task: SearchGram.TASK, Project: SearchGram.PROJECT}
MAX_TERM_GRAMS = 4


def _is_word_char(c: str) -> bool:
    return not (c.isspace() or unicodedata.category(c)[0] in "PSZC")


class _WordTable(dict):
    """``str.translate`` table: a word character to itself, any other to a space; filled as characters are met."""

    def __missing__(self, code: int) -> int:
        self[code] = v = code if _is_word_char(chr(code)) else 32
        return v


_WORDS = _WordTable()


def grams(text: str) -> set[str]:
    """The distinct bigrams of word characters (never whitespace, punctuation, symbols or control characters)."""
    return {run[i:i + 2] for run in (text or "").lower().translate(_WORDS).split() for i in range(len(run) - 1)}


def code(gram: str) -> int:
    """A bigram's integer code as the postings store it: the first code point shifted left by 21 bits (every code
    point is below 2**21), or'ed with the second; distinct bigrams have distinct codes."""
    return ord(gram[0]) << 21 | ord(gram[1])


class _CodeText(dict):
    """A bigram → its code as COPY text, filled as bigrams are met (a load meets the same few hundred thousand)."""

    def __missing__(self, gram: str) -> str:
        self[gram] = v = str(code(gram))
        return v


_CODE_TEXT = _CodeText()


def index_items(model, items: Iterable, replace: bool = True) -> int:
    """(Re)write the postings of ``items`` (objects with ``pk`` and ``search``)."""
    kind = KIND_OF[model]
    items = list(items)
    if replace and items:
        ids = [i.pk for i in items]
        for k in range(0, len(ids), 500):
            SearchGram.objects.filter(kind=kind, item_id__in=ids[k:k + 500]).delete()
    return insert_item_postings(kind, [(i.pk, i.search) for i in items])


def insert_postings(kind: int, pairs: Iterable[tuple[int, str]]) -> int:
    """Insert (item_id, bigram) postings (each bigram stored as its ``code``) without building a model object per
    row (there are ~30 per item): COPY on PostgreSQL, ``executemany`` elsewhere.  Returns the number of rows."""
    from django.db import connection
    table = connection.ops.quote_name(SearchGram._meta.db_table)
    n = 0
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            # COPY's text format written directly: numbers only
            code_text = _CODE_TEXT
            with cur.cursor.copy(f"COPY {table} (kind, item_id, gram) FROM STDIN") as copy:
                lines: list[str] = []
                for item_id, g in pairs:
                    lines.append(f"{kind}\t{item_id}\t{code_text[g]}\n")
                    if len(lines) >= 20000:
                        copy.write("".join(lines))
                        n += len(lines)
                        lines = []
                copy.write("".join(lines))
                n += len(lines)
            return n
        sql = f"INSERT INTO {table} (kind, item_id, gram) VALUES (%s, %s, %s)"
        block: list[tuple[int, int, int]] = []
        for item_id, g in pairs:
            block.append((kind, item_id, code(g)))
            if len(block) >= 5000:
                cur.executemany(sql, block)
                n += len(block)
                block = []
        if block:
            cur.executemany(sql, block)
            n += len(block)
    return n


def insert_item_postings(kind: int, items: Iterable[tuple[int, str]]) -> int:
    """The postings of (item_id, search text) pairs; as ``insert_postings`` of their grams, but on PostgreSQL the
    bigram codes of many items at once are computed as arrays (``posting_codes``) and sent as one binary COPY of
    fixed-size rows (a bulk load writes tens of millions: no Python object, no text, no parsing per posting)."""
    from django.db import connection
    if connection.vendor != "postgresql":
        return insert_postings(kind, ((item_id, g) for item_id, text in items for g in grams(text)))
    items = list(items)
    table = connection.ops.quote_name(SearchGram._meta.db_table)
    n = 0
    with connection.cursor() as cur:
        with cur.cursor.copy(f"COPY {table} (kind, item_id, gram) FROM STDIN (FORMAT binary)") as copy:
            copy.write(_BINARY_HEAD)
            for k in range(0, len(items), _ITEMS_AT_ONCE):
                ids, codes = posting_codes(items[k:k + _ITEMS_AT_ONCE])
                copy.write(_binary_rows(kind, ids, codes))
                n += len(ids)
            copy.write(_BINARY_TAIL)
    return n


# COPY's binary format: a signature, flags and header extension (both 0), then per row the number of fields and each
# field as its length and its big-endian value; a row of (kind smallint, item_id bigint, gram bigint) is 32 bytes
_BINARY_HEAD = b"PGCOPY\n\xff\r\n\x00" + b"\x00\x00\x00\x00" + b"\x00\x00\x00\x00"
_BINARY_TAIL = b"\xff\xff"
_ITEMS_AT_ONCE = 100_000  # items whose codes are computed together (an item's place in them takes 21 bits)


def _binary_rows(kind: int, ids, codes) -> bytes:
    import numpy as np
    rows = np.empty(len(ids), dtype=np.dtype([("n", ">i2"), ("l1", ">i4"), ("kind", ">i2"), ("l2", ">i4"),
                                              ("item", ">i8"), ("l3", ">i4"), ("gram", ">i8")]))
    rows["n"], rows["l1"], rows["kind"], rows["l2"], rows["l3"] = 3, 2, kind, 8, 8
    rows["item"], rows["gram"] = ids, codes
    return rows.tobytes()


class _CharTable:
    """Per code point, whether it is a word character (``_is_word_char``), as arrays indexed by code point; each
    code point asked of ``unicodedata`` once, when a text first holds it."""

    def __init__(self):
        import numpy as np
        self.word = np.zeros(0x110000, dtype=bool)
        self.known = np.zeros(0x110000, dtype=bool)

    def __call__(self, cps):
        import numpy as np
        new = _distinct(cps[~self.known[cps]])
        if len(new):
            self.word[new] = [_is_word_char(chr(c)) for c in new.tolist()]
            self.known[new] = True
        return self.word[cps]


_CHARS: _CharTable | None = None


def _distinct(a):
    """The distinct values of an integer array, ascending (a sort: numpy's ``unique`` hashes, several times slower
    on these arrays)."""
    import numpy as np
    a = np.sort(a)
    return a[np.concatenate(([True], a[1:] != a[:-1]))] if len(a) else a


def posting_codes(items: list[tuple[int, str]]):
    """(item ids, bigram codes) of the postings of (item_id, search text) pairs: per item the ``code`` of each of
    ``grams(text)``, in the items' order and each item's codes ascending — the same postings, computed as arrays over all the texts at once
    (lowered, joined by a space, as UTF-32 code points: a bigram is two adjacent word characters)."""
    import numpy as np
    global _CHARS
    if _CHARS is None:
        _CHARS = _CharTable()
    if len(items) >= 1 << 21:
        raise ValueError("posting_codes: at most 2**21 - 1 items at once")
    lowered = [(text or "").lower() for _, text in items]
    if not lowered:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    cps = np.frombuffer(" ".join(lowered).encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.int64)
    word = _CHARS(cps)
    pos = np.flatnonzero(word[:-1] & word[1:])  # the space between two texts is no word character
    lens = np.fromiter((len(t) + 1 for t in lowered), dtype=np.int64, count=len(lowered))
    item = np.repeat(np.arange(len(lowered), dtype=np.int64), lens)[pos]
    keys = _distinct(item << 42 | cps[pos] << 21 | cps[pos + 1])
    ids = np.fromiter((i for i, _ in items), dtype=np.int64, count=len(items))
    return ids[keys >> 42], keys & ((1 << 42) - 1)


def _spread(gs: list[str]) -> list[str]:
    """At most MAX_TERM_GRAMS bigrams spread over the term (the rest is checked by the LIKE)."""
    if len(gs) <= MAX_TERM_GRAMS:
        return gs
    step = (len(gs) - 1) / (MAX_TERM_GRAMS - 1)
    return [gs[round(i * step)] for i in range(MAX_TERM_GRAMS)]


def _terms(q: str):
    """(term, the bigrams its candidates are looked up by) for each of the first five terms of ``q``."""
    for term in (q or "").split()[:5]:
        term = term[:50]
        term_l = term.lower()
        gs = [term_l[i:i + 2] for i in range(len(term_l) - 1)
              if _is_word_char(term_l[i]) and _is_word_char(term_l[i + 1])]
        yield term, _spread(list(dict.fromkeys(gs)))


def search(qs: QuerySet, q: str, bound: int | None = None) -> QuerySet:
    """Every whitespace-separated term must occur in the item's search text.

    With ``bound``, a bigram's candidates are its newest ``bound`` postings only (an index-only read of the
    postings backwards): for counts over a list's newest rows, where a common word (增长) would otherwise join
    hundreds of thousands of postings; ``bounded`` says whether that left anything out."""
    kind = KIND_OF.get(qs.model)
    for term, gs in _terms(q):
        if kind is not None:
            for g in gs:
                postings = SearchGram.objects.filter(gram=code(g), kind=kind).order_by("-item_id").values("item_id")
                qs = qs.filter(pk__in=postings if bound is None else postings[:bound])
            if bound is not None and gs == [term] and term.upper() == term:
                # a two-character term without case (整改, 30): its posting is the match.  Left out for the bounded
                # facet counts only (index-only, merged with the list's index); a list and its count keep the
                # LIKE, whose low estimate makes the planner start from the rarer side
                continue
        qs = qs.filter(search__icontains=term)
    return qs


def bounded(model, q: str, bound: int) -> bool:
    """Whether some bigram of ``q`` has more than ``bound`` postings (``search(..., bound=bound)`` is partial)."""
    kind = KIND_OF.get(model)
    if kind is None:
        return False
    return any(SearchGram.objects.filter(gram=code(g), kind=kind).order_by("-item_id")[bound:bound + 1].exists()
               for _, gs in _terms(q) for g in gs)
