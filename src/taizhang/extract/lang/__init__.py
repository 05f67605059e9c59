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
    """A regex alternation of literal ``words``, longest first (so 增长到 wins over 增长)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)
