"""Our own Dutch patterns, on snippets written for these tests (not the development corpus)."""

import pytest

from dossierwijs.core.minimiser import patterns


def spans(finder, text):
    return [(text[b:e], kind) for b, e, kind in finder(text)]


def test_bsn_passes_the_eleven_test():
    assert patterns.bsn_is_valid("111222333")
    assert patterns.bsn_is_valid("123456782")
    assert not patterns.bsn_is_valid("123456789")
    assert not patterns.bsn_is_valid("000000000")


@pytest.mark.parametrize("written", ["111222333", "1112.22.333", "111 222 333"])
def test_bsn_found_in_the_ways_people_write_it(written):
    assert spans(patterns.find_bsn, f"Het BSN van Sem is {written}.") == [(written, "bsn")]


def test_random_nine_digits_are_no_bsn():
    assert spans(patterns.find_bsn, "Factuur 123456789 is betaald.") == []


def test_a_labelled_bsn_counts_even_with_a_typo():
    assert spans(patterns.find_bsn, "BSN: 123456789") == [("123456789", "bsn")]


def test_iban_needs_a_valid_checksum():
    assert patterns.iban_is_valid("NL91 ABNA 0417 1643 00")
    assert not patterns.iban_is_valid("NL91 ABNA 0417 1643 01")
    text = "Graag overmaken naar NL91 ABNA 0417 1643 00 t.n.v. de ouders."
    assert spans(patterns.find_iban, text) == [("NL91 ABNA 0417 1643 00", "iban")]
    assert spans(patterns.find_iban, "Rekening NL91 ABNA 0417 1643 01 klopt niet.") == []


@pytest.mark.parametrize(
    "phone",
    ["020-5551234", "0612345678", "06-12345678", "06 12 34 56 78", "(020) 555 12 34",
     "+31 6 12345678", "+31 (0)20 555 1234", "0031 20 5551234"],
)  # fmt: skip
def test_dutch_phone_numbers(phone):
    assert spans(patterns.find_phone, f"Bel {phone} na 17 uur.") == [(phone, "telefoon")]


def test_a_date_is_no_phone_number():
    assert spans(patterns.find_phone, "Op 01-08-2015 begonnen.") == []


def test_email_address():
    assert spans(patterns.find_email, "Mail j.de.vries@school-oost.example.org.") == [
        ("j.de.vries@school-oost.example.org", "email")
    ]


def test_postcode_with_place_and_without_space():
    text = "Dorpsstraat 4\n1234AB Zwolle\nTel."
    assert spans(patterns.find_postcode_and_place, text) == [
        ("1234AB", "postcode"),
        ("Zwolle", "plaats"),
    ]


def test_postcode_letters_sa_sd_ss_are_not_used():
    assert spans(patterns.find_postcode_and_place, "nummer 1234 SS daarna") == []


@pytest.mark.parametrize(
    "address",
    ["Beukenlaan 3", "Oude Gracht 112-2", "Van Speijkstraat 5a", "Postbus 910", "Molenweg 14 bis"],
)
def test_street_addresses(address):
    found = spans(patterns.find_address, f"Wij wonen aan de {address}, sinds kort.")
    assert (address, "adres") in found


def test_dates_in_numbers_and_words():
    text = "Gesprek op 3-4-2024, vervolg 12 mei 2024, evaluatie in juni 2025 en 7 okt."
    assert [s for s, _ in spans(patterns.find_dates, text)] == [
        "3-4-2024", "12 mei 2024", "juni 2025", "7 okt.",
    ]  # fmt: skip


def test_impossible_dates_are_skipped():
    assert spans(patterns.find_dates, "score 45-13-2020") == []


@pytest.mark.parametrize(
    "sentence",
    ["Geboortedatum: 02-11-2015", "geboren op 2 november 2015", "op 2 november 2015 geboren"],
)
def test_date_of_birth_by_context(sentence):
    assert [k for _, k in spans(patterns.find_dates, sentence)] == ["geboortedatum"]


@pytest.mark.parametrize(
    "age", ["9 jaar en 4 maanden", "7;11 jaar", "11 jaar", "14-jarige", "18 maanden oud"]
)
def test_ages(age):
    assert spans(patterns.find_ages, f"Bij het onderzoek was zij {age} en vrolijk.") == [
        (age, "leeftijd")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het dossier wordt 15 jaar bewaard.",
        "Over 2 jaar volgt een evaluatie.",
        "Dat is 3 jaar geleden.",
    ],
)
def test_durations_are_no_ages(sentence):
    assert spans(patterns.find_ages, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Patiëntnummer: 7730-118", "7730-118"),
        ("Dossiernr. AB/2022/00731", "AB/2022/00731"),
        ("BIG-registratie: 19055512301", "19055512301"),
        ("AGB-code 03051234", "03051234"),
        ("Ons kenmerk: JZ-2024-0042", "JZ-2024-0042"),
        ("Meldcode intern:\nVerwijzing: 8823411\n", "8823411"),
    ],
)
def test_client_and_registration_numbers(sentence, number):
    assert (number, "id") in spans(patterns.find_ids, sentence)


