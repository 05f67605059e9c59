"""Ledger test fixtures: the fake extractor, a logged-in client, and a small three-document ledger."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import texts  # noqa: E402

FAKE = "fakeextract.extract_file"


@pytest.fixture(autouse=True)
def _fake_extractor(settings):
    settings.TAIZHANG_EXTRACTOR = FAKE
    settings.STORAGES = {"staticfiles": {"backend": "django.contrib.staticfiles.storage.StaticFilesStorage"}}


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("reviewer", password="pw-for-tests-1")


@pytest.fixture
def client_in(client, user):
    client.force_login(user)
    return client


def ingest_text(name: str, text: str, user=None):
    from taizhang.ledger import ingest
    return ingest.ingest_bytes(name, text.encode("utf-8"), user=user)


@pytest.fixture
def ledger(db):
    """Three documents ingested in order; returns their IngestResults by short name."""
    return {"r23": ingest_text("r23.txt", texts.REPORT_2023), "m23": ingest_text("m23.txt", texts.MIDYEAR_2023),
            "r24": ingest_text("r24.txt", texts.REPORT_2024)}
