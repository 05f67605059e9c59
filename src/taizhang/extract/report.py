"""report.html: one self-contained page per run, to check extractions against the text.

Why it exists: every record taizhang writes is grounded by offsets into the text as
read, so the quickest review is to look at the text with the records painted on
it.  Like LangExtract's visualiser, but nothing is dropped:

* overlapping spans are all shown: the text is cut at every span boundary
  (one sweep over the sorted boundaries, O(n log n) in the number of spans and
  linear in the text), and each piece carries the classes and keys of every
  span covering it, so nested and crossing spans both stay visible;
* an item whose offsets cannot be placed in the text is listed as *unplaced*,
  and an item whose quoted text differs from the text at its offsets is listed
  as *inconsistent*;
* every failed file is listed with its reason.

The page needs no network: CSS and the small script (tooltips, sorting,
filtering, legend toggles) are inline, and the records a tooltip shows are
embedded as JSON (``<`` ``>`` ``&`` escaped, so a document cannot close the
script element).  All document text goes through ``html.escape``.
"""
from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from taizhang import labels as L

# (css class, legend label) in the order the legend shows them.
KINDS: tuple[tuple[str, str], ...] = (
    ("ft", "目标"),
    ("fa", "实绩"),
    ("ev", "依据句"),
    ("pj", "项目"),
    ("iv", "投资"),
    ("sh", "章节标题"),
    ("gl", "名词解释"),
    ("pe", "人物"),
    ("rg", "行政区划"),
    ("nz", "噪声"),
)

OPEN_DOCS = 3  # documents shown expanded; the rest start collapsed so big batches open fast
HEADING_MAX = 200  # a section heading never runs longer than this many characters


@dataclass(frozen=True)
class Span:
    """One painted stretch of ``raw``: ``key`` names the record (f3, e3, p0, i0_1, s2, n1, h0, g0, r1)."""

    start: int
    end: int
    cls: str
    key: str


@dataclass(frozen=True)
class Issue:
    """An item that is unplaced (offsets unusable) or inconsistent (quoted text differs)."""

    key: str
    what: str
    problem: str  # "unplaced" | "inconsistent"
    reason: str


@dataclass
class Layout:
    """Everything painted on one document: spans, anchor points, tooltip records, issues."""

    spans: list[Span]
    anchors: dict[int, list[str]]
    records: dict[str, dict[str, Any]]
    issues: list[Issue]


# --------------------------------------------------------------------------- placing spans

def _valid(start: Any, end: Any, n: int) -> str:
    """'' when ``[start, end)`` is a non-empty span inside a text of length n, else why not."""
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        return "偏移量不是整数"
    if start < 0 or end < 0:
        return f"偏移量为负 [{start}, {end})"
    if end > n or start > n:
        return f"[{start}, {end}) 超出正文末尾(共 {n} 字符)"
    if end < start:
        return f"结束位置在开始位置之前 [{start}, {end})"
    if end == start:
        return f"位置 {start} 处为空"
    return ""


def _short(s: str, n: int = 40) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def heading_span(raw: str, start: int, label: str, title: str) -> tuple[int, int]:
    """The raw stretch a section heading occupies: from its start to the end of its title.

    Sections carry only ``start``; the heading ends where its title ends when the title
    can be found on the same line, otherwise at the line end (at most HEADING_MAX chars).
    """
    line_end = raw.find("\n", start, start + HEADING_MAX)
    if line_end < 0:
        line_end = min(len(raw), start + HEADING_MAX)
    if line_end <= start:  # heading at a line break: take the following line
        nxt = raw.find("\n", start + 1, start + 1 + HEADING_MAX)
        line_end = nxt if nxt > start else min(len(raw), start + 1 + HEADING_MAX)
    if title:
        j = raw.find(title, start, line_end)
        if j >= 0:
            return start, j + len(title)
    want = len(label or "") + len(title or "")
    return start, min(line_end, start + want) if want else line_end


def _fact_record(f: Any) -> dict[str, Any]:
    return {"type": L.label("fact", "record"), "value": f.value, "unit": f.unit, "kind": L.label(f.kind, "kind"),
            "measure": L.label(f.measure, "measure"), "comparator": L.label(f.comparator, "comparator_option"),
            "period": L.period_label(f.period, f.kind) or L.UNSTATED, "subject": f.subject, "indicator": f.indicator,
            "estimated": "是" if f.estimated else "否", "span": f"[{f.vstart}, {f.vend})"}


def _project_record(p: Any) -> dict[str, Any]:
    inv = "; ".join(_investment(i) for i in (p.investment or []))
    return {"type": L.label("project", "record"), "name": p.name, "mention": p.mention,
            "stage": L.label(p.stage, "stage"), "category": p.category, "location": p.location, "investment": inv,
            "span": f"[{p.start}, {p.end})"}


