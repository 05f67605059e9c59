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
import re
import sys
import threading
from functools import lru_cache
from math import log
from pathlib import Path

try:
    import numpy
except ImportError:  # (numpy comes with pandas and pyarrow; without it the tagger keeps jieba's own HMM)
    numpy = None

_lock = threading.Lock()


_JIEBA_VITERBI: list = [None]  # jieba's own ``posseg.viterbi``, kept when the tagger is first imported


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
            _install_viterbi(sys.modules["jieba.posseg"])
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
        _install_viterbi(pseg)
        return freq, pseg.dt.word_tag_tab


def _install_viterbi(pseg) -> None:
    """The tagger's HMM answered by ``viterbi`` (the same answers as jieba's own, which is kept for the case it
    hands back); without numpy jieba's stays."""
    own = getattr(pseg, "viterbi", None)
    if own is None or own is viterbi or numpy is None:
        return
    _JIEBA_VITERBI[0] = own
    pseg.viterbi = viterbi


def jieba():
    """The ``jieba`` module with its default dictionary loaded (see module docstring)."""
    tables()
    return sys.modules["jieba"]


def posseg():
    """``jieba.posseg`` with its tag table shared with the segmenter's dictionary."""
    tables()
    return sys.modules["jieba.posseg"]


_HAN_ONLY = re.compile("[\u4e00-\u9fd5]+")  # one block of jieba's tagger (its ``re_han_internal``) when all Han


def dictionary_words(phrase: str) -> list[tuple[str, str]] | None:
    """The words of jieba's dictionary route through ``phrase`` with their dictionary tags, or None when the phrase
    is not all Han characters (the tagger cuts other characters apart first).

    Why: the tagger (``posseg.cut``, HMM on) walks this same route and emits every word of two or more characters
    on it as one token tagged from the dictionary; only runs of single characters that are no word are handed to
    its HMM (about 1 ms a run, in Python).  So a question about the first or last word, or about how many words a
    phrase is, can often be answered from the route, and the HMM is asked only when its guess could change the
    answer.  A single character's tag here is its dictionary tag, which the HMM may not give it: callers read
    only words of two or more characters as the tagger's."""
    if not phrase or not _HAN_ONLY.fullmatch(phrase):
        return None
    _, tags = tables()
    return [(w, tags.get(w, "x")) for w in _route(phrase)]


def first_word(phrase: str) -> tuple[str, str] | None:
    """The tagger's first word of ``phrase`` with its tag, or None for an empty phrase: read off the dictionary's
    route when that word has two or more characters (the tagger emits it so, whatever its HMM makes of the rest),
    else from the tagger itself."""
    words = dictionary_words(phrase)
    if words is not None and len(words[0][0]) >= 2:
        return words[0]
    return next(((w.word, w.flag) for w in posseg().cut(phrase, HMM=True)), None)


_WORD_LOGP: list = [None, 0, {}]  # (the prefix table, its total, string → log P(word) / _PREFIX_ONLY / _NO_PREFIX)
_PREFIX_ONLY, _NO_PREFIX = 1.0, 2.0  # (a word's log P is never above 0)
_WORD_LOGP_CAP = 100_000  # entries before the memo starts over (a few MB; a batch meets far fewer strings)


def _route(block: str) -> list[str]:
    """The words of jieba's maximum-probability route through ``block``, exactly as its ``get_DAG`` and ``calc``
    find it (the same candidate words, the same floating-point sums in the same order, a tie going to the longer
    word as ``max`` of (score, end) does), in one loop without the DAG's dict, the route's tuples and a generator
    per character: jieba's own pair of passes was most of the region layer's cutting of short windows.  A word's
    ``log(freq) - log(total)`` is memoised (``_WORD_LOGP``, the same float jieba's sum starts with; a prefix that
    is no word, and a string that is no prefix, marked as such), so a step of the loop is one dictionary look-up;
    the memo starts over when jieba's table or total changes, or when it has grown to ``_WORD_LOGP_CAP``."""
    jb = sys.modules["jieba"]
    tok = jb.dt
    freq = tok.FREQ
    memo = _WORD_LOGP
    if memo[0] is not freq or memo[1] != tok.total or len(memo[2]) > _WORD_LOGP_CAP:
        memo[:] = [freq, tok.total, {}]
    lp_of = memo[2]
    lp_get = lp_of.get
    n = len(block)
    logtotal = log(tok.total)
    score = [0.0] * (n + 1)
    end = [0] * n
    for k in range(n - 1, -1, -1):
        best, best_x = 0.0, -1
        i = k
        w = block[k]
        while True:  # (the prefix table holds every prefix of a word, at 0 when it is none)
            lp = lp_get(w)
            if lp is None:
                f = freq.get(w)
                lp = lp_of[w] = _NO_PREFIX if f is None else log(f) - logtotal if f else _PREFIX_ONLY
            if lp <= 0.0:
                s = lp + score[i + 1]
                if best_x < 0 or s >= best:
                    best, best_x = s, i
            elif lp == _NO_PREFIX:
                break  # no word goes on with these characters
            i += 1
            if i == n:
                break
            w = block[k:i + 1]
        if best_x < 0:  # no word starts here: the character alone, at jieba's frequency of it or 1
            best, best_x = log(freq.get(block[k]) or 1) - logtotal + score[k + 1], k
        score[k], end[k] = best, best_x
    out = []
    x = 0
    while x < n:
        y = end[x] + 1
        out.append(block[x:y])
        x = y
    return out


