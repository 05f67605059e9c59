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
    return insert_postings(kind, ((i.pk, g) for i in items for g in grams(i.search)))


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
    """The postings of (item_id, search text) pairs; as ``insert_postings`` of their grams, but on PostgreSQL each
    item's COPY lines are made with one ``join`` (a bulk load writes tens of millions)."""
    from django.db import connection
    if connection.vendor != "postgresql":
        return insert_postings(kind, ((item_id, g) for item_id, text in items for g in grams(text)))
    table = connection.ops.quote_name(SearchGram._meta.db_table)
    n = 0
    with connection.cursor() as cur:
        # COPY's text format written directly: numbers only, each bigram's code as text from a table
        code_text = _CODE_TEXT.__getitem__
        with cur.cursor.copy(f"COPY {table} (kind, item_id, gram) FROM STDIN") as copy:
            block: list[str] = []
            size = 0
            for item_id, text in items:
                gs = grams(text)
                if not gs:
                    continue
                head = f"{kind}\t{item_id}\t"
                block.append(head + f"\n{head}".join(map(code_text, gs)) + "\n")
                size += len(gs)
                if size >= 50000:
                    copy.write("".join(block))
                    n += size
                    block, size = [], 0
            copy.write("".join(block))
            n += size
    return n


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
