"""Crosses that are no yes ticked in advance (AVG art. 4 lid 11; overweging 32): the
attachments the sender ticked under "Bijgevoegde stukken", and the mark shown in an
instruction ("Zet per regel een / [x] in het hokje van uw keuze", "Markeer (•) bij uw
keuze"). Found on spent sealed forms; with the neighbour that is a yes set in advance."""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.form import Form

_ASK = (
    "Beste ouders,\n\n"
    "Wij vragen een TLV aan bij Samenwerkingsverband Oost, zodat Daan naar het SBO kan.\n"
    "{block}\n\n"
    "De commissie mag het OPP van Daan lezen. [ ] ja [ ] nee\n"
    "Handtekening ouder: ______________\n"
)


@pytest.mark.parametrize(
    "block",
    [
        "2. Bijgevoegde stukken\n[x] groeidocument\n[x] OPP met evaluaties",
        "Zet per regel een\n[x] in het hokje van uw keuze.",
        "Hieronder vragen wij per onderdeel uw akkoord. Markeer (•) bij uw keuze.",
    ],
)
def test_a_mark_that_is_no_consent_leaves_the_choice_active(block):
    assert judge_ondubbelzinnig(Form(_ASK.format(block=block))).oordeel == "ok"


def test_a_consent_box_ticked_in_advance_stays_a_defect():
    block = "Toestemming\n[x] De commissie mag ook het verslag van de psycholoog lezen."
    assert judge_ondubbelzinnig(Form(_ASK.format(block=block))).oordeel == "gebrek"
