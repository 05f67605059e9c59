"""Test-only hooks that ``distributed.extract_chunk`` calls before each document (see its ``hook``)."""
from __future__ import annotations

import os
from pathlib import Path

MARKER = "本文件会终止工作进程"


def die_on_marker(path: str) -> None:
    """Kill the worker process outright (no exception, no clean-up) on a document carrying MARKER."""
    p = Path(path)
    if p.is_file() and MARKER in p.read_text(encoding="utf-8", errors="replace"):
        os._exit(3)


def slow(path: str) -> None:
    """Give each document a second, so a test can act while chunks are still out."""
    import time
    time.sleep(1.0)
