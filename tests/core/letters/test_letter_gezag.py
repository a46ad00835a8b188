"""Gezag in letters: nobody is said to have gezag who did not say so; 1:377c for the others."""

from __future__ import annotations

import pytest

from dossierwijs.core.letters import LetterError, input_type, write_letter
from dossierwijs.core.letters.model import TONES, Parent, normalise
from dossierwijs.core.letters.registry import KINDS
from dossierwijs.core.letters.render_docx import render_docx
from dossierwijs.core.letters.render_eml import render_eml
from dossierwijs.core.letters.render_pdf import render_pdf
from tests.core.letters.letter_extract import docx_text, eml_text, pdf_text
from tests.core.letters.letter_family import EVA, JOOST, context_for, family_context, sample_input

JOOST_ZONDER = Parent("Joost Canarisvogel", "joost@example.nl", gezag=False)
JOOST_ONBEKEND = Parent("Joost Canarisvogel", "joost@example.nl", gezag=None)
RIGHTS_KINDS = [k for k, kind in KINDS.items() if kind.rights_request and k != "machtiging"]


@pytest.mark.parametrize("kind", [*RIGHTS_KINDS, "geen_toestemming"])
@pytest.mark.parametrize("parent", [JOOST_ZONDER, JOOST_ONBEKEND], ids=["zonder", "onbekend"])
def test_a_parent_without_known_gezag_cannot_sign_a_rights_letter(kind, parent):
    ctx = family_context(signers=(parent,), other_parents=(EVA,))
    with pytest.raises(LetterError) as refused:
        write_letter(kind, sample_input(kind), ctx, "zakelijk")
    assert "1:377c" in refused.value.message


@pytest.mark.parametrize("kind", RIGHTS_KINDS)
def test_a_co_signer_without_gezag_makes_the_rights_letter_refused(kind):
    ctx = family_context(signers=(EVA, JOOST_ZONDER))
    with pytest.raises(LetterError):
        write_letter(kind, sample_input(kind), ctx, "zakelijk")


def test_a_letter_signed_by_eva_alone_says_nothing_of_joost_having_gezag():
    ctx = family_context(signers=(EVA,), other_parents=())
    letter = write_letter("inzage", sample_input("inzage"), ctx, "zakelijk")
    text = letter.full_text()
    assert "Ik, Eva Canarisvogel, ben ouder met gezag van Sanne Canarisvogel" in text
    assert "Joost" not in text


def test_a_non_rights_letter_from_a_parent_without_gezag_does_not_claim_gezag():
    ctx = family_context(signers=(JOOST_ZONDER,), other_parents=())
    letter = write_letter("verkort_verslag", sample_input("verkort_verslag"), ctx, "zakelijk")
    assert "met gezag" not in letter.full_text()
    assert "Ik, Joost Canarisvogel, ben ouder van Sanne Canarisvogel" in letter.full_text()


RENDER = {
    "pdf": lambda letter: pdf_text(render_pdf(letter)),
    "docx": lambda letter: docx_text(render_docx(letter)),
    "eml": lambda letter: eml_text(render_eml(letter)),
}


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("output", list(RENDER))
def test_the_information_request_cites_377c_its_exceptions_and_asks_for_reasons(tone, output):
    ctx = context_for("informatie")
    letter = write_letter("informatie", sample_input("informatie"), ctx, tone)
    text = normalise(RENDER[output](letter))
    assert "artikel 1:377c van het burgerlijk wetboek" in text
    assert "ouder met gezag zou worden gegeven" in text
    assert "belang van het kind zich tegen" in text
    assert "schriftelijk en met redenen" in text
    assert "ik heb geen gezag over sanne" in text
    assert "met gezag van" not in text  # never claims gezag
    assert "de uitslag van het onderzoek naar dyslexie" in text
    # guidance is for the parent: it never reaches the school
    assert "1:377b" not in text


def test_the_information_request_is_refused_to_a_parent_with_gezag_and_to_two_signers():
    data = input_type("informatie")()
    with pytest.raises(LetterError, match="inzage"):
        write_letter("informatie", data, family_context(signers=(EVA,)), "zakelijk")
    with pytest.raises(LetterError, match="Alleen ik"):
        write_letter("informatie", data, family_context(signers=(JOOST_ZONDER, EVA)), "zakelijk")


@pytest.mark.parametrize("tone", TONES)
def test_a_parent_who_does_not_know_may_ask_for_information_without_claiming_either(tone):
    ctx = family_context(signers=(JOOST_ONBEKEND,), other_parents=())
    letter = write_letter("informatie", input_type("informatie")(), ctx, tone)
    own = letter.body_text().split("Volgens dit artikel")[0]  # before the quoted rule
    assert "gezag" not in own
    assert JOOST.name in letter.signatures


