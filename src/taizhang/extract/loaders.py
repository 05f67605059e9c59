"""Loaders: bytes on disk → the text as read, plus repairs the cleaner cannot know about.

Why offsets need care here: every record taizhang writes indexes ``Loaded.text``.
For .txt/.html that text is exactly what ``open(path, encoding=<detected>,
newline="").read()`` returns: no newline translation and **a UTF-8 byte-order
mark is kept as the character U+FEFF at offset 0** (this is what the gold files'
``encoding="utf-8"`` reading does, so offsets stay comparable); the cleaner
hides it from the view with a non-noise ``bom`` edit and ``encoding`` reports
``utf-8-sig`` so a person can see it was there.

For PDF and DOCX there is no such reading, so the text is the extracted text:
PDF pages joined by ``\\n`` (pypdf), DOCX paragraphs by ``\\n`` and table cells by
``\\t`` (python-docx).  PDF layout artefacts (spaces between CJK characters,
lines broken mid-sentence) are *not* rewritten; they come back as ``Edit``s with
reason ``pdf-space``/``pdf-join`` so offsets still refer to the extracted text.

Every failure is a ``LoadError`` whose ``reason`` is a short English sentence
meant for the person who handed us the file.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import rx
from .segment import line_spans
from .textmap import Edit
from .normalize import normalize_chars
from .units import DECIMAL_FIGURE_PATTERN

SUPPORTED_SUFFIXES = {".txt", ".html", ".htm", ".pdf", ".docx", ".doc"}
MAX_BYTES = 200 * 1024 * 1024  # larger inputs are refused before reading a byte
_SAMPLE = 256 * 1024  # bytes looked at for binary checks and encoding guesses


class LoadError(Exception):
    """A file we cannot read; ``reason`` is meant for a person."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class Loaded:
    text: str
    format: str  # txt | html | pdf | docx | doc
    encoding: str = "utf-8"
    edits: list[Edit] = field(default_factory=list)


# --------------------------------------------------------------------------- format sniffing

_HTML_STRONG = rx.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.I)
_HTML_TAG = rx.compile(r"</?(?:p|div|span|br|table|tr|td|li|ul|a|meta|script|style|h[1-6]|font|img|strong|b)\b[^<>]{0,400}>",
                       re.I)


def sniff_format(text: str, name: str = "") -> str:
    """``html`` when the text is raw HTML (common in scraped .txt files), else ``txt``.

    A few stray tags in prose are not enough: either an html/head/body/doctype
    marker, or at least five known tags in the first 20k characters.
    """
    head = text[:20000]
    if _HTML_STRONG.search(head[:5000]):
        return "html"
    n = 0
    for _ in _HTML_TAG.finditer(head):
        n += 1
        if n >= 5:
            return "html"
    if name.lower().endswith((".html", ".htm")) and n >= 1:
        return "html"
    return "txt"


# --------------------------------------------------------------------------- binary / encoding

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (DOCX, XLSX or similar)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
)
_CONTROL = rx.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _binary_reason(sample: bytes) -> str | None:
    """Why ``sample`` is not text, or None.  UTF-16 with a BOM is text."""
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    for magic, what in _MAGIC:
        if sample.startswith(magic):
            return f"binary file ({what}), not text"
    if b"\x00" in sample:
        return "binary file (contains NUL bytes), not text"
    return None


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """The ~3500 most frequent simplified characters, from jieba's dictionary.

    Used to tell a right decoding from a wrong one: Big5 bytes read as GBK (and
    the other way round) decode "successfully" into rare characters.
    """
    try:
        import jieba  # noqa: PLC0415
        from importlib import resources

        path = Path(jieba.__file__).with_name("dict.txt")
        text = path.read_text(encoding="utf-8") if path.exists() else (
            resources.files("jieba") / "dict.txt").read_text(encoding="utf-8")
    except Exception:  # pragma: no cover - jieba is a hard dependency
        return frozenset()
    freq: dict[str, int] = {}
    for line in text.splitlines():
        parts = line.split(" ")
        if len(parts) < 2 or not parts[1].isdigit():
            continue
        f = int(parts[1])
        for ch in parts[0]:
            if "\u4e00" <= ch <= "\u9fff":
                freq[ch] = freq.get(ch, 0) + f
    top = sorted(freq, key=freq.__getitem__, reverse=True)[:3500]
    return frozenset(top)