def layout(ex: Any) -> Layout:
    """Collect every span, anchor, tooltip record and issue of one Extraction."""
    raw: str = ex.doc.raw
    n = len(raw)
    rec = ex.record
    spans: list[Span] = []
    anchors: dict[int, list[str]] = defaultdict(list)
    records: dict[str, dict[str, Any]] = {}
    issues: list[Issue] = []

    def place(start: Any, end: Any, cls: str, key: str, what: str, anchor: bool = True) -> bool:
        why = _valid(start, end, n)
        if why:
            issues.append(Issue(key, what, "unplaced", why))
            return False
        spans.append(Span(start, end, cls, key))
        if anchor:
            anchors[start].append(key)
        return True

    for i, f in enumerate(ex.facts):
        key = f"f{i}"
        records[key] = _fact_record(f)
        what = f"量化表述 {L.number(f.value)}{f.unit} {f.indicator}".strip()
        cls = "ft" if f.kind == "target" else "fa"
        if place(f.vstart, f.vend, cls, key, what):
            records[key]["text"] = raw[f.vstart:f.vend]
        if place(f.estart, f.eend, "ev", f"e{i}", what + "(依据句)", anchor=False):
            if raw[f.estart:f.eend] != f.evidence:
                issues.append(Issue(key, what, "inconsistent",
                                    f"依据句 {_short(f.evidence)!r} ≠ 正文 {_short(raw[f.estart:f.eend])!r}"))

    for i, p in enumerate(ex.projects):
        key = f"p{i}"
        records[key] = _project_record(p)
        what = f"项目 {p.name or p.mention}"
        if place(p.start, p.end, "pj", key, what) and raw[p.start:p.end] != p.mention:
            issues.append(Issue(key, what, "inconsistent",
                                f"提及 {_short(p.mention)!r} ≠ 正文 {_short(raw[p.start:p.end])!r}"))
        for j, inv in enumerate(p.investment or []):
            if isinstance(inv.start, int) and inv.start == -1 and inv.end == -1:
                continue  # no offsets given: shown in the project's fields only
            place(inv.start, inv.end, "iv", f"i{i}_{j}", f"{what}:投资 {L.number(inv.value)}{inv.unit}", anchor=False)

    for i, s in enumerate(rec.sections):
        key = f"s{i}"
        records[key] = {"type": L.label("section", "record"), "level": s.level, "label": s.label, "title": s.title,
                        "kind": L.label(s.kind, "section_kind"), "start": s.start}
        what = f"章节 {s.label}{s.title}"
        why = _valid(s.start, s.start + 1 if isinstance(s.start, int) else None, n)
        if why:
            issues.append(Issue(key, what, "unplaced", why))
            continue
        a, b = heading_span(raw, s.start, s.label, s.title)
        place(a, b, "sh", key, what)

    for i, g in enumerate(rec.glossary):
        key = f"g{i}"
        records[key] = {"type": L.label("glossary", "record"), "term": g.term, "definition": g.definition}
        what = f"名词解释 {g.term}"
        if g.start == -1 and g.end == -1:
            issues.append(Issue(key, what, "unplaced", "没有偏移量"))
        else:
            place(g.start, g.end, "gl", key, what)

    for i, h in enumerate(rec.people):
        key = f"h{i}"
        records[key] = {"type": L.label("person", "record"), "name": h.name, "role": h.role}
        what = f"人物 {h.name}"
        if place(h.start, h.end, "pe", key, what) and raw[h.start:h.end] != h.name:
            issues.append(Issue(key, what, "inconsistent", f"姓名 ≠ 正文 {_short(raw[h.start:h.end])!r}"))

    for i, z in enumerate(rec.noise):
        key = f"n{i}"
        records[key] = {"type": L.label("noise", "record"), "reason": L.label(z.reason, "noise"), "chars": (z.end - z.start)
                        if isinstance(z.end, int) and isinstance(z.start, int) else "?"}
        what = f"噪声({L.label(z.reason, 'noise')})"
        if place(z.start, z.end, "nz", key, what) and z.text and raw[z.start:z.end] != z.text:
            issues.append(Issue(key, what, "inconsistent", "噪声文字与该位置的正文不同"))

    _place_regions(ex, spans, records, issues)
    return Layout(spans, dict(anchors), records, issues)


def _place_regions(ex: Any, spans: list[Span], records: dict, issues: list[Issue]) -> None:
    """Regions carry no offsets: paint every mention of their names, full or short (扬州市, 扬州), in the view."""
    names = [r for r in dict.fromkeys(ex.record.regions) if r]
    if not names:
        return
    doc = ex.doc
    try:
        hay = doc.norm
        to_raw = doc.raw_span
    except Exception:  # a Doc-like object without a view: search the raw text
        hay, to_raw = doc.raw, (lambda a, b: (a, b))
    keys: dict[str, str] = {}  # full or short name → key
    owner: dict[str, str] = {}  # full or short name → full name
    for i, name in enumerate(names):
        records[f"r{i}"] = {"type": L.label("region", "record"), "name": name}
        keys[name], owner[name] = f"r{i}", name
    for i, name in enumerate(names):  # 扬州市 is mostly written 扬州
        short = name[:-1] if name[-1:] in "省市县区" else ""
        if len(short) >= 2 and short not in keys:
            keys[short], owner[short] = f"r{i}", name
    found = set()
    pattern = re.compile("|".join(re.escape(x) for x in sorted(keys, key=len, reverse=True)))
    for m in pattern.finditer(hay):
        a, b = to_raw(m.start(), m.end())
        if b > a:
            spans.append(Span(a, b, "rg", keys[m.group()]))
            found.add(owner[m.group()])
    for name in names:
        if name not in found:
            issues.append(Issue(keys[name], f"行政区划 {name}", "unplaced", "没有偏移量，正文中也找不到该名称"))


# --------------------------------------------------------------------------- painting the text

def _esc(s: str) -> str:
    return html.escape(s, quote=False)


def _attr(s: Any) -> str:
    return html.escape(str(s), quote=True)


