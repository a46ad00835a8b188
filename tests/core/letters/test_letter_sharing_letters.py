"""Letters around sharing: abridged report, cover letter, mentor update, refusal, authorisation."""

from dataclasses import replace
from datetime import date

import pytest

from dossierwijs.core.letters.model import LetterError, Writer
from dossierwijs.core.letters.registry import write_letter
from tests.core.letters.letter_family import (
    context_for,
    family_context,
    sample_input,
    sixteen_plus_context,
)


def test_abridged_report_for_a_child_of_13_is_cosigned_by_the_child():
    letter = write_letter(
        "verkort_verslag",
        sample_input("verkort_verslag"),
        context_for("verkort_verslag"),
        "zakelijk",
    )
    assert letter.signatures[-1] == "Sanne Canarisvogel"
    assert "toestemming nodig van Sanne én van de ouders" in letter.body_text()


def test_abridged_report_for_a_child_of_11_is_signed_by_the_parents_only():
    ctx = replace(context_for("verkort_verslag"), date=date(2024, 9, 1))
    letter = write_letter("verkort_verslag", sample_input("verkort_verslag"), ctx, "zakelijk")
    assert letter.signatures == ("Eva Canarisvogel", "Joost Canarisvogel")


def test_abridged_report_from_sixteen_needs_the_young_person():
    ctx = replace(context_for("verkort_verslag"), date=date(2029, 5, 1))
    with pytest.raises(LetterError, match="zelf"):
        write_letter("verkort_verslag", sample_input("verkort_verslag"), ctx, "zakelijk")


def test_abridged_report_at_13_is_not_from_the_child_alone():
    ctx = replace(context_for("verkort_verslag"), writer=Writer.JONGERE)
    with pytest.raises(LetterError, match="ouders ondertekenen"):
        write_letter("verkort_verslag", sample_input("verkort_verslag"), ctx, "zakelijk")


def test_abridged_report_from_a_young_person_of_16_speaks_for_herself():
    ctx = replace(context_for("verkort_verslag"), date=date(2029, 5, 1), writer=Writer.JONGERE)
    letter = write_letter("verkort_verslag", sample_input("verkort_verslag"), ctx, "zakelijk")
    assert letter.signatures == ("Sanne Canarisvogel",)
    assert "Stuur de verkorte versie aan mij" in letter.body_text()


def test_cover_letter_without_files_lists_the_documents_as_attachments():
    data = replace(sample_input("aanbieding"), attachments=())
    letter = write_letter("aanbieding", data, family_context(), "zakelijk")
    assert letter.attachment_names == (
        "het ontwikkelingsperspectief",
        "de conclusie en adviezen van De Vlinderboom",
    )


def test_mentor_letter_keeps_last_year_for_comparison():
    text = write_letter(
        "mentor_update", sample_input("mentor_update"), family_context(), "vriendelijk"
    ).body_text()
    assert text.index("2026-2027") < text.index("Vorig schooljaar (2025-2026)")
    assert "een koptelefoon" in text


def test_mentor_letter_without_last_year_has_no_comparison():
    data = replace(sample_input("mentor_update"), previous=None)
    text = write_letter("mentor_update", data, family_context(), "vriendelijk").body_text()
    assert "Vorig schooljaar" not in text


def test_refusal_lists_every_defect_and_the_four_questions():
    letter = write_letter(
        "geen_toestemming", sample_input("geen_toestemming"), family_context(), "stellig"
    )
    defects = next(p for p in letter.paragraphs if "artikel 7 AVG" in p.text).items
    assert defects == sample_input("geen_toestemming").defects
    text = letter.body_text()
    for question in ("om welke gegevens", "met welke organisatie", "voor welk doel", "hoe lang"):
        assert question in text


def test_authorisation_is_signed_by_the_young_person_and_names_the_school():
    letter = write_letter(
        "machtiging",
        sample_input("machtiging"),
        sixteen_plus_context(Writer.OUDERS_MET_MACHTIGING),
        "zakelijk",
    )
    assert letter.subject == "Machtiging"
    text = letter.full_text()
    assert "Ik, Sanne Canarisvogel, geef mijn ouders Eva Canarisvogel en Joost Canarisvogel" in text
    assert "Openbare Scholengemeenschap De Klimop" in text