@pytest.mark.parametrize("kind", ["correctie", "verwijdering", "beperking"])
@pytest.mark.parametrize("tone", TONES)
def test_the_request_to_inform_recipients_is_grammatical_in_every_tone(kind, tone):
    letter = write_letter(kind, sample_input(kind), family_context(), tone)
    text = normalise(letter.body_text())
    assert "artikel 19 avg" in text
    if tone == "vriendelijk":
        assert (
            "wilt u ook iedereen aan wie u deze gegevens hebt verstrekt hiervan op de "
            "hoogte brengen" in text
        )
        assert "op de hoogte te brengen" not in text and "ons laten weten" in text
    else:
        assert "op de hoogte te brengen" in text and "te laten weten" in text


@pytest.mark.parametrize("tone", TONES)
def test_a_form_missing_only_where_and_how_long_is_not_called_invalid(tone):
    from dossierwijs.core.letters.kinds.geen_toestemming import DEFECT_LINES

    data = input_type("geen_toestemming")(
        form="Toestemmingsformulier gegevensuitwisseling 2026-2027",
        defects=(DEFECT_LINES["opslag"] + ".", DEFECT_LINES["termijn"] + "."),
    )
    text = normalise(write_letter("geen_toestemming", data, family_context(), tone).body_text())
    assert "voldoet niet aan de eisen van de avg" not in text
    assert "dit formulier voldoet daar niet aan" not in text
    assert "artikel 13 avg" in text
    assert "waar de gegevens worden bewaard" in text and "wie er toegang" in text
    assert "toestemmingsformulier gegevensuitwisseling 2026-2027" in text
    invalid = input_type("geen_toestemming")(
        form="Algemeen formulier",
        defects=(DEFECT_LINES["doel"] + ".", DEFECT_LINES["opslag"] + "."),
    )
    text = normalise(write_letter("geen_toestemming", invalid, family_context(), tone).body_text())
    assert "dit formulier voldoet daar niet aan" in text and "artikel 13 avg" in text


def test_the_reminders_new_reply_date_is_a_working_day():
    from dataclasses import replace
    from datetime import date

    from dossierwijs.core.letters.model import dutch_date

    data = replace(sample_input("herinnering"), answer_within_days=14)
    # 11 December 2026 + 14 days = Christmas; 26 is a holiday and 27 a Sunday: Monday 28th
    ctx = family_context(date=date(2026, 12, 11))
    text = write_letter("herinnering", data, ctx, "zakelijk").body_text()
    assert dutch_date(date(2026, 12, 28)) in text
    assert dutch_date(date(2026, 12, 25)) not in text


@pytest.mark.parametrize("tone", TONES)
def test_the_one_month_term_says_when_an_extension_is_allowed(tone):
    text = normalise(
        write_letter("inzage", sample_input("inzage"), family_context(), tone).body_text()
    )
    assert "ingewikkeld" in text and "veel verzoeken" in text


@pytest.mark.parametrize("tone", TONES)
def test_the_access_request_asks_a_free_digital_copy_and_who_consulted_when(tone):
    ctx = family_context(signers=(EVA,), other_parents=())
    text = normalise(write_letter("inzage", sample_input("inzage"), ctx, tone).body_text())
    assert "digitaal, per e-mail aan eva@example.nl" in text
    assert "de eerste kopie is kosteloos" in text
    assert "alleen het dossier op school komen inzien is niet genoeg" in text
    assert "c-579/21" in text and "wanneer en waarvoor" in text


@pytest.mark.parametrize("kind", ["aanbieding", "mentor_update"])
def test_a_letter_about_a_child_of_16_carries_the_childs_agreement(kind):
    from datetime import date

    ctx = family_context(date=date(2029, 6, 1))  # Sanne is 16
    letter = write_letter(kind, sample_input(kind), ctx, "zakelijk")
    assert "Sanne is 16 jaar of ouder" in letter.body_text()
    assert "ondertekent hem mee" in letter.body_text()
    assert letter.signatures[-1] == "Sanne Canarisvogel"
    younger = write_letter(kind, sample_input(kind), family_context(), "zakelijk")
    assert "Sanne Canarisvogel" not in younger.signatures


def test_refusing_a_consent_form_for_a_child_of_16_is_the_childs_own_letter():
    from datetime import date

    ctx = family_context(date=date(2029, 6, 1))
    with pytest.raises(LetterError, match="16"):
        write_letter("geen_toestemming", sample_input("geen_toestemming"), ctx, "zakelijk")


def test_articles_18_2_21_1_and_12_4_are_stated_completely():
    restriction = write_letter("beperking", sample_input("beperking"), family_context(), "zakelijk")
    text = normalise(restriction.body_text())
    for part in ("toestemming", "rechtszaak", "rechten van een ander", "algemeen belang"):
        assert part in text
    objection = normalise(
        write_letter("bezwaar", sample_input("bezwaar"), family_context(), "zakelijk").body_text()
    )
    assert "belangen, rechten en vrijheden van sanne" in objection and "rechtszaak" in objection
    firm = normalise(
        write_letter(
            "correctie", sample_input("correctie"), family_context(), "stellig"
        ).body_text()
    )
    assert "uiterlijk binnen één maand" in firm and "beroep bij de rechter" in firm
