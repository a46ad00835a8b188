"""A family with what letters need: birth date, the parents' address and e-mail, the school."""

from __future__ import annotations

import io
from datetime import date

import pytest


@pytest.fixture
def letter_family(family):
    vault = family.vault
    vault.child_birth_date = date(2013, 4, 12)
    vault.save()
    family.ouder.postal_address = "Lijsterbeslaan 14\n3581 AB Utrecht"
    family.ouder.email = "eva@example.nl"
    family.ouder.save()
    family.mede_ouder.email = "joost@example.nl"
    family.mede_ouder.save()
    return family


@pytest.fixture
def school(letter_family):
    from dossierwijs.sharing.models import Contact, Organisation

    org = Organisation.objects.create(
        vault=letter_family.vault,
        name="OSG De Klimop",
        kind="school",
        address="Schoolpad 3, 3512 KL Utrecht",
        email="administratie@klimop.example",
    )
    Contact.objects.create(
        vault=letter_family.vault, organisation=org, name="Marieke de Vries", role="mentor"
    )
    return org


def pdf_text(data: bytes) -> str:
    import pymupdf

    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return "\n".join(page.get_text() for page in doc)


def docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in document.paragraphs)
