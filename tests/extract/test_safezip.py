"""Zip bombs, built here, are refused before python-docx or openpyxl unpack them (extract/safezip.py)."""
from __future__ import annotations

import io
import zipfile

import pytest

from taizhang.extract import extract_file
from taizhang.extract.pipeline import ExtractError
from taizhang.extract.safezip import ArchiveLimits, UnsafeArchive, check_archive

DOCX_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
              'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
              'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
              'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.'
              'main+xml"/></Types>')
DOCX_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
             '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
             'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bytes(paragraph: str, repeat: int = 1, filler_mb: int = 0) -> bytes:
    """A minimal .docx whose body repeats one paragraph; ``filler_mb`` megabytes of spaces pad the XML."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", DOCX_TYPES)
        zf.writestr("_rels/.rels", DOCX_RELS)
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'.encode())
            para = f"<w:p><w:r><w:t>{paragraph}</w:t></w:r></w:p>".encode()
            for _ in range(repeat):
                fh.write(para)
            chunk = b" " * (1024 * 1024)
            for _ in range(filler_mb):
                fh.write(chunk)
            fh.write(b"</w:body></w:document>")
    return buf.getvalue()


def test_a_plain_document_passes_and_loads(tmp_path):
    p = tmp_path / "plain.docx"
    p.write_bytes(docx_bytes("全年力争地区生产总值增长百分之六，固定资产投资稳步增长。", repeat=20))
    summary = check_archive(p)
    assert summary.entries == 3 and summary.total_bytes > summary.compressed_bytes
    ex = extract_file(p)
    assert "地区生产总值" in ex.doc.raw


def test_highly_compressed_docx_is_refused_before_parsing(tmp_path):
    data = docx_bytes("标题", filler_mb=40)  # 40 MB of spaces: a few tens of KB on disk
    assert len(data) < 200 * 1024
    p = tmp_path / "bomb.docx"
    p.write_bytes(data)
    with pytest.raises(UnsafeArchive, match="压缩比"):
        check_archive(p)
    with pytest.raises(ExtractError, match="压缩"):
        extract_file(p)


@pytest.mark.parametrize("limits, message", [
    (ArchiveLimits(max_entry_bytes=512 * 1024, max_ratio=10_000), "解压后"),
    (ArchiveLimits(max_total_bytes=3 * 1024 * 1024, max_ratio=10_000), "解压后超过"),
    (ArchiveLimits(max_entries=2), "部件"),
])
def test_each_limit_refuses(tmp_path, limits, message):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(4):
            zf.writestr(f"xl/worksheets/sheet{i}.xml", b"<row/>" * (200 * 1024))  # 1.2 MB each
    buf.seek(5)
    with pytest.raises(UnsafeArchive, match=message):
        check_archive(buf, limits)
    assert buf.tell() == 5  # an open file's position is given back
    check_archive(buf, ArchiveLimits(max_ratio=10_000))  # the same archive within generous limits


def test_not_a_zip_is_refused():
    with pytest.raises(UnsafeArchive, match="zip"):
        check_archive(io.BytesIO(b"PK\x03\x04 but not really a zip"))


def test_xlsx_bomb_is_refused_before_openpyxl(tmp_path):
    """An .xlsx whose one sheet unpacks to 64 MB of repeated rows from well under 1 MB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 20_000
            for _ in range(64):
                fh.write(row)
    assert len(buf.getvalue()) < 1024 * 1024
    with pytest.raises(UnsafeArchive):
        check_archive(buf)
