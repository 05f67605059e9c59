"""Fixtures of the extraction tests."""
from __future__ import annotations

import pytest


@pytest.fixture
def broken_gazetteer(monkeypatch):
    """``broken_gazetteer(exc)`` makes the gazetteer raise ``exc`` (the projects stage's cached one is dropped
    before and after)."""
    from taizhang.extract import projects, regions

    def use(exc: BaseException):
        def fail():
            raise exc
        monkeypatch.setattr(regions, "gazetteer", fail)
        projects._gaz.cache_clear()
    yield use
    projects._gaz.cache_clear()
