"""Regex helpers for speed: a first-character gate in front of a long alternation.

Python's ``re`` tries every branch of an alternation at every position of the text, and a branch that
opens with a group or a look-behind (``(?P<t>…)``, ``(?<!将)累计``) cannot be rejected by its first
character alone.  ``gated`` puts ``(?=[…])`` before a pattern, the class holding every character a match
can start with (worked out from the parsed pattern), so a position no match can start at costs one test.
The gate never changes what matches: a match is never empty and always starts with one of those
characters.  A pattern whose first characters cannot be listed (it can match the empty string, opens
with ``.``, a negated class, a back-reference, or carries flags) is returned as it is.  ``compile`` is
``re.compile`` with the gate put in front wherever it can only help (``worth_gating``).
"""
from __future__ import annotations

import bisect
import re
import warnings
from re import _compiler
from re import _constants as C
from re import _parser as P
from typing import Callable

import _sre

_CATEGORY_ESCAPES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
                     C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)
_REPEATS = tuple(op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op is not None)


class _Unknown(Exception):
    pass


def _class_item(op, av) -> str:
    if op is C.LITERAL:
        return _char(av)
    if op is C.RANGE:
        return f"{_char(av[0])}-{_char(av[1])}"
    if op is C.CATEGORY and av in _CATEGORY_ESCAPES:
        return _CATEGORY_ESCAPES[av]
    raise _Unknown(op)


def _char(code: int) -> str:
    c = chr(code)
    return "\\" + c if c in "\\]^-[" else (f"\\x{code:02x}" if code < 32 else c)


def _first(seq) -> tuple[set[str], bool]:
    """(class items a match of ``seq`` can start with, whether ``seq`` can match the empty string)."""
    items: set[str] = set()
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            items.add(_char(av))
            return items, False
        if op is C.IN:
            if any(o is C.NEGATE for o, _ in av):
                raise _Unknown(op)
            items.update(_class_item(o, a) for o, a in av)
            return items, False
        if op is C.BRANCH:
            nullable = False
            for alt in av[1]:
                sub, n = _first(alt)
                items |= sub
                nullable = nullable or n
            if not nullable:
                return items, False
            continue
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub_seq = av
            if add_flags or del_flags:
                raise _Unknown(op)
            sub, n = _first(sub_seq)
            items |= sub
            if not n:
                return items, False
            continue
        if op in _REPEATS:
            lo, _hi, sub_seq = av
            sub, n = _first(sub_seq)
            items |= sub
            if lo > 0 and not n:
                return items, False
            continue
        if op is C.ATOMIC_GROUP:
            sub, n = _first(av)
            items |= sub
            if not n:
                return items, False
            continue
        raise _Unknown(op)
    return items, True


def first_chars(pattern: str) -> str | None:
    """A character class (``[…]``) of every character a match of ``pattern`` can start with, or None."""
    try:
        parsed = P.parse(pattern)
    except _Unknown:
        return None
    return _first_class(parsed)


def gated(pattern: str) -> str:
    """``pattern`` behind a look-ahead for its first characters (the same matches, found faster)."""
    cls = first_chars(pattern)
    return pattern if cls is None else f"(?={cls})(?:{pattern})"


