"""A background recomputation of the ranking that fails says so in the error log and keeps the table it had."""
from __future__ import annotations

import datetime as dt
import logging
import threading

import pytest


def _join_refreshers() -> None:
    for t in threading.enumerate():
        if t.name == "ranking-refresh":
            t.join(10)


@pytest.mark.django_db(transaction=True)
def test_a_failing_refresh_thread_logs_its_traceback_and_keeps_the_old_table(monkeypatch, caplog):
    from taizhang.supervision import ranking_cache, reporting
    ranking_cache.clear()
    today = dt.date(2026, 5, 20)
    monkeypatch.setattr(reporting, "monthly_ranking", lambda *a, **k: "旧排名表")
    assert ranking_cache.monthly_ranking(2026, 5, "unit", today) == "旧排名表"

    def broken(*a, **k):
        raise RuntimeError("数据库连接中断")
    monkeypatch.setattr(reporting, "monthly_ranking", broken)
    monkeypatch.setattr(ranking_cache, "TTL", 0.0)
    with caplog.at_level(logging.ERROR, logger="taizhang.supervision.ranking_cache"):
        assert ranking_cache.monthly_ranking(2026, 5, "unit", today) == "旧排名表"
        _join_refreshers()
    failed = [r for r in caplog.records if r.name == "taizhang.supervision.ranking_cache"]
    assert len(failed) == 1 and failed[0].levelno == logging.ERROR
    assert failed[0].exc_info and "数据库连接中断" in str(failed[0].exc_info[1])
    base = (2026, 5, "unit", today, ranking_cache._database())
    assert base not in ranking_cache._computing  # a later request may try again
    monkeypatch.setattr(ranking_cache, "TTL", 3600.0)
    assert ranking_cache.monthly_ranking(2026, 5, "unit", today) == "旧排名表"
    ranking_cache.clear()


def test_a_request_computing_the_ranking_itself_fails_with_it(db, monkeypatch):
    from taizhang.supervision import ranking_cache, reporting
    ranking_cache.clear()

    def broken(*a, **k):
        raise RuntimeError("数据库连接中断")
    monkeypatch.setattr(reporting, "monthly_ranking", broken)
    with pytest.raises(RuntimeError):
        ranking_cache.monthly_ranking(2026, 5, "unit", dt.date(2026, 5, 20))
    ranking_cache.clear()
