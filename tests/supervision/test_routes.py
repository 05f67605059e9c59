"""Every page function of the supervision app is reachable by a URL: a view left behind when its URL moved
(an old import page beside the new one) is dead code that still looks maintained."""
from __future__ import annotations

import inspect

from django.urls import URLPattern, URLResolver, get_resolver


def _callbacks(patterns) -> set:
    out = set()
    for p in patterns:
        if isinstance(p, URLResolver):
            out |= _callbacks(p.url_patterns)
        elif isinstance(p, URLPattern):
            out.add(p.callback)
    return out


def test_every_supervision_view_has_a_url():
    from taizhang.supervision import import_views, intake_views, views
    routed = _callbacks(get_resolver().url_patterns)
    unrouted = []
    for module in (views, intake_views, import_views):
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            # a page function is one wrapped by the access decorators (member_required / manager_required)
            if fn.__module__ == module.__name__ and hasattr(fn, "__wrapped__") and fn not in routed:
                unrouted.append(f"{module.__name__}.{name}")
    assert unrouted == []
    assert get_resolver().resolve("/supervision/excel/import/").func is import_views.excel_import
