"""Cleaner: finds what is not content and reports it as edits with a reason.

Nothing is ever deleted from the input: the cleaner returns non-overlapping
``Edit``s over the text as read, and ``Doc`` builds the view from them.  Edits
whose reason is in ``NOISE_REASONS`` are reported as noise spans; the others
(``entity``, ``space``, ``bom``, ``invisible``) only tidy the view.

Two layers, so the same rules serve scraped text and raw HTML:

* **HTML** (``_html_edits``): a regex tokenizer over the raw page (so every
  token keeps its offsets) removes tags (block tags become ``"\\n"``, table
  cells ``"\\t"``), ``<script>``/``<style>``/comments, whole navigation/footer
  elements (``<nav>``, ``<footer>``, ``class="breadcrumb"`` ...), and decodes
  entities.  The text rules below then run on the resulting view and their spans
  are mapped back through the ``OffsetMap``.
* **Text** (``text_noise``): line rules for page chrome (breadcrumbs, toolbar
  words such as 下载/打印/分享到/字号), footers (责任编辑, hotlines, 相关阅读,
  copyright and 声明 paragraphs), UI links inside a dateline (…官方微博),
  database disclaimers, a viewer header's duplicated title, CSS/JS text, and
  injected link-farm spam found by its distribution (a short phrase recurring at
  clause breaks whose characters occur nowhere else in the document).

Noise spans cover exactly the noise characters: line rules never include the
newline or surrounding blanks.  Matching runs on ``normalize_chars(text)``
(length preserving), so traditional script and full-width punctuation match
the same patterns.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from array import array
from collections import Counter

from . import rx
from .lang import alternation, zh
from .normalize import normalize_chars, simplified_script
from .periods import find_periods
from .segment import LIST_CLAUSE_SEP, line_spans
from .structures import table_lines
from .textmap import Edit, build_view
from .units import DECIMAL_FIGURE_PATTERN, MAG_PATTERN, UNIT_PATTERN

NOISE_REASONS = frozenset({"chrome", "footer", "spam", "markup", "css", "script", "duplicate-title", "disclaimer"})

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_BLANK = " \t\r\f\v\u00a0\u3000\u200b\ufeff"
_SENT_PUNCT = set("。，,；;！？!?")


def clean(raw: str, fmt: str = "txt") -> list[Edit]:
    """Non-overlapping, sorted edits for ``raw`` read as format ``fmt`` (txt, html, pdf, docx, doc)."""
    if not raw:
        return []
    # the finders below read words and units in simplified script (亿元, 人气): a traditional page is read as its
    # simplified twin (same length, so every edit's offsets are the input's); punctuation stays as written
    text = simplified_script(raw)
    ruby = ruby_edits(text) if fmt != "html" else []
    if ruby:
        return _through_ruby(text, fmt, ruby)
    breaks = clause_breaks(text)
    heads = run_in_heading_breaks(text)
    if heads:  # (first: a blank around the heading is its line break, not a stray blank to hide)
        return _resolve(heads + _clean(text, fmt) + breaks)
    if breaks:
        return _resolve(_clean(text, fmt) + breaks)
    return _clean(text, fmt)


# 2030年工作和“十五五”时期回顾 / 2025年和“十四五”时期工作回顾: the last year's review joined with the plan's span's, as
# a report given on a five-year plan's close names its first part
_WITH_PLAN_SPAN = r"(?:工作)?和\s*[“”\"]?十[一二三四五六七八九]五[”“\"]?\s*(?:时期|期间|发展|规划)?(?:工作)?(?:回顾|总结)"
# 一、2025年工作回顾 / 2025年工作计划 run into the text of a page that lost its line breaks: a chapter label (run into
# anything) or a blank or a sentence's end before the year, the part's name (zh.RUN_IN_PART_NAMES), then a blank or the
# part's first words opening with a time (2025年是 / 2025年, / 刚刚过去的 / 过去一年)
_RUN_IN_PART_HEAD = rx.compile(
    rf"(?:(?P<label>[一二三四五六七八九十]{{1,2}}[、．])|(?<=[ \t\u3000。!?！？]))[ \t\u3000]*"
    rf"(?:19|20)\d\d\s?年度?(?:{alternation(sorted(zh.RUN_IN_PART_NAMES, key=len, reverse=True))}|{_WITH_PLAN_SPAN})"
    rf"(?P<after>[ \t\u3000]+|(?=(?:{alternation(zh.RUN_IN_PART_OPENERS)})|(?:19|20)\d\d\s?年(?:是|,|，|以来|全|我)))")


def run_in_heading_breaks(text: str) -> list[Edit]:
    """A report's part heading a page ran into the text around it (…政府工作报告一、2025年工作回顾2025年是…的一年 /
    …提出意见。 2025年工作回顾 回首这一年,…): its line breaks are put back in the view (reason ``clause``, the
    blanks around it written as the breaks, nothing of the input hidden), so the outline reads it as a heading and the
    part's text as the paragraphs under it, as on a page that kept its lines.  A heading opening its line is one
    already."""
    out: list[Edit] = []
    for m in _RUN_IN_PART_HEAD.finditer(text):
        s = m.start()
        while text[s] in _BLANK:
            s += 1
        ls = text.rfind("\n", 0, s) + 1
        if not text[ls:s].strip(_BLANK):
            continue
        if _table_cell_at(text, ls, s, m.end()):
            continue  # 指标 | 2025年完成 | 2026年预期目标 |: a table's column named by the year it plans, no heading
        a = s
        while a > ls and text[a - 1] in _BLANK:
            a -= 1
        out.append(Edit(a, s, "\n", "clause"))
        e = m.start("after")
        out.append(Edit(e, m.end(), "\n", "clause"))
    return out


_CELL_SEPARATORS = ("|", "｜", "\t")


def _table_cell_at(text: str, ls: int, s: int, e: int) -> bool:
    """Whether the words at ``s``..``e`` on the line from ``ls`` stand as a cell of a table row, set apart by a bar or
    a tab from the cell before or after them."""
    le = text.find("\n", e)
    before = text[ls:s].rstrip(" \u3000\u00a0")
    after = text[e:le if le >= 0 else len(text)].lstrip(" \u3000\u00a0")
    return before.endswith(_CELL_SEPARATORS) or after.startswith(_CELL_SEPARATORS) or "\t" in text[s:e]


def _through_ruby(text: str, fmt: str, ruby: list[Edit]) -> list[Edit]:
    """The edits of a text carrying a converter's pinyin after its characters (增長(zhǎng)58. 1%, 人(rén)氣:22), found
    on the text without it and mapped back to the input's offsets, with the pinyin's own edits.

    Why: every finder reads words, units and figures as a plain text writes them (a Han character right before a
    broken decimal, 人气 before a page counter, 亿元 after a figure); the pinyin between them hid every one."""
    view, omap = build_view(text, ruby)
    edits = _clean(view, fmt) + clause_breaks(view)
    out = list(ruby)
    for e in edits:
        a, b = omap.span(e.start, e.end)
        out.append(Edit(a, b, e.repl, e.reason))
    return _resolve(out)


# 占年度计划的64%50个建成项目…: a rate or an amount of money closed by its unit and a figure right after it, no
# punctuation between; the unit ends the figure's clause (a count's unit may qualify the next: 3个10万吨级码头)
_GLUED_FIGURES = rx.compile(r"\d(?:[%‰％]|[万亿千]?元)(?=\d)")


# …but a band of amounts glued to a count (1-5亿元项目311个,5-10亿元51个) labels the class counted: no clause between
_BAND_END = rx.compile(r"\d\s?[-—~～]\s?\d+(?:\.\d+)?$")


# 地区生产总值完成123.4亿元同比增长5.2% / …亿元 同比增长…: a figure closed by its unit and the comparison of its change
# right after it, no comma between (a blank at most)
_GLUED_CHANGE = rx.compile(rf"\d(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})[ \u00a0\u3000]{{0,2}}"
                           rf"(?={alternation(zh.CHANGE_AFTER_FIGURE)})")


def clause_breaks(text: str) -> list[Edit]:
    """The comma a text left out between two figures (64%50个), or between a figure and the comparison of its change
    (完成123.4亿元同比增长5.2%): put in the view (reason ``clause``, nothing of the input changed or hidden) so the
    second figure opens a clause of its own, where the measure of the first one is read for it."""
    out = [Edit(m.end(), m.end(), "，", "clause") for m in _GLUED_FIGURES.finditer(text)
           if not _BAND_END.search(text, max(0, m.start() - 12), m.start() + 1)]
    if any(w in text for w in zh.CHANGE_AFTER_FIGURE[:2]):
        out += [Edit(m.end(), m.end(), "，", "clause") for m in _GLUED_CHANGE.finditer(text)]
    if "." in text or "．" in text:
        out += [Edit(m.start(), m.end(), "。", "clause") for m in _ASCII_STOP.finditer(text)]
    return out


# 地区生产总值增长6.2%.全县规模以上… / 完成投资45亿元.其中… / 全面完成.今年…: a page typed with the ASCII full stop (or the
# full-width ．) as its sentence end; after a Han character, a % or a closing mark and before a Han character (a blank at
# most between) it ends the sentence, as 。 does.  A point between digits (6.2), after a list number (1.加快 / 一.工业生产:
# the line holds nothing longer before it) and in addresses (www.gov.cn) is none.
# (Written opening with the point's class, the checks before it as look-behinds: the engine scans for the point itself.)
_ASCII_STOP = rx.compile(rf"[.．](?<=[{_CJK}%％‰)）」”’][.．])(?<=[^\n]{{6}})(?=[ \u3000]{{0,2}}[{_CJK}])")


def _clean(raw: str, fmt: str) -> list[Edit]:
    if fmt == "html":
        return _clean_html(raw)
    edits = _invisible_edits(raw)
    edits += text_noise(raw, fmt)
    joins: list[Edit] = []
    tables = table_lines(raw) if fmt == "txt" else []
    if fmt == "txt":
        wraps = word_wrap_joins(raw)
        # a table's rows are records, not page-width lines: they say nothing of how the prose is broken
        if looks_like_pdf_lines(_without_lines(raw, tables) if tables else raw):
            # text copied out of a PDF: hard line breaks mid-sentence (…生产总值为424.74\n亿元) are joined as the
            # PDF loader joins them, and breaks inside a word or number (增 加 值 86.2 亿\n元) as well
            from .loaders import pdf_repairs
            joins = [e for e in pdf_repairs(raw) if e.reason == "pdf-join"]
            seen = {e.start for e in joins}
            joins += [e for e in wraps if e.start not in seen]
        elif looks_wrapped(raw, wraps):
            joins = wraps  # ragged PDF text: only the breaks inside words, never a title onto the line below
        seen = {e.start for e in joins}
        joins += [e for e in split_figure_joins(raw) if e.start not in seen]
        seen = {e.start for e in joins}
        joins += [e for e in blank_split_figure_joins(raw) if e.start not in seen]
        seen = {e.start for e in joins}
        joins += [e for e in figure_unit_joins(raw) if e.start not in seen]
        seen = {e.start for e in joins}
        joins += [e for e in clause_end_joins(raw) if e.start not in seen]
    # a line joined to the next is prose even when its own part holds no comma (增 加 值 86.2 亿\n元，增长)
    spaces = stray_space_edits(raw, {e.start for e in joins})
    if tables:
        # a table pasted as text (序号 项目名称 总投资(亿元) …, bars, one cell a line): its rows stay rows, its blanks
        # separate cells
        starts = [a for a, _ in tables]
        inside = lambda p: (k := bisect_right(starts, p) - 1) >= 0 and tables[k][0] <= p <= tables[k][1]  # noqa: E731
        joins = [e for e in joins if not inside(e.start) and not inside(e.end)]
        spaces = [e for e in spaces if not inside(e.start)]
    edits += spaces
    edits += joins
    edits += spaced_thousands_edits(raw, inside if tables else None)
    edits += split_decimal_edits(raw, inside if tables else None)
    return _resolve(edits)


_BARE_NUMBER_LINE = rx.compile(r"[ \t\u3000]*[-－−]?\d+(?:,\d{3})*(?:\.\d+)?[ \t\u3000]*")
_UNIT_LINE = rx.compile(rf"[ \t\u3000]*(?:(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})|(?:{MAG_PATTERN}))[ \t\u3000]*")
_CUE_LINE = rx.compile(rf"[ \t\u3000]*(?:{alternation(zh.FIGURE_LINE_CUES)})[ \t\u3000]*")
_FIGURE_START = rx.compile(r"[ \t\u3000]*[-－−]?\d")


def split_figure_joins(text: str) -> list[Edit]:
    """Line breaks inside one figure of a communiqué's label and value lines (an infographic's text): a number on a
    line of its own and its unit on the next (12.3 / 亿元), a change word on its own and the figure after it (同比增长
    / 4.1%).  They are joined in the view (reason ``pdf-join``): 12.3亿元, 同比增长4.1%."""
    out: list[Edit] = []
    pos, n = 0, len(text)
    prev = None
    while pos <= n:
        j = text.find("\n", pos)
        j = n if j < 0 else j
        cur = (pos, j)
        if prev is not None:
            (ps, pe), (cs, ce) = prev, cur
            if (_BARE_NUMBER_LINE.fullmatch(text, ps, pe) and _UNIT_LINE.fullmatch(text, cs, ce)) or \
                    (_CUE_LINE.fullmatch(text, ps, pe) and _FIGURE_START.match(text, cs, ce)):
                end = cs
                while end < ce and text[end] in " \t\u3000":
                    end += 1
                start = pe
                while start > ps and text[start - 1] in " \t\u3000\r":
                    start -= 1
                out.append(Edit(start, end, "", "pdf-join"))
        prev = cur
        pos = j + 1
    return out


_FIGURE_WITH_UNIT = rx.compile(rf"\d+(?:\.\d+)?[ \t\u3000]*(?:(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})|%|％)")
_SPLIT_DECIMAL_END = rx.compile(r"\d\.$")
BLANK_SPLIT_LINES = 2  # blank lines a PDF's extraction puts inside one clause (受益人口\n\n89 万户)


def _next_written_line(text: str, lines: list[tuple[int, int]], i: int) -> int:
    """The index of the first line after line i that holds more than blanks, looking past at most BLANK_SPLIT_LINES
    blank lines (len(lines) when the text ends first): where a split clause goes on."""
    k = i + 1
    while k < len(lines) and k - i - 1 < BLANK_SPLIT_LINES and not text[lines[k][0]:lines[k][1]].strip(_BLANK):
        k += 1
    return k


def blank_split_figure_joins(text: str) -> list[Edit]:
    """Line breaks with blank lines between inside one clause of prose, as a PDF's extraction leaves them: a prose
    line (it holds a comma or a stop) ends without punctuation, in a word (受益人口 / 贷款及其它 资金) or inside a
    decimal (21.), and the next written line opens with a figure and its unit (89 万户 / 19312 万元 / 4 亿元). The
    label and its figure are one clause: the break is joined in the view (reason ``pdf-join``)."""
    out: list[Edit] = []
    lines = line_spans(text)
    for i, (s, e) in enumerate(lines):
        cur = text[s:e].rstrip(_BLANK)
        if not cur or "\t" in cur or _PROSE_PUNCT.search(cur) is None:
            continue
        k = _next_written_line(text, lines, i)
        if k == i + 1 or k >= len(lines):
            continue  # (no blank line between: a wrap inside a word is word_wrap_joins')
        s2, e2 = lines[k]
        nxt = text[s2:e2]
        body = nxt.lstrip(_BLANK)
        if not body or "\t" in nxt or _LIST_MARK.match(body):
            continue
        decimal = _SPLIT_DECIMAL_END.search(cur) is not None and body[:1].isdigit()
        if not decimal and (not re.search(rf"[{_CJK}]$", cur) or _FIGURE_WITH_UNIT.match(body) is None):
            continue
        out.append(Edit(s + len(cur), s2 + len(nxt) - len(body), "", "pdf-join"))
    return out


_NUMBER_LINE_END = rx.compile(rf"[{_CJK}][ \t\u3000]*\d+(?:\.\d+)?$")
_UNIT_LINE_START = rx.compile(rf"(?:(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})|{MAG_PATTERN}|%|％)(?=[，。；、,;:：)）]|$)")


def figure_unit_joins(text: str) -> list[Edit]:
    """Line breaks, with or without blank lines between, inside one figure of prose (…完成投资6.1⏎⏎亿元，占年度计划的
    61%), as a page's markup split a number from its unit: a line of words ending in a number, and the next written
    line opening with a unit whose clause ends there. Joined in the view (reason ``pdf-join``): 6.1亿元."""
    out: list[Edit] = []
    lines = line_spans(text)
    for i, (s, e) in enumerate(lines):
        cur = text[s:e].rstrip(_BLANK)
        if not cur or "\t" in cur or _NUMBER_LINE_END.search(cur) is None:
            continue
        k = _next_written_line(text, lines, i)
        if k >= len(lines):
            continue
        s2, e2 = lines[k]
        nxt = text[s2:e2]
        body = nxt.lstrip(_BLANK)
        if not body or "\t" in nxt or _UNIT_LINE_START.match(body) is None:
            continue
        out.append(Edit(s + len(cur), s2 + len(nxt) - len(body), "", "pdf-join"))
    return out


_COMMA_LINE_END = rx.compile(r"(?:[，、]|(?<=[\u4e00-\u9fff%]),)$")


def clause_end_joins(text: str) -> list[Edit]:
    """Line breaks after a clause mark (…地区生产总值增长5%左右，⏎城镇新增就业5万人): a line of prose never ends at a
    comma or an enumeration mark, so the next line goes on with the same sentence, whatever the width of the line
    (a PDF's text, or a page wrapped by hand).  Joined in the view (reason ``pdf-join``) so that the sentence, and
    the time its opening states, reach over the break; a next line opening a heading or list item (二、, (三)) and
    table rows stay lines of their own."""
    out: list[Edit] = []
    lines = line_spans(text)
    for (s, e), (s2, e2) in zip(lines, lines[1:]):
        cur = text[s:e].rstrip(_BLANK)
        nxt = text[s2:e2]
        body = nxt.lstrip(_BLANK)
        if not body or not _COMMA_LINE_END.search(cur) or "\t" in cur or "\t" in nxt or _LIST_MARK.match(body):
            continue
        out.append(Edit(s + len(cur), s2 + len(nxt) - len(body), "", "pdf-join"))
    return out


def _without_lines(text: str, lines: list[tuple[int, int]]) -> str:
    """``text`` without the given lines (start, end), for judging how the rest of it is broken into lines."""
    out, pos = [], 0
    for a, b in lines:
        out.append(text[pos:a])
        pos = b + 1
    out.append(text[pos:])
    return "".join(out)


# --------------------------------------------------------------------------- hard wraps inside words

# (增长4.⏎8%: a decimal broken after its point; 1250亿元⏎，增长6.1%: a clause mark or a closing bracket a page's width
# pushed to the next line, which no paragraph opens with)
_WRAP_END = rx.compile(rf"(?:[{_CJK}0-9%]|(?<=\d)[.．])$")
_WRAP_NEXT = rx.compile(rf"[{_CJK}0-9%，,、；;。）)”]|[.．]\d")
_LIST_MARK = rx.compile(rf"(?!\s*{DECIMAL_FIGURE_PATTERN})\s*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|"
                        rf"第[{_CJK}\d]{{1,4}}[章节条部分篇]|[●■▶◆★※•·-])")
_FIELD_LABEL = rx.compile(rf"[{_CJK}（）()]{{2,14}}")
WRAP_FRAGMENT = 4  # a line broken inside a word continues with a short fragment before its first punctuation
WRAP_SHARE = 0.3  # share of prose lines that end inside a word in text broken like a PDF page


def word_wrap_joins(text: str) -> list[Edit]:
    """Line breaks that fall inside a word or a number (…增 加 值 86.2 亿\n元，增长 / 增\n长 7.0%): the line ends in a
    character or digit, the next goes straight on, and either the line is prose (it holds a comma or full stop)
    or the next line's first clause is a fragment (元，增长).  Headings, titles and list items are left alone."""
    out: list[Edit] = []
    lines = line_spans(text)
    full = _full_width(text, lines)
    for (s, e), (s2, e2) in zip(lines, lines[1:]):
        cur = text[s:e].rstrip(_BLANK)
        nxt = text[s2:e2].strip(_BLANK)
        if not cur.strip(_BLANK) or not nxt or not _WRAP_END.search(cur) or not _WRAP_NEXT.match(nxt):
            continue
        if _LIST_MARK.match(normalize_chars(nxt)):
            continue  # (read in simplified script: 92.1億元 is a figure as 92.1亿元 is, no item 92.)
        if _LIST_MARK.match(cur) and len(cur.strip(_BLANK)) < WRAP_FULL_SHARE * full:
            continue  # 三、服务业持续恢复,现代服务业发展势头较好: a heading ending short of the line width ended there
        if "\t" in cur or "\t" in nxt:
            continue  # a table row is a record of its own, never a line wrapped inside a word
        head = cur.strip(_BLANK)
        first = LIST_CLAUSE_SEP.search(nxt)  # the next line's first clause ends at its first break, if any
        # a fragment runs on to a comma or stop (元，增长); a short label before a colon (填报单位：) opens a field
        fragment = first is not None and first.group() not in ":：" \
            and len(nxt[:first.start()].replace(" ", "")) <= WRAP_FRAGMENT
        prose = _PROSE_PUNCT.search(head) is not None
        if first is not None and first.group() in ":：" and _FIELD_LABEL.fullmatch(nxt[:first.start()].strip(_BLANK)):
            continue  # …增长6.5%\n固定资产投资：32.1亿元: a row opening with its own label is a record of its own
        if not (prose or (fragment and not _LIST_MARK.match(head))):
            continue
        cut_end = s2 + (len(text[s2:e2]) - len(text[s2:e2].lstrip(_BLANK)))
        out.append(Edit(s + len(cur), cut_end, "", "pdf-join"))
    return out


WRAP_FULL_SHARE = 0.8  # a line this much shorter than the text's full lines ended where it stands: no wrap


def _full_width(text: str, lines: list[tuple[int, int]]) -> int:
    """The width of the text's full lines (the 90th percentile of its non-empty lines' widths): a line is wrapped
    only where it ran out of room."""
    widths = sorted(len(text[s:e].strip(_BLANK)) for s, e in lines if text[s:e].strip(_BLANK))
    return widths[int(len(widths) * 0.9)] if widths else 0


def looks_wrapped(text: str, wraps: list[Edit] | None = None) -> bool:
    """Is the text hard-wrapped inside words (PDF text with ragged widths)?  Judged by the density of breaks that
    fall inside a word among the prose lines: one-paragraph-per-line text ends its prose lines at punctuation."""
    wraps = word_wrap_joins(text) if wraps is None else wraps
    prose = sum(1 for ln in text.split("\n") if _PROSE_PUNCT.search(ln))
    return len(wraps) >= 2 and len(wraps) >= WRAP_SHARE * max(1, prose)


PDF_LINE_SHARE = 0.3  # share of lines that are full-width and end mid-sentence in text broken like a PDF page


def looks_like_pdf_lines(text: str, sample: int = 200_000) -> bool:
    """Is the text broken into page-width lines (as copied from a PDF) rather than one line per paragraph?

    Web text and word-processor text put a paragraph on one line, ending in 。; PDF text breaks every line at
    the page width, mostly mid-sentence.  Judged on the first ``sample`` characters.
    """
    raw_lines = [ln.strip() for ln in text[:sample].split("\n")]
    lines = [ln for ln in raw_lines if ln]
    if len(lines) < 5:
        return False
    widths = sorted(len(ln) for ln in lines)
    full = widths[int(len(widths) * 0.9)]
    if full < 20 or full > 120:
        return False
    # a full-width line ending mid-sentence and running straight on into the next line (no blank line between)
    broken = sum(1 for ln, nxt in zip(raw_lines, raw_lines[1:])
                 if ln and nxt and len(ln) >= 0.8 * full and ln[-1] not in "。！？!?；;：:”」』)）》】…"
                 and "\t" not in ln and "\t" not in nxt)  # table rows end where their record ends
    return broken >= 3 and broken / len(lines) >= PDF_LINE_SHARE


# --------------------------------------------------------------------------- stray blanks inside prose

# Chinese prose has no blanks between words.  Text taken out of a PDF (and text typeset with "pangu spacing")
# has them between characters and around numbers: ``2020 年,全市 地区生产总值为 424.74 亿元``, ``人 均 GDP``.
# Inside a prose line (one that holds a comma or full stop) a short run of blanks between two CJK characters, or
# between a CJK character and a digit, or before a per cent sign (0.2 %), is an artefact; it is hidden from the view (reason ``space``, not noise),
# so every extractor reads the joined text and offsets still map back to the raw text.  Blanks between two digits
# or two Latin words stay: they separate values in tables and words in names.
_STRAY_SPACE = rx.compile(rf"(?<=[{_CJK}\d%])[ \u00a0\u3000]{{1,2}}(?=[{_CJK}])|(?<=[{_CJK}])[ \u00a0\u3000]{{1,2}}(?=\d)"
                          r"|(?<=\d)[ \u00a0\u3000]{1,2}(?=[%％‰])")  # 下降0.2 %: a per cent sign set apart
_PROSE_PUNCT = rx.compile(r"[，。；,;]")


FLAT_PAGE_MIN = 200  # characters of a one-line text before it is read as a page whose line breaks were lost
FLAT_BLANK_SPAN = 40  # …with at most one blank per this many characters (text set with blanks between words has more)
_FLAT_BLANK = rx.compile(r"(?<=\S)[ \u00a0\u3000]+(?=\S)")
# a blank a figure's clause runs on over: before a number that is no date (52 亿元, not 2026年5月…, which opens a
# dateline's line), or after a number or its per cent sign
_BESIDE_FIGURE = rx.compile(r"\d+(?:\.\d+)?(?![\d.]|\s*[年月日号])")
_FIGURE_END = set("0123456789%％")


def flattened_page(text: str) -> bool:
    """Whether ``text`` is a page flattened into one line, its line breaks turned into single blanks (a report's headline,
    a blank, its session's dateline, a blank, the speaker, a blank, 各位代表:…): a long text with no line break and few
    blanks, each where a break stood (a blank beside a figure's number is a typesetter's and does not count)."""
    body = text.strip()
    if len(body) < FLAT_PAGE_MIN or "\n" in body or "\r" in body:
        return False
    blanks = sum(1 for m in _FLAT_BLANK.finditer(body) if not _beside_figure(body, m.start(), m.end()))
    return 0 < blanks and blanks * FLAT_BLANK_SPAN <= len(body)


def _beside_figure(text: str, a: int, b: int) -> bool:
    """The blank ``text[a:b]`` sets a figure's number apart from its words (收入 52 亿元, 增长 3.1%)."""
    return bool(_BESIDE_FIGURE.match(text, b)) or text[a - 1] in _FIGURE_END


def stray_space_edits(text: str, joined_ends: set[int] | frozenset = frozenset()) -> list[Edit]:
    """Edits hiding blanks between CJK characters (or a CJK character and a digit) inside prose lines; a line whose
    end (its trailing blanks stripped) is in ``joined_ends`` runs on into the next line and counts as prose.  A
    headline the page ran into its lead's line (某省前三季度重大项目完成投资1870亿元 记者近日从…获悉，…) is set apart
    instead: the blank after the first run of the line, unpunctuated, unspaced and closed by a figure and its unit,
    becomes a line break in the view (reason ``clause``), so the headline is no part of the lead's first clause."""
    if flattened_page(text):
        # a page whose line breaks were lost (its headline, dateline, signature, headings and paragraphs run on in
        # one line, a blank where each break stood): each blank between two words is the break it stands for; a
        # blank beside a figure's number (收入 52 亿元, 增长 3.1%) is a typesetter's, inside its clause, and is hidden
        flat: list[Edit] = []
        for m in _FLAT_BLANK.finditer(text):
            a, b = m.start(), m.end()
            if _beside_figure(text, a, b):
                stray = _STRAY_SPACE.match(text, a)
                if stray and stray.end() == b:
                    flat.append(Edit(a, b, "", "space"))
            elif not (text[a - 1].isascii() and text[b].isascii()):
                flat.append(Edit(a, b, "\n", "clause"))
        return flat
    out: list[Edit] = []
    n = len(text)
    le = -1  # end of the line judged last: each line is looked at once, however many blanks it holds
    prose = False
    first = True
    for m in _STRAY_SPACE.finditer(text):
        a, b = m.start(), m.end()
        if a >= le:
            ls = text.rfind("\n", 0, a) + 1
            le = text.find("\n", b)
            le = n if le < 0 else le
            # a heading, a name list or a dateline has no comma or full stop: its blanks separate fields
            prose = _PROSE_PUNCT.search(text, ls, le) is not None \
                or (bool(joined_ends) and len(text[ls:le].rstrip(_BLANK)) + ls in joined_ends)
            first = True
        if prose:
            # (read in simplified script: a traditional page's 億元 closes its headline as 亿元 does)
            if first and _RUN_IN_HEADLINE.fullmatch(normalize_chars(text[ls:a])) and not _PROSE_PUNCT.search(text, ls, a) \
                    and not _FIGURE_RUNS_ON.match(normalize_chars(text[b:b + 12])):
                out.append(Edit(a, b, "\n", "clause"))
            else:
                out.append(Edit(a, b, "", "space"))
        first = False
    return out


# the first run of a line that is a headline run into the lead after it: no blank, no punctuation, at least
# RUN_IN_HEADLINE_MIN characters of words and a figure, ending in the figure's unit
RUN_IN_HEADLINE_MIN = 8
# a figure's clause going on after a blank that stands for a lost comma (完成1234亿元 同比增长5%): no headline
_FIGURE_RUNS_ON = rx.compile(alternation(zh.FIGURE_RUNS_ON))
_RUN_IN_HEADLINE = rx.compile(rf"[\u4e00-\u9fff][^ \t\u00a0\u3000\n，。；,;:：、]{{{RUN_IN_HEADLINE_MIN - 2},}}?\d"
                              rf"(?:\.\d+)?(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})")


# 签约项目1 235 个，总投资2 480.6 亿元: text taken from a PDF sets a number's thousands apart with a blank where prose
# writes a comma.  A thin or a narrow no-break space between digits (1\u2009235) is that separator wherever it
# stands.  A plain or no-break space is one only in a text that sets its numbers apart from the words around them
# (2023 年, 326 个, 12.3 %: at least _SPACED_MIN numbers followed by a blank and a word or a sign), in a line of prose
# (a table whose cells single spaces part, 岚溪县 42 520.3, has no comma or full stop), outside a table the cleaner
# found, and only for a first group of one to three digits that no number or decimal point opens before, followed
# by groups of exactly three, the last closed by a decimal part, a word or a blank before a word, never by a blank
# before another number.  The blank becomes a comma in the view, which every number reader takes for a thousands
# separator; the figure's span stays the input's 1 235.
_THIN_SPACES = "\u2009\u202f"
_THIN_GROUPED = rx.compile(rf"(?<![\d.])\d{{1,3}}(?:[{_THIN_SPACES}]\d{{3}})+(?!\d)")
_SPACED_NUMBER = rx.compile(r"\d[ \u00a0\u2009\u202f][\u4e00-\u9fff%‰％]")
_SPACED_MIN = 3
_SPACE_GROUPED = rx.compile(r"(?<![\d.])(?<![\d.][ \u00a0])\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)(?![ \u00a0]\d)(?!\.\d+[ \u00a0]\d)")


def spaced_thousands_edits(text: str, in_table=None) -> list[Edit]:
    """Edits writing as a comma (reason ``thousands``) each blank that sets a number's thousands apart."""
    out: list[Edit] = []
    if any(t in text for t in _THIN_SPACES):
        out += [Edit(k, k + 1, ",", "thousands") for m in _THIN_GROUPED.finditer(text)
                for k in range(m.start(), m.end()) if text[k] in _THIN_SPACES]
    spaced = 0
    for _ in _SPACED_NUMBER.finditer(text):
        spaced += 1
        if spaced >= _SPACED_MIN:
            break
    if spaced < _SPACED_MIN:
        return out
    le = -1
    prose = False
    for m in _SPACE_GROUPED.finditer(text):
        a = m.start()
        if a >= le:
            ls = text.rfind("\n", 0, a) + 1
            le = text.find("\n", a)
            le = len(text) if le < 0 else le
            prose = _PROSE_PUNCT.search(text, ls, le) is not None
        if not prose or (in_table is not None and in_table(a)):
            continue
        out += [Edit(k, k + 1, ",", "thousands") for k in range(a, m.end()) if text[k] in " \u00a0"]
    return out


# 粮食播种面积30. 59万亩 / 增长79. 4% / 产值27.⏎28亿元: a stored page (a PDF's text, a pasted report) broke a decimal
# after its point with a blank or a line break.  The number is one figure: the break is hidden from the view (reason
# ``space``, offsets kept), so 30.59 is read and its span is the input's "30. 59".  Only a number that goes on a
# clause of words (a Han character right before it: 面积30. 59, 增长-0. 11) and whose part after the point is closed
# by a unit, a per cent sign or a clause mark is joined: a list's number (1. 2023年…), a date (2023. 5. 8), a version
# or a run of lost colons (16.144.039.9) is left as written.
_SPLIT_DECIMAL = rx.compile(rf"(?<=[{_CJK}])[-－−]?\d+[.．](?P<gap>[ \u00a0\u3000]{{1,2}}|[ \t\u3000]*\r?\n[ \t\u3000]*)"
                            rf"\d+(?=[ \u3000]?(?:%|％|‰|(?:{MAG_PATTERN})?(?:{UNIT_PATTERN})|{MAG_PATTERN}|[，。；、,;)）]))")


def split_decimal_edits(text: str, in_table=None) -> list[Edit]:
    """Edits hiding (reason ``space``) the blank or line break a stored page left after a decimal point inside a
    figure of prose (30. 59万亩 → 30.59), outside a table the cleaner found (whose blanks part cells)."""
    if ". " not in text and ".\n" not in text and "．" not in text and ".\u3000" not in text and ".\u00a0" not in text \
            and ".\r" not in text:
        return []
    return [Edit(m.start("gap"), m.end("gap"), "", "space") for m in _SPLIT_DECIMAL.finditer(text)
            if in_table is None or not in_table(m.start())]


# --------------------------------------------------------------------------- small helpers

_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff"


def _invisible_edits(text: str) -> list[Edit]:
    """A BOM at offset 0 and zero-width characters: hidden from the view, not noise."""
    out = []
    if text.startswith("\ufeff"):
        out.append(Edit(0, 1, "", "bom"))
    if not any(ch in text for ch in _INVISIBLE_CHARS):
        return out  # (the pattern below is tried at every offset: a text without them is looked through once each)
    for m in re.finditer("[\u200b\u200c\u200d\u2060]+|(?<!^)\ufeff", text):
        if m.start() > 0:
            out.append(Edit(m.start(), m.end(), "", "invisible"))
    return out


def _resolve(edits: list[Edit]) -> list[Edit]:
    """Sort and drop edits that overlap an earlier (or, at equal start, longer) one."""
    out: list[Edit] = []
    end = -1
    for e in sorted(edits, key=lambda e: (e.start, -(e.end - e.start))):
        if e.end < e.start:
            continue
        if e.start >= end or (e.start == e.end and e.start >= end):
            out.append(e)
            end = max(end, e.end)
    return out


def _line_starts(text: str) -> array:
    starts = array("q", [0])
    find = text.find
    pos = find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink ``[s, e)`` past blanks (including no-break and ideographic spaces) and a CR."""
    while s < e and (text[s] in _BLANK or text[s] == "\r"):
        s += 1
    while e > s and (text[e - 1] in _BLANK or text[e - 1] == "\r"):
        e -= 1
    return s, e


# --------------------------------------------------------------------------- line rules

# Toolbar / viewer words: a line made only of these (and separators, digits) is chrome.
_UI_WORDS = sorted(zh.PAGE_CHROME_WORDS + zh.EPAPER_WORDS, key=len, reverse=True)
_UI_TOKEN = rx.compile("|".join(re.escape(w) for w in _UI_WORDS), re.I)
_UI_FILLER = rx.compile(r"[\s\d\[\]【】()（）<>《》|｜/\\:：·•.,，、\-—_=+*#~^'\"“”‘’!！?？>›»«‹]+")

_BREADCRUMB = rx.compile(r"(?:(?:您|你)?的?(?:当前|所在)?位置|当前位置|所在位置)\s*[:：]|"
                         r"^[^>。，,;；!?！？\d%]{1,24}(?:\s*[>›»]+\s*[^>。，,;；!?！？%]{1,30}){1,8}\s*[>›»]*$")
_CHROME_START = rx.compile(
    r"(?:页面宽度|字号\s*[:：]|字体\s*[:：]|字级\s*[:：]|分享到|分享至|浏览次数|阅读次数|阅读量\s*[:：]|点击数\s*[:：]"
    r"|点击量\s*[:：]|访问量|浏览量|点阅次数|浏览人次|点阅率"
    r"|(?:今天是|今日是)\s*[:：]?\s*(?:19|20)\d\d\s*[年\-/.]"  # 今天是:2023年5月6日 星期六: the site's clock, no date of the page
    r"|请?输入(?:关键字|关键词|检索词|搜索词|搜索内容|查询内容)"  # 请输入关键字: a search box's prompt, no headline
    r"|扫一扫|【\s*(?:打印|关闭|收藏)|打印本页|关闭窗口|(?:上一篇|下一篇|上一条|下一条)(?:\s*[:：]|\s)|网站地图|技术支持\s*[:：]"
    r"|(?:主办|承办|协办|维护)(?:单位)?\s*[:：]|网站标识码|建议使用.{0,24}浏览器|最佳(?:浏览|分辨率)|.{0,30}ICP[备证]|.{0,30}公网安备)",
    re.I)
_AD_LINE = rx.compile("|".join(zh.PAGE_AD_MARKS), re.I)  # regex fragments
_AD_LINE_MAX = 60  # a widget's line is short; a news sentence about 消费红包 ends in 。 and is longer
_FOOTER_SHORT = rx.compile(
    r"(?:责任编辑|责编|值班编辑|网络编辑|(?:编辑|审核|校对|[初二三终]审|监制|统筹|排版|美编)\s*[:：|｜]"
    r"|[^。，,；;]{0,16}(?:新闻|广告|服务|投诉|举报|值班|读者|爆料|违法和不良信息举报)(?:热线|电话|邮箱)\s*[:：]?\s*[\d(（+]"
    r"|(?:相关(?:阅读|新闻|链接|文章|推荐|报道|稿件|专题|附件)|推荐阅读|延伸阅读|热门推荐|猜你喜欢|热点新闻|精彩推荐|往期回顾"
    r"|热门文章|最新文章|点击排行|阅读排行)\s*(?:[:：>》]|$))")
_RELATED_HEAD = rx.compile(r"(?:相关|推荐|延伸|热门|猜你|热点|精彩|往期|最新|点击|阅读)")
# An article's own dateline (发布时间:…, 来源:…, 2025-04-09 10:20 来源:…): the line right above it is the page's headline.
_OWN_DATELINE = rx.compile(r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s+)?"
                           r"[\[【(（]?(?:%s)\s*[:：]" % alternation(zh.DATELINE_FIELD_LABELS))
_FOOTER_LONG = rx.compile(
    r"(?:免责声明|版权声明|特别声明|郑重声明|法律声明|声明\s*[:：]|版权所有|copyright|©|\(c\)\s*\d{4}|本网(?:站)?(?:所载|刊登|发布|转载|注明|原创)"
    r"|转载(?:请|须|务必)注明|未经.{0,16}(?:授权|许可).{0,12}(?:不得|禁止|严禁)|(?:本文|文章|图片|内容|稿件)?(?:来源于|来自|转自|选自)(?:网络|互联网)(?=[\s，,。.;；:：)）]|$)"
    r"|如有侵权|如涉及版权|侵权.{0,4}(?:联系|删除))", re.I)
_FOOTER_ANYWHERE = rx.compile(r"(?:来源于网络|转自网络|来自网络|如有侵权|侵权请?联系|侵删)")
_DISCLAIMER = rx.compile(r"(?:电子文本|本数据库|仅供参考|以.{0,12}(?:正式|标准|纸质|印发)(?:文本|文件|版本)?为准|"
                         r"与.{0,12}(?:标准|正式|纸质)文本核对|不代表本(?:网|站|平台)(?:的)?观点)")
_DATELINE_SEG = rx.compile(r"^(?:.{0,12}(?:官方)?(?:微博|微信|公众号|客户端|抖音号?|头条号|视频号|APP)|分享到.*|打印|关闭|收藏"
                           r"|字号.*|【?(?:打印|关闭|收藏)】?.*|纠错|扫一扫.*|浏览次数.*|阅读量.*|点击数.*)$", re.I)
# A page counter anywhere on a line (…发布时间：2024-03-05 浏览次数：1234次): label, colon, number; a number that is a
# year (导读:2026年全县…, a summary's label before the text's first sentence) counts nothing.
_COUNTER = rx.compile(rf"[\[【(（]?(?:{'|'.join(sorted(zh.PAGE_COUNTER_WORDS, key=len, reverse=True))})\s*[:：]\s*\d{{1,9}}"
                      rf"(?!\d|\s*年)\s*(?:人次|次)?[\]】)）]?")
_FORUM_WORD = rf"(?:{'|'.join(sorted(zh.FORUM_COUNTER_WORDS, key=len, reverse=True))})"
_FORUM_NUMBER = r"\d+(?:\.\d+)?\s*(?:万|千|[kKwW])?"
_FORUM_SEP = r"(?:\s*[:：|｜/]\s*|\s+)"
# 主题 2万 帖子 3万 积分 15万 / 1万 主题 / 查看: 1234 | 回复: 12: counter words and numbers only, a word among them
# (a number taken whole, (?>…): with the separator optional, one regex cut 积分123456… into numbers every way)
_FORUM_LINE = rx.compile(rf"(?:{_FORUM_NUMBER}{_FORUM_SEP}?)?{_FORUM_WORD}(?:{_FORUM_SEP}?(?:{_FORUM_WORD}|(?>{_FORUM_NUMBER})))*")
_FORUM_NUMBER_LINE = rx.compile(_FORUM_NUMBER)
# Inline pinyin a converter left after each character (新開(kāi)工項(xiàng)目): a bracket of one to four lowercase syllables,
# one of them tone-marked, right after a Han character; once a text has such ruby, the toneless ones (的(de)) too.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = rf"[a-zü]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,4}}"
_RUBY = rx.compile(rf"(?<=[{_CJK}])[(（]{_SYLLABLE}(?: ?{_SYLLABLE}){{0,3}}[)）]")
_RUBY_TONELESS = rx.compile(rf"(?<=[{_CJK}])[(（][a-zü]{{1,6}}[)）]")
RUBY_MIN = 2  # toned ruby brackets that show a text carries pinyin, so its toneless brackets are ruby too
# A converter that writes pinyin without tones (增(zeng)長, 億(yi)元, 個(ge) 百分點): bracketed syllables that are all
# pinyin, right after a Han character, at least RUBY_TONELESS_MIN times in the text, are ruby as well.
_PINYIN = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|"
           r"ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|ve|a|e|i|o|u|v|ü)")
_RUBY_PINYIN = rx.compile(rf"(?<=[{_CJK}])[(（]{_PINYIN}[)）](?:[ \u3000](?=[{_CJK}]))?")  # with a space it left
RUBY_TONELESS_MIN = 3


def ruby_edits(text: str) -> list[Edit]:
    """新開(kāi)工項(xiàng)目12宗: the pinyin a converter wrote after each character is no part of the words; hidden from the
    view (reason ``ruby``, no noise) so names, units and cues read through it, offsets kept."""
    toned = [(m.start(), m.end()) for m in _RUBY.finditer(text)]
    if not toned:
        bare = [(m.start(), m.end()) for m in _RUBY_PINYIN.finditer(text)]
        if len(bare) < RUBY_TONELESS_MIN:
            return []
        return [Edit(a, b, "", "ruby") for a, b in bare]
    spans = toned
    if len(toned) >= RUBY_MIN:
        spans = sorted(set(toned) | {(m.start(), m.end()) for m in _RUBY_TONELESS.finditer(text)})
    return [Edit(a, b, "", "ruby") for a, b in spans]


# Decorative glyphs a page sprinkles into its sentences (◈ღ✿◈全省…, 投资★☆增长, ,✔新开工): geometric shapes, symbols,
# dingbats, arrows, emoji, private-use marks, and the Georgian letters spam pages use as ornaments.  None is a word
# (but ○ and ◯, the zero of 二○二二年, are numerals).
_GLYPH = ("\u25a0-\u25ca\u25cc-\u25ee\u25f0-\u25ff\u2600-\u26ff\u2700-\u27bf\u2b00-\u2bff\u2190-\u21ff\u10a0-\u10ff\u2d00-\u2d2f"
          "\ue000-\uf8ff\ufe00-\ufe0f\U0001f300-\U0001faff")
_GLYPH_RUN = rx.compile(rf"[{_GLYPH}]+")
_GLYPH_AFTER = rx.compile(rf"[{_CJK}\d%,，;；、:：。)）]")


def glyph_edits(text: str) -> list[Edit]:
    """固定资产投资★☆增长5.3% / ◈ღ✿◈全省规模以上工业增加值: ornaments glued into a sentence are no part of its words;
    hidden from the view (reason ``ruby``, no noise, offsets kept) so names read through them.  A run inside a line,
    after a word or a mark, is one; at a line's start only a run of mixed ornaments is (a lone ■ or a ★★ row opening a
    line is a bullet or a heading's mark, which the outline reads)."""
    out = []
    for m in _GLYPH_RUN.finditer(text):
        a, b = m.span()
        ls = text.rfind("\n", 0, a) + 1
        if text[ls:a].strip():
            if _GLYPH_AFTER.match(text, a - 1) and (b - a >= 2 or _GLYPH_AFTER.match(text, b)):
                out.append(Edit(a, b, "", "ruby"))
        elif len(set(m.group())) >= 3 and b < len(text) and re.match(rf"[{_CJK}]", text[b]):
            out.append(Edit(a, b, "", "ruby"))
    return out


# A column's or collection's link with its article count (督查通报（3篇）): the whole line.
_ARTICLE_COUNT_LINE = rx.compile(rf"(?P<label>[{_CJK}（）()·、]{{2,24}}?)\s*[(（\[【]?\s*(?:共\s*)?\d{{1,5}}\s*"
                                 rf"(?:{'|'.join(zh.ARTICLE_COUNT_UNITS)})\s*[)）\]】]?")
_WRITING_VERB = rx.compile("|".join(zh.WRITING_VERBS))
# A link to another article: a headline without sentence punctuation and its date, before or after it.
_DATE_TOKEN = r"[\[(（【]?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}-\d{1,2})[\])）】]?"
_DATED_LINK = rx.compile(rf"(?:[^。，,；;！？!?:：\n]{{4,70}}?\s*{_DATE_TOKEN}|{_DATE_TOKEN}\s*[^。，,；;！？!?:：\n\d]{{4,70}})\s*$")
_HEADING_MARK = rx.compile(rf"^(?:[一二三四五六七八九十百]+[、.]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、]|第[{_CJK}\d]{{1,4}}[章节条部篇]|[●■▶◆★※•])")
_PAGE_NO = rx.compile(r"^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")
_PAGE_NO_PDF = rx.compile(r"^\d{1,4}$")
# 2020⏎08/26: a date block printing the year on one line and the month and day under it (a page counter's form)
_YEAR_LINE = rx.compile(r"(?:19|20)\d\d\s*年?")
_MONTH_DAY_LINE = rx.compile(r"(\d{1,2})\s*/\s*(\d{1,2})")


def _day_under_year(norm: str, line_span, i: int) -> bool:
    """Whether line ``i`` (N/M, read as a page counter) is the month and day of a date whose year the line above it
    holds alone (2020⏎08/26): the page's date, which the dateline finders read as one (context._split_day)."""
    m = _MONTH_DAY_LINE.fullmatch(norm[slice(*line_span(i))])
    return m is not None and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31 and \
        _YEAR_LINE.fullmatch(norm[slice(*line_span(i - 1))]) is not None
_CSS_RULE = rx.compile(r"(?:[.#@]?[A-Za-z_][A-Za-z0-9_\-]*(?:[ \t,>.#:*]+[A-Za-z0-9_\-]+)*[ \t]*\{[^{}\n]{0,2000}?:[^{}\n]{0,2000}\}[ \t]*)+")
_JS_LINE = rx.compile(r"^(?:var |let |const |function\s*\w*\(|document\.|window\.|\$\(|jQuery|\}\);?$|<!--|//\s|try\s*\{)")


def _han_outside(words) -> re.Pattern:
    """A class of the Han characters that occur in none of ``words`` (Han characters have no case)."""
    inside = sorted({ord(ch) for w in words for ch in w if "\u4e00" <= ch <= "\u9fff"})
    ranges, lo = [], 0x4E00
    for c in inside + [0xA000]:
        if c > lo:
            ranges.append(f"{chr(lo)}-{chr(c - 1)}" if c - 1 > lo else chr(lo))
        lo = c + 1
    return re.compile("[" + "".join(ranges) + "]")


# A Han character no toolbar word holds: a line with one is not toolbar words alone (checked before the tokens)
_NOT_UI_HAN = _han_outside(_UI_WORDS)


def _ui_only(s: str) -> bool:
    """Whether a (normalized, stripped) line is only toolbar words, separators and numbers."""
    if len(s) > 60 or _NOT_UI_HAN.search(s):
        return False
    words = _UI_TOKEN.findall(s)
    if not words or sum(len(w) for w in words) < 2:
        return False
    rest = _UI_FILLER.sub("", _UI_TOKEN.sub("", s))
    return rest == ""


# An e-paper's edition mark (第A03版, 02版, 第3版): the page of the paper a text was printed on.
_EPAPER_WORD = rx.compile("|".join(re.escape(w) for w in zh.EPAPER_WORDS))
_EDITION_MARK = rx.compile(r"(?<![\dA-Za-z\u4e00-\u9fff])(?:第\s*)?[A-Za-z]?\s*\d{1,3}\s*版(?![\u4e00-\u9fff]{3})")


def _edition_line(s: str) -> bool:
    """An e-paper's page line: an edition mark or its furniture words (当前版:02版, 第A03版:要闻, 上一版 下一版), with at
    most the page's column name beside them."""
    if len(s) > 60 or ("版" not in s and not _EPAPER_WORD.search(s)):
        return False  # neither an edition mark (…版) nor a furniture word: nothing below can say yes
    marks = _EDITION_MARK.findall(s)
    words = [w for w in _UI_TOKEN.findall(s) if w in zh.EPAPER_WORDS]
    if not marks and not words:
        return False
    rest = _UI_FILLER.sub("", _UI_TOKEN.sub("", _EDITION_MARK.sub("", s)))
    return len(rest) <= zh.EPAPER_COLUMN_MAX and bool(re.fullmatch(rf"[{_CJK}A-Za-z]*", rest))


_MENU_SPLIT = rx.compile(r"\t+|\s*[|｜]\s*|[ \u3000\u00a0]{2,}")
_MENU_CELL = rx.compile(rf"[{_CJK}A-Za-z]{{2,8}}")


def _menu_row(s: str) -> bool:
    """A navigation row: four or more short link words side by side (网站首页  政务公开  办事服务 …), one of them a
    toolbar word (首页).  A table's header row has no toolbar word."""
    if len(s) > 160:
        return False
    cells = [c for c in _MENU_SPLIT.split(s) if c]
    return len(cells) >= 4 and all(_MENU_CELL.fullmatch(c) for c in cells) and any(_toolbar_cell(c) for c in cells)


def _toolbar_cell(cell: str) -> bool:
    """Does a link word of a row hold a toolbar word (网站首页, 打印本页)?  A toolbar word of one character (大 中 小
    of a font-size switch, 页, 赞) counts only as the whole cell: inside a longer word it is that word's (大川镇, 小计,
    中心城区 in a table's header of places)."""
    return any(len(m.group()) > 1 or m.group() == cell for m in _UI_TOKEN.finditer(cell))


def _line_class(s: str, fmt: str) -> str:
    """Classify one normalized, stripped line: chrome | footer | footer-long | disclaimer | css | script | short | ''."""
    n = len(s)
    if n == 0:
        return "blank"
    if _menu_row(s):
        return "chrome"
    if n <= 80:
        t = s.lstrip("(（【[ ")  # (责任编辑：…)
        if _ui_only(s) or _edition_line(s) or _BREADCRUMB.search(s) or _CHROME_START.match(t):
            return "chrome"
        if _PAGE_NO.match(s) or (fmt == "pdf" and _PAGE_NO_PDF.match(s)):
            return "chrome"
        if n <= _AD_LINE_MAX and "。" not in s and _AD_LINE.search(s):
            return "chrome"  # 扫码领取88元红包,100%有奖: a promotion widget
        if n <= 60 and _FORUM_LINE.fullmatch(s):
            return "chrome"  # 主题 2万 帖子 3万 积分 15万: a forum's member card
        m = _ARTICLE_COUNT_LINE.fullmatch(s) if n <= 40 else None
        if m and not _WRITING_VERB.search(m.group("label")):
            return "chrome"  # 督查通报（3篇）: a link to a column and how many articles it holds
        if _FOOTER_SHORT.match(t):
            return "related" if _RELATED_HEAD.match(t) else "footer"
    if n <= 400 and _DISCLAIMER.search(s[:200]) and (s[0] in "*＊※" or s.startswith("注")):
        return "disclaimer"
    if _FOOTER_LONG.match(s) or (n <= 200 and _FOOTER_ANYWHERE.search(s)):
        return "footer-long"
    if n <= 400 and _DISCLAIMER.search(s) and n <= 120:
        return "disclaimer-weak"
    if "{" in s and "}" in s and ":" in s:
        m = _CSS_RULE.fullmatch(s) if n <= 20000 else None
        if m:
            return "css"
    if n <= 400 and _JS_LINE.match(s) and re.search(r"[;{}()=]", s) and not re.search(f"[{_CJK}]{{6,}}", s):
        return "script"
    if n <= 12 and not (set(s) & _SENT_PUNCT) and not _HEADING_MARK.match(s):
        return "short"
    return ""


def _pdf_running_heads(norm: str, classes: bytearray, line_span, C: dict) -> None:
    """Running heads/feet of a PDF: the same short line on three or more pages is chrome."""
    from collections import Counter

    seen: Counter[str] = Counter()
    for i in range(len(classes)):
        if classes[i] in (C[""], C["short"]):
            s, e = line_span(i)
            if 2 <= e - s <= 40 and not (set(norm[s:e]) & _SENT_PUNCT):
                seen[norm[s:e]] += 1
    repeated = {t for t, n in seen.items() if n >= 3 and not _HEADING_MARK.match(t)}
    if not repeated:
        return
    for i in range(len(classes)):
        if classes[i] in (C[""], C["short"]):
            s, e = line_span(i)
            if norm[s:e] in repeated:
                classes[i] = C["chrome"]


_DATELINE_SEP = rx.compile(r"[|｜\u3000]|[ \u00a0]{2,}")
_DATELINE_MARK = rx.compile(r"\d{4}|\d{1,2}[:：]\d{2}|来源|作者|发布")


def _dateline_segments(text: str, norm: str, s: int, e: int) -> list[tuple[int, int]]:
    """UI links in a ``date | 来源 | …官方微博`` line: spans of the segments that are toolbar links."""
    line = text[s:e]  # split on the text as written: normalization turns 　 into a plain space
    if len(line) > 240 or not _DATELINE_SEP.search(line):
        return []
    if not _DATELINE_MARK.search(norm, s, e):
        return []
    out = []
    pos = 0
    for part in re.split(r"([|｜]|\u3000+|[ \u00a0]{2,})", line):
        a, b = s + pos, s + pos + len(part)
        pos += len(part)
        if not part.strip(" |｜\u00a0\u3000"):
            continue
        a, b = _strip_span(text, a, b)
        seg = norm[a:b]
        if seg and (_DATELINE_SEG.match(seg) or _ui_only(seg) or _CHROME_START.match(seg)):
            out.append((a, b))
    return out


def text_noise(text: str, fmt: str = "txt") -> list[Edit]:
    """Noise edits for plain text (also run on the view of an HTML page)."""
    norm = normalize_chars(text)
    starts = _line_starts(text)
    nlines = len(starts)
    total = len(text)
    classes = bytearray(nlines)  # codes below; bytearray keeps a 50 MB text cheap
    spans: list[tuple[int, int, str]] = []
    C = {"": 0, "blank": 1, "short": 2, "chrome": 3, "footer": 4, "footer-long": 5, "disclaimer": 6,
         "disclaimer-weak": 7, "css": 8, "script": 9, "related": 10}
    names = {v: k for k, v in C.items()}

    def line_span(i: int) -> tuple[int, int]:
        e = starts[i + 1] - 1 if i + 1 < nlines else total
        return _strip_span(text, starts[i], e)

    for i in range(nlines):
        s, e = line_span(i)
        if e - s > 20000:
            # huge single lines: only a leading footer/disclaimer keyword is worth a look
            classes[i] = 0
            continue
        classes[i] = C[_line_class(norm[s:e], fmt)]
    for i in range(1, nlines):
        if classes[i] == C["chrome"] and _day_under_year(norm, line_span, i):
            classes[i] = C[""]  # 2020⏎08/26: the page's date, set over two lines, no page counter

    if fmt == "pdf":
        _pdf_running_heads(norm, classes, line_span, C)

    # Long footers (声明/版权 paragraphs) and weak disclaimers count only near the end or after other footer lines.
    tail_from = int(total * 0.6)
    seen_footer = False
    for i in range(nlines):
        c = names[classes[i]]
        if c in ("footer", "disclaimer", "related"):
            seen_footer = True
        elif c in ("footer-long", "disclaimer-weak"):
            s, e = line_span(i)
            near_end = s >= tail_from or total - e < 600
            if c == "disclaimer-weak":
                classes[i] = C["disclaimer"] if (near_end and total - e < 400) else C[""]
            elif seen_footer or near_end or e - s <= 60:
                classes[i] = C["footer"]
                seen_footer = True
            else:
                classes[i] = C[""]

    # Under a 相关阅读/推荐阅读 heading come other articles' headlines: short lines without a full stop.
    i = 0
    while i < nlines:
        if classes[i] != C["related"]:
            i += 1
            continue
        classes[i] = C["footer"]
        i += 1
        while i < nlines:
            s, e = line_span(i)
            c = classes[i]
            if c == C["blank"]:
                i += 1
                continue
            if c in (C[""], C["short"]) and e - s <= 50 and "。" not in norm[s:e] \
                    and not _above_own_dateline(norm, classes, line_span, i, C):
                classes[i] = C["footer"]
                i += 1
                continue
            break

    # Links to other articles, each a headline with its date (…集中开工动员会 2025-03-02), two or more in a row, are a
    # list of the site's, not the document's; a short heading right above them (热点信息) goes with them.
    i = 0
    while i < nlines:
        run: list[int] = []
        j = i
        while j < nlines:
            if classes[j] == C["blank"]:
                j += 1
                continue
            s, e = line_span(j)
            if classes[j] in (C[""], C["short"], C["chrome"], C["footer"]) and _DATED_LINK.match(norm, s, e) \
                    and e - s <= 80:
                run.append(j)
                j += 1
                continue
            break
        if len(run) >= 2:
            for k in run:
                classes[k] = C["footer"]
            h = run[0] - 1
            while h >= 0 and classes[h] == C["blank"]:
                h -= 1
            if h >= 0 and classes[h] in (C["short"], C[""]):
                s, e = line_span(h)
                if e - s <= 10 and not (set(norm[s:e]) & _SENT_PUNCT):
                    classes[h] = C["footer"]
            i = j
        else:
            i = max(j, i + 1)

    # Short unknown lines sandwiched between noise lines (blank lines allowed) are chrome too:
    # viewer toolbars mix known words with odd ones (转第, 保留字段信息).
    noise_codes = {C["chrome"], C["footer"], C["disclaimer"]}
    last_noise = -1
    pending: list[int] = []
    for i in range(nlines):
        c = classes[i]
        if c in noise_codes:
            if last_noise >= 0 and pending:
                for j in pending:
                    classes[j] = C["chrome"] if c == C["chrome"] or classes[last_noise] == C["chrome"] else C["footer"]
            pending = []
            last_noise = i
        elif c == C["short"]:
            if last_noise >= 0:
                pending.append(i)
        elif c == C["blank"]:
            continue
        else:
            pending = []
            last_noise = -1

    reason_of = {C["chrome"]: "chrome", C["footer"]: "footer", C["disclaimer"]: "disclaimer", C["css"]: "css",
                 C["script"]: "script"}
    for i in range(nlines):
        r = reason_of.get(classes[i])
        s, e = line_span(i)
        if r:
            if e > s:
                spans.append((s, e, r))
        elif classes[i] != C["blank"] and e - s <= 240:
            for a, b in _dateline_segments(text, norm, s, e):
                spans.append((a, b, "chrome"))
            for m in _COUNTER.finditer(norm, s, e):
                spans.append((m.start(), m.end(), "chrome"))  # 浏览次数：1234次 inside a dateline
            for m in (_MEDIA_TAG_HEAD.match(norm, s, e), _MEDIA_TAG_TAIL.search(norm, s, e)):
                if m and m.end() - m.start() < e - s:
                    spans.append((m.start(), m.end(), "chrome"))  # 【图】甲县上半年… / …集中开工(图)
            if e - s <= 2000 and "{" in norm[s:e]:
                for m in _CSS_RULE.finditer(norm, s, e):
                    if m.end() - m.start() >= 20:
                        a, b = _strip_span(text, m.start(), m.end())
                        spans.append((a, b, "css"))

    # 2万\n主题\n3万\n帖子: a number's line beside a forum counter's line is that counter's
    for i in range(nlines):
        s, e = line_span(i)
        if classes[i] == C["chrome"] or e - s > 12 or not _FORUM_NUMBER_LINE.fullmatch(norm, s, e):
            continue
        if any(0 <= j < nlines and classes[j] == C["chrome"] and _FORUM_LINE.fullmatch(norm, *line_span(j))
               for j in (i - 1, i + 1)):
            spans.append((s, e, "chrome"))
    spans += [(e.start, e.end, e.reason) for e in ruby_edits(text)]
    spans += [(e.start, e.end, e.reason) for e in glyph_edits(text)]
    spans += _duplicate_title(text, norm, starts, classes, C)
    spans += find_spam(text, norm)
    return _resolve([Edit(a, b, "", r) for a, b, r in spans if b > a])


# a headline's media tag (zh.MEDIA_TAG_WORDS) in brackets at its head (【图】, [视频]) or at its end ((图), 【组图】)
_MEDIA_TAG_HEAD = rx.compile(rf"[【\[](?:{alternation(zh.MEDIA_TAG_WORDS)})[】\]]\s*")
_MEDIA_TAG_TAIL = rx.compile(rf"\s*[(（【\[](?:{alternation(zh.MEDIA_TAG_WORDS)})[)）】\]]$")


def _above_own_dateline(norm: str, classes: bytearray, line_span, i: int, C: dict) -> bool:
    """Whether line ``i`` stands right above an article's own dateline (发布时间:…, 来源:…), blank lines allowed: a
    sidebar's list of links (相关新闻, 热点推荐) scraped above the article ends at the article's headline there."""
    for j in range(i + 1, len(classes)):
        if classes[j] != C["blank"]:
            s, e = line_span(j)
            return e - s <= 160 and bool(_OWN_DATELINE.match(norm, s, e))
    return False


_SITE_SEP_END = rx.compile(r"[-_|—–·]\s*$")


def _duplicate_title(text: str, norm: str, starts: array, classes: bytearray, C: dict) -> list[tuple[int, int, str]]:
    """The first copy of a title shown twice near the top (viewer header + the document's own title block).

    Also catches a page ``<title>`` that is the headline plus a site suffix (标题_某某网).
    """
    lines: list[tuple[int, int]] = []
    nl = len(starts)
    for i in range(min(nl, 60)):
        if classes[i] in (C["blank"], C["chrome"], C["footer"]):
            continue
        e = starts[i + 1] - 1 if i + 1 < nl else len(text)
        s, e = _strip_span(text, starts[i], e)
        if s >= 4000:
            break
        lines.append((s, e))
    out = []
    for k, (s, e) in enumerate(lines[:12]):
        a = norm[s:e]
        if len(a) < 5 or len(a) > 120 or "。" in a:  # a title, not a sentence
            continue
        # the page's <title> (the first line) may stand far above the headline, past menus the rules did not catch
        window = lines[k + 1:k + 4] if k else lines[1:40]
        for d, (s2, e2) in enumerate(window):
            b = norm[s2:e2]
            if len(b) < 5:
                continue
            suffix_site = a.startswith(b) and len(a) - len(b) <= 30 and re.match(r"\s*[-_|—–·]", a[len(b):])
            prefix_site = a.endswith(b) and len(a) - len(b) <= 30 and _SITE_SEP_END.search(a[:len(a) - len(b)])
            if (a == b and d == 0) or suffix_site or prefix_site:
                out.append((s, e, "duplicate-title"))
                return out
    return out


# --------------------------------------------------------------------------- spam

_SPAM_LEXICON = rx.compile(
    "配资|博彩|彩票|代开|发票|股票|炒股|娱乐城|赌场|赌博|棋牌|老虎机|百家乐|时时彩|六合彩|快三|赛车|投注|下注|网投|代孕|办证|"
    "贷款|网贷|真人|开户|返水|葡京|威尼斯人|金沙|太阳城|私服|外挂|刷单|兼职|加微信|官网|网站|平台|娱乐|彩金|注册送|首存|"
    "成人|色情|黄色|约炮|证券|期货|外汇|理财|app|APP")
_BREAK_AFTER = set("，。；、！？：,.;!?:…\n")
_RUN_BEFORE_PUNCT = rx.compile(rf"(?<![{_CJK}])[{_CJK}]{{4,}}+(?=[，。；、！？：,.;!?:…]|\n|$)")
_RUN_AT_LINE_START = rx.compile(rf"^[ \t\u3000\u00a0]*([{_CJK}]{{4,12}})[ \t\u3000\u00a0]+(?=\S)", re.M)


def find_spam(text: str, norm: str) -> list[tuple[int, int, str]]:
    """Injected link-farm phrases: 4–12 CJK characters that recur at clause breaks and belong nowhere.

    A phrase is spam when (1) it occurs at least twice, mostly where it breaks
    the sentence (right before punctuation, or at a line start followed by a
    space, as a prefix of the title), and (2) its character bigrams occur
    nowhere else in the document, i.e. it is off-topic.  A small lexicon of
    spam vocabulary (配资, 博彩, 代开发票 …) lowers the bar but is never enough
    on its own.
    """
    tails = [run[-12:][::-1] for run in _RUN_BEFORE_PUNCT.findall(norm)]  # the pattern has no groups
    heads: dict[str, int] = {}
    for m in rx.head_finditer(_RUN_AT_LINE_START, norm):
        heads[m.group(1)] = heads.get(m.group(1), 0) + 1
    cands: dict[str, int] = {}
    # Adjacent sorted (reversed) tails sharing 4+ characters: a tail seen twice is itself a candidate, and
    # neighbours contribute their common part (in the order a scan of the sorted list with repeats would).
    mult = Counter(tails)
    tails = sorted(mult)
    for i, a in enumerate(tails):
        if mult[a] >= 2:
            cands[a[::-1]] = 1
        if i + 1 < len(tails):
            b = tails[i + 1]
            if a[:4] != b[:4]:
                continue
            k = 4
            lim = min(len(a), len(b))
            while k < lim and a[k] == b[k]:
                k += 1
            cands[a[:k][::-1]] = 1
    del mult
    for h in heads:
        cands[h] = 1
    # a head that is a suffix of a clause-final run (title prefix + mid-sentence copy)
    import bisect

    for h in list(heads):
        k = bisect.bisect_left(tails, h[::-1])
        if k < len(tails) and tails[k].startswith(h[::-1]):
            cands[h] = 1
    del tails
    ranked = sorted(cands, key=len, reverse=True)[:400]
    # One pass over the text finds every candidate (str.count per candidate was quadratic on big documents).
    where = _occurrences(norm, ranked)
    evidence = {p: _break_evidence(p, where[p], norm) for p in ranked}
    plausible = [p for p in ranked if evidence[p] is not None
                 and _score_without_bigrams(p, len(where[p]), evidence[p]) + 2 >= _SPAM_SCORE and not _time_phrase(p)]
    bigram_counts = _counts(norm, {p[k:k + 2] for p in plausible for k in range(len(p) - 1)})
    accepted: list[str] = []
    for p in plausible:
        if _is_spam(p, len(where[p]), evidence[p], bigram_counts):
            if not any(p in q for q in accepted):
                accepted.append(p)
    return [(i, i + len(p), "spam") for p in accepted for i in where[p]] + \
        [(m.start(), m.end(), "spam") for m in _SPAM_BRAND.finditer(norm)]


def _time_phrase(p: str) -> bool:
    """Whether the phrase is one time expression (前三季度, 今年上半年): a news page heads its title with the span it
    reports (前三季度 某州固定资产投资完成338.4亿元) and opens a clause with it again (…,前三季度,某州…), which is how
    injected spam recurs too, but the time is the text's own and every figure after it reports in it."""
    return any(m.start == 0 and m.end == len(p) for m in find_periods(p, None))


# a betting site's brand (OD体育, KY娱乐官网): spam even once, wherever it is glued (a headline, after a figure)
_SPAM_BRAND = rx.compile(rf"(?<![A-Za-z])[A-Za-z]{{1,6}}(?:{alternation(zh.SPAM_BRAND_WORDS)})"
                         rf"(?:{alternation(zh.SPAM_BRAND_TAILS)})*(?![{zh.SPAM_BRAND_NOT_BEFORE}])")


_CLAUSE_END = set("，。；！？,.;!?…\n")
_SITE_LIKE = rx.compile(r"(?:网站|网|平台|官网|论坛|导航|在线|娱乐|app|APP)$")


def _occurrences(norm: str, phrases: list[str]) -> dict[str, list[int]]:
    """Start offsets of each phrase, non-overlapping left to right (as ``str.find`` steps), in one pass."""
    where: dict[str, list[int]] = {p: [] for p in phrases}
    if not phrases:
        return where
    import ahocorasick

    auto = ahocorasick.Automaton()
    for p in phrases:
        auto.add_word(p, p)
    auto.make_automaton()
    free_from = dict.fromkeys(phrases, 0)  # a match starting before this overlaps the previous one
    for end, p in auto.iter(norm):
        start = end - len(p) + 1
        if start >= free_from[p]:
            where[p].append(start)
            free_from[p] = end + 1
    return where


def _counts(norm: str, grams: set[str]) -> dict[str, int]:
    """``norm.count(g)`` for every g: direct counts for a few, one automaton pass for many."""
    if len(grams) <= 24:
        return {g: norm.count(g) for g in grams}
    return {g: len(pos) for g, pos in _occurrences(norm, sorted(grams)).items()}


def _break_evidence(p: str, starts: list[int], norm: str) -> tuple[int, int] | None:
    """(breaks, title-like breaks) over the occurrences of ``p``, or None when it is not break-placed enough.

    Clause breaks here are ，。；！？ and line ends (not 、 or ：, which legitimately
    follow enumerated terms and interview labels such as 南方日报：).
    """
    total = len(starts)
    if total < 2:
        return None
    breaks = 0
    title_like = 0
    n = len(norm)
    for i in starts:
        j = i + len(p)
        after = norm[j] if j < n else "\n"
        before = norm[i - 1] if i > 0 else "\n"
        line_start = before == "\n" or (before in " \t\u3000" and norm[max(0, i - 40):i].rstrip(" \t\u3000")[-1:] in ("", "\n"))
        if after in _CLAUSE_END:
            breaks += 1
        elif line_start and after in " \t\u3000":
            breaks += 1
            title_like += 1
    if breaks < 2 or breaks < 0.6 * total:
        return None
    return breaks, title_like


def _is_spam(p: str, total: int, evidence: tuple[int, int], bigram_counts: dict[str, int]) -> bool:
    """Score the evidence that ``p`` (``total`` occurrences, ``evidence`` from ``_break_evidence``) is injected.

    See ``find_spam``; ``bigram_counts`` holds the document count of each of ``p``'s bigrams.
    """
    bigrams = [p[k:k + 2] for k in range(len(p) - 1)]
    foreign = sum(1 for bg in bigrams if bigram_counts[bg] - total * p.count(bg) <= 0) / len(bigrams)
    if foreign < 0.5:
        return False
    score = 2 if foreign >= 0.99 else (1 if foreign >= 0.6 else 0)
    return score + _score_without_bigrams(p, total, evidence) >= _SPAM_SCORE


_SPAM_SCORE = 5  # the off-topic part of the score is at most 2: phrases that cannot reach 5 skip the bigram count


def _score_without_bigrams(p: str, total: int, evidence: tuple[int, int]) -> int:
    """The part of the spam score that needs no document-wide bigram counts."""
    breaks, title_like = evidence
    score = 2 if _SPAM_LEXICON.search(p) else 0
    score += 1 if _SITE_LIKE.search(p) else 0
    score += 2 if title_like else 0
    score += 1 if breaks == total else 0
    score += 1 if breaks >= 3 else 0
    return score


# --------------------------------------------------------------------------- HTML

_HTML_TOKEN = rx.compile(
    r"(?P<comment><!--.*?(?:-->|\Z))"
    r"|(?P<raw><(?P<rawname>script|style|noscript|template)\b[^>]*>.*?(?:</(?P=rawname)\s*>|\Z))"
    r"|(?P<decl><![^>]*>|<\?[^>]*>)"
    r"|(?P<tag></?(?P<name>[a-zA-Z][\w:-]*)(?P<attrs>(?:\s+(?:[^>\"']|\"[^\"]*\"|'[^']*')*?)?)\s*/?>)"
    r"|(?P<entity>&(?:\#[0-9]{1,7};?|\#[xX][0-9a-fA-F]{1,6};?|[a-zA-Z][a-zA-Z0-9]{1,31};))",
    re.S | re.I)
_BLOCK_TAGS = frozenset("""address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure
footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p pre section summary table tbody thead tfoot tr ul
title caption center option select iframe""".split())
_CELL_TAGS = frozenset({"td", "th"})
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_CHROME_ELEMENTS = {"nav": "chrome", "aside": "chrome", "footer": "footer", "select": "chrome", "button": "chrome",
                    "header": "chrome", "iframe": "chrome"}
_ATTR_VALUE = rx.compile(r"""\b(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
# class/id words that mark page furniture; matched as whole tokens, or as a prefix/suffix of a token for the strong ones
_CHROME_TOKENS = frozenset("""nav navbar navigation menu menubar breadcrumb breadcrumbs crumb crumbs bread sidebar side-bar
share sharebox toolbar topbar top position location weizhi dqwz curpos current-position qrcode erweima ewm fenxiang login
search searchbox pager pagination ad ads advert banner friendlink links comment comments header head""".split())
_STRONG_PARTS = ("nav", "menu", "breadcrumb", "crumb", "sidebar", "share", "toolbar", "qrcode", "erweima", "fenxiang",
                 "weizhi", "friendlink", "pagination", "footer", "copyright")
_FOOTER_TOKENS = frozenset("""footer foot bottom copyright related relate relevant recommend tuijian xgxw xgyd xgwz xgtj
bq banquan""".split())


def _class_tokens(attrs: str) -> list[str]:
    out: list[str] = []
    for m in _ATTR_VALUE.finditer(attrs):
        value = next(g for g in m.groups() if g is not None)
        value = re.sub(r"([a-z])([A-Z])", r"\1 \2", value).lower()
        out.extend(t for t in re.split(r"[\s_\-]+", value) if t)
        out.extend(t for t in value.split() if t)
    return out


_BLANK_ENTITY = rx.compile(r"&(?:nbsp|ensp|emsp|#160|#xa0|#12288|#x3000);", re.I)


def _clean_html(raw: str) -> list[Edit]:
    edits = _html_edits(raw)
    edits = _resolve(edits)
    view, omap = build_view(raw, edits)
    noise = text_noise(view, "html")
    # stray blanks inside prose: only those standing as plain blanks in the page (not tags or entities)
    spaces = []
    for e in stray_space_edits(view) + split_decimal_edits(view):
        a, b = omap.span(e.start, e.end)
        if b > a and not raw[a:b].strip(" \u00a0\u3000"):
            spaces.append(Edit(a, b, "", "space"))
        else:
            # 12.5</font>&nbsp;亿元: a blank written as an entity between a figure and its unit is as stray; the
            # entity's own edit gives way to the blank's
            for p in range(e.start, e.end):
                a, b = omap.span(p, p + 1)
                if b > a and _BLANK_ENTITY.fullmatch(raw, a, b):
                    spaces.append(Edit(a, b, "", "space"))
    if spaces:
        blank_at = {(x.start, x.end) for x in spaces}
        edits = _resolve([x for x in edits if (x.start, x.end) not in blank_at] + spaces)
    if not noise:
        return edits
    # Map text-level noise back to raw spans; edits inside a noise span are absorbed by it.
    raw_noise = []
    for e in noise:
        a, b = omap.span(e.start, e.end)
        raw_noise.append(Edit(a, b, "", e.reason))
    return _merge_over(edits, raw_noise)


def _merge_over(base: list[Edit], over: list[Edit]) -> list[Edit]:
    """Put ``over`` edits on top of ``base``: base edits overlapping one are dropped and the span grows to cover them.

    Text-level noise in an HTML view may contain inline tags or entities; the
    noise edit then covers them too, so the result stays non-overlapping.
    """
    import bisect

    base = sorted(base)
    starts = [e.start for e in base]
    dropped: set[int] = set()
    grown: list[Edit] = []
    for o in sorted(over):
        a, b = o.start, o.end
        k = max(bisect.bisect_left(starts, a) - 1, 0)
        while k < len(base) and base[k].start < b:
            e = base[k]
            if e.end > a or (e.start >= a and e.start < b):
                a, b = min(a, e.start), max(b, e.end)
                dropped.add(k)
            k += 1
        grown.append(Edit(a, b, "", o.reason))
    kept = [e for k, e in enumerate(base) if k not in dropped]
    return _resolve(kept + grown)


def _is_chrome_element(name: str, attrs: str) -> str | None:
    """``chrome``/``footer`` for navigation, toolbar and footer elements (by tag, or by class/id words)."""
    if name in _CHROME_ELEMENTS:
        return _CHROME_ELEMENTS[name]
    if not attrs or name in ("html", "body", "main", "article", "form", "table", "tbody"):
        return None
    toks = _class_tokens(attrs)
    if any(t in _FOOTER_TOKENS or t.startswith(("footer", "copyright")) for t in toks):
        return "footer"
    if any(t in _CHROME_TOKENS or t.startswith(_STRONG_PARTS) or t.endswith(_STRONG_PARTS) for t in toks):
        return "chrome"
    return None


# Token kinds of ``_Tokens.kind``.
_COMMENT, _SCRIPT, _STYLE, _RAW_OTHER, _DECL, _ENTITY, _OPEN, _CLOSE, _SELFCLOSE = range(9)


class _Tokens:
    """The HTML tokens of a page in flat arrays: a list of ``re.Match`` objects costs ~250 bytes a token on a big page.

    ``name`` is the lower-cased tag name (shared strings) or None; ``attrs`` spans index the raw page.
    """

    def __init__(self, raw: str):
        self.start = array("q")
        self.end = array("q")
        self.kind = bytearray()
        self.name: list[str | None] = []
        self.attr_start = array("q")
        self.attr_end = array("q")
        names: dict[str, str] = {}
        raw_kinds = {"script": _SCRIPT, "style": _STYLE}
        for m in _HTML_TOKEN.finditer(raw):
            self.start.append(m.start())
            self.end.append(m.end())
            name = None
            a0 = a1 = -1
            if m.group("comment") is not None:
                kind = _COMMENT
            elif m.group("raw") is not None:
                kind = raw_kinds.get(m.group("rawname").lower(), _RAW_OTHER)
            elif m.group("decl") is not None:
                kind = _DECL
            elif m.group("entity") is not None:
                kind = _ENTITY
            else:
                tok = m.group()
                kind = _CLOSE if tok.startswith("</") else (_SELFCLOSE if tok.endswith("/>") else _OPEN)
                low = m.group("name").lower()
                name = names.setdefault(low, low)
                if m.group("attrs"):
                    a0, a1 = m.span("attrs")
            self.kind.append(kind)
            self.name.append(name)
            self.attr_start.append(a0)
            self.attr_end.append(a1)

    def __len__(self) -> int:
        return len(self.kind)


def _html_edits(raw: str) -> list[Edit]:
    """Markup, script/style/comment, chrome-element and entity edits over a raw HTML page."""
    toks = _Tokens(raw)
    starts, ends, kinds, names = toks.start, toks.end, toks.kind, toks.name
    # visible text length before each token, to judge how much text an element holds
    text_before = array("q")
    acc = 0
    prev = 0
    for k in range(len(toks)):
        acc += starts[k] - prev
        text_before.append(acc)
        prev = ends[k]
    total_text = acc + len(raw) - prev
    grid = _grid_tables(raw, toks, text_before) if "<t" in raw or "<T" in raw else {}
    grid_at: set[int] = set()
    edits: list[Edit] = []
    i = 0
    nt = len(toks)
    while i < nt:
        kind = kinds[i]
        ms, me = starts[i], ends[i]
        if kind == _COMMENT or kind == _DECL:
            edits.append(Edit(ms, me, "", "markup"))
        elif kind in (_SCRIPT, _STYLE, _RAW_OTHER):
            edits.append(Edit(ms, me, "\n" if kind != _SCRIPT else "", "css" if kind == _STYLE else "script"))
        elif kind == _ENTITY:
            tok = raw[ms:me]
            ch = html.unescape(tok)
            if ch != tok:
                edits.append(Edit(ms, me, ch, "entity"))
        else:
            name = names[i]
            closing = kind == _CLOSE
            attrs = raw[toks.attr_start[i]:toks.attr_end[i]] if toks.attr_start[i] >= 0 else ""
            reason = None if kind != _OPEN or name in _VOID_TAGS else _is_chrome_element(name, attrs)
            if reason:
                j = _matching_close(toks, i, name)
                if j is not None:
                    inner = text_before[j] - text_before[i]  # text characters inside the element
                    heads = ("h1", "h2") if name == "header" else ("h1",)
                    heading_inside = any(names[k] in heads for k in range(i, j))
                    if inner <= max(800, 0.3 * total_text) and inner < 0.5 * total_text and not heading_inside:
                        edits.append(Edit(ms, ends[j], "\n", reason))
                        i = j + 1
                        continue
            if i in grid:
                repl = grid[i]
                grid_at.add(ms)
            else:
                repl = "\n" if name in _BLOCK_TAGS else ("\t" if name in _CELL_TAGS and not closing else "")
            edits.append(Edit(ms, me, repl, "markup"))
        i += 1
    del toks, text_before
    return _merge_markup_runs(raw, edits, grid_at)


_FULL_STOPS = ("。", "！", "？", "!", "?")
GRID_CELL_MAX = 120  # characters of a cell of a data table; a longer one is a page laid out in a table


def _grid_tables(raw: str, toks: _Tokens, text_before: array) -> dict[int, str]:
    """The replacement of every tag of a page's data tables (a statistics table, a project list: one ``<td>`` a
    cell), by token index: a row (``<tr>``) is a line, a cell opening one after the first in its row a tab (a
    ``colspan`` cell stands for as many), and the tags inside a cell (``<p>``, ``<br/>``, ``<span>``) are nothing, so a
    cell written as paragraphs is one cell, an empty cell (``<td><br/></td>``) keeps its column, and every row holds
    as many cells as its header.  A table is a data table when it holds no other table, none of its cells more
    than ``GRID_CELL_MAX`` characters of text and none a paragraph closed by a full stop with more text after it: a
    page laid out in a table keeps its paragraphs."""
    names, kinds = toks.name, toks.kind
    out: dict[int, str] = {}
    i, n = 0, len(toks)
    while i < n:
        if names[i] != "table" or kinds[i] != _OPEN:
            i += 1
            continue
        j = _matching_close(toks, i, "table")
        if j is None:
            i += 1
            continue
        if any(names[k] == "table" for k in range(i + 1, j)):
            i += 1  # a table holding tables lays a page out: the tables inside are looked at on their own
            continue
        cells: dict[int, str] = {}
        rows = wide = 0
        first = True  # the next cell opens its row
        cell_open = -1
        col = 0  # the column the next cell of the row stands in
        below: dict[int, int] = {}  # rows a rowspan cell still holds, by column
        held: set[int] = set()  # the columns cells above hold in this row
        stop = -1  # where a paragraph ended by a full stop closes inside the open cell
        ok = True
        tail = ""  # the last character of text seen in the open cell
        for k in range(i + 1, j):
            name, kind = names[k], kinds[k]
            if cell_open >= 0 and (gap := raw[toks.end[k - 1]:toks.start[k]].rstrip(_BLANK + "\n")):
                tail = gap[-1]
            if name is None:
                continue
            if cell_open >= 0 and stop >= 0 and text_before[k] > stop and (name == "tr" or name in _CELL_TAGS):
                ok = False  # a cell of paragraphs, a sentence closed and more after it: prose laid out in a table
                break
            if name == "tr":
                cells[k] = "\n"
                if kind == _OPEN:
                    rows += 1
                    first, col = True, 0
                    held = {c for c, left in below.items() if left > 0}  # columns a cell above spans into this row
                    for c in held:
                        below[c] -= 1
                elif held:
                    cells[k] = "\t" * sum(1 for c in held if c >= col) + "\n"  # held columns closing the row
                if cell_open >= 0 and text_before[k] - text_before[cell_open] > GRID_CELL_MAX:
                    ok = False
                    break
                cell_open = -1
            elif name in _CELL_TAGS:
                if cell_open >= 0 and text_before[k] - text_before[cell_open] > GRID_CELL_MAX:
                    ok = False
                    break
                stop, tail = -1, ""
                if kind == _OPEN:
                    skipped = 0
                    while col in held:
                        col, skipped = col + 1, skipped + 1
                    cells[k] = ("" if first else "\t") + "\t" * skipped
                    wide += 0 if first else 1
                    first = False
                    cell_open = k
                    attrs = raw[toks.attr_start[k]:toks.attr_end[k]] if toks.attr_start[k] >= 0 else ""
                    span, down = _span(attrs, "colspan"), _span(attrs, "rowspan")
                    if down > 1:
                        for c in range(col, col + span):
                            below[c] = down - 1
                    col += span
                else:
                    span = _span(raw[toks.attr_start[cell_open]:toks.attr_end[cell_open]], "colspan") \
                        if cell_open >= 0 and toks.attr_start[cell_open] >= 0 else 1
                    cells[k] = "\t" * (span - 1)
                    while col in held:
                        col += 1
                        cells[k] += "\t"  # (a column a cell above holds, between this cell and the next)
                    cell_open = -1
            elif cell_open >= 0:
                cells[k] = ""  # a paragraph, a line break or a span inside one cell
                if name in _BLOCK_TAGS and stop < 0 and tail in _FULL_STOPS:
                    stop = text_before[k]
            else:
                cells[k] = "\n" if name in _BLOCK_TAGS else ""
        if ok and rows >= 2 and wide:
            out.update(cells)
            out[i] = out[j] = "\n"
        i = j + 1
    return out


_SPANS = {w: rx.compile(rf"""\b{w}\s*=\s*["']?\s*(\d{{1,2}})""", re.I) for w in ("colspan", "rowspan")}