class Alternation:
    """``re.compile(prefix + "(?:(?P<n1>p1)|(?P<n2>p2)|…)")`` for ``finditer``, with each position tried only
    against the alternatives that can start with its character.

    A long alternation of named patterns (the period grammar) costs the engine one attempt per alternative
    at every position that passes the gate.  Here a position is tried with a pattern of only the alternatives
    whose first characters (``first_chars``) hold the character there, in their order: the first alternative
    that matches is the same one, so the matches (spans, ``lastgroup``, named groups, ``m.string``) are the
    same as the whole alternation's.  Numbered groups differ: read groups by name.  When an alternative's
    first characters cannot be listed, the whole alternation is used as it is.
    """

    def __init__(self, named: list[tuple[str, str]], prefix: str = ""):
        self.named = list(named)
        self.prefix = prefix
        self.whole = re.compile(prefix + "(?:" + "|".join(f"(?P<{n}>{p})" for n, p in self.named) + ")")
        classes = [first_chars(p) for _, p in self.named]
        self._classes = None if None in classes else [re.compile(c) for c in classes]
        self._gate = None if self._classes is None else re.compile(
            "[" + "".join(c[1:-1] for c in classes) + "]")
        self._by_char: dict[str, re.Pattern | None] = {}
        self._by_set: dict[tuple[int, ...], re.Pattern] = {}

    def _for(self, ch: str) -> re.Pattern | None:
        ks = tuple(k for k, cls in enumerate(self._classes) if cls.match(ch))
        if not ks:
            rx = None
        else:
            rx = self._by_set.get(ks)
            if rx is None:
                rx = self._by_set[ks] = re.compile(
                    self.prefix + "(?:" + "|".join(f"(?P<{self.named[k][0]}>{self.named[k][1]})" for k in ks) + ")")
        self._by_char[ch] = rx
        return rx

    def finditer(self, text: str) -> list[re.Match]:
        """The matches ``self.whole.finditer(text)`` gives (none of them is empty)."""
        if self._gate is None:
            return list(self.whole.finditer(text))
        out = []
        gate, by_char = self._gate.search, self._by_char
        pos, n = 0, len(text)
        while pos < n:
            g = gate(text, pos)
            if g is None:
                break
            p = g.start()
            ch = text[p]
            rx = by_char[ch] if ch in by_char else self._for(ch)
            m = rx.match(text, p) if rx is not None else None
            if m is not None and m.end() > p:
                out.append(m)
                pos = m.end()
            else:
                pos = p + 1
        return out


_WIDE = re.compile(r"\\[sSwWD]|(.)-(.)")


def worth_gating(pattern: re.Pattern) -> bool:
    """Whether a look-ahead gate can only help: the pattern does not open with a character or a class (the
    engine then already skips to where it can start) or an anchor, and its first characters are few (not
    every Han character)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & ~re.UNICODE:
        return False
    seq = P.parse(pattern.pattern)
    op, av = seq[0] if len(seq) else (None, None)
    while op is C.SUBPATTERN and len(av[3]):  # the engine looks into groups for what opens a pattern
        op, av = av[3][0]
    if op is C.LITERAL or op is C.IN or op is C.AT or (op is C.ASSERT and av[0] == 1) or \
            (op is C.BRANCH and all(alt and alt[0][0] is C.LITERAL for alt in av[1])):
        return False  # an anchor (^) is tried at the start only; a look-ahead opening gates already
    cls = first_chars(pattern.pattern)
    if cls is None:
        return False
    for m in _WIDE.finditer(cls):
        if m.group(1) is None or ord(m.group(2)) - ord(m.group(1)) > 64:
            return False
    return True


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, behind its first-character gate when it is ``worth_gating`` (the same
    matches, found faster), and with the characters a match can start with as its search's start set
    (``with_start_set``).  Every module-level pattern of the extractor is made with this function, so a
    pattern is gated where it is defined (``tests/extract/test_rx.py`` fails on one that is not).  The pattern
    is parsed once (twice when gated) and compiled once: the extractor's 1,300 patterns are compiled on import."""
    parsed = P.parse(pattern, flags)
    cls = _first_class(parsed)
    if cls is not None and _gate_helps(parsed, cls):
        pattern = f"(?={cls})(?:{pattern})"  # = gated(pattern)
        parsed = P.parse(pattern, flags)
    return _compiled(pattern, parsed, flags, cls)[0]


