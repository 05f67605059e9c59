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
        assert gc.get_freeze_count() >= 20_000
        assert not _in_collected_generations(kept[:100])  # frozen: no collection walks them
        gc.collect()
        # still frozen and alive (the count itself may move: other tests' objects frozen with these can die or be
        # made meanwhile, by reference counting and their threads, whatever the collector does)
        assert not _in_collected_generations(kept[:100]) and not any(gc.is_finalized(k) for k in kept[:10])
    finally:
        gc.unfreeze()
    assert _in_collected_generations(kept[:100])  # unfrozen, back where collections look


def _in_collected_generations(objects: list) -> bool:
    ids = {id(o) for o in gc.get_objects()}  # generations 0-2, never the permanent one
    return any(id(o) in ids for o in objects)
