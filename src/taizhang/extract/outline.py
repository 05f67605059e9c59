"""Outline: chapters, items, enumerations, bullets, questions, interviews, boxes and glossaries.

Chinese government texts mark their structure with a small set of conventions:
chapters (一、 / 第一章), items ((一) / 1. / (1) / ①), enumerations (一是…二是…,
often inline), bullets (● ▶ ■ -- ——), and, in newspaper pieces, unmarked
stand-alone heading lines, one-character section markers on their own line,
interview questions ("南方日报:…?") and sub-interviews ("——访…").

The parser reads ``Doc.norm`` (noise removed, simplified, half-width) one line
at a time, so page chrome never becomes a heading and traditional or full-width
text is read with the same patterns.  Levels are not fixed per marker: each
marker has a *rank* (how deep it usually sits) and a section's level is one more
than the number of enclosing sections of lower rank, so 一是 is level 2 under a
stand-alone heading but level 3 under 一、 → 1.  Offsets are converted to raw
offsets with ``Doc.raw_span``; titles are read from ``Doc.view`` (the text as
written, without noise).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import rx
from .doc import Doc, GlossaryEntry, Section
from .segment import first_clause

# Ranks: lower sits higher in the outline.
RANK_GLOSSARY = -1
RANK_PART = 0  # 第一篇 / 第一部分
RANK_CHAPTER_ZHANG = 1  # 第一章
RANK_SECTION_JIE = 2  # 第一节
RANK_CHAPTER = 3  # 一、 and unmarked headings, boxes, sub-interviews, one-character markers
RANK_QUESTION = 3.5
RANK_PAREN_CN = 4  # (一)
RANK_NUM = 5  # 1.
RANK_PAREN_NUM = 6  # (1)
RANK_CIRCLED = 7  # ①
RANK_ENUM = 8  # 一是
RANK_BULLET = 9  # ● -- ——

CN_NUM = "一二三四五六七八九十"
_CN_DIGIT = {c: i + 1 for i, c in enumerate(CN_NUM)}

_TERMINAL = "。!!??…;;"
_CLOSERS = "”’」』)】"

RE_PART = rx.compile(r"第[一二三四五六七八九十百零〇两\d]+(篇|部分|编|章|节|条)")
RE_CHAPTER = rx.compile(r"([一二三四五六七八九十]{1,3})\s*[、.]")
RE_PAREN_CN = rx.compile(r"\(\s*([一二三四五六七八九十]{1,3})\s*\)")
RE_NUM = rx.compile(r"(\d{1,2})\s*[、.](?!\d)")
RE_NUM_ANY = rx.compile(r"(\d{1,2})\s*[、.]")
RE_PAREN_NUM = rx.compile(r"\(?\s*(\d{1,2})\s*\)(?!\d)")
RE_CIRCLED = rx.compile(r"[①-⑳]")
RE_ENUM = rx.compile(r"(?:^|(?<=[。;,::!?]))\s*(([一二三四五六七八九十]{1,2})是)")
_NUMERAL_SHI = rx.compile(r"[一二三四五六七八九十]是")  # what every RE_ENUM match holds
# Bullets: heading markers (a short line after them is a heading) and list markers.
HEAD_MARKERS = "▶►▷■◆◇□★☆【"
LIST_MARKERS = "●•·○◎▪◼√※"
RE_BULLET = rx.compile(r"(--+|-(?=\s)|—{1,2}(?!\s*(?:专访|访))|[%s%s])\s*" % (re.escape(HEAD_MARKERS), re.escape(LIST_MARKERS)))
RE_INTERVIEW = rx.compile(r"——\s*(?:专访|访)")
RE_QUESTION = rx.compile(
    r"(问|记者|本报记者|主持人|[\u4e00-\u9fff]{2,10}(?:日报|晚报|报社|报|网|电视台|台|新闻))\s*[:]\s*(.+[?])[”\"’)]?\s*$")
RE_GLOSSARY_HEAD = rx.compile(r"(名词解释|名词注释|名词释义|名词说明|术语解释)\s*[:]?\s*$")
RE_GLOSSARY_ENTRY = rx.compile(r"(?:(\d{1,2})\s*[、.]\s*)?([^:。,;]{1,24}?)\s*[:]\s*(\S.*)$")
RE_BYLINE_ROLE = rx.compile(r"记者|通讯员|实习生|责任编辑|编辑|摄影|撰稿|特约|文/|图/")
RE_HAN = rx.compile(r"[\u4e00-\u9fff]")
RE_NOT_HEADING = rx.compile(r"(表|图|附表|附图)\s*\d|注\s*[::\d]|附件|资料来源|图为|图片|视频|▲|△|\[")
RE_FOOTNOTE = rx.compile(r"\[\d+\]|\d{1,2}\s*[、.]|\(\d{1,2}\)|[①-⑳]")
# Notes after the body ("注释:", "注:"): their numbered lines are footnotes, not items.
RE_NOTES_HEAD = rx.compile(r"(注释|注|附注|备注)\s*[::]?\s*$")
# The list of attachments closing an official document (附件:1.未开工项目清单 / 2.…).
RE_ATTACHMENTS = rx.compile(r"附件\s*[::]")


@dataclass
class Line:
    """One non-empty line of the norm view: ``start`` is the view offset of its first non-space character."""

    start: int
    text: str  # norm text, stripped

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class _Cand:
    rank: float
    kind: str
    label_span: tuple[int, int]  # view span of the label ("" label: empty span at start)
    start: int  # view offset where the section starts
    title_span: tuple[int, int]
    label_text: str | None = None  # overrides the raw label (e.g. "" for unmarked headings)


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with the view offset of their first non-space character."""
    out: list[Line] = []
    pos = 0
    for raw_line in text.split("\n"):
        stripped = raw_line.strip(" \t\r\u3000\xa0\ufeff")
        if stripped:
            lead = len(raw_line) - len(raw_line.lstrip(" \t\r\u3000\xa0\ufeff"))
            out.append(Line(pos + lead, stripped))
        pos += len(raw_line) + 1
    return out