def test_authorisation_is_not_needed_under_sixteen():
    with pytest.raises(LetterError, match="niet nodig"):
        write_letter("machtiging", sample_input("machtiging"), family_context(), "zakelijk")


CHECK_RESULT = {
    "criteria": {
        "doel": {
            "oordeel": "gebrek",
            "uitleg": "Het doel is niet concreet. Het formulier gebruikt open woorden zoals "
            "\u201cindien nodig\u201d, \u201cvoor een goede begeleiding\u201d. Dan weet u niet ...",
            "bewijs": ["Wij wisselen gegevens uit indien nodig."],
        },
        "gegevens": {"oordeel": "ok", "uitleg": "Het formulier noemt de gegevens.", "bewijs": []},
        "intrekken": {"oordeel": "gebrek", "uitleg": "Het formulier zegt niet hoe.", "bewijs": []},
    },
    "verdict": "ongeldig",
}


def test_defects_come_from_the_checker_result_in_words_for_the_school():
    from dossierwijs.core.letters.kinds.geen_toestemming import defects_from_check

    assert defects_from_check(CHECK_RESULT) == (
        "Er staat geen concreet doel in "
        "(\u201cindien nodig\u201d, \u201cvoor een goede begeleiding\u201d).",
        "Er staat niet goed in dat de toestemming altijd kan worden ingetrokken, en hoe.",
    )


# The checker says "twijfel" where it is not sure: on forms it had not seen, such a defect
# was wrong more often than right ("not said how to withdraw": wrong in 22 of 37).
DOUBTFUL_RESULT = {
    "criteria": {
        **CHECK_RESULT["criteria"],
        "intrekken": {
            "oordeel": "gebrek",
            "uitleg": "Het formulier zegt dat u kunt intrekken, maar niet hoe. Twijfel: "
            "misschien staat het elders; vraag het na.",
            "bewijs": ["U kunt uw toestemming intrekken."],
        },
        "granulair": {
            "oordeel": "ok",
            "uitleg": "Eén uitwisseling, dus één keuze is genoeg. Twijfel: lees het zelf.",
            "bewijs": [],
        },
    },
    "verdict": "ongeldig",
}
WITHDRAW_LINE = "Er staat niet goed in dat de toestemming altijd kan worden ingetrokken, en hoe."


def test_a_doubtful_defect_stays_out_of_the_letter_unless_the_parent_confirms_it():
    from dossierwijs.core.letters.kinds.geen_toestemming import (
        defects_from_check,
        doubtful_defects,
    )

    # Only a defect is doubtful: the granulair doubt is about a criterion in order.
    assert doubtful_defects(DOUBTFUL_RESULT) == ("intrekken",)
    certain = defects_from_check(DOUBTFUL_RESULT)
    assert WITHDRAW_LINE not in certain
    assert certain == (
        "Er staat geen concreet doel in "
        "(\u201cindien nodig\u201d, \u201cvoor een goede begeleiding\u201d).",
    )
    assert defects_from_check(DOUBTFUL_RESULT, confirmed=["intrekken"]) == (*certain, WITHDRAW_LINE)
    # Confirming a defect the checker is sure of, or a criterion in order, changes nothing.
    assert defects_from_check(DOUBTFUL_RESULT, confirmed=("doel", "granulair")) == certain
    # A defect the parent judged themselves keeps no explanation of the checker's: certain.
    judged = {"criteria": {"intrekken": {"oordeel": "gebrek", "uitleg": "", "bewijs": []}}}
    assert doubtful_defects(judged) == ()
    assert defects_from_check(judged) == (WITHDRAW_LINE,)


