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
    # Not more with 500 documents than with 10. Fewer is allowed: the Logboek asks each app
    # once per kind of object on its first page, and 490 newer uploads push the family's
    # other kinds (an organisation, a member) off that page.
    grown = {page: (counts[0][page], n) for page, n in counts[1].items() if n > counts[0][page]}
    assert not grown, grown


def _journal_every_kind(family, count: int, start: int) -> None:
    """Journal entries about each kind of object the apps name in the Logboek."""
    from dossierwijs.addressbook.models import Organisation
    from dossierwijs.consent.models import Consent, FormCheck
    from dossierwijs.letters.models import Letter
    from dossierwijs.meetings import services as meetings
    from dossierwijs.meetings.models import Recording, RecordingNote, SchoolReportCheck
    from dossierwijs.rights.models import RightsRequest
    from dossierwijs.sharing.models import ShareEvent
    from dossierwijs.vault import journal
    from dossierwijs.vault.journal_model import Action

    vault, by = family.vault, family.ouder
    with transaction.atomic():
        for number in range(start, start + count):
            org = Organisation.objects.create(vault=vault, name=f"School {number}", kind="school")
            meeting = meetings.create_meeting(
                vault=vault, by=by, title=f"Gesprek {number}", held_on=date(2026, 3, 12)
            )
            participant = meetings.add_participant(meeting=meeting, by=by, organisation=org)
            recording = Recording.objects.create(
                vault=vault, meeting=meeting, filename="a.wav", mime_type="audio/wav", size=1
            )
            made = [
                org,
                participant,
                meeting.own_report,
                SchoolReportCheck.objects.create(vault=vault, meeting=meeting, school_text="x"),
                recording,
                RecordingNote.objects.create(
                    vault=vault, recording=recording, at_seconds=1, text="x"
                ),
                Letter.objects.create(vault=vault, kind="inzage", tone="zakelijk", title="B"),
                RightsRequest.objects.create(vault=vault, kind="inzage", organisation=org),
                Consent.objects.create(vault=vault, from_organisation=org, purpose="p", data="d"),
                FormCheck.objects.create(vault=vault, title="Formulier"),
                ShareEvent.objects.create(
                    vault=vault, organisation=org, purpose="p", shared_on=date(2026, 3, 12)
                ),
            ]
            for obj in made:
                journal.record(vault=vault, actor=by, action=Action.EDIT, obj=obj)


@pytest.mark.slow
def test_the_logboek_names_objects_without_a_query_per_entry(family, client_for):
    client = client_for("ouder")
    counts = []
    for start, count in ((0, 1), (1, 4)):  # 11 then 55 entries: the page shows the newest 50
        _journal_every_kind(family, count, start)
        _count(client, "vault:journal", {})  # warm caches
        counts.append(_count(client, "vault:journal", {}))
    assert counts[1] == counts[0]
