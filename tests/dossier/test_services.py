import pytest
from django.conf import settings

from dossierwijs.dossier import search, services
from dossierwijs.dossier.models import Document, DocumentType, DocumentVersion
from dossierwijs.vault.blobs import BlobStore
from dossierwijs.vault.journal_model import Action, JournalEntry
from tests.documents import docx_with_text, eml_with_attachment, pdf_with_text


def _import(family, name, data, **kwargs):
    return services.import_file(
        vault=family.vault, by=family.ouder, filename=name, data=data, **kwargs
    )


def test_a_pdf_is_stored_encrypted_indexed_and_journaled(family):
    original = pdf_with_text(
        "Psychologisch onderzoek\n\nConclusie: Sanne heeft baat bij voorspelbaarheid."
    )
    outcome = _import(family, "psychologisch-onderzoek.pdf", original)[0]
    document = outcome.document
    assert document is not None and outcome.ok
    assert document.doc_type == DocumentType.ONDERZOEKSVERSLAG
    assert document.special_category is True
    version = document.current
    raw = (settings.DATA_DIR / "blobs" / version.blob_id[:2] / version.blob_id[2:]).read_bytes()
    assert b"%PDF" not in raw
    assert BlobStore.for_data_dir(settings.DATA_DIR).get(version.blob_id) == original
    assert "voorspelbaarheid" in version.text
    assert JournalEntry.objects.filter(action=Action.UPLOAD, object_id=str(document.pk)).exists()


def test_search_matches_word_prefixes_and_marks_the_snippet(family):
    _import(family, "verslagen.txt", b"Hier staan de verslagen van de gesprekken met school.")
    hits = search.search(family.vault.pk, "verslag")
    assert len(hits) == 1
    assert "<mark>verslagen</mark>" in hits[0].snippet


def test_search_never_crosses_into_another_vault(family):
    _import(family, "a.txt", b"Logopedie verslag")
    assert search.search(family.outsider.vault.pk, "logopedie") == []


def test_the_same_file_twice_is_stored_once(family):
    data = docx_with_text("Onderwijskundig rapport", "Sanne leest graag.")
    first = _import(family, "okr.docx", data)[0]
    second = _import(family, "kopie van okr.docx", data)[0]
    assert second.document is None
    assert second.duplicate_of == first.document
    assert "staat al in het dossier" in second.warnings[0]
    assert Document.objects.filter(vault=family.vault).count() == 1


def test_an_email_brings_its_attachment_as_a_linked_document(family):
    attachment = pdf_with_text("Handelingsplan\nAfspraak: extra tijd bij toetsen.")
    outcomes = _import(
        family, "mail.eml", eml_with_attachment("Zie bijlage.", "plan.pdf", attachment)
    )
    email, attached = outcomes[0].document, outcomes[1].document
    assert email.title == "Verslag van het gesprek"
    assert attached.email == email
    assert search.search(family.vault.pk, "toetsen")[0].document_id == str(attached.pk)


def test_a_new_version_keeps_the_earlier_one(family):
    document = _import(family, "opp.txt", b"OPP versie een")[0].document
    _import(family, "opp-v2.txt", b"OPP versie twee met correctie", new_version_of=document)
    assert list(document.versions.values_list("number", flat=True)) == [2, 1]
    assert search.search(family.vault.pk, "correctie")


def test_deleting_removes_blobs_and_index_but_the_journal_keeps_only_that_it_happened(family):
    document = _import(family, "geheim.txt", b"Zeer vertrouwelijke anamnese")[0].document
    blob_id = document.current.blob_id
    services.delete_document(document=document, by=family.ouder)
    assert not BlobStore.for_data_dir(settings.DATA_DIR).exists(blob_id)
    assert search.search(family.vault.pk, "anamnese") == []
    assert not DocumentVersion.objects.filter(blob_id=blob_id).exists()
    entry = JournalEntry.objects.filter(action=Action.DELETE).get()
    assert "anamnese" not in entry.summary and "geheim" not in entry.summary


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("leeg.pdf", b"", "leeg"),
        ("kapot.pdf", b"%PDF-1.7\n1 0 obj\n<<", "beschadigd"),
        ("raar.bin", bytes(range(256)) * 4, ""),
    ],
)
def test_bad_files_get_a_dutch_message_and_change_nothing(family, name, data, message):
    before = Document.objects.count()
    outcome = _import(family, name, data)[0]
    assert not outcome.ok
    assert message in " ".join(outcome.errors).lower()
    assert Document.objects.count() == before


def test_add_document_stores_what_dossierwijs_made(family):
    document = services.add_document(
        vault=family.vault,
        by=family.ouder,
        filename="brief.pdf",
        data=pdf_with_text("Inzageverzoek aan De Klimop"),
        doc_type=DocumentType.BRIEF,
        title="Inzageverzoek De Klimop",
    )
    assert document.doc_type == DocumentType.BRIEF
    assert document.title == "Inzageverzoek De Klimop"
    assert document.origin == "eigen"