def with_start_set(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` compiled again with the class of the characters its matches start with (``first_chars``) as the
    start set of its code's info block, when ``re``'s compiler found none: then ``search``/``finditer`` skip in C
    the positions no match can start at (a tight loop over the characters) instead of starting the matcher at each
    one.  The compiler finds such a set only for a pattern opening with a literal, a class or an alternation of
    literals; a gated pattern (opening with its look-ahead), an alternation of groups or look-behinds
    (``(?<!将)累计|已经``) or a repeat got none, and a search tried the whole pattern at every position of the
    text.  The matches are the same: every match starts with a character of the class (the pattern matches no
    empty string), and ``match``/``fullmatch`` never read the set.  Left as it is: a pattern with flags, one
    opening with an anchor (``^``: ``re`` stops after the first position), one whose start set cannot be listed."""
    if not isinstance(pattern.pattern, str) or pattern.flags != re.UNICODE:
        return pattern
    parsed = P.parse(pattern.pattern)
    cls = _first_class(parsed)
    if cls is None:
        return pattern
    got, given = _compiled(pattern.pattern, parsed, 0, cls)
    return got if given else pattern


def _first_class(parsed) -> str | None:
    """``first_chars`` of a parsed pattern (None for one with flags)."""
    if parsed.state.flags & ~(re.UNICODE | re.NOFLAG):
        return None
    try:
        items, nullable = _first(parsed)
    except _Unknown:
        return None
    if nullable or not items:
        return None
    return "[" + "".join(sorted(items)) + "]"


def _opening(parsed):
    """(op, av) a parsed pattern opens with, looked into groups as the engine does."""
    op, av = parsed[0] if len(parsed) else (None, None)
    while op is C.SUBPATTERN and len(av[3]):  # the engine looks into groups for what opens a pattern
        op, av = av[3][0]
    return op, av


def _gate_helps(parsed, cls: str) -> bool:
    """``worth_gating`` of a parsed pattern without flags whose first characters are ``cls``."""
    op, av = _opening(parsed)
    if op is C.LITERAL or op is C.IN or op is C.AT or (op is C.ASSERT and av[0] == 1) or \
            (op is C.BRANCH and all(alt and alt[0][0] is C.LITERAL for alt in av[1])):
        return False  # an anchor (^) is tried at the start only; a look-ahead opening gates already
    for m in _WIDE.finditer(cls):
        if m.group(1) is None or ord(m.group(2)) - ord(m.group(1)) > 64:
            return False
    return True


def _compiled(pattern: str, parsed, flags: int, cls: str | None) -> tuple[re.Pattern, bool]:
    """(``re.compile(pattern, flags)`` from its parse, whether its info block was given the start set ``cls``: the
    class of the characters every match starts with, where ``re``'s compiler lists none (``with_start_set``))."""
    code = _compiler._code(parsed, flags)
    flags |= parsed.state.flags
    given = False
    if cls is not None and code[0] is C.INFO and code[2] == 0 and code[3] > 0 and _opening(parsed)[0] is not C.AT:
        (op, av), = P.parse(cls).data  # (a class of one character is parsed as that character)
        if op is C.IN or op is C.LITERAL:
            charset, hascased = _compiler._optimize_charset(av if op is C.IN else [(op, av)])
            if not hascased:
                info = [C.INFO, 0, C.SRE_INFO_CHARSET, code[3], code[4]]
                _compiler._compile_charset(charset, flags, info)
                info[1] = len(info) - 1
                code[:1 + code[1]] = info
                given = True
    indexgroup = [None] * parsed.state.groups
    for k, i in parsed.state.groupdict.items():
        indexgroup[i] = k
    return _sre.compile(pattern, flags, code, parsed.state.groups - 1, parsed.state.groupdict,
                        tuple(indexgroup)), given


class Literals:
    """The matches ``finditer`` of an alternation of plain words, longest first, gives (leftmost, the longest
    word at that start, not overlapping the one before), found by one Aho-Corasick pass.

    ``re`` tries the words one after another at every position whose character opens one of them; with a
    couple of hundred words (project head nouns) that is most of a scan's time.  ``spans`` gives the same
    (start, end) pairs as ``re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    .finditer(text)`` (two different words of one length cannot both match at one start).
    """

    def __init__(self, words):
        import ahocorasick

        self.words = sorted({w for w in words if w})
        self._auto = None
        if self.words:
            self._auto = ahocorasick.Automaton()
            for w in self.words:
                self._auto.add_word(w, len(w))
            self._auto.make_automaton()

    def spans(self, text: str) -> list[tuple[int, int]]:
        if self._auto is None:
            return []
        longest: dict[int, int] = {}
        get = longest.get
        for e, n in self._auto.iter(text):
            s = e - n + 1
            if n > get(s, 0):
                longest[s] = n
        out = []
        free = 0  # a match starting before this overlaps the one taken last
        for s in sorted(longest):
            if s >= free:
                free = s + longest[s]
                out.append((s, free))
        return out


def members_then(text: str, pos: int, close: re.Pattern, joins: str, shortest: int, longest: int,
                 mark: str = "") -> bool:
    """Whether ``(?:mark?[joins]HAN{shortest,longest}?)*mark?close`` matches at ``pos``, read in steps.

    A list's later members (、乙市和丙市…) may hold a join word themselves (和, 与, 及), so one regex of that shape tries
    every way to cut a run like 甲和乙和丙… and a long one never finishes.  Here every place a member can end is
    visited once and ``close`` is tried there: time linear in the run."""
    seen, todo, n = set(), [pos], len(text)
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        if close.match(text, p):
            return True
        for j in ({p, p + 1} if mark and text.startswith(mark, p) else (p,)):
            if j < n and text[j] in joins:
                for e in range(j + 2, min(j + 1 + longest, n) + 1):
                    if not "\u4e00" <= text[e - 1] <= "\u9fff":
                        break
                    if e - j - 1 >= shortest:
                        todo.append(e)
    return False


_BLIND: dict[re.Pattern, bool] = {}  # window_blind's answers (a pattern is parsed once)


def window_blind(pattern: re.Pattern) -> bool:
    """Whether what ``pattern`` finds in a window [pos, end) never depends on how far the window goes past the match:
    it reads no character after the match's end, so a match of the window [pos, endpos) that ends at or before
    ``end`` is the match of [pos, end) too.  ``Scan`` reads a paragraph once for every end asked on that ground.

    A match reads past its end only through a look-ahead (``(?=…)``, ``(?!…)``) or an anchor (``$``, ``\\b``, ``\\Z``),
    which may see the window's end; a look-behind reads before the match, which every window of one ``pos`` holds
    alike.  The one look-ahead allowed is the first-character gate ``compile`` puts in front of a pattern (a class
    of one character, read at the match's start).  A pattern that can match the empty string is left out too (the
    scan after an empty match is not the scan of a window that starts there)."""
    got = _BLIND.get(pattern)
    if got is None:
        got = _BLIND[pattern] = isinstance(pattern.pattern, str) and _window_blind(pattern)
    return got


def _window_blind(pattern: re.Pattern) -> bool:
    """``window_blind``, read off the parsed pattern."""
    parsed = P.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    if parsed.getwidth()[0] == 0:
        return False
    seq = list(parsed)
    if seq and seq[0][0] is C.ASSERT and seq[0][1][0] == 1 and len(seq[0][1][1]) == 1 \
            and seq[0][1][1][0][0] in (C.IN, C.LITERAL):
        seq = seq[1:]  # the gate: (?=[…]) reading the match's first character
    return _reads_no_further(seq)


def _reads_no_further(seq) -> bool:
    """Whether a parsed sequence holds no anchor and no look-ahead (look-behinds may hold neither either)."""
    for op, av in seq:
        if op is C.AT or ((op is C.ASSERT or op is C.ASSERT_NOT) and av[0] != -1):
            return False
        for sub in _subsequences(op, av):
            if not _reads_no_further(sub):
                return False
    return True


def _subsequences(op, av) -> list:
    """The parsed sequences nested in one parsed item (a group's, a branch's, a repeat's, a look-behind's body)."""
    if op is C.SUBPATTERN:
        return [av[3]]
    if op is C.BRANCH:
        return list(av[1])
    if op in _REPEATS:
        return [av[2]]
    if op is C.ASSERT or op is C.ASSERT_NOT:
        return [av[1]]
    if op is C.GROUPREF_EXISTS:
        return [s for s in av[1:] if s is not None]
    if getattr(C, "ATOMIC_GROUP", None) is not None and op is C.ATOMIC_GROUP:
        return [av]
    return []


_SPLIT_REACH: dict[tuple[re.Pattern, str], int | None] = {}  # split_reach's answers
_CAT_RE = {cat: re.compile(esc) for cat, esc in _CATEGORY_ESCAPES.items()}


def split_reach(pattern: re.Pattern, ch: str) -> int | None:
    """How many characters before a piece of text a scan of the piece alone must be given (as the text before ``pos``)
    for ``pattern`` to find in it what a scan of the whole text finds there, when the text is cut right after each
    ``ch`` (a sentence's 。): the longest look-behind's reach (0: none).  None when the pieces cannot be read apart:
    a match or a look-ahead may read ``ch`` (a match may then run over a cut, or see past its piece's end), the pattern
    can match the empty string, anchors the text's start (``^``, ``\\A``) or holds what is not listed here (a
    back-reference, a flag changing case).

    Why this suffices: no match holds ``ch``, so every match of the whole lies inside one piece, and the scan passes
    each cut with no match open; a match in a piece reads nothing past the piece's ``ch`` (its look-aheads stop there
    too), and nothing before the piece but through look-behinds, which the characters given before ``pos`` serve."""
    return _measured(_SPLIT_REACH, pattern, ch, lambda parsed: _reach(list(parsed), ord(ch), behind=False))


def _measured(answers: dict, pattern: re.Pattern, ch: str, measure):
    """``measure`` of ``pattern`` parsed, kept in ``answers`` by (pattern, ``ch``): None for a pattern that is no
    plain str pattern (a flag changing case or layout), may match the empty string, or holds what ``measure``
    cannot read (``_Unknown``)."""
    key = (pattern, ch)
    if key not in answers:
        got = None
        if isinstance(pattern.pattern, str) and not pattern.flags & (re.IGNORECASE | re.VERBOSE):
            parsed = P.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
            if parsed.getwidth()[0] > 0:
                try:
                    got = measure(parsed)
                except _Unknown:
                    got = None
        answers[key] = got
    return answers[key]


_SPLIT_REACHES: dict[tuple[re.Pattern, str], tuple[int, int] | None] = {}  # split_reaches' answers


def split_reaches(pattern: re.Pattern, ch: str) -> tuple[int, int] | None:
    """(behind, ahead): ``split_reach`` for a pattern whose look-aheads may read ``ch`` (将(?![^。;；]{0,40}?如下), 至…
    月底(?=\\s*[,，]) read a clause's comma): a piece cut right after each ``ch`` is read as the whole text reads it when
    scanned with ``behind`` characters before it and up to the first cut ``ahead`` characters or more past its end
    (the most a look-ahead reads from the first ``ch`` it reads, that ``ch`` included: no look-ahead can read past
    ``ch`` without reading it, and every piece holds one ``ch``, its last character).  None when a match itself may
    read ``ch``, a look-ahead reading it may read without bound, or the pattern holds what ``split_reach`` refuses."""
    return _measured(_SPLIT_REACHES, pattern, ch, lambda parsed: (
        _reach(list(parsed), ord(ch), behind=False, ahead_ok=True), _ahead(list(parsed), ord(ch), parsed.state)))


def _ahead(seq, code: int, state) -> int:
    """The most characters any look-ahead in a parsed sequence reads from the first ``code`` it reads (0: none reads
    it); ``_Unknown`` when one may read it without bound or nests another look-around."""
    reach = 0
    for op, av in seq:
        if (op is C.ASSERT or op is C.ASSERT_NOT) and av[0] != -1:
            reach = max(reach, _past(list(av[1]), code, state))
        else:
            for sub in _subsequences(op, av):
                reach = max(reach, _ahead(list(sub), code, state))
    return reach


def _past(seq, code: int, state) -> int:
    """The width of a look-ahead's body from its first item that may read ``code`` to its end, with the widths of
    the look-aheads nested in that stretch (which read on from where they stand): 0 when no item may read it."""
    for k, (op, av) in enumerate(seq):
        if _may_read(op, av, code):
            width = P.SubPattern(state, seq[k:]).getwidth()[1] + _nested_ahead(seq[k:], state)
            if width >= _MAXREPEAT:
                raise _Unknown(op)
            return width
    return 0


_MAXREPEAT = C.MAXREPEAT


def _nested_ahead(seq, state) -> int:
    """The summed widths of the look-aheads nested in a parsed sequence (``getwidth`` counts them 0)."""
    width = 0
    for op, av in seq:
        if (op is C.ASSERT or op is C.ASSERT_NOT) and av[0] != -1:
            width += av[1].getwidth()[1] + _nested_ahead(list(av[1]), state)
        else:
            for sub in _subsequences(op, av):
                width += _nested_ahead(list(sub), state)
    return width


def _may_read(op, av, code: int) -> bool:
    """Whether the parsed item (op, av) of a look-ahead's body may read the character ``code`` on its way forward (a
    look-behind reads only what the body has passed or what stood before it: no; a nested look-ahead that may read
    it: unknown)."""
    if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
        return _accepts(op, av, code)
    if op is C.AT:
        return False
    if op is C.ASSERT or op is C.ASSERT_NOT:
        if av[0] != -1 and any(_may_read(o, a, code) for o, a in av[1]):
            raise _Unknown(op)
        return False
    if op is C.SUBPATTERN or op is C.BRANCH or op in _REPEATS or \
            (getattr(C, "ATOMIC_GROUP", None) is not None and op is C.ATOMIC_GROUP):
        return any(_may_read(o, a, code) for sub in _subsequences(op, av) for o, a in sub)
    raise _Unknown(op)


def _accepts(op, av, code: int) -> bool:
    """Whether the one-character item (op, av) of a parsed pattern may read the character ``code``."""
    if op is C.LITERAL:
        return av == code
    if op is C.NOT_LITERAL:
        return av != code
    if op is C.ANY:
        return True
    if op is C.IN:
        hit, negate = False, False
        for o, a in av:
            if o is C.NEGATE:
                negate = True
            elif o is C.LITERAL:
                hit = hit or a == code
            elif o is C.RANGE:
                hit = hit or a[0] <= code <= a[1]
            elif o is C.CATEGORY and a in _CAT_RE:
                hit = hit or bool(_CAT_RE[a].match(chr(code)))
            else:
                raise _Unknown(o)
        return hit != negate
    raise _Unknown(op)


_AT_READING_BEFORE = (C.AT_BEGINNING_LINE, C.AT_BOUNDARY, C.AT_NON_BOUNDARY, C.AT_UNI_BOUNDARY,
                      C.AT_UNI_NON_BOUNDARY)  # (one character before the position read)
_AT_AHEAD = (C.AT_END, C.AT_END_LINE, C.AT_END_STRING)  # (true at a piece's end only after a match read ``ch``)


def _reach(seq, code: int, behind: bool, ahead_ok: bool = False) -> int:
    """``split_reach`` of a parsed sequence (``behind``: inside a look-behind, where ``ch`` may be read;
    ``ahead_ok``: look-aheads may read it, ``split_reaches`` bounds how far)."""
    reach = 0
    for op, av in seq:
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            if not behind and _accepts(op, av, code):
                raise _Unknown(op)
        elif op is C.AT:
            if av in _AT_READING_BEFORE:
                reach = max(reach, 1)
            elif av not in _AT_AHEAD:
                raise _Unknown(av)
        elif op is C.ASSERT or op is C.ASSERT_NOT:
            if av[0] == -1:
                width = av[1].getwidth()[1]
                reach = max(reach, width + _reach(list(av[1]), code, behind=True, ahead_ok=ahead_ok))
            else:  # (a look-ahead, even inside a look-behind)
                reach = max(reach, _reach(list(av[1]), code, behind=ahead_ok, ahead_ok=ahead_ok))
        elif op is C.SUBPATTERN or op is C.BRANCH or op in _REPEATS or \
                (getattr(C, "ATOMIC_GROUP", None) is not None and op is C.ATOMIC_GROUP):
            for sub in _subsequences(op, av):
                reach = max(reach, _reach(list(sub), code, behind, ahead_ok))
        else:
            raise _Unknown(op)
    return reach


class Scan:
    """``pattern.finditer(text, pos, end)`` for every ``end`` up to ``endpos``, from one scan of [pos, endpos).

    A reader that looks for a pattern from a paragraph's start up to each of its figures scans the paragraph again
    for every figure: quadratic in a paragraph's length (a flattened table of 200,000 characters in one line).  For
    a ``window_blind`` pattern the window [pos, end) finds the matches of [pos, endpos) that end at or before
    ``end``, in order, until the first one that runs past ``end``; only from that match's start on may the shorter
    window find something else (a shorter match there or after it), and that tail is scanned as it is.  The scan of
    [pos, endpos) is read lazily, as far as the ends asked need it."""

    def __init__(self, pattern: re.Pattern, text: str, pos: int, endpos: int):
        if not window_blind(pattern):
            raise ValueError(f"pattern reads past its matches: {pattern.pattern!r}")
        self.pattern, self.text, self.pos, self.endpos = pattern, text, pos, endpos
        self.matches: list[re.Match] = []
        self._rest = pattern.finditer(text, pos, endpos)
        self._failed = 0  # how many of the first matches ``first_to`` found to fail its test

    def _match(self, i: int) -> re.Match | None:
        """The i-th match of the scan of [pos, endpos), or None when it has fewer."""
        while len(self.matches) <= i and self._rest is not None:
            m = next(self._rest, None)
            if m is None:
                self._rest = None
            else:
                self.matches.append(m)
        return self.matches[i] if i < len(self.matches) else None

    def finditer_to(self, end: int):
        """The matches ``pattern.finditer(text, pos, end)`` gives (``end`` at most ``endpos``)."""
        i = 0
        while True:
            m = self._match(i)
            if m is None:
                return
            if m.end() > end:
                if m.start() < end:
                    yield from self.pattern.finditer(self.text, m.start(), end)
                return
            yield m
            i += 1

    def first_to(self, end: int, test: Callable[[re.Match], bool]) -> re.Match | None:
        """The first match of ``pattern.finditer(text, pos, end)`` that passes ``test``, which must be the same
        test of the match alone at every call (the matches that fail it are skipped once for all ends)."""
        i = self._failed
        while True:
            m = self._match(i)
            if m is None:
                return None
            if m.end() > end:
                if m.start() >= end:
                    return None
                return next((x for x in self.pattern.finditer(self.text, m.start(), end) if test(x)), None)
            if test(m):
                return m
            i += 1
            self._failed = i

    def search_to(self, end: int) -> re.Match | None:
        """``pattern.search(text, pos, end)`` (``end`` at most ``endpos``)."""
        m = self._match(0)
        if m is None or m.end() <= end:
            return m
        return self.pattern.search(self.text, m.start(), end) if m.start() < end else None


class Chain:
    """Whether ``text[a:b]`` is whole items, for every (a, b) asked, each item read once.

    A list's figures each ask whether the words from the list's lead up to their own item are items of the list
    (甲县12个、乙县9个、…: ``lists._head_items_before``, ``figure._only_items``), and a walk over the items from the
    lead for each figure is quadratic in the list's length.  ``step(pos, b)`` reads the item at ``pos`` within the
    bound ``b`` and gives where the next item starts (None when no item stands there); it must read its item as a
    leftmost search or an anchored match of patterns with no look-ahead and no anchor, so that an item ending at
    ``e`` before the bound it was read with is read alike within any bound from ``e`` on (the greedy runs stopped
    at ``e`` by what stands there, not by the bound).  Such steps are kept as a chain of item starts from each
    ``a``: a later bound goes on from the last start the chain reached before it, by bisection."""

    def __init__(self, step: Callable[[int, int], int | None]):
        self.step = step
        self.chains: dict[int, list[int]] = {}  # a -> the item starts read from a, in order (a first)

    def whole(self, a: int, b: int) -> bool:
        """True when the items read from ``a`` end exactly at ``b`` (or ``b`` is not after ``a``)."""
        if b <= a:
            return True
        chain = self.chains.setdefault(a, [a])
        j = bisect.bisect_right(chain, b) - 1
        pos = chain[j]
        while pos < b:
            e = self.step(pos, b)
            if e is None:
                return False
            if e < b and j == len(chain) - 1:
                chain.append(e)  # (read within a bound past its end: read alike within any later bound)
                j += 1
            pos = e
        return True


_HEADS: dict[re.Pattern, tuple[str, re.Pattern | None] | None] = {}  # head_scanner's answers
_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


def head_scanner(pattern: re.Pattern) -> tuple[str, re.Pattern | None] | None:
    """How the matches of a pattern that opens at a clause's or a line's head (``(?:^|(?<=[,，。;；\\n]))…``,
    ``(?m)^…``, ``(?:^|[,，、;；])…``) are found by a scan that starts the matcher at those heads only: ("after",
    ``[X](?=(?:pattern))``) when every match starts at the text's start or right after a character of X (a
    look-behind of one character, or a line start under ``re.M``), ("at", ``(?=[Y])(?:pattern)`` with Y as its start
    set) when every match starts at the text's start or at a character of Y it reads, ("start", None) when it can
    only start at the text's start (``^`` without ``re.M``); None for any other pattern.

    ``re`` finds no start set for such a pattern (its first item is an anchor or a look-behind), so a ``finditer``
    over a whole text started the whole matcher at every position; the scanner's start is a class, which ``re``'s
    search skips to in its tight loop.  Only the first item of each branch is read: the rest of the pattern is
    tried as it is, where it was tried before."""
    if pattern in _HEADS:
        return _HEADS[pattern]
    got = None
    if isinstance(pattern.pattern, str) and not pattern.flags & (re.IGNORECASE | re.VERBOSE):
        parsed = P.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
        kinds = _head_kinds(parsed, bool(pattern.flags & re.MULTILINE))
        if kinds is not None and parsed.getwidth()[0] > 0:
            got = _head_scanner(pattern, *kinds)
    _HEADS[pattern] = got
    return got


def _head_scanner(pattern: re.Pattern, kind: str, chars: set[str]) -> tuple[str, re.Pattern | None] | None:
    """``head_scanner`` of a pattern whose heads are ``kind`` of ``chars`` ("start", None: only the text's start)."""
    if not chars:
        return "start", None  # ^ without re.M, \A: a match at the text's start or none
    cls = "[" + "".join(_char(ord(c)) for c in sorted(chars)) + "]"
    body = pattern.pattern
    while _GLOBAL_FLAGS.match(body):
        body = _GLOBAL_FLAGS.sub("", body, count=1)
    flags = pattern.flags & ~re.UNICODE
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # (what the pattern's own compile warned of)
            if kind == "after":
                scanner = re.compile(f"{cls}(?=(?:{body}))", flags)
            else:
                gated = f"(?={cls})(?:{body})"
                scanner = _compiled(gated, P.parse(gated, flags), flags, cls)[0]
    except re.error:
        return None
    if scanner.groups != pattern.groups or scanner.groupindex != pattern.groupindex:
        return None
    return kind, scanner


def _head_kinds(parsed, multiline: bool) -> tuple[str, set[str]] | None:
    """("after", X) or ("at", Y) of ``head_scanner`` from the parsed pattern's first item, or None."""
    if not len(parsed):
        return None
    op, av = parsed[0]
    alts = av[1] if op is C.BRANCH else [[(op, av)]]
    after: set[str] = set()
    at: set[str] = set()
    for alt in alts:
        if not len(alt):
            return None
        o, a = alt[0]
        if o is C.AT and a in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
            if a is C.AT_BEGINNING and multiline:
                after.add("\n")  # (^ under re.M: a line's start)
            continue
        if o is C.ASSERT and a[0] == -1 and len(a[1]) == 1:
            o, a = a[1][0]
            chars = _literal_chars(o, a)
            if chars is None:
                return None
            after |= chars
        else:
            chars = _literal_chars(o, a)
            if chars is None:
                return None
            at |= chars
    if after and at:
        return None
    return ("at", at) if at else ("after", after)


def _literal_chars(op, av) -> set[str] | None:
    """The characters one parsed item of one character matches, when it lists them (a literal or a class of
    literals and short ranges), else None."""
    if op is C.LITERAL:
        return {chr(av)}
    if op is not C.IN:
        return None
    out: set[str] = set()
    for o, a in av:
        if o is C.LITERAL:
            out.add(chr(a))
        elif o is C.RANGE and a[1] - a[0] <= 64:
            out.update(chr(x) for x in range(a[0], a[1] + 1))
        else:
            return None
    return out


def head_finditer(pattern: re.Pattern, text: str) -> list[re.Match]:
    """``list(pattern.finditer(text))`` over the whole text, by ``head_scanner`` where the pattern opens at heads: the
    matcher is started at the text's start and at the heads only (each match is the pattern's own ``match`` there,
    its ``pos`` that start)."""
    how = head_scanner(pattern)
    if how is None:
        return list(pattern.finditer(text))
    kind, scanner = how
    out = []
    first = pattern.match(text, 0)
    last = 0
    if first is not None:
        out.append(first)
        last = first.end()
    if scanner is None:
        return out
    if kind == "after":
        for d in scanner.finditer(text):
            p = d.end()
            if p >= last:  # (a head inside the match before: finditer goes on from that match's end)
                m = pattern.match(text, p)
                out.append(m)
                last = m.end()
    else:
        out += [pattern.match(text, d.start()) for d in scanner.finditer(text, last)]
    return out


def head_search(pattern: re.Pattern, text: str) -> re.Match | None:
    """``pattern.search(text)`` over the whole text, by ``head_scanner`` where the pattern opens at heads."""
    how = head_scanner(pattern)
    if how is None:
        return pattern.search(text)
    first = pattern.match(text, 0)
    if first is not None:
        return first
    kind, scanner = how
    if scanner is None:
        return None
    d = scanner.search(text)
    return None if d is None else pattern.match(text, d.end() if kind == "after" else d.start())


def one_char_class(pattern: re.Pattern) -> tuple[str, bool] | None:
    """(the characters, whether anything but them is tested) of a pattern that matches one character of a listed
    class (``[。!?\\n]``), maybe followed by zero-width assertions (``[,;](?<!\\d,(?=\\d{3}))``); None for any
    other pattern.  Its ``finditer`` over a text is then the offsets of those characters where the pattern's
    ``match`` holds (each match is that one character): ``segment.char_offsets`` lists them at once."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    parsed = P.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    if not len(parsed) or parsed.getwidth() != (1, 1):
        return None
    op, av = parsed[0]
    chars = _literal_chars(op, av)
    if chars is None or any(o not in _ZERO_WIDTH for o, _ in list(parsed)[1:]):
        return None
    return "".join(sorted(chars)), len(parsed) > 1
