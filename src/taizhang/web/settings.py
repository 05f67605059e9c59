"""Django settings for the taizhang site.

SQLite is the embedded default (var/taizhang.sqlite3 under the working directory,
or TAIZHANG_DATA_DIR); set TAIZHANG_DB_URL=postgresql://user@host:port/name for PostgreSQL.
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("TAIZHANG_DATA_DIR", Path.cwd() / "var")).resolve()

SECRET_KEY = os.environ.get("TAIZHANG_SECRET_KEY", "dev-only-insecure-key-change-me-in-deployment")
DEBUG = os.environ.get("TAIZHANG_DEBUG", "1") == "1"
ALLOWED_HOSTS = os.environ.get("TAIZHANG_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "taizhang.ledger",
    "taizhang.supervision",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "taizhang.web.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]
WSGI_APPLICATION = "taizhang.web.wsgi.application"


def _database() -> dict:
    url = os.environ.get("TAIZHANG_DB_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        u = urlparse(url)
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": (u.path or "/taizhang").lstrip("/") or "taizhang",
            "USER": unquote(u.username or ""),
            "PASSWORD": unquote(u.password or ""),
            "HOST": u.hostname or "",
            "PORT": str(u.port or ""),
            "CONN_MAX_AGE": 60,
        }
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("TAIZHANG_SQLITE", str(DATA_DIR / "taizhang.sqlite3")),
        "OPTIONS": {"timeout": 30, "transaction_mode": "IMMEDIATE"},
    }


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The supervision app's backend throttles failed logins per username + address before ModelBackend checks them.
AUTHENTICATION_BACKENDS = ["taizhang.supervision.auth.ThrottledModelBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"

# Uploads: documents up to 60 MB (a 50 MB document must be accepted), evidence files limited per type in supervision.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
TAIZHANG_MAX_DOCUMENT_BYTES = 60 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True

# The function the ledger calls to read one file: f(path) -> taizhang.extract.Extraction.
TAIZHANG_EXTRACTOR = os.environ.get("TAIZHANG_EXTRACTOR", "taizhang.extract.extract_file")
