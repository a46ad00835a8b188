"""Full-text search: SQLite FTS5 in the embedded default, PostgreSQL ('dutch') when hosted.

Both match on word prefixes, so "verslag" finds "verslagen", and return a snippet with
the matches marked. One row per document: title, organisation, description, tags and
the text of its current version.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .models import Document

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
                    tokenize = "unicode61 remove_diacritics 2",
                    prefix = '2 3 4 5 6'
                )
                """
            )
            # Title matches weigh five times a match in the text (rank = bm25 with weights).
            cursor.execute(
                "INSERT INTO dossier_fts(dossier_fts, rank) VALUES ('rank', 'bm25(0.0, 0.0, 5.0, 1.0)')"
            )


def drop_index(schema_editor=None) -> None:
    conn = schema_editor.connection if schema_editor else connection
    with conn.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS dossier_fts")


def index_document(document, *, fresh: bool = False) -> None:
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
    if not fresh:
        remove_document(document.pk)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "INSERT INTO dossier_fts (document_id, vault_id, title, body) "
                "VALUES (%s, %s, %s, %s)",
                [str(document.pk), str(document.vault_id), document.title, body],
            )
        else:
            cursor.execute(
                "INSERT INTO dossier_fts (rowid, document_id, vault_id, title, body) "
                "VALUES (%s, %s, %s, %s, %s)",
                [
                    _rowid(document.pk),
                    str(document.pk),
                    str(document.vault_id),
                    document.title,
                    body,
                ],
            )


def _rowid(document_id) -> int:
    # FTS5 finds rows fast only by rowid: derive a stable 60-bit one from the UUID.
    return int(uuid.UUID(str(document_id)).hex[:15], 16)


def remove_document(document_id) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DELETE FROM dossier_fts WHERE document_id = %s", [str(document_id)])
        else:
            cursor.execute("DELETE FROM dossier_fts WHERE rowid = %s", [_rowid(document_id)])


def indexed_count(vault_id) -> int:
    """How many documents of this vault the search index holds."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM dossier_fts WHERE vault_id = %s", [str(vault_id)])
        return cursor.fetchone()[0]


def needs_rebuild(vault) -> bool:
    """The index disagrees with the documents (after a restore by an older version, say)."""
    return indexed_count(vault.pk) != Document.objects.filter(vault=vault).count()


def rebuild(vault) -> int:
    """Index every document of the vault again, in one transaction; returns the count."""
    count = 0
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM dossier_fts WHERE vault_id = %s", [str(vault.pk)])
        for document in Document.objects.filter(vault=vault).iterator(chunk_size=200):
            index_document(document, fresh=True)
            count += 1
    return count


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
                SELECT best.document_id, ts_headline('dutch', best.body, best.q,
                    'StartSel={OPEN}, StopSel={CLOSE}, MaxWords=24, MinWords=10, MaxFragments=2'),
                    best.rank
                FROM (
                    SELECT document_id, body, q, ts_rank(tsv, q) AS rank
                    FROM dossier_fts, to_tsquery('dutch', %s) q
                    WHERE vault_id = %s AND tsv @@ q
                    ORDER BY rank DESC LIMIT %s
                ) best
                ORDER BY best.rank DESC
                """,  # noqa: S608 - markers are constants, values are parameters
                [tsquery, str(vault_id), limit],
            )
        else:
            match = " AND ".join(f'"{w}"*' for w in words)
            # FTS5 hands rows over in rank order itself, so LIMIT stops the scan and
            # snippet() runs only for the rows returned: one query, as fast as a bare one.
            cursor.execute(
                f"""
                SELECT document_id, snippet(dossier_fts, 3, '{OPEN}', '{CLOSE}', '…', 16), rank
                FROM dossier_fts WHERE dossier_fts MATCH %s AND vault_id = %s
                ORDER BY rank LIMIT %s
                """,  # noqa: S608 - markers are constants, values are parameters
                [match, str(vault_id), limit],
            )
        rows = cursor.fetchall()
    return [Hit(str(doc_id), _snippet_html(snippet), float(rank)) for doc_id, snippet, rank in rows]