def paint(raw: str, spans: Sequence[Span], anchors: dict[int, list[str]] | None = None,
          id_prefix: str = "") -> Iterator[str]:
    """Yield the HTML of ``raw`` cut at every span boundary; each piece lists all spans covering it.

    One sort of the boundaries, then one pass: cost O(B log B + text + Σ active) where B is the
    number of boundaries, so a 5 MB document with tens of thousands of spans stays fast.
    """
    anchors = anchors or {}
    n = len(raw)
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    for idx, sp in enumerate(spans):
        starts[sp.start].append(idx)
        ends[sp.end].append(idx)
    points = sorted(set(starts) | set(ends) | set(anchors) | {0, n})
    active: dict[int, None] = {}
    for k, p in enumerate(points):
        if p > n:
            break
        for idx in ends.get(p, ()):
            active.pop(idx, None)
        for idx in starts.get(p, ()):
            active[idx] = None
        for key in anchors.get(p, ()):
            yield f'<a class="anc" id="{_attr(id_prefix + key)}"></a>'
        q = points[k + 1] if k + 1 < len(points) else n
        if q <= p:
            continue
        text = _esc(raw[p:q])
        if not active:
            yield text
            continue
        classes = []
        for idx in active:
            c = spans[idx].cls
            if c not in classes:
                classes.append(c)
        # Several spans of one kind overlap here (evidence clauses overlap routinely: not flagged).
        if len(classes) - ("ev" in classes) < sum(1 for idx in active if spans[idx].cls != "ev"):
            classes.append("ov")
        keys = " ".join(spans[idx].key for idx in active)
        yield f'<span class="{" ".join(classes)}" data-k="{keys}">{text}</span>'


# --------------------------------------------------------------------------- page parts

def _json_script(obj: Any, elem_id: str) -> str:
    data = json.dumps(obj, ensure_ascii=False, default=str)
    data = data.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return f'<script type="application/json" id="{_attr(elem_id)}">{data}</script>'


def _num(v: Any) -> str:
    try:
        return repr(float(v))
    except (TypeError, ValueError):
        return ""


def _td(v: Any, num: Any = None) -> str:
    if num is not None and _num(num):
        return f'<td data-v="{_num(num)}">{_esc(str(v))}</td>'
    return f"<td>{_esc(str(v))}</td>"


def _table(tid: str, head: Sequence[str], rows: Iterable[str], nrows: int, what: str) -> str:
    ths = "".join(f"<th>{_esc(h)}</th>" for h in head)
    return (f'<div class="tbl"><input class="filter" type="search" data-table="{tid}" '
            f'placeholder="筛选{what}…"> <span class="cnt">共 {nrows} 条{what}</span>'
            f'<table class="sortable" id="{tid}"><thead><tr>{ths}</tr></thead><tbody>'
            + "".join(rows) + "</tbody></table></div>")


def _fact_rows(ex: Any, d: str) -> Iterator[str]:
    raw = ex.doc.raw
    for i, f in enumerate(ex.facts):
        ok = not _valid(f.vstart, f.vend, len(raw))
        text = raw[f.vstart:f.vend] if ok else "—"
        link = f'<a href="#{d}-f{i}">{i}</a>' if ok else f"{i}"
        yield (f'<tr class="{"ft" if f.kind == "target" else "fa"}r"><td data-v="{i}">{link}</td>'
               + _td(text) + _td(L.number(f.value), f.value) + _td(f.unit) + _td(L.label(f.kind, "kind"))
               + _td(L.label(f.measure, "measure")) + _td(L.label(f.comparator, "comparator_option"))
               + _td(L.period_label(f.period, f.kind) or L.UNSTATED) + _td(f.subject) + _td(f.indicator)
               + _td("预计" if f.estimated else "") + f'<td class="evd">{_esc(f.evidence)}</td>'
               + _td(f"{f.vstart}–{f.vend}", f.vstart) + "</tr>")


def _investment(x: Any) -> str:
    return f"{L.label(x.kind, 'investment')} {L.number(x.value)}{x.unit}"


def _project_rows(ex: Any, d: str) -> Iterator[str]:
    raw = ex.doc.raw
    for i, p in enumerate(ex.projects):
        ok = not _valid(p.start, p.end, len(raw))
        link = f'<a href="#{d}-p{i}">{i}</a>' if ok else f"{i}"
        inv = "; ".join(_investment(x) for x in (p.investment or []))
        yield (f'<tr><td data-v="{i}">{link}</td>' + _td(p.mention) + _td(p.name) + _td(L.label(p.stage, "stage"))
               + _td(p.category)
               + _td(p.location) + _td(inv) + _td(f"{p.start}–{p.end}", p.start) + "</tr>")


def _outline(rec: Any, d: str, lay: Layout) -> str:
    placed = {sp.key for sp in lay.spans if sp.cls == "sh"}
    if not rec.sections:
        return '<p class="muted">未识别到章节</p>'
    items = []
    for i, s in enumerate(rec.sections):
        label = _esc(f"{s.label} {s.title}".strip() or "(无标题)")
        lv = s.level if isinstance(s.level, int) and 0 < s.level < 7 else 6
        if f"s{i}" in placed:
            items.append(f'<li class="lv{lv}"><a href="#{d}-s{i}" data-go="{d}-s{i}">{label}</a></li>')
        else:
            items.append(f'<li class="lv{lv} muted">{label} <em>(无法定位)</em></li>')
    return "<ol class=\"outline\">" + "".join(items) + "</ol>"


def _meta(ex: Any) -> str:
    r = ex.record
    bits = [("类型", L.label(r.doc_type, "doc_type")), ("标题", r.title + ("(推断)" if r.title_derived and r.title else "")),
            ("发布日期", L.date_label(r.published)), ("来源", r.source),
            ("格式", f"{L.label(r.format, 'format')}(编码 {r.encoding.upper()})"),
            ("字数", f"{len(ex.doc.raw):,}"), ("行政区划", "、".join(r.regions)),
            ("人物", "、".join(f"{p.name}({p.role})" if p.role else p.name for p in r.people))]
    return "<dl class=\"meta\">" + "".join(f"<dt>{_esc(k)}</dt><dd>{_esc(str(v)) or '—'}</dd>"
                                           for k, v in bits) + "</dl>"


