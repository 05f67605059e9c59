"""Ingest batches that outlive their process: a batch whose process died is marked interrupted, not left
"unfinished" forever.

The process that creates a batch holds an advisory lock (flock) on ``<data dir>/ingest-locks/<id>.lock`` until
the batch is saved as finished; the kernel drops the lock when the process dies, whatever killed it.  A batch
that is unfinished while nobody holds its lock was interrupted: it gets a failed line saying how far it got and
how to resume (upload again or re-run ``taizhang ingest``: files already stored are recognised by content and
skipped).  The check runs when the server starts and whenever an unfinished batch is looked at.
The locks live in the data directory, so this covers every process on the machine that holds it; a batch
without a lock file here (another machine on the same PostgreSQL database) is taken for dead after STALE.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import os
from pathlib import Path

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from .models import IngestBatch, IngestItem

GRACE = dt.timedelta(seconds=30)  # a batch this young may not have taken its lock yet
# A batch with no lock file here was run by another machine sharing the database (or before these locks
# existed): it is taken for dead only when this old.
STALE = dt.timedelta(hours=24)
_held: dict[int, int] = {}  # batch id → file descriptor holding its lock, in this process


def lock_dir() -> Path:
    """One folder per database, so two ledgers sharing a data directory never mix up their batch ids."""
    from django.db import connection
    d = connection.settings_dict
    key = hashlib.sha256(f"{d['ENGINE']}|{d['NAME']}|{d.get('HOST')}|{d.get('PORT')}".encode()).hexdigest()[:12]
    return Path(settings.DATA_DIR) / "ingest-locks" / key


def _lock_path(batch_id: int) -> Path:
    return lock_dir() / f"{batch_id}.lock"


@receiver(post_save, sender=IngestBatch, dispatch_uid="ledger-batch-lock")
def _track(sender, instance: IngestBatch, created: bool, **kwargs) -> None:
    if created and not instance.finished:
        lock_dir().mkdir(parents=True, exist_ok=True)
        fd = os.open(_lock_path(instance.pk), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # held by a process of another database with the same id: it stays "alive"
            os.close(fd)
            return
        _held[instance.pk] = fd
    elif instance.finished and instance.pk in _held:
        release(instance.pk)


def release(batch_id: int) -> None:
    fd = _held.pop(batch_id, None)
    if fd is not None:
        try:
            _lock_path(batch_id).unlink(missing_ok=True)
        finally:
            os.close(fd)  # closing drops the flock


def _owner_alive(batch_id: int) -> bool | None:
    """True: a process holds the batch's lock; False: its lock file is here and free; None: no lock file here."""
    if batch_id in _held:
        return True
    path = _lock_path(batch_id)
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        path.unlink(missing_ok=True)
        return False
    finally:
        os.close(fd)


def mark_interrupted(batches=None, now: dt.datetime | None = None) -> list[int]:
    """Mark every unfinished batch (of ``batches``, default all) whose process is gone; returns their ids."""
    now = now or timezone.now()
    qs = IngestBatch.objects.filter(finished=False, created__lt=now - GRACE)
    if batches is not None:
        qs = qs.filter(pk__in=[b.pk if isinstance(b, IngestBatch) else b for b in batches])
    marked = []
    for b in qs:
        alive = _owner_alive(b.pk)
        if alive or (alive is None and b.created > now - STALE):
            continue
        if IngestBatch.objects.filter(pk=b.pk, finished=False).update(finished=True) == 0:
            continue  # finished in the meantime
        done = b.items.count()
        IngestItem.objects.create(
            batch=b, name="（处理中断）", status=IngestItem.Status.FAILED,
            message=(f"处理进程在完成前中断：已处理 {done}/{b.total} 个文件，其余未入库。"
                     "重新上传这些文件或重新运行 taizhang ingest 即可继续，已入库的文件会按内容识别并跳过。"))
        marked.append(b.pk)
    return marked