def _plausibility(text: str) -> float:
    """Share of CJK characters (after trad→simp) that are common ones; 1.0 when there is no CJK."""
    from .normalize import normalize_chars

    common = _common_chars()
    cjk = [c for c in normalize_chars(text[:20000]) if "\u4e00" <= c <= "\u9fff" or "\ue000" <= c <= "\uf8ff"
           or "\u3400" <= c <= "\u4dbf"]
    if not cjk or not common:
        return 1.0
    return sum(c in common for c in cjk) / len(cjk)


def _declared_charset(sample: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_-]+)""", sample[:8192], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def _canonical(enc: str) -> str:
    """Map a detector's answer to the codec we decode with (GB2312/GBK → GB18030, Big5 → CP950)."""
    e = enc.lower().replace("_", "-")
    if e in {"gb2312", "gbk", "gb18030", "cp936", "euc-cn", "hz", "x-gbk", "ms936"}:
        return "gb18030"
    if e in {"big5", "cp950", "big5-tw", "csbig5", "x-big5"}:
        return "cp950"
    if e in {"big5hkscs", "big5-hkscs"}:
        return "big5hkscs"
    if e in {"utf-8", "utf8", "utf-8-sig", "ascii", "us-ascii"}:
        return "utf-8"
    return e


def _try_decode(sample: bytes, enc: str) -> str | None:
    """Decode a sample that may end mid-character (incremental decoder, not final); None if invalid."""
    import codecs

    try:
        return codecs.getincrementaldecoder(enc)().decode(sample, final=False)
    except (UnicodeDecodeError, LookupError):
        return None


def detect_encoding(data: bytes) -> str:
    """Pick the codec for ``data``.  Raises LoadError when nothing decodes it.

    Order of trust: a BOM; valid UTF-8 (multibyte UTF-8 is never valid by
    accident); then GB18030 vs Big5 (CP950/HKSCS) by how common the decoded
    characters are, with charset-normalizer's and an HTML ``<meta charset>``
    guess as extra candidates.  GB2312/GBK are always read as GB18030, their
    superset, so rare characters do not fail.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:_SAMPLE]
    if _try_decode(sample, "utf-8") is not None:
        return "utf-8"
    candidates = ["gb18030", "cp950", "big5hkscs"]
    declared = _declared_charset(sample)
    if declared:
        candidates.insert(0, _canonical(declared))
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample[:65536]).best()
        if best is not None:
            candidates.append(_canonical(best.encoding))
    except Exception:  # a detector crash must not stop loading
        pass
    scored: list[tuple[float, int, str]] = []
    seen: set[str] = set()
    for i, enc in enumerate(candidates):
        if enc in seen or enc == "utf-8":
            continue
        seen.add(enc)
        text = _try_decode(sample, enc)
        if text is None:
            continue
        if enc not in {"gb18030", "cp950", "big5hkscs"} and not any("\u4e00" <= c <= "\u9fff" for c in text[:5000]):
            # a single-byte guess (latin-1, cp1252 ...) only when no CJK codec reads it better
            score = 0.5
        else:
            score = _plausibility(text)
        # ties: declared charset first, then GB18030 (mainland documents are the common case)
        scored.append((score, -i if enc != "gb18030" else -i + 0.5, enc))
    if not scored:
        raise LoadError("cannot decode the text: not UTF-8, GB18030/GBK or Big5")
    scored.sort(reverse=True)
    best_score = scored[0][0]
    # Prefer GB18030 unless another codec is clearly more plausible.
    for score, _, enc in scored:
        if enc == "gb18030" and score >= best_score - 0.02:
            return enc
    return scored[0][2]


def _decode_all(data: bytes, enc: str) -> str:
    codec = "utf-8" if enc == "utf-8-sig" else enc  # keep the BOM character: see module docstring
    try:
        return data.decode(codec)
    except UnicodeDecodeError as e:
        raise LoadError(f"cannot decode the text as {enc}: bad bytes at byte {e.start}") from None


# --------------------------------------------------------------------------- per format

def _load_text(path: Path, fmt_hint: str) -> Loaded:
    data = path.read_bytes()
    if data.isspace():
        raise LoadError("empty file (only blank space)")
    reason = _binary_reason(data[:_SAMPLE])
    if reason:
        raise LoadError(reason)
    enc = detect_encoding(data)
    text = _decode_all(data, enc)
    del data
    head = text[:_SAMPLE]
    if head and len(_CONTROL.findall(head)) > max(8, len(head) // 100):
        raise LoadError("binary file (control characters), not text")
    fmt = "html" if fmt_hint == "html" else sniff_format(text, path.name)
    return Loaded(text=text, format=fmt, encoding=enc)


def _load_pdf(path: Path) -> Loaded:
    with open(path, "rb") as fh:
        if not fh.read(1024).lstrip().startswith(b"%PDF"):
            raise LoadError("not a PDF file (no %PDF header)")
    try:
        from pypdf import PdfReader
        from pypdf.errors import DependencyError, PdfReadError

        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except (PdfReadError, NotImplementedError, ValueError, DependencyError):
                ok = 0  # an unsupported or broken encryption is reported as needing a password
            if not ok:
                raise LoadError("encrypted PDF (needs a password)")
        pages = [(p.extract_text() or "") for p in reader.pages]
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, IndexError) as e:
        raise LoadError(f"broken or truncated PDF ({type(e).__name__})") from None
    except Exception as e:  # pypdf raises many kinds on damaged files
        raise LoadError(f"broken or truncated PDF ({type(e).__name__})") from None
    if not pages:
        raise LoadError("broken or truncated PDF (no pages)")
    text = "\n".join(p.rstrip("\n") for p in pages)
    if not text.strip():
        raise LoadError("PDF has no text layer (scanned images need OCR)")
    return Loaded(text=text, format="pdf", encoding="pdf", edits=pdf_repairs(text))


def _docx_text(document) -> str:
    """Body paragraphs and tables in document order; cells joined by tabs, rows by newlines."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(child, document).text)
        elif tag == "tbl":
            out.extend(_table_rows(Table(child, document)))
    return "\n".join(out)