def _glossary(rec: Any) -> str:
    if not rec.glossary:
        return ""
    rows = "".join(f"<tr><td>{_esc(g.term)}</td><td>{_esc(g.definition)}</td></tr>" for g in rec.glossary)
    return (f"<details><summary>名词解释({len(rec.glossary)})</summary>"
            f"<table><thead><tr><th>名词</th><th>解释</th></tr></thead><tbody>{rows}</tbody></table></details>")


def _issues(lay: Layout, d: str) -> str:
    if not lay.issues:
        return ""
    rows = "".join(f'<li class="{i.problem}"><b>{L.label(i.problem, "issue")}</b> <code>{_esc(i.key)}</code> {_esc(i.what)}:'
                   f"{_esc(i.reason)}</li>" for i in lay.issues)
    nu = sum(1 for i in lay.issues if i.problem == "unplaced")
    return (f'<details class="issues" open><summary>无法定位 {nu} 条 / 与原文不符 {len(lay.issues) - nu} 条</summary>'
            f'<ul id="{d}-issues">{rows}</ul></details>')


def render_document(ex: Any, di: int) -> Iterator[str]:
    """Yield the HTML of one document's section (meta, outline, painted text, tables, issues)."""
    d = f"d{di}"
    lay = layout(ex)
    rec = ex.record
    nt = sum(1 for f in ex.facts if f.kind == "target")
    openattr = " open" if di < OPEN_DOCS else ""
    yield (f'<details class="doc" id="{d}" data-doc="{d}"{openattr}><summary><h2>{_esc(rec.doc)}'
           f'<small>{_esc(rec.title)}</small></h2><span class="muted">量化表述 {len(ex.facts)} 条(目标 {nt},'
           f"实绩 {len(ex.facts) - nt}) · 项目 {len(ex.projects)} · 章节 {len(rec.sections)} · "
           f"噪声 {len(rec.noise)} · 问题 {len(lay.issues)}</span></summary>")
    yield _meta(ex)
    yield _issues(lay, d)
    yield f'<div class="cols"><nav>{_outline(rec, d, lay)}</nav><div class="text"><pre class="raw" data-doc="{d}">'
    yield from paint(ex.doc.raw, lay.spans, lay.anchors, id_prefix=f"{d}-")
    yield "</pre></div></div>"
    yield _glossary(rec)
    yield (f"<details open><summary>量化表述({len(ex.facts)})</summary>"
           + _table(f"{d}-facts", ["#", "原文", "数值", "单位", "类型", "度量", "比较", "期间", "主体",
                                   "指标", "预计", "依据句", "位置"], _fact_rows(ex, d), len(ex.facts), "量化表述")
           + "</details>")
    yield (f"<details open><summary>项目({len(ex.projects)})</summary>"
           + _table(f"{d}-projects", ["#", "提及", "项目名称", "阶段", "类别", "地点", "投资", "位置"],
                    _project_rows(ex, d), len(ex.projects), "项目")
           + "</details>")
    yield _json_script(lay.records, f"{d}-rec")
    yield "</details>"


def _summary(extractions: Sequence[Any], failures: Sequence[tuple[str, str]]) -> str:
    rows = []
    for di, ex in enumerate(extractions):
        r = ex.record
        rows.append(f'<tr><td><a href="#d{di}" data-go="d{di}">{_esc(r.doc)}</a></td>' + _td(L.label(r.doc_type, "doc_type"))
                    + _td(r.title)
                    + _td(f"{len(ex.doc.raw):,}", len(ex.doc.raw)) + _td(len(ex.facts), len(ex.facts))
                    + _td(len(ex.projects), len(ex.projects)) + _td(len(r.sections), len(r.sections))
                    + _td(len(r.noise), len(r.noise)) + "</tr>")
    table = _table("summary", ["文件", "类型", "标题", "字数", "量化表述", "项目", "章节", "噪声"],
                   rows, len(rows), "文件")
    fail = ""
    if failures:
        frows = "".join(f"<tr><td>{_esc(str(p))}</td><td>{_esc(str(r))}</td></tr>" for p, r in failures)
        fail = (f'<section class="failures"><h2>读取失败的文件({len(failures)})</h2><table id="failures"><thead><tr>'
                f"<th>路径</th><th>原因</th></tr></thead><tbody>{frows}</tbody></table></section>")
    return fail + table


def _legend() -> str:
    items = "".join(f'<label><input type="checkbox" checked data-cls="{c}"><span class="{c} sw">{_esc(lbl)}</span></label>'
                    for c, lbl in KINDS)
    return (f'<div class="legend">{items}<label><span class="ov sw">重叠</span></label>'
            '<span class="muted">鼠标停在高亮处可看字段;点击提纲条目可跳转</span></div>')