# --------------------------------------------------------------------------- line tests

def is_byline(s: str) -> bool:
    """A reporter/editor credit line: short, no sentence punctuation, names a press role."""
    return len(s) <= 45 and not any(c in s for c in "。,;!?") and bool(RE_BYLINE_ROLE.search(s))


def is_heading_text(s: str, max_len: int = 30) -> bool:
    """A short line without sentence punctuation: a heading, a deck line or a box title."""
    s = s.strip()
    if not (2 <= len(s) <= max_len):
        return False
    if any(c in s for c in "。;!?:|>»<"):
        return False
    commas = s.count(",")
    if commas > 1 or (commas == 1 and len(s) > 16):
        return False
    if s[0] in "(([<,、" or s[-1] in "、,—-":
        return False
    if len(RE_HAN.findall(s)) < max(2, len(s) // 2):
        return False  # tables, numbers, URLs
    if RE_NOT_HEADING.match(s) or s.endswith(("摄", "供图")):
        return False  # tables, figures, notes, captions, photo credits
    return not is_byline(s)


def ends_sentence(s: str) -> bool:
    s = s.rstrip(_CLOSERS + " ")
    return bool(s) and (s[-1] in _TERMINAL or s.endswith("……"))


def is_paragraph(s: str) -> bool:
    return len(s) >= 20 and any(c in s for c in "。!?;,")


def heading_title(text: str, start: int, end: int) -> tuple[int, int]:
    """Title of a marked heading: the whole rest of the line when it is a heading line, else its first clause."""
    rest = text[start:end].rstrip()
    if rest and not any(c in rest for c in "。!?;") and len(rest) <= 80:
        stripped = rest.rstrip(",:、 ")
        return start, start + len(stripped)
    return first_clause(text, start)


# --------------------------------------------------------------------------- parser

class _Parser:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.norm = doc.norm
        self.lines = split_lines(self.norm)
        self.cands: list[_Cand] = []
        self.glossary: list[GlossaryEntry] = []
        self.glossary_cand: _Cand | None = None
        self.glossary_end = -1
        self.enum_next = 1  # next expected 一是 number within the current block

    # ---------------------------------------------------------------- helpers
    def add(self, cand: _Cand) -> None:
        if cand.kind != "enumeration":
            self.enum_next = 1
        self.cands.append(cand)

    def marker_at(self, line: Line) -> _Cand | None:
        """A section marked at the start of ``line`` (chapter, item, bullet, ...), or None."""
        s, v = line.text, line.start
        m = RE_INTERVIEW.match(s)
        if m:
            return _Cand(RANK_CHAPTER, "interview", (v, v + m.end()), v, (v + m.end(), line.end))
        m = RE_PART.match(s)
        if m:
            if m.group(1) == "条":  # articles of a regulation: items
                return self._marked(line, m, RANK_NUM, "item", clause=True)
            kind = {"章": RANK_CHAPTER_ZHANG, "节": RANK_SECTION_JIE}.get(m.group(1), RANK_PART)
            return self._marked(line, m, kind, "chapter")
        m = RE_CHAPTER.match(s)
        if m and not s[m.end():].startswith("是") and not re.match(r"[一二三四五六七八九十]\s*[、.]", s[m.end():]):
            return self._marked(line, m, RANK_CHAPTER, "chapter")
        m = RE_PAREN_CN.match(s)
        if m:
            return self._marked(line, m, RANK_PAREN_CN, "item")
        m = RE_NUM.match(s)
        if m and not re.match(r"\d{1,2}\s*[、.]\s*\d+\s*(%|亿|万|个|年|月)", s):
            return self._marked(line, m, RANK_NUM, "item")
        m = RE_PAREN_NUM.match(s)
        if m:
            return self._marked(line, m, RANK_PAREN_NUM, "item")
        m = RE_CIRCLED.match(s)
        if m:
            return self._marked(line, m, RANK_CIRCLED, "item")
        m = RE_BULLET.match(s)
        if m and len(s) > m.end():
            return self._marked(line, m, RANK_BULLET, "bullet", clause=True)
        return None

    def _marked(self, line: Line, m: re.Match, rank: float, kind: str, clause: bool = False) -> _Cand:
        v = line.start
        label_end = v + len(m.group(0).rstrip())
        body = v + m.end()
        title = first_clause(self.norm, body) if clause else heading_title(self.norm, body, line.end)
        return _Cand(rank, kind, (v, label_end), v, title)

    def enumerations(self, line: Line, skip_to: int = 0) -> list[_Cand]:
        """Inline or leading 一是…二是… in ``line``, numbered in sequence from 一是."""
        out = []
        if not _NUMERAL_SHI.search(line.text, skip_to):
            return out  # every RE_ENUM match holds a numeral and 是: without one there is nothing to try
        for m in RE_ENUM.finditer(line.text, skip_to):
            n = _cn_int(m.group(2))
            if n != self.enum_next:
                if n == 1:
                    self.enum_next = 1
                else:
                    continue
            a = line.start + m.start(1)
            b = line.start + m.end(1)
            out.append(_Cand(RANK_ENUM, "enumeration", (a, b), a, first_clause(self.norm, b)))
            self.enum_next = n + 1
        return out

    # ---------------------------------------------------------------- main loop
    def run(self) -> None:
        lines = self.lines
        seen_para = False
        prev_kind = None  # 'para' | 'heading' | 'byline' | 'marked' | 'other'
        in_glossary = False
        in_notes = False
        skip: set[int] = set()
        for i, line in enumerate(lines):
            if i in skip:
                continue
            s = line.text
            nxt = lines[i + 1] if i + 1 < len(lines) else None

            # Glossary block: its entries are GlossaryEntry, not sections.
            if RE_GLOSSARY_HEAD.match(s):
                c = _Cand(RANK_GLOSSARY, "glossary", (line.start, line.start), line.start,
                          (line.start, line.start + len(RE_GLOSSARY_HEAD.match(s).group(1))), label_text="")
                self.add(c)
                self.glossary_cand = c
                in_glossary = True
                prev_kind = "heading"
                continue
            if RE_NOTES_HEAD.match(s):
                in_notes = True
                continue
            if RE_ATTACHMENTS.match(s):
                in_notes = True  # 附件：1.X清单 / 2.Y清单: the numbered lines under it name attachments, not items
                continue
            if in_notes:
                if RE_FOOTNOTE.match(s):
                    continue
                in_notes = False
            if in_glossary:
                e = self.glossary_entry(line)
                if e is not None:
                    self.glossary.append(e)
                    self.glossary_end = line.end
                    continue
                in_glossary = False

            # A one-character section marker on its own line; the next line is its title.
            if len(s) == 1 and RE_HAN.match(s) and nxt is not None and is_heading_text(nxt.text):
                self.add(_Cand(RANK_CHAPTER, "chapter", (line.start, line.end), line.start, (nxt.start, nxt.end)))
                skip.add(i + 1)
                prev_kind = "heading"
                continue

            # Sub-interview: "——访 …"; its title is the headline line just before it.
            m = RE_INTERVIEW.match(s)
            if m:
                title = (line.start + m.end(), line.end)
                if i > 0 and is_heading_text(lines[i - 1].text) and self.cands \
                        and self.cands[-1].start == lines[i - 1].start and self.cands[-1].kind in ("heading", "box"):
                    prev = self.cands.pop()
                    title = prev.title_span
                elif i > 0 and is_heading_text(lines[i - 1].text):
                    title = (lines[i - 1].start, lines[i - 1].end)
                self.add(_Cand(RANK_CHAPTER, "interview", (line.start, line.start + m.end()), line.start, title))
                prev_kind = "heading"
                seen_para = True
                continue

            if is_byline(s) and not RE_QUESTION.match(s):
                prev_kind = "byline"
                continue

            cand = self.marker_at(line)
            if cand is not None:
                if cand.kind == "bullet":
                    cand = self.bullet(line, cand, nxt, seen_para)
                if cand is not None:
                    self.add(cand)
                    body = cand.title_span[0] - line.start
                    for e in self.enumerations(line, max(body, 0)):
                        self.add(e)
                    # A heading-only chapter line: a short line right after it is its deck, not a new heading.
                    heading_only = cand.kind in ("chapter", "box") and is_heading_text(s[body:], 80)
                    prev_kind = "heading" if heading_only else "marked"
                    seen_para = True
                    continue

            # Interview question: a section unless a heading already marks the block.
            if RE_QUESTION.match(s):
                if prev_kind != "heading" and seen_para:
                    mq = RE_QUESTION.match(s)
                    a = line.start
                    self.add(_Cand(RANK_QUESTION, "question", (a, a + mq.end(1)), a,
                                   (a + mq.start(2), a + mq.end(2)), label_text=""))
                prev_kind = "para"
                continue

            # Stand-alone heading line between paragraphs.
            if is_heading_text(s):
                if prev_kind == "heading":
                    continue  # deck line: part of the heading above
                if seen_para and prev_kind in ("para", "byline", "marked") and nxt is not None \
                        and self._opens_block(nxt):
                    kind = "box" if self._starts_list(i + 1) else "heading"
                    self.add(_Cand(RANK_CHAPTER, kind, (line.start, line.start), line.start,
                                   (line.start, line.end), label_text=""))
                    prev_kind = "heading"
                    continue
                prev_kind = "other"
                continue

            # Ordinary paragraph: may hold inline enumerations.
            for e in self.enumerations(line):
                self.add(e)
            if is_paragraph(s):
                seen_para = True
            prev_kind = "para" if ends_sentence(s) else "other"

    def _opens_block(self, nxt: Line) -> bool:
        s = nxt.text
        return is_paragraph(s) or bool(RE_QUESTION.match(s)) or bool(RE_INTERVIEW.match(s)) \
            or self.marker_at(nxt) is not None or bool(RE_ENUM.match(s))

    def _starts_list(self, j: int) -> bool:
        if j >= len(self.lines):
            return False
        c = self.marker_at(self.lines[j])
        return c is not None and c.kind == "bullet"

    def bullet(self, line: Line, cand: _Cand, nxt: Line | None, seen_para: bool) -> _Cand | None:
        """Heading markers (▶ ■) before a short line head a block; list markers are items."""
        s = line.text
        marker = s[: cand.label_span[1] - line.start]
        body_off = cand.title_span[0] - line.start
        body = s[body_off:]
        if marker.startswith("—"):
            # "——" is a bullet in plans, a subtitle ("——在…会议上") or an attribution elsewhere.
            if not seen_para or not any(c in body for c in "。,;"):
                return None
        if marker[0] in HEAD_MARKERS and is_heading_text(body):
            same_next = nxt is not None and nxt.text.startswith(marker[0])
            if not same_next:
                b = cand.title_span[0]
                return _Cand(RANK_CHAPTER, "chapter", cand.label_span, cand.start,
                             (b, b + len(body.rstrip(",:、 "))))
        return cand

    def glossary_entry(self, line: Line) -> GlossaryEntry | None:
        m = RE_GLOSSARY_ENTRY.match(line.text)
        if not m or not m.group(2).strip():
            return None
        v = line.start
        term = self.doc.view[v + m.start(2): v + m.end(2)].strip()
        definition = self.doc.view[v + m.start(3): v + m.end(3)].strip()
        rs, re_ = self.doc.raw_span(v, line.end)
        return GlossaryEntry(term=term, definition=definition, start=rs, end=re_)

    # ---------------------------------------------------------------- output
    def sections(self) -> list[Section]:
        cands = sorted(self.cands, key=lambda c: c.start)
        stack: list[float] = []
        levels: list[int] = []
        for c in cands:
            while stack and stack[-1] >= c.rank:
                stack.pop()
            levels.append(len(stack) + 1)
            stack.append(c.rank)
        content_end = self.lines[-1].end if self.lines else 0
        raw_content_end = self.doc.raw_span(content_end, content_end)[0] if content_end else 0
        if content_end:
            raw_content_end = self.doc.raw_span(content_end - 1, content_end)[1]
        # End of each section: the start of the next section at the same or a higher level (one pass, a stack).
        ends: list[int | None] = [None] * len(cands)
        open_: list[int] = []
        for k, lv in enumerate(levels):
            while open_ and levels[open_[-1]] >= lv:
                ends[open_.pop()] = cands[k].start
            open_.append(k)
        out: list[Section] = []
        for k, (c, lv) in enumerate(zip(cands, levels)):
            start = self.doc.raw_span(c.start, c.start + 1)[0]
            if c.label_text is not None:
                label = c.label_text
            else:
                a, b = c.label_span
                label = self.doc.view[a:b].strip()
            ta, tb = c.title_span
            title = self.doc.view[ta:tb].strip().rstrip(",:、;")
            end_v = ends[k]
            if c.kind == "glossary" and self.glossary_end > 0:
                end = self.doc.raw_span(self.glossary_end - 1, self.glossary_end)[1]
            elif end_v is None:
                end = raw_content_end
            else:
                end = self.doc.raw_span(end_v, end_v + 1)[0]
            out.append(Section(level=lv, label=label, title=title, start=start, end=max(end, start), kind=c.kind))
        return out


def _cn_int(s: str) -> int:
    """一 → 1, 十二 → 12 (numerals up to 99)."""
    if not s:
        return 0
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN_DIGIT.get(a, 1) if a else 1) * 10 + (_CN_DIGIT.get(b, 0) if b else 0)
    return _CN_DIGIT.get(s, 0)


def parse(doc: Doc) -> tuple[list[Section], list[GlossaryEntry]]:
    """Sections (in document order, with levels) and glossary entries of ``doc``."""
    p = _Parser(doc)
    p.run()
    return p.sections(), p.glossary