def test_refusal_built_from_a_real_check_of_a_blanket_form():
    checker = pytest.importorskip("dossierwijs.core.consent_check.checker")
    from dossierwijs.core.letters.kinds.geen_toestemming import (
        GeenToestemmingInput,
        defects_from_check,
    )

    form = (
        "Toestemmingsformulier gegevensuitwisseling\n"
        "Ondergetekende geeft toestemming aan de school om indien nodig alle gegevens over "
        "het kind uit te wisselen met alle betrokken instanties, voor de gehele schoolperiode.\n"
        "Handtekening ouder/verzorger: ____________\n"
    )
    defects = defects_from_check(checker.check_consent_form(form).to_json())
    assert len(defects) >= 3
    data = GeenToestemmingInput(form="Toestemmingsformulier gegevensuitwisseling", defects=defects)
    letter = write_letter("geen_toestemming", data, family_context(), "vriendelijk")
    for line in defects:
        assert line in letter.body_text()


@pytest.mark.parametrize("tone", ["vriendelijk", "zakelijk", "stellig"])
@pytest.mark.parametrize("parents", [True, False], ids=["two_parents", "one_parent"])
def test_refusing_a_request_made_in_a_message_speaks_of_the_message_not_a_form(tone, parents):
    from dossierwijs.core.letters.kinds.geen_toestemming import GeenToestemmingInput

    ctx = family_context() if parents else family_context(signers=(family_context().signers[0],))
    data = GeenToestemmingInput(
        form="Bericht van Anke Smit, De Vlinderhof",
        defects=(
            "Er staat niet precies in welke gegevens of documenten worden gedeeld.",
            "Er staat geen einddatum in.",
        ),
        received_on=date(2026, 11, 30),
    )
    letter = write_letter("geen_toestemming", data, ctx, tone)
    text = letter.full_text()
    assert "het bericht van Anke Smit, De Vlinderhof" in text
    assert "uw bericht" not in text  # the message may come from someone else at the school
    assert "formulier" not in text.lower()
    assert "30 november 2026" in text
    assert "deze toestemming niet ge" in letter.body_text()


@pytest.mark.parametrize("tone", ["vriendelijk", "zakelijk", "stellig"])
def test_refusing_a_request_made_in_a_letter_speaks_of_the_letter_not_a_form(tone):
    from dossierwijs.core.letters.kinds.geen_toestemming import GeenToestemmingInput

    data = GeenToestemmingInput(
        form="Brief van Marleen de Vries, intern begeleider OBS De Wilg",
        defects=("Er kan niet per doel of per organisatie apart worden gekozen.",),
        received_on=date(2026, 3, 2),
    )
    text = write_letter("geen_toestemming", data, family_context(), tone).full_text()
    assert "de brief van Marleen de Vries, intern begeleider OBS De Wilg" in text
    assert "formulier" not in text.lower()
    assert "bericht" not in text.lower()
    assert "2 maart 2026" in text
    if tone == "vriendelijk":
        assert "OBS De Wilg, die wij op 2 maart 2026 kregen" in text


def test_a_senders_aside_is_closed_with_a_comma_when_no_date_follows():
    from dossierwijs.core.letters.kinds.geen_toestemming import GeenToestemmingInput

    data = GeenToestemmingInput(
        form="Bericht van Anke Smit, OBS De Vlinderhof", defects=("Er staat geen einddatum in.",)
    )
    body = write_letter("geen_toestemming", data, family_context(), "zakelijk").body_text()
    assert "In het bericht van Anke Smit, OBS De Vlinderhof, wordt ons" in body


def test_refusing_a_form_still_names_the_form():
    from dossierwijs.core.letters.kinds.geen_toestemming import GeenToestemmingInput

    data = GeenToestemmingInput(
        form="Berichtgeving en beeldmateriaal", defects=("Er staat geen concreet doel in.",)
    )
    letter = write_letter("geen_toestemming", data, family_context(), "zakelijk")
    assert "Het formulier 'Berichtgeving en beeldmateriaal'" in letter.body_text()
    assert "dit formulier niet tekenen" in letter.body_text()


