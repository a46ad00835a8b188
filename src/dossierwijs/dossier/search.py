"""Full-text search: SQLite FTS5 in the embedded default, PostgreSQL ('dutch') when hosted.

Both match on word prefixes, so "verslag" finds "verslagen", and return a snippet with
the matches marked. One row per document: title, organisation, description, tags and
the text of its current version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

OPEN, CLOSE = "\x02", "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    document_id: str
    snippet: SafeString
    rank: float


def create_index(schema_editor=None) -> None:
    """Create the search table for this database (called from a migration)."""
    conn = schema_editor.connection if schema_editor else connection
    with conn.cursor() as cursor:
        if conn.vendor == "postgresql":
            cursor.execute(
                """
                CREATE TABLE IF NOT EXISTS dossier_fts (
                    document_id uuid PRIMARY KEY,
                    vault_id uuid NOT NULL,
                    title text NOT NULL,
                    body text NOT NULL,
                    tsv tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('dutch', title), 'A') ||
                        to_tsvector('dutch', body)) STORED
                )
                """
            )
            cursor.execute(
                "CREATE INDEX IF NOT EXISTS dossier_fts_tsv ON dossier_fts USING gin(tsv)"
            )
            cursor.execute("CREATE INDEX IF NOT EXISTS dossier_fts_vault ON dossier_fts (vault_id)")
        else:
            cursor.execute(
                """
                CREATE VIRTUAL TABLE IF NOT EXISTS dossier_fts USING fts5(
                    document_id UNINDEXED, vault_id UNINDEXED, title, body,
                    tokenize = "unicode61 remove_diacritics 2"
                )
                """
            )


def drop_index(schema_editor=None) -> None:
    conn = schema_editor.connection if schema_editor else connection
    with conn.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS dossier_fts")


def index_document(document) -> None:
    version = document.current
    body = "\n".join(
        part
        for part in (
            document.organisation,
            document.author,
            document.description,
            document.tags,
            version.text if version else "",
        )
        if part
    )
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM dossier_fts WHERE document_id = %s", [str(document.pk)])
        cursor.execute(
            "INSERT INTO dossier_fts (document_id, vault_id, title, body) VALUES (%s, %s, %s, %s)",
            [str(document.pk), str(document.vault_id), document.title, body],
        )


def remove_document(document_id) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM dossier_fts WHERE document_id = %s", [str(document_id)])


def terms(query: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(query)][:12]


def _snippet_html(raw: str) -> SafeString:
    text = escape(raw or "")
    return mark_safe(text.replace(OPEN, "<mark>").replace(CLOSE, "</mark>"))  # noqa: S308


def search(vault_id, query: str, limit: int = 200) -> list[Hit]:
    words = terms(query)
    if not words:
        return []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            tsquery = " & ".join(f"{w}:*" for w in words)
            cursor.execute(
                f"""
                SELECT document_id, ts_headline('dutch', body, q,
                    'StartSel={OPEN}, StopSel={CLOSE}, MaxWords=24, MinWords=10, MaxFragments=2'),
                    ts_rank(tsv, q) AS rank
                FROM dossier_fts, to_tsquery('dutch', %s) q
                WHERE vault_id = %s AND tsv @@ q
                ORDER BY rank DESC LIMIT %s
                """,  # noqa: S608 - markers are constants, values are parameters
                [tsquery, str(vault_id), limit],
            )
        else:
            match = " AND ".join(f'"{w}"*' for w in words)
            cursor.execute(
                f"""
                SELECT document_id, snippet(dossier_fts, 3, '{OPEN}', '{CLOSE}', '…', 16),
                    bm25(dossier_fts, 0, 0, 5.0, 1.0) AS rank
                FROM dossier_fts
                WHERE dossier_fts MATCH %s AND vault_id = %s
                ORDER BY rank LIMIT %s
                """,  # noqa: S608 - markers are constants, values are parameters
                [match, str(vault_id), limit],
            )
        rows = cursor.fetchall()
    return [Hit(str(doc_id), _snippet_html(snippet), float(rank)) for doc_id, snippet, rank in rows]
