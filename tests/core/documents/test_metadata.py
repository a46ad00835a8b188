"""Suggested type, date, organisation and the special-category flag."""

from __future__ import annotations

import datetime as dt

import pytest

from dossierwijs.core.documents.incoming import EmailInfo
from dossierwijs.core.documents.metadata import (
    DOCUMENT_TYPE_LABELS,
    DocumentType,
    format_date,
    is_special_category,
    parse_dutch_dates,
    suggest_author,
    suggest_date,
    suggest_metadata,
    suggest_organisation,
    suggest_title,
    suggest_type,
)

TODAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    "written",
    ["12 april 2024", "12 apr. 2024", "12 apr 2024", "12-04-2024", "12/4/2024", "12.04.2024",
     "12-04-24", "2024-04-12", "12 APRIL 2024"],
)  # fmt: skip
def test_dutch_ways_of_writing_a_date_are_understood(written):
    assert [date for _, date in parse_dutch_dates(f"Utrecht, {written}")] == [dt.date(2024, 4, 12)]


def test_an_impossible_date_is_skipped():
    assert parse_dutch_dates("31-02-2024 en 30 februari 2024") == []


def test_a_birth_date_is_not_the_document_date():
    text = "Naam: Noor\nGeboortedatum: 03-06-2011\nVerslag van 14 maart 2024"
    assert suggest_date(text, today=TODAY) == dt.date(2024, 3, 14)


def test_a_labelled_date_wins_over_an_earlier_date():
    text = "Schooljaar gestart 1 september 2023\nBetreft: OPP\nDatum: 14 maart 2024"
    assert suggest_date(text, today=TODAY) == dt.date(2024, 3, 14)


def test_a_place_and_date_line_counts_as_labelled():
    text = "Volgende afspraak 3 juni 2024.\nAmersfoort, 16 januari 2024"
    assert suggest_date(text, today=TODAY) == dt.date(2024, 1, 16)


def test_a_date_far_in_the_future_is_not_the_document_date():
    assert suggest_date("Herziening in maart 2027: 1 maart 2027", today=TODAY) is None


def test_no_date_gives_none():
    assert suggest_date("Geen datum hier.", today=TODAY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ONDERWIJSKUNDIG RAPPORT\nSchool van herkomst: OBS De Linde", DocumentType.OKR),
        ("Ontwikkelingsperspectiefplan (OPP)\nUitstroomprofiel: vmbo-kader", DocumentType.OPP),
        ("Groeidocument groep 6\nOnderwijsbehoeften", DocumentType.OPP),
        ("PSYCHODIAGNOSTISCH ONDERZOEKSVERSLAG\nWISC-V: TIQ 104", DocumentType.ONDERZOEKSVERSLAG),
        ("EINDVERSLAG BEHANDELING\nBehandeldoelen en verloop", DocumentType.BEHANDELVERSLAG),
        ("Gespreksverslag MDO\nAanwezig:\n- moeder\nAfspraken", DocumentType.GESPREKSVERSLAG),
        ("Van: Ruben Smit\nVerzonden: 12 oktober 2023\nAan: Eva\nOnderwerp: toets",
         DocumentType.EMAIL),
        ("TOESTEMMINGSVERKLARING OUDERS\nOndergetekende geeft toestemming",
         DocumentType.TOESTEMMINGSFORMULIER),
        ("Dyslexieverklaring\nHierbij verklaren wij dat de diagnose dyslexie is gesteld.",
         DocumentType.VERKLARING),
        ("Schoolrapport periode 2\nRekenen 7,5 Taal 6,8", DocumentType.SCHOOLRAPPORT),
        ("Geachte ouders,\nBetreft: schoolreis\nMet vriendelijke groet", DocumentType.BRIEF),
        ("Boodschappenlijst: melk, brood, kaas", DocumentType.OVERIG),
    ],
)  # fmt: skip
def test_the_document_type_is_guessed_from_the_words_in_it(text, expected):
    assert suggest_type(text)[0] is expected


def test_the_type_reason_quotes_the_words_that_decided_it():
    kind, reason = suggest_type("ONDERWIJSKUNDIG RAPPORT\nOverstap naar vo")
    assert kind is DocumentType.OKR and "ONDERWIJSKUNDIG RAPPORT" in reason


def test_every_type_has_a_dutch_label():
    assert set(DOCUMENT_TYPE_LABELS) == set(DocumentType)


def test_the_organisation_comes_from_the_letterhead():
    text = "Huisartsenpraktijk De Meerpaal\nMeerpaalplein 6, 3544 HB Utrecht\n\nGeachte collega,"
    assert suggest_organisation(text) == "Huisartsenpraktijk De Meerpaal"


