"""jieba's dictionary loaded once, compactly, for every stage that segments or tags.

Why not ``jieba.initialize()`` and ``import jieba.posseg``: jieba keeps its dictionary twice (the prefix
table ``FREQ`` from its cache, and the tagger's ``word_tag_tab`` read again from dict.txt), each with its
own copy of every word, and a separate string object for every tag of its 349,000 words.  Together that
is about 100 MB in every extraction process (each Dask worker, each web worker).  Built here in one pass:
the two tables share their word strings, the tags and frequencies are shared objects, and jieba's
``pkg_resources`` import (about 14 MB resident) is skipped.  The tables hold exactly what jieba's own
loaders would (same file, same rules), so segmentation and tags do not change.
"""
from __future__ import annotations

import io
import sys
import threading
from functools import lru_cache
from pathlib import Path

_lock = threading.Lock()


def _import_jieba():
    """``import jieba`` without pulling in pkg_resources (jieba only uses it to open its own files)."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes ``import`` raise ImportError
    try:
        import jieba
    finally:
        if blocked and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba


def _dict_path(jieba) -> Path:
    return Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)


def _read_tables(path: Path) -> tuple[dict[str, int], int, dict[str, str]]:
    """(prefix table, total frequency, word → tag) as jieba's gen_pfdict and load_word_tag build them."""
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    ints: dict[int, int] = {}
    tag_of: dict[str, str] = {}
    with open(path, "rb") as fh:
        for raw in fh:
            line = raw.strip().decode("utf-8")
            if not line:
                continue
            word, f, tag = line.split(" ")
            n = int(f)
            n = ints.setdefault(n, n)
            freq[word] = n
            total += n
            tags[word] = tag_of.setdefault(tag, tag)
            for k in range(1, len(word)):
                frag = word[:k]
                if frag not in freq:
                    freq[frag] = 0
    return freq, total, tags


@lru_cache(maxsize=1)
def tables() -> tuple[dict[str, int], dict[str, str]]:
    """(jieba's prefix table, word → part-of-speech tag), loaded into jieba's default tokenizers."""
    with _lock:
        jieba = _import_jieba()
        jieba.setLogLevel(60)
        dt = jieba.dt
        if dt.initialized and "jieba.posseg" in sys.modules:  # loaded by jieba itself before us: use its tables
            return dt.FREQ, sys.modules["jieba.posseg"].dt.word_tag_tab
        freq, total, tags = _read_tables(_dict_path(jieba))
        with dt.lock:
            if not dt.initialized and dt.dictionary == jieba.DEFAULT_DICT:
                dt.FREQ, dt.total, dt.initialized = freq, total, True
        freq = dt.FREQ
        if "jieba.posseg" not in sys.modules:
            # the tagger reads dict.txt again when imported: hand it an empty file, then our table
            dt.get_dict_file = lambda: io.BytesIO(b"")
            try:
                import jieba.posseg
            finally:
                del dt.get_dict_file
        pseg = sys.modules["jieba.posseg"]
        pseg.dt.word_tag_tab = tags  # jieba's own table, if it was imported before us, had the same entries
        return freq, pseg.dt.word_tag_tab


def jieba():
    """The ``jieba`` module with its default dictionary loaded (see module docstring)."""
    tables()
    return sys.modules["jieba"]


def posseg():
    """``jieba.posseg`` with its tag table shared with the segmenter's dictionary."""
    tables()
    return sys.modules["jieba.posseg"]
