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


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("reviewer", password="pw-for-tests-1")


@pytest.fixture
def client_in(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def ledger(db):
    """Three documents ingested in order; returns their IngestResults by short name."""
    return {"r23": ingest_text("r23.txt", texts.REPORT_2023), "m23": ingest_text("m23.txt", texts.MIDYEAR_2023),
            "r24": ingest_text("r24.txt", texts.REPORT_2024)}