def _table_rows(table) -> list[str]:
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        last = None
        for cell in row.cells:
            if last is not None and cell._tc is last:
                # a merged cell repeats over the columns it spans: its text once, then an empty cell for each other
                # column, so the rows below keep their columns (12345热线 over 按时办结 | 超时办结 | 未办结)
                cells.append("")
                continue
            last = cell._tc
            cells.append(" ".join(p.text for p in cell.paragraphs).replace("\t", " "))
        rows.append("\t".join(cells))
    return rows


def _load_docx(path: Path) -> Loaded:
    if not zipfile.is_zipfile(path):
        raise LoadError("not a valid .docx file (not a zip archive)")
    from .safezip import UnsafeArchive, check_archive
    try:
        check_archive(path)  # sizes and compression ratio before python-docx unpacks anything
    except UnsafeArchive as e:
        raise LoadError(str(e)) from None
    try:
        import docx

        document = docx.Document(str(path))
        text = _docx_text(document)
    except Exception as e:
        raise LoadError(f"broken .docx file ({type(e).__name__})") from None
    if not text.strip():
        raise LoadError("empty document (no text in the .docx)")
    return Loaded(text=text, format="docx", encoding="docx")


def _load_doc(path: Path) -> Loaded:
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"PK\x03\x04"):
        loaded = _load_docx(path)  # a .docx saved with the old suffix
        return loaded
    if head.startswith(b"{\\rtf"):
        raise LoadError("RTF file named .doc is not supported (save it as .docx)")
    if not head.startswith(b"\xd0\xcf\x11\xe0"):
        raise LoadError("not a Word .doc file")
    exe = shutil.which("antiword")
    if not exe:
        raise LoadError("cannot read .doc: the 'antiword' program is not installed (or save the file as .docx)")
    try:
        res = subprocess.run([exe, "-m", "UTF-8.txt", "-w", "0", str(path)], capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        raise LoadError("antiword took too long on this .doc file") from None
    if res.returncode != 0:
        msg = res.stderr.decode("utf-8", "replace").strip().splitlines()
        raise LoadError("antiword could not read this .doc" + (f": {msg[-1][:120]}" if msg else ""))
    text = res.stdout.decode("utf-8", "replace")
    if not text.strip():
        raise LoadError("empty document (no text in the .doc)")
    return Loaded(text=text, format="doc", encoding="doc")


def load(path: Path | str) -> Loaded:
    """Read one file; raises LoadError with a short reason a person understands."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise LoadError(f"unsupported file type '{suffix or p.name}' (supported: {kinds})")
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise LoadError("no such file") from None
    except OSError as e:
        raise LoadError(f"cannot open file ({e.strerror or type(e).__name__})") from None
    if p.is_dir():
        raise LoadError("is a folder, not a file")
    if size == 0:
        raise LoadError("empty file (0 bytes)")
    if size > MAX_BYTES:
        raise LoadError(f"file too large ({size / 1024 / 1024:.0f} MB; the limit is {MAX_BYTES // 1024 // 1024} MB)")
    try:
        if suffix == ".pdf":
            return _load_pdf(p)
        if suffix == ".docx":
            return _load_docx(p)
        if suffix == ".doc":
            return _load_doc(p)
        return _load_text(p, "html" if suffix in {".html", ".htm"} else "txt")
    except PermissionError:
        raise LoadError("permission denied") from None
    except MemoryError:
        raise LoadError("file too large to hold in memory") from None


# --------------------------------------------------------------------------- PDF repairs

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "，。、；：？！“”‘’（）《》【】—…·"
# Spaces a PDF puts between CJK characters, and between CJK and digits (增长 6.5 %, 2023 年): Chinese sets none.
_PDF_SPACE = rx.compile(rf"(?<=[{_CJK}{_CJK_PUNCT}])[ \u3000\t]+(?=[{_CJK}{_CJK_PUNCT}0-9%])"
                        rf"|(?<=[0-9%])[ \u3000\t]+(?=[{_CJK}{_CJK_PUNCT}%])")
_SENT_END = set("。！？!?；;：:”」』)）》】…")
_LINE_START_MARK = rx.compile(rf"^(?!\s*{DECIMAL_FIGURE_PATTERN})\s*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[{_CJK}\d]{{1,4}}[章节条部分篇]|[●■▶◆★※•·-])")


# A line opening with a short label and a colon (填报单位：, 发布日期：) is a field of its own, not a wrapped line's rest.
_FIELD_LABEL = rx.compile(rf"^\s*[{_CJK}]{{2,6}}[:：]")


def pdf_repairs(text: str) -> list[Edit]:
    """Edits that undo PDF layout: stray spaces between CJK characters, and hard line breaks mid-sentence.

    A line is joined to the next when it ends without closing punctuation, is
    about as long as the page's full lines (so titles and short last lines of
    paragraphs stay), and the next line does not start a heading or a list item.
    """
    edits: list[Edit] = [Edit(m.start(), m.end(), "", "pdf-space") for m in _PDF_SPACE.finditer(text)]
    lines = line_spans(text)  # (start, end) without the newline
    widths = sorted(len(text[s:e].strip()) for s, e in lines if text[s:e].strip())
    if not widths:
        return edits
    full = widths[int(len(widths) * 0.9)] if len(widths) >= 5 else widths[-1]
    for (s, e), (s2, e2) in zip(lines, lines[1:]):
        cur = text[s:e].rstrip(" \u3000\t")
        nxt = text[s2:e2].strip()
        if not cur.strip() or not nxt:
            continue
        last = cur[-1]
        if last in _SENT_END or len(cur.strip()) < max(6, full * 0.8) and last not in "，、":
            continue  # (a line ending at a comma goes on in the next, whatever its width: cleaner.clause_end_joins)
        # (207⏎.11亿元, 11.⏎5%: a number broken at its point)
        decimal = last == "." and cur[-2:-1].isdigit() and nxt[:1].isdigit() or \
            last.isdigit() and nxt[:1] == "." and nxt[1:2].isdigit()
        if not decimal and not (re.match(rf"[{_CJK}\w，、,“‘(（]", last) and re.match(rf"[{_CJK}\w“‘(（《，,、；;。）)”]", nxt[0])):
            continue
        if _LINE_START_MARK.match(normalize_chars(nxt)) or _FIELD_LABEL.match(nxt):
            continue
        if "\t" in cur or "\t" in nxt:
            continue  # table rows (cells split by tabs) are records of their own
        cut_start = s + len(cur)
        cut_end = s2 + (len(text[s2:e2]) - len(text[s2:e2].lstrip(" \u3000\t")))
        # keep one space between two latin words/numbers; join CJK directly
        # (but a number broken over the lines is one number: 1⏎3% is 13%)
        repl = " " if (last.isascii() and last.isalnum() and nxt[0].isascii() and nxt[0].isalnum()
                       and not (last.isdigit() and nxt[0].isdigit())) else ""
        edits.append(Edit(cut_start, cut_end, repl, "pdf-join"))
    return _drop_overlaps(edits)


def _drop_overlaps(edits: list[Edit]) -> list[Edit]:
    out: list[Edit] = []
    end = -1
    for e in sorted(edits):
        if e.start >= end:
            out.append(e)
            end = e.end
    return out
