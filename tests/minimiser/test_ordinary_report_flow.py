"""The ordinary report through the web steps with every default: "voor school", all
proposals as proposed, Maken. The stored copy keeps the child's name and every kept word as
text, and holds nothing of the psychologist."""

from __future__ import annotations

import pymupdf
import pytest
from django.conf import settings
from django.urls import reverse

from dossierwijs.core.minimiser.words import is_common_word, is_function_word
from dossierwijs.dossier.models import Document
from dossierwijs.minimiser.models import AbridgeDraft
from dossierwijs.vault.blobs import BlobStore
from tests.core.minimiser.ordinary_report import (
    PRACTITIONER_DATA,
    build_ordinary_report,
    kept_words,
    words_of,
)
from tests.core.minimiser.test_redact import occurs_anywhere
from tests.minimiser.factories import report_document

pytestmark = pytest.mark.slow  # deduce, and the copy is made twice


def test_defaults_keep_the_child_and_every_kept_word_and_remove_the_practitioner(family, ouder):
    report = report_document(family, build_ordinary_report(), filename="verslag-klimop.pdf")
    start = reverse("minimiser:new", args=[report.pk])
    ouder.post(start, {"preset": "school"})
    draft = AbridgeDraft.objects.get(document=report)
    titles = [s["title"] for s in draft.layout["sections"]]
    keep = [str(titles.index(t)) for t in draft.keep_sections]
    assert sorted(draft.keep_sections) == ["Advies", "Conclusie"]
    assert ouder.post(start, {"keep": keep}).status_code == 302
    draft.refresh_from_db()

    proposed = {p["tekst"]: p for p in draft.proposals}
    assert "Sanne" in proposed and proposed["Sanne"]["child"]  # shown, but it stays
    for text, proposal in proposed.items():
        words = text.split()
        assert not (len(words) == 1 and is_function_word(words[0])), text
        if proposal["soort"] in ("persoon", "school", "instelling"):
            assert not (len(words) == 1 and is_common_word(words[0])), text
    assert not {"De", "Geef", "Geef Sanne", "Laat Sanne", "Klimop"} & set(proposed)

    # Verder with what is ticked by default (the page's own form values).
    accepted = [
        str(i) for i, p in enumerate(draft.proposals) if p["tekst"] in draft.accepted_findings
    ]
    details = reverse("minimiser:details", args=[draft.pk])
    ouder.post(details, {"accept": accepted, "include_cover_page": "1", "action": "preview"})
    response = ouder.post(reverse("minimiser:make", args=[draft.pk]))
    assert response.status_code == 302, response.content.decode()[:3000]

    copy = Document.objects.get(derived_from=report)
    data = BlobStore.for_data_dir(settings.DATA_DIR).get(copy.current.blob_id)
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        text = "\n".join(page.get_text() for page in pdf)
    copy_words = words_of(text)
    assert [w for w in kept_words() if w not in copy_words] == []
    assert "Geef Sanne een rustige werkplek" in text and "Sanne's motivatie" in text
    for secret in PRACTITIONER_DATA:
        assert occurs_anywhere(data, secret) == [], secret
