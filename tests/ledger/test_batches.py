"""An ingest batch whose process died is marked interrupted (with how far it got and how to resume) instead
of staying unfinished forever; a batch whose process is alive is left alone."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from django.utils import timezone

from taizhang.ledger import batches
from taizhang.ledger.models import IngestBatch, IngestItem

pytestmark = pytest.mark.django_db

LATER = lambda: timezone.now() + dt.timedelta(minutes=5)  # noqa: E731  (past the grace period)


@pytest.fixture(autouse=True)
def _data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path


def test_running_batch_is_left_alone_and_finished_batch_lets_go(tmp_path):
    b = IngestBatch.objects.create(total=3)
    assert batches.mark_interrupted(now=LATER()) == []  # this process holds its lock
    b.finished = True
    b.save(update_fields=["finished"])
    assert b.pk not in batches._held and not list(batches.lock_dir().glob("*.lock"))


def test_batch_of_a_dead_process_is_marked_interrupted(client_in):
    b = IngestBatch.objects.create(total=3)
    IngestItem.objects.create(batch=b, name="a.txt", status=IngestItem.Status.STORED)
    os.close(batches._held.pop(b.pk))  # the process "dies": the kernel drops its lock, nothing is saved
    assert batches.mark_interrupted(now=timezone.now()) == []  # too young: may not hold its lock yet
    assert batches.mark_interrupted(now=LATER()) == [b.pk]
    b.refresh_from_db()
    assert b.finished
    last = b.items.order_by("-id").first()
    assert last.status == IngestItem.Status.FAILED and "1/3" in last.message and "taizhang ingest" in last.message
    assert batches.mark_interrupted(now=LATER()) == []  # once


def test_lock_held_by_another_process_counts_as_alive(tmp_path):
    b = IngestBatch.objects.create(total=1)
    os.close(batches._held.pop(b.pk))
    path = batches.lock_dir() / f"{b.pk}.lock"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT); "
        "fcntl.flock(fd, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)"), str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert batches.mark_interrupted(now=LATER()) == []
    finally:
        holder.kill()
        holder.wait()
    assert batches.mark_interrupted(now=LATER()) == [b.pk]


def test_batch_page_reports_the_interruption(client_in):
    b = IngestBatch.objects.create(total=2, user=None)
    os.close(batches._held.pop(b.pk))
    IngestBatch.objects.filter(pk=b.pk).update(created=timezone.now() - dt.timedelta(minutes=10))
    data = client_in.get(f"/batches/{b.pk}.json").json()
    assert data["finished"] and data["items"][-1]["status"] == "failed"


def test_batch_without_a_lock_file_here_waits_until_stale():
    """Run by another machine sharing the database: left alone for a day, then marked."""
    b = IngestBatch.objects.create(total=1)
    batches.release(b.pk)  # lock file gone, batch still unfinished
    IngestBatch.objects.filter(pk=b.pk).update(finished=False)
    assert batches.mark_interrupted(now=LATER()) == []
    assert batches.mark_interrupted(now=timezone.now() + batches.STALE + dt.timedelta(minutes=1)) == [b.pk]


def test_batch_page_pages_its_files(client_in):
    b = IngestBatch.objects.create(total=450, done=450, finished=True)
    IngestItem.objects.bulk_create([IngestItem(batch=b, name=f"f{n}.txt", status=IngestItem.Status.STORED)
                                    for n in range(450)])
    data = client_in.get(f"/batches/{b.pk}.json").json()
    assert data["count"] == 450 and len(data["items"]) == 200 and data["pages"] == 3
    assert data["items"][0]["name"] == "f0.txt"
    assert client_in.get(f"/batches/{b.pk}.json?page=3").json()["items"][-1]["name"] == "f449.txt"
    assert "下一页" in client_in.get(f"/batches/{b.pk}/").content.decode()