def test_school_and_institution_shapes():
    text = (
        "Sem zat op CBS De Regenboog en gaat naar het Waterland College. Hij had fysio bij "
        "Kinderfysiotherapiepraktijk Beweegwijs en werd gezien in het Zuiderpark Ziekenhuis "
        "en door Stichting Kindkracht. Nu gaat hij naar Lindezorg Jeugd."
    )
    found = spans(patterns.find_schools_and_institutions, text)
    assert ("CBS De Regenboog", "school") in found
    assert ("Waterland College", "school") in found
    assert ("Kinderfysiotherapiepraktijk Beweegwijs", "instelling") in found
    assert ("Zuiderpark Ziekenhuis", "instelling") in found
    assert ("Stichting Kindkracht", "instelling") in found
    assert ("Lindezorg Jeugd", "instelling") in found


def test_generic_care_words_are_no_institution():
    text = "Jeugdzorg en thuiszorg zijn gesprekspunten. Mantelzorg kost tijd."
    assert spans(patterns.find_schools_and_institutions, text) == []


def test_capitalised_article_mid_sentence_marks_a_name():
    found = spans(patterns.find_article_names, "In groep 5 op De Klimop ging het beter.")
    assert found == [("De Klimop", "school")]


def test_institution_tail():
    assert patterns.institution_tail("Basisschool Het Baken") == "Het Baken"
    assert patterns.institution_tail("Stichting Kindkracht") is None


@pytest.mark.parametrize(
    "written", ["12 - 04 - 2013", "14 / 09 / 2014", "1 2-04-2013", "0 7 - 03 - 2015"]
)
def test_dates_with_spaces_as_forms_and_ocr_write_them(written):
    assert spans(patterns.find_dates, f"Geboortedatum: {written}\n") == [(written, "geboortedatum")]


def test_a_spaced_date_needs_a_four_digit_year():
    assert spans(patterns.find_dates, "De scores waren 3 - 4 - 12 op de drie toetsen.") == []


def test_a_range_of_days_is_one_date():
    text = "Onderzoeksdata: 4 t/m 18 januari 2024 en 2 en 3 mei."
    assert spans(patterns.find_dates, text) == [
        ("4 t/m 18 januari 2024", "datum"),
        ("2 en 3 mei", "datum"),
    ]


@pytest.mark.parametrize("phone", ["06 - 41 28 93 07", "030 - 271 44 90", "033 - 46 98 120"])
def test_phone_numbers_with_spaced_hyphens(phone):
    assert spans(patterns.find_phone, f"Telefoon ouder 1: {phone}\n") == [(phone, "telefoon")]


def test_a_spaced_date_is_no_phone_number():
    assert spans(patterns.find_phone, "Datum: 05 - 02 - 2024 10 uur") == []


def test_a_place_in_capitals_after_the_postcode():
    found = spans(patterns.find_postcode_and_place, "Postcode/woonplaats: 3572 BK  UTRECHT\n")
    assert found == [("3572 BK", "postcode"), ("UTRECHT", "plaats")]


def test_age_abbreviated_as_jr():
    assert spans(patterns.find_ages, "Fenne (9 jr.) werkte goed mee.") == [("9 jr.", "leeftijd")]


def test_therapy_practices_are_institutions():
    text = "Overleg met Vellinga Logopedie en met Kinderfysiotherapie Kralingen-Oost."
    assert spans(patterns.find_schools_and_institutions, text) == [
        ("Kinderfysiotherapie Kralingen-Oost", "instelling"),
        ("Vellinga Logopedie", "instelling"),
    ]


def test_a_capitalised_article_after_a_title_or_initials_is_a_surname_not_a_school():
    text = (
        "Aanwezig: mevrouw De Gier, T. (Tamara) De Wit en dokter Van 't Hof. "
        "De leerkracht van De Klimop belde."
    )
    assert spans(patterns.find_article_names, text) == [("De Klimop", "school")]


def test_ocr_swaps_of_digits_and_letters_are_undone_at_the_same_length():
    from dossierwijs.core.minimiser.ocr import normalise

    pairs = {
        "06 - 4O 72 19 58": "06 - 40 72 19 58",
        "Bas 0udshoorn": "Bas Oudshoorn",
        "Groenew0ud in A1mere": "Groenewoud in Almere",
        "Datum: 2l-02-2024": "Datum: 21-02-2024",
        "Mathenesserlaan 4O9b": "Mathenesserlaan 409b",
        "COVID-19, groep 7b, de 1e keer, A1, mp3": "COVID-19, groep 7b, de 1e keer, A1, mp3",
    }
    for text, expected in pairs.items():
        assert normalise(text) == expected
        assert len(normalise(text)) == len(text)
