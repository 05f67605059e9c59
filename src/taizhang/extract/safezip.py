"""Open Office files (.docx, .xlsx: zip archives) only after checking what they would unpack to.

A zip bomb is small on disk and huge in memory: an 11.8 MB .xlsx that unpacks to 3.6 GB, a 462 KB .docx that
takes 6 GB to parse.  Python's ``zipfile`` (under python-docx and openpyxl) never hands out more bytes than an
entry declares, and stops with a CRC error when the data lies about it, so checking the declared sizes in the
central directory is enough, and costs no decompression at all:

- the number of entries, the uncompressed size of each entry and of all of them together;
- the compression ratio of each large entry (a legitimate sheet or document compresses 5-30×; a bomb 1000×).

``check_archive`` raises ``UnsafeArchive`` (a ``ValueError`` whose message is Chinese, meant for the person who
uploaded the file) and returns the archive's totals when it is fine.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO


@dataclass(frozen=True)
class ArchiveLimits:
    max_entries: int = 10_000
    max_entry_bytes: int = 256 * 1024 * 1024  # one unpacked part (a sheet, the document body)
    max_total_bytes: int = 512 * 1024 * 1024  # everything unpacked
    max_ratio: float = 100.0  # uncompressed / compressed, for entries past ratio_floor
    ratio_floor: int = 1024 * 1024  # small entries may compress any amount without harm


DEFAULT_LIMITS = ArchiveLimits()


@dataclass(frozen=True)
class ArchiveSummary:
    entries: int
    total_bytes: int  # uncompressed
    compressed_bytes: int


class UnsafeArchive(ValueError):
    """An archive that is not a zip, or would unpack to more than the limits allow."""


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def check_archive(source: str | Path | BinaryIO, limits: ArchiveLimits = DEFAULT_LIMITS) -> ArchiveSummary:
    """Check a zip-based file (path or open binary file; a file's position is restored) before parsing it."""
    pos = source.tell() if hasattr(source, "tell") else None
    try:
        with zipfile.ZipFile(source) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as e:
        raise UnsafeArchive(f"文件不是有效的 Office 文档（zip 结构损坏：{e}）") from None
    finally:
        if pos is not None:
            source.seek(pos)
    if len(infos) > limits.max_entries:
        raise UnsafeArchive(f"文件内含 {len(infos)} 个部件，超过上限 {limits.max_entries}")
    total = compressed = 0
    for info in infos:
        size, packed = info.file_size, info.compress_size
        if size > limits.max_entry_bytes:
            raise UnsafeArchive(f"文件部件 {info.filename} 解压后 {_mb(size)}，超过上限 {_mb(limits.max_entry_bytes)}")
        if size > limits.ratio_floor and size > limits.max_ratio * max(packed, 1):
            raise UnsafeArchive(f"文件部件 {info.filename} 压缩比 {size / max(packed, 1):.0f} 倍，"
                                f"超过上限 {limits.max_ratio:.0f} 倍（疑似压缩炸弹）")
        total += size
        compressed += packed
        if total > limits.max_total_bytes:
            raise UnsafeArchive(f"文件解压后超过 {_mb(limits.max_total_bytes)}（疑似压缩炸弹）")
    return ArchiveSummary(entries=len(infos), total_bytes=total, compressed_bytes=compressed)
