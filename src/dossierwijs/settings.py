"""One settings file. Local mode (SQLCipher) by default; DATABASE_URL selects hosted mode."""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from dossierwijs import config

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = config.data_dir()
HOSTED = config.is_hosted()

# Local mode: a fresh random key per process. Nothing signed survives a restart,
# and nothing needs to: after a restart the vault is locked and everyone logs in.
SECRET_KEY = os.environ.get("DOSSIERWIJS_SECRET_KEY") or secrets.token_urlsafe(50)
DEBUG = config.env_bool("DOSSIERWIJS_DEBUG", False)
ALLOWED_HOSTS = os.environ.get("DOSSIERWIJS_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "dossierwijs.vault",
    "dossierwijs.knowledge",
    "dossierwijs.dossier",
    "dossierwijs.addressbook",
    "dossierwijs.sharing",
    "dossierwijs.letters",
    "dossierwijs.rights",
    "dossierwijs.consent",
    "dossierwijs.minimiser",
    "dossierwijs.meetings",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "dossierwijs.vault.middleware.content_security_policy",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "dossierwijs.vault.middleware.vault_lock",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "dossierwijs.vault.middleware.recovery_gate",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "dossierwijs.urls"
WSGI_APPLICATION = "dossierwijs.wsgi.application"

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
                "dossierwijs.vault.context.vault_context",
            ],
        },
    },
]

if HOSTED:
    DATABASES = {"default": config.postgres_settings(config.database_url() or "")}
else:
    DATABASES = {
        "default": {
            "ENGINE": "dossierwijs.vault.sqlcipher_backend",
            "NAME": str(DATA_DIR / "vault.db"),
            "OPTIONS": {
                # Several tabs and a background import at once: with write-ahead logging
                # readers never wait for a writer (SQLCipher encrypts the -wal file too);
                # a transaction that will write takes the write lock at BEGIN, so it waits
                # (up to ``timeout`` seconds) instead of failing halfway with "database is
                # locked", which a deferred transaction that reads first and then writes
                # cannot do without risking a deadlock.
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode = WAL",
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS: list = []  # passphrases are checked by the vault, not Django
LOGIN_URL = "vault:login"

SESSION_ENGINE = "dossierwijs.vault.sessions"
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = config.env_int("DOSSIERWIJS_SESSION_SECONDS", 30 * 60)
SESSION_SAVE_EVERY_REQUEST = True  # inactivity ends the session, not the clock
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Strict"
# Plain http on the loopback address in local mode; behind TLS in hosted mode.
SESSION_COOKIE_SECURE = config.env_bool("DOSSIERWIJS_HTTPS", HOSTED)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Strict"
SECURE_CONTENT_TYPE_NOSNIFF = True
# "same-origin": "no-referrer" would make browsers send "Origin: null", which CSRF refuses.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

# Uploads stay in memory up to the limit: no plaintext upload files on disk.
MAX_UPLOAD_BYTES = config.env_int("DOSSIERWIJS_MAX_UPLOAD_MB", 100) * 1024 * 1024
FILE_UPLOAD_HANDLERS = ["django.core.files.uploadhandler.MemoryFileUploadHandler"]
FILE_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_BYTES
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_BYTES + 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 200

LANGUAGE_CODE = "nl"
# Dutch only until the interface has a second catalog: with "en" offered, a browser set to
# English got Dutch pages with English dates and English form errors ("Enter a valid date.").
LANGUAGES = [("nl", _("Nederlands"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Amsterdam"
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]

# The vault locks itself after this long without a request.
LOCK_AFTER_SECONDS = config.env_int("DOSSIERWIJS_LOCK_AFTER_SECONDS", 30 * 60)
LOGIN_THROTTLE_FAILURES = 5
# Imports run in a background thread so the progress bar keeps going while the parent
# navigates; tests run them inline.
IMPORT_IN_BACKGROUND = config.env_bool("DOSSIERWIJS_IMPORT_IN_BACKGROUND", True)
# Start the personal-data detector (deduce, about 1 GB for ten minutes) right after unlocking,
# so a first abridged copy does not wait for it. DOSSIERWIJS_WARM_DETECTOR=0 turns that off:
# a small machine, or the browser tests, whose servers would each load it at every login.
# Off under pytest, where every test that logs in would start one.
DETECTOR_WARM_AFTER_UNLOCK = config.env_bool(
    "DOSSIERWIJS_WARM_DETECTOR", "pytest" not in sys.modules
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    # Requests and errors are logged without bodies; never log names or document text.
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR"}},
}
