"""`dossierwijs brief` against a real vault in its own process, as a script would use it."""

from __future__ import annotations

import email
import email.policy

import pymupdf
import pytest

from tests.vault.scripted import cli, python

ADDRESS = "Lijsterbeslaan 14, 3581 AB Utrecht"


def init(tmp_path):
    data = tmp_path / "data"
    cli(
        data,
        "init",
        "--kind",
        "Sanne Canarisvogel",
        "--geboortedatum",
        "2013-04-12",
        "--school",
        "OSG De Klimop",
        "--ouder",
        "Eva Canarisvogel",
        "--ouder",
        "Joost Canarisvogel",
    )
    return data


def text_of(path) -> str:
    with pymupdf.open(path) as doc:
        return " ".join(" ".join(page.get_text() for page in doc).split())


@pytest.mark.slow
def test_brief_inzage_writes_the_pdf_and_keeps_it_in_the_dossier(tmp_path):
    data = init(tmp_path)
    out = tmp_path / "inzage.pdf"
    missing = cli(
        data,
        "brief",
        "inzage",
        "--school",
        "OSG De Klimop",
        "--format",
        "pdf",
        "--out",
        str(out),
        check=False,
    )
    assert missing.returncode == 2
    assert "Uw adres (straat en huisnummer, postcode, plaats)" in missing.stderr
    assert not out.exists()

    result = cli(
        data,
        "brief",
        "inzage",
        "--school",
        "OSG De Klimop",
        "--tone",
        "zakelijk",
        "--format",
        "pdf",
        "--out",
        str(out),
        "--adres",
        ADDRESS,
        "--veld",
        "pupil_system=Magister",
        "--veld",
        "checklist=leerlingvolgsysteem,emails",
    )
    assert "Inzageverzoek aan OSG De Klimop" in result.stdout
    text = text_of(out)
    assert "artikel 15 van de Algemene verordening gegevensbescherming" in text
    # Joost was only typed in at init: he never signs before he joins and says he has gezag
    assert "Ik, Eva Canarisvogel, ben ouder met gezag" in text and "Joost" not in text
    assert "(Magister)" in text and "Lijsterbeslaan 14" in text
    stored = python(
        data,
        """
        from dossierwijs.letters.models import Letter
        from dossierwijs.addressbook.models import Organisation
        letter = Letter.objects.get()
        print(letter.document.doc_type, letter.kind, Organisation.objects.get().kind)
        """,
    )
    assert stored.split() == ["brief", "inzage", "school"]


@pytest.mark.slow
def test_brief_other_kinds_and_eml_with_the_organisations_address(tmp_path):
    data = init(tmp_path)
    out = tmp_path / "bezwaar.eml"
    no_mail = cli(
        data,
        "brief",
        "bezwaar",
        "--organisatie",
        "GGD Utrecht",
        "--format",
        "eml",
        "--out",
        str(out),
        "--adres",
        ADDRESS,
        "--veld",
        "processing=het delen met de wijkagent",
        "--veld",
        "situation=Het maakt haar bang.",
        check=False,
    )
    assert no_mail.returncode == 2 and "E-mailadres van de organisatie" in no_mail.stderr
    cli(
        data,
        "brief",
        "bezwaar",
        "--organisatie",
        "GGD Utrecht",
        "--format",
        "eml",
        "--organisatie-email",
        "privacy@ggd.example",
        "--out",
        str(out),
        "--adres",
        ADDRESS,
        "--tone",
        "stellig",
        "--veld",
        "processing=het delen met de wijkagent",
        "--veld",
        "situation=Het maakt haar bang.",
    )
    message = email.message_from_bytes(out.read_bytes(), policy=email.policy.default)
    assert message["To"] == "privacy@ggd.example"
    assert "artikel 21" in message.get_body().get_content()


@pytest.mark.slow
def test_brief_names_unknown_fields_and_missing_ones(tmp_path):
    data = init(tmp_path)
    out = tmp_path / "x.pdf"
    unknown = cli(
        data,
        "brief",
        "inzage",
        "--school",
        "X",
        "--out",
        str(out),
        "--veld",
        "onzin=1",
        check=False,
    )
    assert unknown.returncode == 2 and "Onbekend veld 'onzin'" in unknown.stderr
    missing = cli(
        data,
        "brief",
        "correctie",
        "--school",
        "X",
        "--out",
        str(out),
        "--adres",
        ADDRESS,
        check=False,
    )
    assert missing.returncode == 2
    assert "Welke tekst of welk gegeven klopt niet" in missing.stderr
    bad_kind = cli(data, "brief", "onbekend", "--school", "X", "--out", str(out), check=False)
    assert bad_kind.returncode == 2 and "inzage" in bad_kind.stderr


def test_brief_velden_lists_the_fields_without_a_vault(tmp_path):
    result = cli(tmp_path / "geen-kluis", "brief", "verwijdering", "--velden")
    assert "items: Welke documenten of gegevens moeten weg" in result.stdout
    assert "niet_meer_nodig:" in result.stdout
    assert not (tmp_path / "geen-kluis").exists()
