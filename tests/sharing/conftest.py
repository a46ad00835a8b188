import pytest

from dossierwijs.addressbook.models import Organisation, OrganisationKind
from dossierwijs.dossier.services import import_file
from tests.documents import pdf_with_text


@pytest.fixture
def swv(family):
    return Organisation.objects.create(
        vault=family.vault,
        name="Samenwerkingsverband Passend Onderwijs Amstelland",
        kind=OrganisationKind.SAMENWERKINGSVERBAND,
        email="tlv@swv.example",
        address="Postbus 1\n1000 AA Amsterdam",
    )


@pytest.fixture
def documents(family):
    def make(name, text, **overrides):
        return import_file(
            vault=family.vault,
            by=family.ouder,
            filename=name,
            data=pdf_with_text(text),
            overrides=overrides,
        )[0].document

    report = make(
        "onderzoek.pdf",
        "Psychodiagnostisch onderzoek\nAnamnese: de scheiding.\nConclusie: ASS.",
        doc_type="onderzoeksverslag",
    )
    opp = make("opp.pdf", "Ontwikkelingsperspectiefplan\nUitstroomprofiel vmbo-tl", doc_type="opp")
    other = make("foto.pdf", "Schoolfoto bestelformulier", doc_type="overig")
    return report, opp, other
