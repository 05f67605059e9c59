"""The production server moves what it loaded before forking out of the garbage collector's reach (gc.freeze)."""
from __future__ import annotations

import gc

from taizhang.web import server


def test_the_production_server_freezes_its_loaded_heap_before_the_workers_fork(monkeypatch):
    from gunicorn.app.base import BaseApplication
    seen = {}

    def run(app):  # gunicorn would fork its workers here
        seen["frozen"] = gc.get_freeze_count()
        seen["config"] = dict(app.config)

    monkeypatch.setattr(BaseApplication, "run", run)
    monkeypatch.setattr(server, "warm_extractor", lambda: seen.setdefault("warmed", gc.get_freeze_count()))
    try:
        assert gc.get_freeze_count() == 0
        server.run_production(server.ServerOptions(addr="127.0.0.1", port=8999, workers=2))
        assert seen["warmed"] == 0  # frozen after the extractor's tables were loaded, not before
        assert seen["frozen"] > 1000 and seen["config"]["preload_app"] is True
    finally:
        gc.unfreeze()
    assert gc.get_freeze_count() == 0


def test_a_full_collection_after_the_freeze_leaves_the_frozen_objects_alone():
    kept = [[i] for i in range(20_000)]  # tracked containers, like the loaded tables
    try:
        server.freeze_heap()
        frozen = gc.get_freeze_count()
        assert frozen >= 20_000
        gc.collect()
        # none released (another test's thread may freeze more meanwhile: the count can only grow)
        assert gc.get_freeze_count() >= frozen and not any(gc.is_finalized(k) for k in kept[:10])
    finally:
        gc.unfreeze()