def _span(attrs: str, which: str) -> int:
    """The columns (``colspan``) or rows (``rowspan``) a cell spans, 1 when its tag says none."""
    m = _SPANS[which].search(attrs) if attrs else None
    return max(1, min(int(m.group(1)), 40)) if m else 1


def _matching_close(toks: _Tokens, i: int, name: str) -> int | None:
    depth = 0
    names, kinds = toks.name, toks.kind
    for k in range(i, min(len(toks), i + 20000)):
        if names[k] != name:
            continue
        if kinds[k] == _CLOSE:
            depth -= 1
            if depth == 0:
                return k
        elif kinds[k] == _OPEN:
            depth += 1
    return None


_JOINS_WITHOUT_SPACE = rx.compile(f"[{_CJK}，。、；：？！“”（）]")  # a line break between two of these is no space


def _merge_markup_runs(raw: str, edits: list[Edit], grid_at: set[int] | frozenset = frozenset()) -> list[Edit]:
    """Join tags separated only by blank space into one edit (one ``\\n`` per run of block tags).

    Source indentation between tags is markup too; a run's replacement is
    ``\\n`` if it holds a block tag, ``\\t`` for a table cell, else nothing.  A run
    holding a tag of a data table (``grid_at``, their starts) keeps every cell
    it closes and opens: the tabs of the empty cells ending one row, the row
    break, the tabs of those opening the next (``\\t\\n\\t\\t``).
    """
    edits = _resolve(edits)
    out: list[Edit] = []
    run: list[Edit] = []

    def flush() -> None:
        if not run:
            return
        a, b = run[0].start, run[-1].end
        reps = "".join(e.repl for e in run)
        if grid_at and any(e.start in grid_at for e in run):
            repl = _grid_run(raw, a, b, reps)
        else:
            repl = "\n" if "\n" in reps else ("\t" if "\t" in reps else "")
        out.append(Edit(a, b, repl, "markup"))
        run.clear()

    for e in edits:
        if e.reason != "markup":
            flush()
            out.append(e)
            continue
        if run and raw[run[-1].end:e.start].strip(" \t\r\n\f") == "":
            run.append(e)
        else:
            flush()
            run.append(e)
    flush()
    # Whitespace with a newline inside text (source line wrapping) reads as nothing between CJK, else a space.
    spaced: list[Edit] = []
    prev_end = 0
    for e in out + [Edit(len(raw), len(raw), "", "end")]:
        if e.start > prev_end:
            for m in re.finditer(r"[ \t\r]*\n[ \t\r\n]*", raw[prev_end:e.start]):
                a, b = prev_end + m.start(), prev_end + m.end()
                left = raw[a - 1] if a > 0 else ""
                right = raw[b] if b < len(raw) else ""
                if a == prev_end or b == e.start:
                    spaced.append(Edit(a, b, "", "space"))  # blank at a tag boundary
                elif _JOINS_WITHOUT_SPACE.match(left) and _JOINS_WITHOUT_SPACE.match(right):
                    spaced.append(Edit(a, b, "", "space"))
                else:
                    spaced.append(Edit(a, b, " ", "space"))
        prev_end = max(prev_end, e.end)
    return _resolve(out + spaced)


def _grid_run(raw: str, a: int, b: int, reps: str) -> str:
    """The replacement of a run of tags in a data table: the cells it ends (tabs before a row break), one break, the
    cells it opens; tags inside one cell are nothing, or a blank between two figures or words of Latin script
    (``<p>120</p><p>35</p>`` is no 12035)."""
    if "\n" in reps:
        return "\t" * (len(reps) - len(reps.lstrip("\t"))) + "\n" + "\t" * (len(reps) - len(reps.rstrip("\t")))
    if reps:
        return reps
    left = raw[a - 1] if a > 0 else ""
    right = raw[b] if b < len(raw) else ""
    return " " if left.isascii() and left.isalnum() and right.isascii() and right.isalnum() else ""
