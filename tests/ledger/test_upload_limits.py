"""Uploads to the ledger: a zip bomb dressed as .docx fails as a file (the real extractor checks the archive
first), and a file over the document limit is refused before any of it is read."""
from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from taizhang.ledger.models import Document, IngestBatch

pytestmark = pytest.mark.django_db


def _bomb_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(b"<w:document><w:body>")
            for _ in range(50):
                fh.write(b"<w:p/>" * (1024 * 1024 // 6))
            fh.write(b"</w:body></w:document>")
    return buf.getvalue()


def test_docx_bomb_upload_fails_as_a_file(client_in, settings):
    settings.TAIZHANG_EXTRACTOR = "taizhang.extract.extract_file"  # the real loaders, not the test stand-in
    data = _bomb_docx()
    assert len(data) < 512 * 1024
    r = client_in.post("/documents/", {"files": [SimpleUploadedFile("通知.docx", data)]})
    assert r.status_code == 302
    batch = IngestBatch.objects.get()
    item = batch.items.get()
    assert item.status == "failed" and "压缩" in item.message
    assert Document.objects.count() == 0


def test_file_over_the_document_limit_is_refused_unread(client_in, settings, monkeypatch):
    settings.TAIZHANG_MAX_DOCUMENT_BYTES = 1024
    from taizhang.ledger import ingest
    called = []
    monkeypatch.setattr(ingest, "ingest_uploads", lambda *a, **k: called.append(a))
    r = client_in.post("/documents/", {"files": [SimpleUploadedFile("大文件.txt", "字".encode() * 2000)]})
    assert r.status_code == 302 and r["Location"] == "/documents/"
    assert not called and IngestBatch.objects.count() == 0
