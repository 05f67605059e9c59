"""The pipeline: one function per stage, data in and data out.

Where a fact is born: ``facts.extract``; a project mention: ``projects.extract``; a task: ``tasks.extract``;
sections: ``outline.parse``; document metadata: ``meta.read``; noise: ``cleaner.clean``.

A stage that raises does not stop the document or the batch, and is never silent: its error is kept on
``Extraction.errors`` (written to errors.jsonl by ``taizhang extract``, shown by ingest) and the remaining
stages run on what the earlier ones produced.  ``strict=True`` re-raises instead (tests that must see
every exception).
"""
from __future__ import annotations

import os
import re
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from . import cleaner, facts, loaders, meta, outline, projects, tasks
from .doc import Doc, DocumentRecord, Fact, Noise, ProjectMention
from .learned import indicator as learned_indicator
from .learned import kind as learned_kind
from .lang import zh
from .regions import TOWN, Region, named_as_page
from .tasks import Task
from .loaders import LoadError

SUPPORTED = loaders.SUPPORTED_SUFFIXES


class ExtractError(Exception):
    """A file that could not be read; ``reason`` is meant for a person."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


# in the order they run; "link" runs per batch
STAGES = ("outline", "meta", "facts", "learned-indicator", "learned-kind", "projects", "tasks", "places", "subjects")


@dataclass
class StageError:
    """A stage that failed on a document (``doc`` is "" for a batch stage such as linking)."""

    doc: str
    stage: str
    reason: str  # ExceptionType: message
    where: str = ""  # file:line of the innermost frame, for whoever fixes it


@dataclass
class Extraction:
    doc: Doc
    record: DocumentRecord
    facts: list[Fact] = field(default_factory=list)
    projects: list[ProjectMention] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    errors: list[StageError] = field(default_factory=list)


def stage_error(doc: str, stage: str, e: BaseException) -> StageError:
    frames = traceback.extract_tb(e.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return StageError(doc=doc, stage=stage, reason=f"{type(e).__name__}: {e}", where=where)


T = TypeVar("T")


def run_stage(errors: list[StageError], doc: str, stage: str, fn: Callable[[], T], default: T,
              strict: bool = False) -> T:
    """``fn()``, or ``default`` with the error recorded on ``errors`` when it raises (re-raised if strict)."""
    try:
        return fn()
    except Exception as e:
        if strict:
            raise
        errors.append(stage_error(doc, stage, e))
        return default


def extract_doc(doc: Doc, strict: bool = False) -> Extraction:
    """Run every extractor over an already built Doc; a failing stage is recorded and the rest go on."""
    record = DocumentRecord(doc=doc.name, format=doc.format, encoding=doc.encoding, chars=len(doc.raw))
    record.noise = [Noise(e.start, e.end, doc.raw[e.start:e.end], e.reason)
                    for e in doc.edits if e.reason in cleaner.NOISE_REASONS and e.end > e.start]
    ex = Extraction(doc=doc, record=record)

    def run(stage: str, fn: Callable[[], T], default: T) -> T:
        return run_stage(ex.errors, doc.name, stage, fn, default, strict)

    record.sections, record.glossary = run("outline", lambda: outline.parse(doc), ([], []))
    run("meta", lambda: meta.read(doc, record), None)
    ex.facts = run("facts", lambda: facts.extract(doc, record), [])
    run("learned-indicator", lambda: learned_indicator.revise(doc, ex.facts), None)
    run("learned-kind", lambda: learned_kind.revise(doc, record, ex.facts), 0)
    ex.projects = run("projects", lambda: projects.extract(doc, record), [])
    ex.tasks = run("tasks", lambda: tasks.extract(doc, record), [])
    run("places", lambda: places_as_written(ex), None)
    run("subjects", lambda: subjects_as_named(ex), None)
    return ex


def subjects_as_named(ex: Extraction) -> None:
    """Write every fact's subject in the one form a subject takes, whichever stage found it.

    - In simplified script: a page in traditional script has its figures' subjects read all the same (開發區 →
      开发区, 鷺川鎮 → 鹭川镇), as the gazetteer's places already are; the indicator and the evidence stay as
      written.  Only the characters this page itself writes otherwise are read back (``Doc.written``).
    - An autonomous division as the page names it (``regions.named_as_page``): official writing calls 甲南藏族自治州
      甲南州 and 内蒙古自治区 内蒙古, and spells the official name out only now and then; the subject is the official
      name where the page writes it anywhere, else the short form it writes.  The ledger links either form to the
      same region (``ledger.canon.link_subject``).  A subject naming several places (甲市、乙州) is written part by
      part.
    - A name, never a clause (``_name_of_clause``): 其中某市 is 某市, 项目位于某镇某园区 the town.
    - A zone by its official name where the page writes it anywhere (``zone_named_in_full``): official writing
      spells a development zone out once (甲州经济技术开发区) and calls it by an abbreviation after (甲州经开区, 甲开区,
      甲州开发区), as it does an autonomous division; the abbreviation is the zone the full name names."""
    written = ex.doc.written
    simple = {ord(v): k for k, v in written.items()} if written else {}
    g = facts._gazetteer()
    named: dict[str, str] = {}
    places: dict[str, Region] | None = None
    for f in ex.facts:
        if not f.subject:
            continue
        subject = f.subject.translate(simple) if simple else f.subject
        if g is not None and _clause_like(subject):
            if places is None:
                places = _page_places(ex, g)
            subject = _name_of_clause(subject, places)
        if g is not None:
            parts = subject.split("、")
            for k, part in enumerate(parts):
                if part not in named:
                    r = g.resolve(part)
                    named[part] = named_as_page(r, ex.doc.norm) if r is not None and r.name == part else \
                        zone_named_in_full(part, ex.doc.norm, g) if r is None else part
                parts[k] = named[part]
            subject = "、".join(parts)
        f.subject = subject


# the official kinds of a development zone, spelt out (the longest first: 高新技术产业开发区 before 开发区)
_FULL_ZONE = re.compile("|".join(sorted(zh.FULL_ZONE_WORDS, key=len, reverse=True)))
_HAN = re.compile(r"[\u4e00-\u9fff]")
ZONE_NAME_MAX = 14  # characters of a zone's full name, its place's included


def zone_named_in_full(subject: str, text: str, g) -> str:
    """The official name ``text`` writes of the zone ``subject`` abbreviates (甲州经开区, 甲开区 or 甲州开发区 for
    甲州经济技术开发区), else ``subject``.  The full name is the one ``text`` writes, ending in an official kind of zone
    (``zh.FULL_ZONE_WORDS``), that holds the abbreviation's characters in their order from its own first one; when
    the name found opens with no place, the place written right before it is the name's (乙市甲开区 written
    乙市甲汽车经济技术开发区: the zone with its city; 丙市甲州经济开发区 is 甲州经济开发区).  When the text writes
    no such name, or two, the subject stays."""
    if len(subject) < 3 or not subject.endswith(zh.ZONE_ABBREVIATION_ENDS) or _FULL_ZONE.search(subject) or \
            not all(_HAN.match(ch) for ch in subject):
        return subject
    found: set[str] = set()
    for m in _FULL_ZONE.finditer(text):
        a = m.start()
        for k in range(a - 1, max(-1, m.end() - ZONE_NAME_MAX - 1), -1):
            if not _HAN.match(text[k]):
                break
            if text[k] != subject[0] or not _in_order(subject, text[k:m.end()]):
                continue
            full = text[k:m.end()]
            if full == subject:
                break
            own = any(_places_name(g, full[:n]) for n in (4, 3, 2))  # (甲州经济技术开发区: named after its place)
            place = "" if own else next((text[k - n:k] for n in (4, 3, 2)
                                         if k - n >= 0 and _places_name(g, text[k - n:k])), "")
            found.add(place + full)
            break
    return found.pop() if len(found) == 1 else subject


def _in_order(short: str, full: str) -> bool:
    """Whether ``short``'s characters all stand in ``full`` in the same order, its first ``full``'s first and its
    last ``full``'s last (an abbreviation keeps the head and the kind's last character: 经开区 of 经济技术开发区)."""
    if not short or short[0] != full[0] or short[-1] != full[-1]:
        return False
    it = iter(full)
    return all(ch in it for ch in short)


def _places_name(g, word: str) -> bool:
    """Whether ``word`` names a prefecture or county by its full or short name (长春 for 长春市)."""
    r = g.resolve(word)
    return r is not None and r.level <= 3 and word in (r.name, r.short)


def _clause_like(subject: str) -> bool:
    """Whether ``subject`` may be a clause rather than a name (``zh.SUBJECT_CLAUSE_VERBS``, a connective opening it)."""
    return subject.startswith(zh.CLAUSE_CONNECTIVES) or any(v in subject[1:] for v in zh.SUBJECT_CLAUSE_VERBS)


def _page_places(ex: Extraction, g) -> dict[str, Region]:
    """The places the page names, towns too (those of the document's places, as the facts stage reads them), by the
    surface it writes each by (the region layer's hits)."""
    if "regions" not in ex.doc.__dict__:
        return {}
    ctx = tuple(r for r in (g.resolve(n) for n in ex.record.regions[:3]) if r is not None)
    return {h.text: h.region for h in ex.doc.regions.find(max_level=TOWN, context=ctx)}


def _name_of_clause(subject: str, places: dict[str, Region]) -> str:
    """The name a clause cut out as a subject stands for: 其中某市 → 某市 (a connective is no part of a name: the place
    by its gazetteer name when the page names it so, else the rest as it is); 项目位于某镇某园区, 记者今天从某省重点项目
    → 某镇, 某省: the place the page names right after the verb of where or whence, when no place ends right before
    the verb (某州从江县: the county's own name).  ``subject`` itself otherwise (a work's or body's name)."""
    if subject in places:
        return subject
    for lead in zh.CLAUSE_CONNECTIVES:
        if subject.startswith(lead) and len(subject) - len(lead) >= 2:
            rest = subject[len(lead):]
            return places[rest].name if rest in places else rest
    for verb in zh.SUBJECT_CLAUSE_VERBS:
        k = subject.find(verb, 1)
        while k > 0:
            after = subject[k + len(verb):]
            at = max((x for x in places if after.startswith(x)), key=len, default="")
            if at and not any(subject.endswith(x, 0, k) for x in places):
                return places[at].name
            k = subject.find(verb, k + 1)
    return subject


def places_as_written(ex: Extraction) -> None:
    """Name the places the gazetteer lacks as the text writes them (鹭川镇 → 鷺川鎮 in a traditional text) in what
    the extraction hands out: the projects' locations, the document's regions and place (a fact's subject is read
    in simplified script: ``subjects_as_named``).

    Why at the end: every stage reads such a place by the name ``norm`` gives it (``DocRegions.written``), and the
    document's regions are read by the stages after meta; only the output is to name it as written (SCHEMA: no
    gazetteer name to give instead)."""
    if "regions" not in ex.doc.__dict__:  # the region layer was never built: no place was added to it
        return
    written = ex.doc.regions.written
    if not written:
        return
    for p in ex.projects:
        p.location = written.get(p.location, p.location)
    ex.record.regions = [written.get(r, r) for r in ex.record.regions]
    if ex.record.context.get("place") in written:
        ex.record.context["place"] = written[ex.record.context["place"]]


def extract_text(raw: str, name: str = "text.txt", fmt: str | None = None, encoding: str = "utf-8",
                 strict: bool = False) -> Extraction:
    """Extract from text already in memory (``fmt`` is sniffed when not given: raw HTML is common in .txt)."""
    fmt = fmt or loaders.sniff_format(raw, name)
    doc = Doc(name, raw, cleaner.clean(raw, fmt), fmt=fmt, encoding=encoding)
    return extract_doc(doc, strict=strict)


def extract_file(path: str | os.PathLike, strict: bool = False, hints=None) -> Extraction:
    """Load, clean and extract one file; raises ExtractError with a clear reason.

    ``hints`` (a ``context.Hints`` manifest row) supplies the place, date or title the text does not state.
    """
    p = Path(path)
    try:
        loaded = loaders.load(p)
    except LoadError as e:
        raise ExtractError(str(p), e.reason) from None
    doc = Doc(p.name, loaded.text, cleaner.clean(loaded.text, loaded.format) + loaded.edits,
              fmt=loaded.format, encoding=loaded.encoding)
    doc.hints = hints
    return extract_doc(doc, strict=strict)


def iter_paths(paths: list[str]) -> Iterator[Path]:
    """Files named, and files under folders named (recursively, sorted, hidden files skipped).

    Broken symbolic links (dangling, looping, or a folder link back to an ancestor) are yielded too, so the
    caller reports them (``unreadable_reason``) instead of skipping them without a word.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for q in sorted(p.rglob("*")):
                if any(part.startswith(".") for part in q.relative_to(p).parts):
                    continue
                if q.is_file() or (q.is_symlink() and unreadable_reason(q)):
                    yield q
        else:
            yield p


def unreadable_reason(p: Path) -> str | None:
    """Why ``p`` cannot be read as a document, for a path that exists poorly; None when it is a file."""
    if p.is_symlink():
        try:
            target = p.resolve(strict=True)
        except FileNotFoundError:
            return f"dangling symbolic link (target {os.readlink(p)} does not exist)"
        except (RuntimeError, OSError):  # Python raises RuntimeError for a symlink loop
            return "symbolic link loop"
        if target.is_dir() and p.parent.resolve().is_relative_to(target):
            return f"symbolic link loop (folder link back to {target})"
    if not p.exists():
        return "no such file"
    return None
