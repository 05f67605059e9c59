"""Test-only hooks that ``distributed.extract_chunk`` calls before each document (see its ``hook``)."""
from __future__ import annotations

import os
import threading
from pathlib import Path

MARKER = "本文件会终止工作进程"
HANG = "本文件的抽取永不结束"
SLOW_START = "TAIZHANG_TEST_SLOW_START"  # names a file: see dask_setup
SLOW_START_SECONDS = "TAIZHANG_TEST_SLOW_START_SECONDS"  # how long such a start takes (default 60)


def die_on_marker(path: str) -> None:
    """Kill the worker process outright (no exception, no clean-up) on a document carrying MARKER."""
    p = Path(path)
    if p.is_file() and MARKER in p.read_text(encoding="utf-8", errors="replace"):
        os._exit(3)


def slow(path: str) -> None:
    """Give each document a second, so a test can act while chunks are still out."""
    import time
    time.sleep(1.0)


def hang_on_marker(path: str) -> None:
    """Never return on a document carrying HANG (an extraction that loops for ever, a worker blocked on a lock)."""
    p = Path(path)
    if p.is_file() and HANG in p.read_text(encoding="utf-8", errors="replace"):
        threading.Event().wait()


RELEASE = threading.Event()


def wait_for_release() -> None:
    """A task that runs until the test sets RELEASE (in a worker thread of the test's own process)."""
    RELEASE.wait()


def dask_setup(worker) -> None:
    """As a worker preload (``distributed.worker.preload``): a worker process started while SLOW_START names a file
    writes its pid there and takes a minute (or SLOW_START_SECONDS) to start, as one a nanny restarts on a machine
    under heavy load."""
    marker = os.environ.get(SLOW_START)
    if marker:
        with open(marker, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()}\n")
        import time
        time.sleep(float(os.environ.get(SLOW_START_SECONDS, "60")))