CSS = """
body{font:14px/1.5 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#222}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:6px 12px;z-index:5}
header h1{font-size:18px;margin:0 0 4px}
main{padding:8px 12px}
.muted{color:#888}
.legend label{margin-right:10px;white-space:nowrap}
.sw{padding:0 4px}
details.doc{border:1px solid #ccc;border-radius:6px;margin:10px 0;padding:4px 10px}
details.doc>summary h2{display:inline;font-size:16px;margin-right:8px}
details.doc>summary h2 small{font-weight:normal;color:#555;margin-left:8px}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:0 10px;margin:6px 0}
dl.meta dt{color:#777}dl.meta dd{margin:0}
.cols{display:grid;grid-template-columns:minmax(160px,22%) 1fr;gap:10px}
.cols nav{max-height:75vh;overflow:auto;border-right:1px solid #eee;font-size:13px}
ol.outline{list-style:none;padding:0;margin:0}
ol.outline li{padding:1px 0}
ol.outline .lv2{padding-left:1em}ol.outline .lv3{padding-left:2em}ol.outline .lv4{padding-left:3em}
ol.outline .lv5,ol.outline .lv6{padding-left:4em}
.text{max-height:75vh;overflow:auto}
pre.raw{white-space:pre-wrap;word-break:break-all;font:15px/1.8 inherit;font-family:inherit;margin:0}
.ev{text-decoration:underline dotted #777}
.gl{background:#efe3ff}
.pj{background:#e2f5e2;box-shadow:inset 0 -3px 0 #34a853}
.iv{background:#fff1c2}
.ft{background:#ffc680}
.fa{background:#9fd0ff}
.ft.fa{background:linear-gradient(#ffc680 50%,#9fd0ff 50%)}
.sh{font-weight:700;color:#a0005a}
.pe{outline:1px solid #8e44ff;outline-offset:-1px}
.rg{border-bottom:2px dashed #009c9c}
.nz{color:#999;background:#eee;text-decoration:line-through}
.ov{outline:1px dashed #d00;outline-offset:-1px}
.flash{animation:fl 1.5s}
@keyframes fl{from{box-shadow:0 0 0 4px #f00}to{box-shadow:none}}
#tip{position:fixed;display:none;max-width:460px;background:#fffff4;border:1px solid #999;border-radius:4px;
 padding:4px 8px;font-size:12px;box-shadow:2px 2px 6px rgba(0,0,0,.2);z-index:10;pointer-events:none}
#tip table{border-collapse:collapse}#tip td{padding:0 6px 0 0;vertical-align:top}#tip td:first-child{color:#777}
#tip .rec+.rec{border-top:1px solid #ccc;margin-top:3px;padding-top:3px}
table{border-collapse:collapse;margin:4px 0;font-size:13px}
th,td{border:1px solid #ddd;padding:2px 5px;text-align:left;vertical-align:top}
th{background:#f4f4f4;cursor:pointer;user-select:none}
th.asc:after{content:" ▲"}th.desc:after{content:" ▼"}
td.evd{max-width:420px}
.ftr td:nth-child(5){color:#b35c00}.far td:nth-child(5){color:#0060b0}
.tbl{overflow:auto;max-height:60vh}
.failures{border:1px solid #e99;background:#fff4f4;padding:4px 10px;border-radius:6px}
.issues li.unplaced b{color:#c00}.issues li.inconsistent b{color:#c60}
"""
for _c, _ in KINDS:
    CSS += (f"body.hide-{_c} .{_c}{{background:none;box-shadow:none;text-decoration:none;outline:0;"
            f"border:0;font-weight:inherit;color:inherit}}\n")

JS = r"""
(function(){
var tip=document.getElementById('tip'),cache={};
function recs(d){if(!cache[d]){var e=document.getElementById(d+'-rec');cache[d]=e?JSON.parse(e.textContent):{};}return cache[d];}
function base(k){var c=k.charAt(0);if(c==='e')return 'f'+k.slice(1);if(c==='i')return 'p'+k.slice(1).split('_')[0];return k;}
function row(t,k,v){if(v===''||v===null||v===undefined)return;var tr=document.createElement('tr'),a=document.createElement('td'),b=document.createElement('td');a.textContent=k;b.textContent=String(v);tr.appendChild(a);tr.appendChild(b);t.appendChild(tr);}
document.addEventListener('mouseover',function(ev){
 var s=ev.target.closest?ev.target.closest('pre.raw [data-k]'):null;
 if(!s){tip.style.display='none';return;}
 var d=s.closest('pre.raw').getAttribute('data-doc'),R=recs(d),seen={};tip.textContent='';
 var ks=s.getAttribute('data-k').split(' ');ks.sort(function(a,b){return (base(a)===a?0:1)-(base(b)===b?0:1);});
 ks.forEach(function(k){
  var b=base(k);if(seen[b])return;seen[b]=1;var r=R[b];if(!r)return;
  var box=document.createElement('div');box.className='rec';var t=document.createElement('table');
  row(t,'条目',b+(k!==b?'('+(k.charAt(0)==='e'?'依据句':'投资')+')':''));
  Object.keys(r).forEach(function(f){row(t,FL[f]||f,r[f]);});box.appendChild(t);tip.appendChild(box);});
 tip.style.display='block';
});
document.addEventListener('mousemove',function(ev){if(tip.style.display==='block'){
 var x=ev.clientX+14,y=ev.clientY+14;if(x+470>innerWidth)x=Math.max(0,ev.clientX-470);
 if(y+tip.offsetHeight>innerHeight)y=Math.max(0,ev.clientY-tip.offsetHeight-10);tip.style.left=x+'px';tip.style.top=y+'px';}});
document.addEventListener('click',function(ev){
 var a=ev.target.closest?ev.target.closest('a[href^="#"]'):null;if(!a)return;
 var id=a.getAttribute('href').slice(1),el=document.getElementById(id);if(!el)return;
 var box=el.closest('details.doc');if(box)box.open=true;ev.preventDefault();
 el.scrollIntoView({block:'center'});var t=el.nextElementSibling||el;t.classList.add('flash');
 setTimeout(function(){t.classList.remove('flash');},1600);history.replaceState(null,'','#'+id);
});
document.querySelectorAll('.legend input[data-cls]').forEach(function(c){c.addEventListener('change',function(){
 document.body.classList.toggle('hide-'+c.getAttribute('data-cls'),!c.checked);});});
document.querySelectorAll('input.filter').forEach(function(inp){inp.addEventListener('input',function(){
 var q=inp.value.toLowerCase(),t=document.getElementById(inp.getAttribute('data-table'));
 t.tBodies[0].querySelectorAll('tr').forEach(function(tr){tr.style.display=(!q||tr.textContent.toLowerCase().indexOf(q)>=0)?'':'none';});});});
document.querySelectorAll('table.sortable th').forEach(function(th){th.addEventListener('click',function(){
 var t=th.closest('table'),i=Array.prototype.indexOf.call(th.parentNode.children,th),asc=!th.classList.contains('asc');
 th.parentNode.querySelectorAll('th').forEach(function(h){h.classList.remove('asc','desc');});th.classList.add(asc?'asc':'desc');
 var b=t.tBodies[0],rows=Array.prototype.slice.call(b.rows);
 function key(r){var c=r.cells[i];if(!c)return '';var v=c.getAttribute('data-v');return v!==null?parseFloat(v):c.textContent;}
 rows.sort(function(x,y){var a=key(x),c=key(y),r=(typeof a==='number'&&typeof c==='number')?a-c:String(a).localeCompare(String(c),'zh');return asc?r:-r;});
 rows.forEach(function(r){b.appendChild(r);});});});
})();
"""


