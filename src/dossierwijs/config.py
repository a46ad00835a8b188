"""Where data lives and which database to use, read from the environment once."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse


def data_dir() -> Path:
    """The one folder that holds a family's data (DOSSIERWIJS_DATA_DIR overrides)."""
    configured = os.environ.get("DOSSIERWIJS_DATA_DIR")
    if configured:
        return Path(configured).expanduser().resolve()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "dossierwijs"


def database_url() -> str | None:
    return os.environ.get("DATABASE_URL") or None


def is_hosted() -> bool:
    url = database_url()
    return bool(url and url.startswith(("postgres://", "postgresql://")))


def postgres_settings(url: str) -> dict:
    parsed = urlparse(url)
    query = parse_qs(parsed.query)
    host = query.get("host", [unquote(parsed.hostname or "")])[0]
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parsed.path.lstrip("/")) or "dossierwijs",
        "USER": unquote(parsed.username or ""),
        "PASSWORD": unquote(parsed.password or ""),
        "HOST": host,
        "PORT": str(parsed.port or ""),
        "CONN_MAX_AGE": 60,
    }


def env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "ja", "on"}
