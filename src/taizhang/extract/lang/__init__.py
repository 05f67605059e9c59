"""Language data kept apart from the algorithms that use it (as spaCy keeps ``spacy/lang/zh``).

``zh`` holds plain data (``zh_projects`` the project vocabulary: head nouns, stage cues, stop words): word lists, word tables and a few regex fragments for Chinese official writing (cue
words for targets and actuals, change verbs, ratio words, coordinated abbreviations, project stage words).  The
extractors compile what they need from it; nothing here knows about offsets, documents or candidates.  To teach
the extractor a new cue word, add it here and a unit test beside the rule that reads it.
"""
from __future__ import annotations

import re
from typing import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, longest first (so 增长到 wins over 增长), written as a trie.

    ``re`` tries the branches of ``增长到|增长|提高`` one after another at every position it reaches; a trie
    (``增长(?:到|)|提高``) tries each character once, and at a position the words that match are tried in the
    same order, longest first: those that match at one position are prefixes of one another, and the trie
    takes a word's longer continuations before the word's end (the empty branch, last).  So the pattern
    matches what the flat alternation matches, at the same spans, the same way on backtracking."""
    trie: dict = {}
    for w in set(words):
        if w:
            node = trie
            for ch in w:
                node = node.setdefault(ch, {})
            node[""] = {}
    return _trie_pattern(trie)


def without(words: Iterable[str], *dropped: str) -> tuple[str, ...]:
    """``words`` in their order, less ``dropped``: a rule's variant of a word class that must not read some of its
    words (zh.HELD_OR_TOTAL_LEADS is the summing adverbs but 共, which opens 共同/共建 too), written as the class
    minus them, so that a word added to the class reaches that rule as well."""
    return tuple(w for w in words if w not in dropped)


def _trie_pattern(node: dict, top: bool = True) -> str:
    """The alternation of the words under ``node`` (the key "" marks a word that ends there: tried last)."""
    subs = [(re.escape(ch), _trie_pattern(sub, False)) for ch, sub in sorted(node.items()) if ch]
    parts = [c + rest for c, rest in subs]
    if not parts:
        return ""
    if "" in node:  # (an empty branch, not a repeat: the word is one of a set, no run of any length)
        return f"(?:{'|'.join(parts)}|)"
    if len(parts) == 1 or top:
        return "|".join(parts)
    return f"(?:{'|'.join(parts)})"
