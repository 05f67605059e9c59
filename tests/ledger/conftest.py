"""Ledger test fixtures: the fake extractor, a logged-in client, and a small three-document ledger."""
from __future__ import annotations

import pytest

from . import texts
from .texts import ingest_text

FAKE = "ledger.fakeextract.extract_file"


@pytest.fixture(autouse=True)
def _fake_extractor(settings):
    settings.TAIZHANG_EXTRACTOR = FAKE
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed only


def make_reviewer(django_user_model, username: str = "reviewer", password: str = "pw-for-tests-1"):
    """A 督查人员: reviewing, linking, merging and uploading belong to that role (see ledger/access.py)."""
    from taizhang.supervision.models import Membership, Role
    u = django_user_model.objects.create_user(username, password=password)
    Membership.objects.create(user=u, role=Role.SUPERVISOR)
    return u


@pytest.fixture
def user(django_user_model):
    return make_reviewer(django_user_model)


@pytest.fixture
def client_in(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def ledger(db):
    """Three documents ingested in order; returns their IngestResults by short name."""
    return {"r23": ingest_text("r23.txt", texts.REPORT_2023), "m23": ingest_text("m23.txt", texts.MIDYEAR_2023),
            "r24": ingest_text("r24.txt", texts.REPORT_2024)}