# the tooltip's field names in words (the records keep their keys)
TIP_FIELDS = {"type": "类别", "value": "数值", "unit": "单位", "kind": "类型", "measure": "度量", "comparator": "比较",
              "period": "期间", "subject": "主体", "indicator": "指标", "estimated": "预计", "span": "位置",
              "text": "原文", "name": "名称", "mention": "提及", "stage": "阶段", "category": "类别",
              "location": "地点", "investment": "投资", "level": "层级", "label": "编号", "title": "标题",
              "start": "起点", "term": "名词", "definition": "解释", "role": "职务", "reason": "原因",
              "chars": "字符数"}
JS = JS.replace("var tip=", "var FL=" + json.dumps(TIP_FIELDS, ensure_ascii=False) + ",tip=", 1)


def render_parts(extractions: Sequence[Any], failures: Sequence[tuple[str, str]]) -> Iterator[str]:
    """Yield the whole page in pieces (written straight to disk, so a 5 MB document is never copied twice)."""
    nf = sum(len(e.facts) for e in extractions)
    np_ = sum(len(e.projects) for e in extractions)
    yield ('<!doctype html><html lang="zh"><head><meta charset="utf-8">'
           '<meta name="viewport" content="width=device-width,initial-scale=1">'
           f"<title>台账抽取报告:{len(extractions)} 个文件</title><style>{CSS}</style></head><body>")
    yield (f"<header><h1>台账抽取报告</h1><div>文件 {len(extractions)} 个 · 量化表述 {nf} 条 · "
           f"项目提及 {np_} 处 · 读取失败 {len(failures)} 个</div>{_legend()}</header><main>")
    yield _summary(extractions, failures)
    for di, ex in enumerate(extractions):
        yield from render_document(ex, di)
    yield f'</main><div id="tip"></div><script>{JS}</script></body></html>'


def render_report(extractions: Sequence[Any], failures: Sequence[tuple[str, str]] = ()) -> str:
    """The page as one string (tests; small batches)."""
    return "".join(render_parts(list(extractions), list(failures)))


def write_report(path: str | Path, extractions: Sequence[Any], failures: Sequence[tuple[str, str]] = ()) -> None:
    """Write report.html: text with highlights, outline, sortable tables, issues and failed files."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", errors="replace") as fh:  # a lone surrogate must not lose the page
        for part in render_parts(list(extractions), list(failures)):
            fh.write(part)


# --------------------------------------------------------------------------- a report that scales

# A batch of thousands of documents does not fit one page: ``write_site`` writes an index (documents
# with their counts, a type filter and search, INDEX_PAGE documents a page) and one page per document,
# reading the Parquet parts of a ``taizhang extract --workers`` run one part at a time.

INDEX_PAGE = 500  # documents per index page
INDEX_ERRORS = 1000  # errors listed on the first index page (all of them stay in errors/*.parquet)
TABLE_PAGE = 200  # rows a fact/project table shows at once on a document page (the pager shows the rest)

SITE_CSS = """
.pager{margin:6px 0}.pager button{margin:0 2px}
.idx td.n{text-align:right}
nav.pages a,nav.pages b{margin:0 3px}
#found li{margin:2px 0}
"""

SITE_JS = r"""
(function(){
var PAGE=%d;
document.querySelectorAll('table.sortable').forEach(function(t){
 var rows=t.tBodies[0].rows;if(rows.length<=PAGE)return;var at=0,box=document.createElement('div');box.className='pager';
 var prev=document.createElement('button'),next=document.createElement('button'),info=document.createElement('span');
 prev.textContent='‹';next.textContent='›';box.appendChild(prev);box.appendChild(info);box.appendChild(next);
 function show(){for(var i=0;i<rows.length;i++){rows[i].hidden=(i<at||i>=at+PAGE);}
  info.textContent=' '+(at+1)+'–'+Math.min(rows.length,at+PAGE)+' / '+rows.length+' ';}
 prev.onclick=function(){at=Math.max(0,at-PAGE);show();};next.onclick=function(){if(at+PAGE<rows.length){at+=PAGE;show();}};
 t.parentNode.insertBefore(box,t);show();
 var f=t.parentNode.querySelector('input.filter');if(f)f.addEventListener('input',function(){if(!f.value){show();}else{for(var i=0;i<rows.length;i++)rows[i].hidden=false;}});
});
var sel=document.getElementById('type');if(sel)sel.addEventListener('change',function(){var v=sel.value;
 document.querySelectorAll('#docs tbody tr').forEach(function(tr){tr.style.display=(!v||tr.getAttribute('data-type')===v)?'':'none';});});
var all=document.getElementById('searchall');if(all)all.addEventListener('submit',function(ev){ev.preventDefault();
 var q=all.querySelector('input').value.toLowerCase(),out=document.getElementById('found');
 function run(){out.textContent='';var n=0;(window.TZ_CATALOG||[]).forEach(function(r){
  if(n<200&&(r[0]+' '+r[1]+' '+r[2]).toLowerCase().indexOf(q)>=0){n++;var li=document.createElement('li'),a=document.createElement('a');
   a.href=all.getAttribute('data-base')+r[3];a.textContent=r[0]+(r[1]?' · '+r[1]:'');li.appendChild(a);out.appendChild(li);}});
  if(!n){var li=document.createElement('li');li.textContent='—';out.appendChild(li);}}
 if(window.TZ_CATALOG){run();return;}var s=document.createElement('script');s.src=all.getAttribute('data-catalog');s.onload=run;
 document.head.appendChild(s);});
})();
""" % TABLE_PAGE


def _site_head(title: str) -> str:
    return ('<!doctype html><html lang="zh"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{_esc(title)}</title><style>{CSS}{SITE_CSS}</style></head><body>")


def _site_foot() -> str:
    return f'<div id="tip"></div><script>{JS}</script><script>{SITE_JS}</script></body></html>'


def doc_page_name(doc_id: str, seq: int) -> str:
    """File name of a document's page under report/docs/: stable across runs (content hash)."""
    return f"{doc_id or f'n{seq}'}.html"