def test_a_choice_not_active_quotes_the_forms_own_sentence_to_the_school():
    from dossierwijs.core.letters.kinds.geen_toestemming import defects_from_check

    silence = "Ontvangen wij het niet op tijd terug, dan sturen wij het dossier gewoon door."
    result = {
        "criteria": {
            "ondubbelzinnig": {
                "oordeel": "gebrek",
                "uitleg": "Niets doen of niet reageren telt volgens het formulier als toestemming.",
                "bewijs": [silence],
            },
            # Doubtful and confirmed: its evidence may be any sentence naming recipients.
            "granulair": {
                "oordeel": "gebrek",
                "uitleg": "U kunt maar één keer kiezen. Twijfel: kijk het na.",
                "bewijs": ["Wij sturen het OPP naar de nieuwe school en de GGD."],
            },
        }
    }
    assert defects_from_check(result, confirmed=["granulair"]) == (
        "Toestemming wordt aangenomen zonder actieve keuze, bijvoorbeeld door een vooraf "
        "aangekruist vakje of door niet te reageren (\u201cOntvangen wij het niet op tijd "
        "terug, dan sturen wij het dossier gewoon door\u201d).",
        "Er kan niet per doel of per organisatie apart worden gekozen.",
    )


def test_a_confirmed_doubt_that_cites_its_sentence_quotes_it_to_the_school():
    from dossierwijs.core.letters.kinds.geen_toestemming import defects_from_check

    # Longer than the short phrases an explanation quotes, so only the evidence gives it.
    condition = (
        "De aanmelding voor de zomerschool wordt pas verwerkt als bij alle vier de vragen "
        "hierboven een vinkje bij ja staat."
    )
    result = {
        "criteria": {
            "vrij": {
                "oordeel": "gebrek",
                "uitleg": f"Een zin lijkt een voorwaarde te stellen: \u201c{condition[:-1]}\u201d "
                "(AVG art. 7 lid 4). Twijfel: herkend aan de betekenis van de zin.",
                "bewijs": [condition],
            }
        }
    }
    assert defects_from_check(result) == ()
    (line,) = defects_from_check(result, confirmed=["vrij"])
    assert line.endswith(f"(\u201c{condition[:-1]}\u201d).")


def test_refusal_guidance_speaks_of_any_organisation_that_asks_not_only_a_school():
    # The refusal goes to municipalities and care providers too; the advice beside it says
    # that their legal tasks need no consent either.
    letter = write_letter(
        "geen_toestemming", sample_input("geen_toestemming"), family_context(), "zakelijk"
    )
    assert any("school, gemeente of zorgverlener" in step for step in letter.guidance)
    assert "gemeente of zorgverlener" not in letter.body_text()


def test_pictures_on_several_places_are_refused_per_place_in_the_schools_words():
    from dossierwijs.core.consent_check import checker
    from dossierwijs.core.letters.kinds.geen_toestemming import defects_from_check

    form = (
        "Beste ouders,\n\nOp de sportdag maken wij foto's. Die gebruiken we in de schoolgids, "
        "op onze website en op ons Instagram-account.\n\n[ ] ja   [ ] nee\n\n"
        "Naam ouder: ..........   Handtekening: ..........\n"
    )
    result = checker.check_consent_form(form).to_json()
    assert result["criteria"]["granulair"]["oordeel"] == "gebrek"
    (line,) = [d for d in defects_from_check(result) if "apart" in d]
    assert line.startswith("Er kan niet per plek apart worden gekozen waar foto's of filmpjes")
    assert "“schoolgids”" in line and "per doel of per organisatie" not in line


@pytest.mark.parametrize("box", ["[ ] ", "☐ ", "( ) ", "[x] "])
def test_the_tick_box_of_a_quoted_choice_line_stays_on_the_form(box):
    from dossierwijs.core.letters.kinds.geen_toestemming import defects_from_check

    line = "Ik ga akkoord met het filmen, het delen met de MR en het gebruik in de nieuwsbrief."
    result = {
        "criteria": {
            "granulair": {
                "oordeel": "gebrek",
                "uitleg": "Het formulier gaat over meer dan één organisatie of doel.",
                "bewijs": [box + line],
            }
        }
    }
    assert defects_from_check(result) == (
        "Er kan niet per doel of per organisatie apart worden gekozen (\u201c"
        + line.rstrip(".")
        + "\u201d).",
    )
