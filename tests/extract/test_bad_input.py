"""Bad input: each kind fails with a reason a person understands, and one bad file never stops a batch."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from taizhang.extract.loaders import MAX_BYTES, LoadError, load

GOOD_TEXT = "今年全镇计划新建村级卫生室六个，改造农村公路二十公里。\n全年农民人均可支配收入增长百分之八。\n"


def _pdf_bytes() -> bytes:
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", 12)
    c.drawString(60, 780, "全年新增造林面积一万亩，森林覆盖率达到百分之六十。")
    c.showPage()
    c.save()
    return buf.getvalue()


def _write_bad_files(d: Path) -> dict[str, str]:
    """Bad files and a piece of the reason each must give."""
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_bytes(b"  \n\r\n\t ")
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (d / "nul.txt").write_bytes(b"abc\x00\x01\x02def" * 50)
    pdf = _pdf_bytes()
    (d / "truncated.pdf").write_bytes(pdf[: len(pdf) // 3])
    (d / "fake.docx").write_text("这不是压缩包", encoding="utf-8")
    (d / "garbled.txt").write_bytes(b"\xff\x80\xfe\x80\xff\x80" * 40)
    (d / "notes.xyz").write_text(GOOD_TEXT, encoding="utf-8")
    with open(d / "huge.txt", "wb") as fh:  # sparse: costs no disk
        fh.truncate(MAX_BYTES + 1)
    return {
        "empty.txt": "empty file",
        "blank.txt": "empty file",
        "image.txt": "binary file",
        "nul.txt": "binary file",
        "truncated.pdf": "truncated PDF",
        "fake.docx": "not a zip",
        "garbled.txt": "cannot decode",
        "notes.xyz": "unsupported file type",
        "huge.txt": "file too large",
    }


@pytest.mark.parametrize("name", ["empty.txt", "blank.txt", "image.txt", "nul.txt", "truncated.pdf", "fake.docx",
                                  "garbled.txt", "notes.xyz", "huge.txt"])
def test_each_bad_file_has_a_clear_reason(tmp_path: Path, name: str):
    expected = _write_bad_files(tmp_path)
    with pytest.raises(LoadError) as ei:
        load(tmp_path / name)
    reason = ei.value.reason
    assert expected[name] in reason
    assert len(reason) < 120 and reason.isascii()


def test_pdf_with_garbage_after_header(tmp_path: Path):
    p = tmp_path / "junk.pdf"
    p.write_bytes(b"%PDF-1.4\n" + b"garbage " * 100)
    with pytest.raises(LoadError) as ei:
        load(p)
    assert "PDF" in ei.value.reason


def test_missing_file(tmp_path: Path):
    with pytest.raises(LoadError) as ei:
        load(tmp_path / "nope.txt")
    assert ei.value.reason == "no such file"


def _cli() -> list[str]:
    exe = Path(sys.executable).with_name("taizhang")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "taizhang.cli"]


def test_cli_batch_with_bad_and_good_files(tmp_path: Path):
    import docx

    src = tmp_path / "in"
    src.mkdir()
    expected = _write_bad_files(src)
    (src / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (src / "good_gbk.txt").write_bytes(GOOD_TEXT.encode("gbk"))
    (src / "good.html").write_text("<html><body><nav>首页</nav><p>" + GOOD_TEXT + "</p></body></html>",
                                   encoding="utf-8")
    (src / "good.pdf").write_bytes(_pdf_bytes())
    d = docx.Document()
    d.add_paragraph(GOOD_TEXT.strip())
    d.save(src / "good.docx")
    good = {"good.txt", "good_gbk.txt", "good.html", "good.pdf", "good.docx"}

    out = tmp_path / "out"
    res = subprocess.run(_cli() + ["extract", str(src), "--out", str(out), "--no-report"],
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 1, res.stderr[-3000:]
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {d["doc"] for d in docs} == good
    by_name = {d["doc"]: d for d in docs}
    assert by_name["good_gbk.txt"]["encoding"] == "gb18030"
    assert by_name["good.html"]["format"] == "html"
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    reasons = {Path(e["path"]).name: e["reason"] for e in errors}
    assert set(reasons) == set(expected)
    for name, part in expected.items():
        assert part in reasons[name], (name, reasons[name])
        assert "internal error" not in reasons[name]