def _fields(cls, row: dict) -> dict:
    from dataclasses import fields
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in row.items() if k in names}


def _extraction_from_rows(doc: dict, sections: list[dict], facts: list[dict], projects: list[dict]) -> Any:
    """An Extraction-like object rebuilt from Parquet rows (``record_row`` form), for ``render_document``."""
    from types import SimpleNamespace

    from .doc import (DocumentRecord, Fact, GlossaryEntry, Investment, Noise, Person, ProjectMention,
                      Section as SectionRec)
    rec = DocumentRecord(**_fields(DocumentRecord, doc))
    rec.people = [Person(**_fields(Person, p)) for p in doc.get("people") or []]
    rec.glossary = [GlossaryEntry(**_fields(GlossaryEntry, g)) for g in doc.get("glossary") or []]
    rec.noise = [Noise(**_fields(Noise, n)) for n in doc.get("noise") or []]
    rec.regions = list(doc.get("regions") or [])
    rec.sections = [SectionRec(**_fields(SectionRec, s)) for s in sections]
    fs = [Fact(**_fields(Fact, f)) for f in facts]
    ps = []
    for p in projects:
        m = ProjectMention(**_fields(ProjectMention, p))
        m.investment = [Investment(**_fields(Investment, i)) for i in (p.get("investment") or [])]
        ps.append(m)
    return SimpleNamespace(doc=SimpleNamespace(name=doc["doc"], raw=doc["text"] or ""), record=rec, facts=fs,
                           projects=ps)


def _doc_page(ex: Any, index_href: str) -> Iterator[str]:
    rec = ex.record
    yield _site_head(f"{rec.doc} · 台账抽取报告")
    yield (f'<header><h1><a href="{_attr(index_href)}">台账抽取报告</a> › {_esc(rec.doc)}</h1>'
           f"{_legend()}</header><main>")
    yield from render_document(ex, 0)
    yield "</main>" + _site_foot()


def write_doc_pages(out: str | Path, part: str) -> list[tuple]:
    """The pages of one Parquet part's documents; returns their index rows (runs on a Dask worker too).

    (seq, doc, title, type, published, chars, facts, projects, tasks, sections, page) per document.
    """
    import pyarrow.parquet as pq

    from . import parquet

    out = Path(out)
    site = out / "report"
    (site / "docs").mkdir(parents=True, exist_ok=True)
    rows: list[tuple] = []
    docs = pq.read_table(parquet.part_path(out, "documents", part), schema=parquet.SCHEMAS["documents"]).to_pylist()
    if not docs:
        return rows
    per: dict[str, dict[str, list[dict]]] = {d["doc_id"]: {"sections": [], "facts": [], "projects": []}
                                              for d in docs}
    for table in ("sections", "facts", "projects"):
        path = parquet.part_path(out, table, part)
        if path.exists():
            for r in pq.read_table(path, schema=parquet.SCHEMAS[table]).to_pylist():
                per[r["doc_id"]][table].append(r)
    for d in docs:
        got = per.pop(d["doc_id"])
        for v in got.values():
            v.sort(key=lambda r: r["order"])
        ex = _extraction_from_rows(dict(parquet.record_row("documents", d), text=d["text"]),
                                   [parquet.record_row("sections", s) for s in got["sections"]],
                                   [parquet.record_row("facts", f) for f in got["facts"]],
                                   [parquet.record_row("projects", p) for p in got["projects"]])
        page = doc_page_name(d["doc_id"], d["seq"])
        with open(site / "docs" / page, "w", encoding="utf-8", errors="replace") as fh:
            for piece in _doc_page(ex, "../../report.html"):
                fh.write(piece)
        rows.append((d["seq"], d["doc"], d["title"] or "", d["doc_type"] or "", d["published"] or "",
                     d["chars"] or 0, d["n_facts"], d["n_projects"], d["n_tasks"], d["n_sections"], page))
        del ex
    return rows