def dictionary_cut(sentence: str) -> tuple[str, ...]:
    """``tuple(jieba.cut(sentence, HMM=False))``: the same blocks, the same route, letters and digits run together
    as jieba joins them (the region layer cuts hundreds of short windows a document with its dictionary only)."""
    tables()
    jb = sys.modules["jieba"]
    re_han, re_skip, re_eng = jb.re_han_default, jb.re_skip_default, jb.re_eng
    out: list[str] = []
    for blk in re_han.split(sentence):
        if not blk:
            continue
        if re_han.match(blk):
            buf = ""
            for w in _route(blk):
                if len(w) == 1 and re_eng.match(w):
                    buf += w
                    continue
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(w)
            if buf:
                out.append(buf)
        else:
            for x in re_skip.split(blk):
                if re_skip.match(x):
                    out.append(x)
                else:
                    out.extend(x)
    return tuple(out)


_MIN_FLOAT = -3.14e100  # jieba's emission probability of a character a state never emits (posseg.viterbi)


class _HMM:
    """The tagger's HMM tables as arrays: its states in descending order (``state``, and ``index`` of each), the
    transition log-probabilities as a matrix (-inf where jieba's table has none), which transitions exist, and
    which states have any."""

    def __init__(self, states, start_p, trans_p, emit_p):
        self.key = (states, start_p, trans_p, emit_p)
        self.state = sorted(trans_p, reverse=True)
        self.index = {y: i for i, y in enumerate(self.state)}
        n = len(self.state)
        self.trans = numpy.full((n, n), float("-inf"))
        self.follows = numpy.zeros((n, n), dtype=bool)
        for y0, row in trans_p.items():
            for y, p in row.items():
                self.trans[self.index[y0], self.index[y]] = p
                self.follows[self.index[y0], self.index[y]] = True
        self.goes_on = numpy.array([len(trans_p[y]) > 0 for y in self.state])
        self.all = numpy.arange(n)
        self._of_char: dict[str, object] = {}

    def of_char(self, ch: str):
        """The indices, ascending, of the states ``ch`` may take (jieba's ``states.get(ch, all_states)``)."""
        out = self._of_char.get(ch)
        if out is None:
            got = self.key[0].get(ch)
            out = self.all if got is None else numpy.array(sorted(self.index[y] for y in got), dtype=numpy.intp)
            if len(self._of_char) < 50_000:
                self._of_char[ch] = out
        return out


_HMM_NOW: list = [None]


def viterbi(obs, states, start_p, trans_p, emit_p):
    """jieba's ``posseg.viterbi`` (the tagger's HMM over a run of single characters no dictionary word covers) with
    each step's maximum over the previous states taken by numpy at once: the same states considered, the same
    floating-point sums in the same order (the previous score plus the transition, then the emission), and among
    equal scores the largest state, as ``max`` of (score, state) tuples picks it (the states are indexed in
    descending order, and numpy's ``argmax`` gives the first maximum).  jieba's generator of tuples per state pair
    cost about half a millisecond a character, 3–6 % of a first reading of a page; a run whose previous states
    have no transition at all (where jieba's ``max`` of nothing raises) is handed to jieba's own function."""
    hmm = _HMM_NOW[0]
    if hmm is None or hmm.key[0] is not states or hmm.key[1] is not start_p or hmm.key[2] is not trans_p \
            or hmm.key[3] is not emit_p:
        hmm = _HMM_NOW[0] = _HMM(states, start_p, trans_p, emit_p)
    state, index = hmm.state, hmm.index
    first = states.get(obs[0], trans_p.keys())
    cur = numpy.array(sorted(index[y] for y in first), dtype=numpy.intp)
    ch = obs[0]
    score = numpy.array([start_p[state[i]] + emit_p[state[i]].get(ch, _MIN_FLOAT) for i in cur])
    back: list[dict[int, int]] = [{}]
    for t in range(1, len(obs)):
        prev = cur[hmm.goes_on[cur]]
        if not len(prev):
            return _JIEBA_VITERBI[0](obs, states, start_p, trans_p, emit_p)
        prev_score = score[hmm.goes_on[cur]]
        expected = hmm.follows[prev].any(axis=0)
        cand = hmm.of_char(obs[t])
        cur = cand[expected[cand]]
        if not len(cur):
            cur = numpy.flatnonzero(expected) if expected.any() else hmm.all
        ch = obs[t]
        emit = numpy.array([emit_p[state[i]].get(ch, _MIN_FLOAT) for i in cur])
        total = (prev_score[:, None] + hmm.trans[numpy.ix_(prev, cur)]) + emit[None, :]
        best = total.argmax(axis=0)
        score = total[best, numpy.arange(len(cur))]
        back.append(dict(zip(cur.tolist(), prev[best].tolist())))
    k = int(score.argmax())
    prob, at = float(score[k]), int(cur[k])
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state[at]
        at = back[i].get(at, -1)
    return prob, route