def test_the_organisation_comes_from_a_school_field_and_not_from_a_heading():
    text = "ONDERWIJSKUNDIG RAPPORT\n\n1. SCHOOL VAN HERKOMST\nNaam school: OBS De Zonnewijzer"
    assert suggest_organisation(text) == "OBS De Zonnewijzer"


def test_a_letterhead_line_is_cut_before_the_address():
    text = "Samenwerkingsverband Passend Onderwijs Kerkewaard – Postbus 210, 6540 AA Kerkewaard"
    assert suggest_organisation(text) == "Samenwerkingsverband Passend Onderwijs Kerkewaard"


def test_no_organisation_gives_none_rather_than_a_wrong_guess():
    assert suggest_organisation("Beste Eva,\nTot morgen op school.\nGroet, Ruben") is None


def test_care_reports_default_to_special_personal_data():
    # AVG art. 9 lid 1: health data are special personal data.
    assert is_special_category(DocumentType.BEHANDELVERSLAG, "")[0] is True
    assert is_special_category(DocumentType.ONDERZOEKSVERSLAG, "")[0] is True
    assert is_special_category(DocumentType.VERKLARING, "")[0] is True


def test_a_letter_that_names_health_matters_twice_is_special_personal_data():
    flag, reason = is_special_category(
        DocumentType.BRIEF, "Na de diagnose ADHD is medicatie gestart."
    )
    assert flag and "adhd" in reason


def test_one_health_word_repeated_in_other_case_is_not_enough():
    text = "ADHD? Geen adhd. Ass is geen woord."
    assert is_special_category(DocumentType.BRIEF, text)[0] is False


def test_a_plain_school_letter_is_not_special_personal_data():
    assert is_special_category(DocumentType.BRIEF, "De schoolreis is op 3 juni.") == (False, "")


def test_email_headers_decide_type_date_and_sender():
    info = EmailInfo(
        sender="Ruben Smit <r.smit@school.example.nl>",
        date="Thu, 12 Oct 2023 08:05:00 +0200",
        subject="Toetsweek",
    )
    suggestion = suggest_metadata("Beste Eva,\nDe toetsweek begint 1 november 2023.", email=info)
    assert suggestion.document_type is DocumentType.EMAIL
    assert suggestion.date == dt.date(2023, 10, 12)
    assert suggestion.organisation == "Ruben Smit"
    assert "verzenddatum" in " ".join(suggestion.reasons)


def test_the_suggestion_explains_itself_in_dutch():
    text = "Logopediepraktijk Taalrijk\nEINDVERSLAG LOGOPEDIE\nUtrecht, 12 juni 2023"
    suggestion = suggest_metadata(text, today=TODAY)
    assert suggestion.document_type is DocumentType.BEHANDELVERSLAG
    assert suggestion.document_type_label == "Behandel- of therapieverslag"
    assert suggestion.date == dt.date(2023, 6, 12)
    assert suggestion.organisation == "Logopediepraktijk Taalrijk"
    assert suggestion.special_category is True
    assert any("12 juni 2023" in reason for reason in suggestion.reasons)


def test_dates_are_written_out_in_dutch():
    assert format_date(dt.date(2024, 3, 5)) == "5 maart 2024"


REPORT_HEAD = (
    "Praktijk voor Kinderpsychologie De Linde\n"
    "Psychologisch onderzoeksverslag\n"
    "Amstelveen, 14 maart 2026\n"
    "Betreft: Sanne de Jong, geboren 12 april 2013\n"
    "Onderzoeker: drs. M. de Vries, GZ-psycholoog\n"
    "Sanne werd onderzocht op verzoek van school.\n"
)


def test_the_title_and_author_of_a_report_are_suggested():
    meta = suggest_metadata(REPORT_HEAD, today=dt.date(2026, 11, 1))
    assert meta.title == "Psychologisch onderzoeksverslag"
    assert meta.author == "drs. M. de Vries"
    assert "De auteur drs. M. de Vries komt uit de tekst." in meta.reasons


def test_an_author_with_a_title_is_found_without_a_label():
    text = "Verslag MDO\nAanwezig: mw. drs. K. Bakker (ib), dhr. P. van Dijk (mentor)\n"
    assert suggest_author(text) == "mw. drs. K. Bakker"
    assert suggest_author("Opgesteld door: A. van den Berg\n") == "A. van den Berg"


def test_no_title_or_author_is_made_up():
    letter = "OBS De Zonnewijzer\nGeachte ouders,\nDe toets is volgende week.\nMet groet,\nJan\n"
    assert suggest_title(letter) is None
    assert suggest_author(letter) is None