def write_site(out: str | Path, client=None, result: Callable[[Any], list[tuple]] | None = None) -> Path:
    """report.html (the index, paged) and report/docs/<id>.html from the Parquet parts in ``out``.

    Streams: one part's rows at a time are in memory (on the workers of ``client``, a Dask client,
    when given), and the index keeps a few short fields per document.  ``result`` fetches a finished
    future's rows (``distributed`` passes one that gives up when the cluster loses its workers or a task
    runs too long; a bare ``Future.result`` would wait for ever).  Returns the path of report.html.
    """
    from . import parquet

    out = Path(out)
    site = out / "report"
    (site / "docs").mkdir(parents=True, exist_ok=True)
    parts = parquet.committed_parts(out)
    rows: list[tuple] = []
    if client is not None and parts:
        futures = client.map(write_doc_pages, [str(out)] * len(parts), parts, pure=False)
        fetch = result or (lambda fut: fut.result())
        for fut in futures:
            rows.extend(fetch(fut))
            fut.release()
    else:
        for part in parts:
            rows.extend(write_doc_pages(out, part))
    rows.sort()
    errors: list[dict] = []
    nerrors = 0
    for b in parquet.iter_batches(out, "errors", columns=["path", "doc", "status", "stage", "reason"]):
        nerrors += b.num_rows
        if len(errors) < INDEX_ERRORS:
            errors.extend(b.to_pylist()[:INDEX_ERRORS - len(errors)])
    _write_catalog(site / "catalog.js", rows)
    npages = max(1, -(-len(rows) // INDEX_PAGE))
    for old in site.glob("index-*.html"):  # a page left by an earlier, longer index
        old.unlink()
    types = sorted({r[3] for r in rows if r[3]})
    for k in range(npages):
        path = out / "report.html" if k == 0 else site / f"index-{k + 1}.html"
        base = "report/" if k == 0 else ""
        with open(path, "w", encoding="utf-8", errors="replace") as fh:
            for piece in _index_page(rows[k * INDEX_PAGE:(k + 1) * INDEX_PAGE], k, npages, len(rows), types,
                                     errors if k == 0 else [], base, nerrors):
                fh.write(piece)
    return out / "report.html"


def _write_catalog(path: Path, rows: list[tuple]) -> None:
    """report/catalog.js: name, title, type and page of every document, loaded only when someone searches."""
    with open(path, "w", encoding="utf-8", errors="replace") as fh:
        fh.write("window.TZ_CATALOG=[")
        for i, r in enumerate(rows):
            item = json.dumps([r[1], r[2], r[3], "docs/" + r[10]], ensure_ascii=False)
            fh.write(("," if i else "") + item.replace("<", "\\u003c"))
        fh.write("];\n")


def _page_href(k: int, base: str) -> str:
    """Index page k (0-based) as seen from a page whose prefix to report/ is ``base``."""
    if k == 0:
        return "../report.html" if not base else "report.html"
    return f"{base}index-{k + 1}.html"


def _index_page(rows: list[tuple], k: int, npages: int, total: int, types: list[str], errors: list[dict],
                base: str, nerrors: int | None = None) -> Iterator[str]:
    nerrors = len(errors) if nerrors is None else nerrors
    yield _site_head(f"台账抽取报告:{total} 个文件")
    nav = " ".join(f"<b>{i + 1}</b>" if i == k else f'<a href="{_attr(_page_href(i, base))}">{i + 1}</a>'
                   for i in range(npages)) if npages > 1 else ""
    opts = "".join(f'<option value="{_attr(t)}">{_esc(L.label(t, "doc_type"))}</option>' for t in types)
    yield (f"<header><h1>台账抽取报告</h1><div>文件 {total} 个 · 出错 {nerrors} 处 · "
           f"第 {k + 1}/{npages} 页</div>"
           f'<form id="searchall" data-catalog="{_attr(base)}catalog.js" data-base="{_attr(base)}">'
           f'<input type="search" placeholder="在全部文件中搜索…"> <button>搜索</button></form>'
           f'<ul id="found"></ul></header><main><nav class="pages">{nav}</nav>')
    body = []
    for (_seq, name, title, dtype, published, chars, nf, np_, nt, ns, page) in rows:
        body.append(f'<tr data-type="{_attr(dtype)}"><td><a href="{_attr(base)}docs/{_attr(page)}">{_esc(name)}</a></td>'
                    + _td(title) + _td(L.label(dtype, "doc_type")) + _td(L.date_label(published)) + _td(f"{chars:,}", chars) + _td(nf, nf)
                    + _td(np_, np_) + _td(nt, nt) + _td(ns, ns) + "</tr>")
    yield (f'<label>类型 <select id="type"><option value="">全部</option>{opts}</select></label> '
           + _table("docs", ["文件", "标题", "类型", "发布日期", "字数", "量化表述", "项目", "任务",
                             "章节"], body, len(body), "文件"))
    if errors:
        status = {"failed": "失败", "stage": "部分步骤出错", "duplicate": "重复"}
        erows = "".join(f"<tr><td>{_esc(e['path'] or '')}</td><td>{_esc(status.get(e['status'], e['status'] or ''))}</td>"
                        f"<td>{_esc(e['stage'] or '')}</td><td>{_esc(e['reason'] or '')}</td></tr>"
                        for e in errors[:INDEX_ERRORS])
        if nerrors > len(errors):
            erows += f'<tr><td colspan="4">……另有 {nerrors - len(errors)} 处，见 errors/ 下的 Parquet 文件</td></tr>'

        yield (f'<section class="failures"><h2>出错({nerrors})</h2><table id="failures"><thead><tr>'
               f"<th>路径</th><th>状态</th><th>环节</th><th>原因</th></tr></thead><tbody>{erows}</tbody>"
               "</table></section>")
    yield f'<nav class="pages">{nav}</nav></main>' + _site_foot()
