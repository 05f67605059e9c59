"""Cross-document project linking: one canonical name per project across documents.

A short form in one document (巴斯夫, 大唐二期) takes the fullest form it abbreviates in another
document about the same area (the same prefecture); phases and sections (一期, 湛江段) never merge.
The name rules are those of ``projects`` (``_names_short_of``, ``_canon_map``); this module applies
them across documents.  Documents are grouped by area, so the cost grows with the batch, not with
its square.

Both callers use ``link_projects``: ``taizhang extract`` with the whole batch, the ledger's ingest
with one new document and the names the ledger already holds for its area (``known``).  It does
not swallow errors: a caller that wants the batch to go on records the exception (see
``pipeline.run_stage``) and keeps the names as found.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping

from . import projects as P
from .lang import zh


@dataclass
class LinkResult:
    renamed: int  # mentions given a fuller name
    areas: int  # areas (prefectures) the batch spoke of


def area_keys(ex) -> set[str]:
    """Keys of the prefectures a document is about: its record's regions, else its projects' locations.

    A key is the prefecture's division code (a province's code for a province-level city or a document
    about a whole province); ``area_prefix`` turns it into the code prefix of every county under it.  A region
    the gazetteer lacks (岚溪县: ``docregions.unlisted_places``) is an area of its own, ``U:`` and its name, so
    documents about it link with each other as documents about a gazetteer place do.
    """
    g = P._gaz()
    if g is None:
        return set()
    names = list(getattr(ex.record, "regions", []) or [])
    if not names:
        names = [l for l, _ in Counter(p.location for p in ex.projects if p.location).most_common(2)]
    keys = set()
    for n in names:
        r = g.resolve(n)
        if r is not None:
            keys.add((g.prefecture_of(r) or r).key)
        elif unlisted_place(n):
            keys.add(UNLISTED_KEY + n)  # a place the gazetteer lacks is an area of its own, by its name
    return keys


# The key of an area the gazetteer lacks (a new or invented county, a zone run as one): its name after this prefix.
UNLISTED_KEY = "U:"


def unlisted_place(name: str) -> bool:
    """Whether ``name`` (a document's region the gazetteer does not resolve) is a place's name: a division's suffix
    (县, 区, 市, 开发区 …, not a town's) after a name of its own, and no common word ending in one (城区, 示范区)."""
    suffix = max((x for x in zh.PLACE_SUFFIXES if name.endswith(x)), key=len, default="")
    if not suffix or len(name) <= len(suffix) or len(name) > 20 or zh.PLACE_SUFFIXES[suffix] > 3:
        return False
    return name not in zh.NOT_PLACE_WORDS and not any(name.endswith(w) for w in zh.NOT_PLACE_WORDS if len(w) > len(suffix))


def area_prefix(key: str) -> str:
    """The code prefix of the divisions under an area key: 440800 → 4408, 110000 → 11."""
    if len(key) == 6 and key.isdigit():
        if key.endswith("0000"):
            return key[:2]
        if key.endswith("00"):
            return key[:4]
    return key


def link_projects(extractions: list, known: Mapping[str, Iterable[str]] | None = None) -> LinkResult:
    """Give each project mention of ``extractions`` its canonical name across documents, in place.

    ``known`` maps an area key (see ``area_keys``) to project names already settled for that area
    (the ledger's projects); they are candidates for the fullest form and are never renamed.
    """
    keys = [area_keys(ex) for ex in extractions]
    pools: dict[str, set[str]] = {k: set(v) for k, v in (known or {}).items()}
    for ex, ks in zip(extractions, keys):
        for k in ks:
            pools.setdefault(k, set()).update(p.name for p in ex.projects)
    indexes = {k: P._NameIndex(v) for k, v in pools.items()}
    renamed = 0
    for ex, ks in zip(extractions, keys):
        if not ex.projects or not ks:
            continue
        mine = {p.name for p in ex.projects}
        if not any(indexes[k].may_lengthen(s) for k in ks for s in mine):
            continue  # no fuller form anywhere in its areas: nothing to rename, no context needed
        P._CTX.set(P._context_regions(ex.doc.norm, ex.record))
        cmap: dict[str, str] = {}
        for k in ks:
            for s_, l_ in P._canon_map(mine, index=indexes[k]).items():
                if l_ != s_:
                    cmap[s_] = l_ if cmap.get(s_, l_) == l_ else s_  # ambiguous across areas: keep
        for p in ex.projects:
            new = cmap.get(p.name, p.name)
            if new != p.name and (P._specific_name(p.name) or P._markers(p.name) or len(P._residual(p.name)) >= 2):
                P._rename(p, new)
                renamed += 1
    return LinkResult(renamed=renamed, areas=len(indexes))


def areas_with_short_forms(pools: Mapping[str, Iterable[str]]) -> set[str]:
    """The area keys whose names (``pools``: area key → the names its documents found) hold a name with
    a longer candidate: ``link_projects`` renames nothing in a document none of whose areas is one of
    them, so a caller linking a large batch need not load those documents at all."""
    out = set()
    for k, names in pools.items():
        names = set(names)
        if len(names) > 1:
            idx = P._NameIndex(names)
            if any(idx.may_lengthen(s) for s in names):
                out.add(k)
    return out


def link_batch(extractions: list, known: Mapping[str, Iterable[str]] | None = None,
               strict: bool = False) -> list:
    """``link_projects`` for a batch that must go on: on an error every name is put back as found
    and the error is returned as a ``StageError`` (stage ``link``, doc "") for errors.jsonl."""
    from .pipeline import run_stage
    before = [(p, p.name, p.category) for ex in extractions for p in ex.projects]
    errors: list = []
    run_stage(errors, "", "link", lambda: link_projects(extractions, known), None, strict)
    if errors:
        for p, name, category in before:
            p.name, p.category = name, category
    return errors
