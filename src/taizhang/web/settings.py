"""Django settings for the taizhang site: production by default, configured by environment variables.

SQLite is the embedded default (var/taizhang.sqlite3 under the working directory,
or TAIZHANG_DATA_DIR); set TAIZHANG_DB_URL=postgresql://user@host:port/name for PostgreSQL.

DEBUG is off unless TAIZHANG_DEBUG=1 (``taizhang serve --dev`` sets it): a traceback page shows the process
environment, database passwords included.  SECRET_KEY comes from TAIZHANG_SECRET_KEY, else from the file
``secret_key`` in the data directory, generated on first use with mode 0600.  TAIZHANG_HTTPS=1 (the site is
behind an HTTPS proxy that sets X-Forwarded-Proto) makes cookies Secure and turns on HSTS and the redirect.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from urllib.parse import unquote, urlparse

from csp.constants import NONCE, NONE, SELF, UNSAFE_HASHES

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("TAIZHANG_DATA_DIR", Path.cwd() / "var")).resolve()


def _flag(name: str, default: bool = False) -> bool:
    v = os.environ.get(name)
    return default if v is None or v == "" else v.strip().lower() in ("1", "true", "yes", "on")


def read_or_create_secret_key(data_dir: Path) -> str:
    """The site's signing key, made once per data directory and kept there readable by its owner only.

    Written to a temporary file and hard-linked into place, so two server processes starting together agree
    on one key and neither ever reads a half-written file.
    """
    path = data_dir / "secret_key"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        tmp = data_dir / f".secret_key.{os.getpid()}.{secrets.token_hex(4)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_urlsafe(64))
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another process won the race: use its key
        finally:
            tmp.unlink()
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)
    key = path.read_text(encoding="ascii").strip()
    if len(key) < 50:
        from django.core.exceptions import ImproperlyConfigured
        raise ImproperlyConfigured(f"{path} holds no usable key (delete it to generate a new one)")
    return key


SECRET_KEY = os.environ.get("TAIZHANG_SECRET_KEY") or read_or_create_secret_key(DATA_DIR)
DEBUG = _flag("TAIZHANG_DEBUG")
ALLOWED_HOSTS = [h.strip() for h in os.environ.get(
    "TAIZHANG_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o.strip() for o in os.environ.get("TAIZHANG_CSRF_TRUSTED_ORIGINS", "").split(",")
                        if o.strip()]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "csp",
    "taizhang.ledger",
    "taizhang.supervision",
]

MIDDLEWARE = [
    "taizhang.web.limits.RequestSizeLimitMiddleware",
    "taizhang.web.limits.QueryStringGuardMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
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
        # WAL: readers go on while one writer writes; busy_timeout: a writer waits for the lock instead of
        # failing with "database is locked".  Both set on every new connection.
        "OPTIONS": {"timeout": 30, "transaction_mode": "IMMEDIATE",
                    "init_command": "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL"},
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
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # whitenoise serves the collected files with far-future caching and gzip; no manifest, so a template never
    # fails on a file that was not collected yet (tests, --dev)
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True  # app static files are served even before `collectstatic` has run
try:
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns at every start when it is missing
except OSError:
    pass  # a read-only data directory: static files still come from the apps (finders)
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"

# Uploads: documents up to 60 MB (a 50 MB document must be accepted), evidence files limited per type in supervision.
# Files above FILE_UPLOAD_MAX_MEMORY_SIZE stream to a temporary file on disk; a request whose body is larger than
# TAIZHANG_MAX_REQUEST_BYTES is refused (413) by web/limits.py before anything of it is read.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_TEMP_DIR = os.environ.get("TAIZHANG_UPLOAD_TMP") or None
TAIZHANG_MAX_DOCUMENT_BYTES = 60 * 1024 * 1024
TAIZHANG_MAX_REQUEST_BYTES = int(os.environ.get("TAIZHANG_MAX_REQUEST_MB", "200")) * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
CSRF_FAILURE_VIEW = "taizhang.web.views.csrf_failure"  # Chinese, like the other error pages
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Behind HTTPS (TAIZHANG_HTTPS=1): cookies only over TLS, HSTS, http → https.  The proxy must set X-Forwarded-Proto.
HTTPS = _flag("TAIZHANG_HTTPS")
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = _flag("TAIZHANG_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("TAIZHANG_HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = _flag("TAIZHANG_HSTS_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = _flag("TAIZHANG_HSTS_PRELOAD", True)  # harmless until the domain is submitted
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Content-Security-Policy (django-csp): scripts from the site only, inline <script> only with the request's nonce;
# the one inline handler the pages use (select → submit) is allowed by its hash.
_AUTOSUBMIT = "'sha256-osjxnKEPL/pQJbFk1dKsF7PYFmTyMWGmVSiL9inhxJY='"  # sha256 of "this.form.submit()"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE, UNSAFE_HASHES, _AUTOSUBMIT],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# Errors go to standard error (gunicorn's error log) with their traceback, DEBUG or not: Django's default sends
# them to the console only under DEBUG and otherwise to ADMINS by mail, i.e. nowhere here.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    "loggers": {"django": {"handlers": ["stderr"], "level": os.environ.get("TAIZHANG_LOG_LEVEL", "WARNING"),
                           "propagate": False}},
}

# Who reads and changes which part of the ledger: the supervision roles and unit tree (ledger/access.py).
TAIZHANG_LEDGER_ACCESS = "taizhang.supervision.ledger_access.access_for"

# The function the ledger calls to read one file: f(path) -> taizhang.extract.Extraction.
TAIZHANG_EXTRACTOR = os.environ.get("TAIZHANG_EXTRACTOR", "taizhang.extract.extract_file")
