"""List and search pages cost the same number of queries for 10 documents as for 500.

A query per row (a document's versions, its organisation, a journal entry's member) makes a
page slower with every document a family adds; this catches it before a parent does.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

PAGES = [
    ("vault:home", {}),
    ("dossier:list", {}),
    ("dossier:list", {"q": "verslag"}),
    ("dossier:list", {"q": "verslag lezen", "doc_type": "brief"}),
    ("dossier:timeline", {}),
    ("vault:journal", {}),
    ("knowledge:deadlines", {}),
]


def _add_documents(family, count: int, start: int) -> None:
    from django.contrib.contenttypes.models import ContentType

    from dossierwijs.dossier import search
    from dossierwijs.dossier.models import Document, DocumentVersion
    from dossierwijs.vault import journal
    from dossierwijs.vault.journal_model import Action
    from dossierwijs.vault.models import BuddyGrant

    content_type = ContentType.objects.get_for_model(Document)
    with transaction.atomic():
        for number in range(start, start + count):
            document = Document.objects.create(
                vault=family.vault,
                title=f"Verslag {number}",
                doc_type="brief" if number % 2 else "gespreksverslag",
                organisation="OSG De Klimop",
                document_date=date(2024, 1, 1) + timedelta(days=number % 700),
                created_by=family.ouder,
            )
            for version in (1, 2):
                DocumentVersion.objects.create(
                    vault=family.vault,
                    document=document,
                    number=version,
                    blob_id=f"{number:064d}",
                    filename=f"verslag-{number}.pdf",
                    file_kind="pdf",
                    content_hash=f"{number}-{version}",
                    text=f"Verslag van het gesprek over lezen en rekenen, nummer {number}.",
                    created_by=family.ouder,
                )
            search.index_document(document)
            journal.record(
                vault=family.vault, actor=family.ouder, action=Action.UPLOAD, obj=document
            )
            if number % 3 == 0:
                BuddyGrant.objects.create(
                    member=family.meelezer,
                    content_type=content_type,
                    object_id=str(document.pk),
                    granted_by=family.ouder,
                )


def _count(client, name: str, params: dict) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse(name), params)
    assert response.status_code == 200, (name, params, response.status_code)
    return len(queries)


@pytest.mark.slow
@pytest.mark.parametrize("persona", ["ouder", "meelezer"])
def test_list_and_search_pages_do_not_query_per_document(family, client_for, persona):
    client = client_for(persona)
    pages = PAGES if persona == "ouder" else [p for p in PAGES if p[0] == "dossier:list"]
    counts = []
    for start, count in ((0, 10), (10, 490)):
        _add_documents(family, count, start)
        for name, params in pages:  # warm caches (content types, a checked journal part)
            _count(client, name, params)
        counts.append({(name, str(params)): _count(client, name, params) for name, params in pages})
    assert counts[1] == counts[0]
