"""pytest plugin for the PostgreSQL pass of scripts/test (loaded with -p pytest_postgres_pass).

The first pass of scripts/test runs the whole suite on the embedded SQLCipher database. This
second pass repeats only the tests that touch the database, against a real PostgreSQL server
(DATABASE_URL), so hosted mode is proven without running OCR, PDF and deduce tests twice.

A test counts as touching the database when it carries the ``django_db`` or ``postgres``
marker, or requests one of pytest-django's database fixtures (directly or through another
fixture: pytest lists the whole closure in ``item.fixturenames``). ``django_db_blocker`` is
not on the list: pytest-django's autouse fixtures request it for every test.

The pass refuses to start when Django's default database is not PostgreSQL, so a settings
module that ignores DATABASE_URL cannot make this pass silently test SQLCipher twice.
"""

from __future__ import annotations

import os

import pytest

DATABASE_FIXTURES = frozenset(
    {
        "db",
        "transactional_db",
        "django_db_reset_sequences",
        "django_db_serialized_rollback",
        "django_db_setup",
        "live_server",
        "client",
        "async_client",
        "admin_client",
        "admin_user",
        "django_user_model",
    }
)


def touches_database(item: pytest.Item) -> bool:
    if item.get_closest_marker("django_db") or item.get_closest_marker("postgres"):
        return True
    return bool(DATABASE_FIXTURES.intersection(getattr(item, "fixturenames", ())))


def pytest_sessionstart(session: pytest.Session) -> None:
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        raise pytest.UsageError("PostgreSQL pass: DATABASE_URL=postgres://… is not set.")
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    if "postgresql" not in engine:
        raise pytest.UsageError(
            "PostgreSQL pass: DATABASE_URL is set, but Django's default database engine is "
            f"{engine!r}. dossierwijs/settings.py must build DATABASES['default'] from "
            "DATABASE_URL (django.db.backends.postgresql)."
        )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    selected = [item for item in items if touches_database(item)]
    deselected = [item for item in items if not touches_database(item)]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


def pytest_report_header(config: pytest.Config) -> str:
    return "dossierwijs: PostgreSQL pass, only tests that touch the database"
