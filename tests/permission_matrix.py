"""What the permission matrices of the ledger and of the supervision loop share (tests/ledger/test_permissions.py,
tests/supervision/test_permissions.py): the roles of supervision/conftest.make_world, a client per role, the
status codes a role may get, and the walk over every endpoint that collects what went wrong.

A GET is ``(name, url(w), ok, hidden)``: ``ok`` the roles that read it (or a function of the world giving them),
``hidden`` the roles for which the object does not exist (404).  A POST is ``(name, url, data, ok, ...)``; the
test says which codes each role may get and what "nothing was written" means."""
from __future__ import annotations

from typing import Callable, Iterable

from django.test import Client

ROLES = ["admin", "supervisor", "leader", "reporter_a", "reporter_b", "viewer_a", "nobody", "anon"]
READ_ALL = {"admin", "supervisor", "leader"}
LOGIN = "/accounts/login/"


def client_for(w, role: str) -> Client:
    """A client logged in as the world's user of ``role`` (``anon``: not logged in)."""
    c = Client()
    if role != "anon":
        c.force_login(w.users[role])
    return c


def expected(role: str, ok: set[str], hidden: set[str] = frozenset(), *, ok_code: int = 200,
             anon_code: int = 302) -> set[int]:
    """The codes ``role`` may get: ``anon_code`` for an anonymous visitor (the login redirect, or 401 for an
    API), 403 for an account without a role, ``ok_code`` for the roles in ``ok``, 404 for those in ``hidden``,
    403 for everyone else."""
    if role == "anon":
        return {anon_code}
    if role == "nobody":
        return {403}
    if role in ok:
        return {ok_code}
    if role in hidden:
        return {404}
    return {403}


def get_failures(w, role: str, gets: Iterable, anon_code: Callable[[str], int] = lambda url: 302) -> list[str]:
    """Every GET of ``gets`` as ``role``: the answers that are not expected (a redirect must go to the login)."""
    c = client_for(w, role)
    failures = []
    for name, url, ok, hidden in gets:
        u = url(w)
        ok = ok(w) if callable(ok) else ok
        want = expected(role, ok, hidden - ok, anon_code=anon_code(u))
        r = c.get(u)
        if r.status_code not in want:
            failures.append(f"{name}: {r.status_code} (want {sorted(want)})")
        elif r.status_code == 302 and not r["Location"].startswith(LOGIN):
            failures.append(f"{name}: redirected to {r['Location']}")
    return failures


def post_failures(w, role: str, posts: Iterable[tuple], want: Callable[[str, tuple], set[int]],
                  snapshot: Callable[[], object]) -> list[str]:
    """Every POST of ``posts`` as ``role`` (each from a fresh client): an answer not in ``want(role, post)``, and a
    refused POST (role not in the post's ``ok``) after which ``snapshot()`` differs, are failures."""
    failures = []
    for post in posts:
        name, url, data, ok = post[:4]
        before = snapshot()
        r = client_for(w, role).post(url, data)
        allowed = want(role, post)
        if r.status_code not in allowed:
            failures.append(f"{name}: {r.status_code} (want {sorted(allowed)})")
        if role not in ok and snapshot() != before:
            failures.append(f"{name}: refused but wrote")
    return failures
