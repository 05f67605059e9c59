"""A small world for the supervision tests: a unit tree, one user per role, items of two units."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

PASSWORD = "pw-for-tests-123"


def make_world():
    from django.contrib.auth import get_user_model

    from taizhang.supervision.models import Item, Membership, Milestone, Role, Status, Unit
    from django.utils import timezone

    User = get_user_model()
    city_a = Unit.objects.create(name="市发展改革局", kind=Unit.Kind.DEPARTMENT, order=1)
    city_b = Unit.objects.create(name="市住房城乡建设局", kind=Unit.Kind.DEPARTMENT, order=2)
    county = Unit.objects.create(name="东城区", kind=Unit.Kind.COUNTY, order=3)
    town = Unit.objects.create(name="东城区河口镇", kind=Unit.Kind.TOWN, parent=county, order=4)

    def user(name, role, unit):
        u = User.objects.create_user(name, password=PASSWORD)
        Membership.objects.create(user=u, role=role, unit=unit)
        return u

    w = SimpleNamespace(unit_a=city_a, unit_b=city_b, county=county, town=town)
    w.admin = user("admin1", Role.ADMIN, None)
    w.supervisor = user("sup1", Role.SUPERVISOR, None)
    w.leader = user("lead1", Role.LEADER, None)
    w.reporter_a = user("rep_a", Role.LIAISON, city_a)
    w.reporter_b = user("rep_b", Role.LIAISON, city_b)
    w.viewer_a = user("view_a", Role.VIEWER, city_a)
    w.nobody = User.objects.create_user("nobody", password=PASSWORD)
    today = timezone.localdate()
    now = timezone.now()
    w.item_a = Item.objects.create(code="T-001", title="推进产业园区标准厂房建设", lead_unit=city_a,
                                   deadline=today + dt.timedelta(days=60), status=Status.ACCEPTED, assigned_at=now,
                                   source_text="自拟测试文件:第二部分第3句", responsible_leader="张副市长")
    w.item_a.co_units.add(town)
    Milestone.objects.create(item=w.item_a, due=today - dt.timedelta(days=5), expected_progress=30)
    w.item_b = Item.objects.create(code="T-002", title="完成老旧小区改造", lead_unit=city_b,
                                   deadline=today - dt.timedelta(days=3), status=Status.IN_PROGRESS, assigned_at=now,
                                   source_text="自拟测试会议纪要")
    w.users = {"admin": w.admin, "supervisor": w.supervisor, "leader": w.leader, "reporter_a": w.reporter_a,
               "reporter_b": w.reporter_b, "viewer_a": w.viewer_a, "nobody": w.nobody}
    return w


def make_supervisor(username: str = "ducha_test"):
    """A 督查人员 account without a unit (reads the whole ledger, reviews, makes items)."""
    from django.contrib.auth import get_user_model

    from taizhang.supervision.models import Membership, Role
    u = get_user_model().objects.create_user(username, password=PASSWORD)
    Membership.objects.create(user=u, role=Role.SUPERVISOR)
    return u


@pytest.fixture
def supervisor(db):
    return make_supervisor()


@pytest.fixture(autouse=True)
def fast_hasher(settings):
    """PBKDF2 at production strength costs ~0.5 s per user; the tests make many users."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(db):
    return make_world()


@pytest.fixture
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def browser():
    """Chromium for one test, started after the test's world is made (its fixtures ask for ``live_server`` and
    make their rows before they ask for this): once Playwright's event loop runs, Django would hand this thread a
    different (context-local) connection, left open when the test database is dropped."""
    from browsing import chromium
    with chromium() as b:
        yield b


def login(client, user):
    client.force_login(user)
    return client
