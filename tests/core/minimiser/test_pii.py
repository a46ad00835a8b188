"""Detection as a whole: known names, the parent's terms, overlaps and offsets."""

import pytest

from dossierwijs.core.minimiser.pii import TERM, detect_personal_data, findings_as_json

LETTER = (
    "Betreft: Lotte van Dijk, geboren 5 maart 2016\n"
    "Adres: Wilgenstraat 8, 6512 CD Nijmegen. BSN 111222333.\n"
    "Moeder, mevrouw A. van Dijk-Smeets, belde op 06-98765432. Lotje (zo noemen we haar "
    "thuis) is nu 8 jaar en 2 maanden. Broer Daan zit op OBS Het Anker.\n"
    "Behandelaar: drs. K.L. Brouwer, Kinderpraktijk De Linde, k.brouwer@delinde.example.nl\n"
    "Lotte V. vertelde dat Daan haar helpt. Cliëntnummer: KD-2024-118.\n"
)
KNOWN = ["Lotte van Dijk", "Annemiek van Dijk-Smeets", "Daan van Dijk"]


def found(text=LETTER, **kwargs):
    kwargs.setdefault("use_deduce", False)
    return {(f.tekst, f.soort) for f in detect_personal_data(text, **kwargs)}


def test_offsets_point_into_the_text():
    for f in detect_personal_data(LETTER, known=KNOWN, use_deduce=False):
        assert LETTER[f.begin : f.eind] == f.tekst


def test_findings_do_not_overlap():
    findings = detect_personal_data(LETTER, known=KNOWN, use_deduce=False)
    for first, second in zip(findings, findings[1:], strict=False):
        assert first.eind <= second.begin


def test_known_names_with_initials_diminutive_and_surname_initial():
    result = found(known=KNOWN)
    assert ("Lotte van Dijk", "persoon") in result
    assert ("A. van Dijk-Smeets", "persoon") in result
    assert ("Lotje", "persoon") not in result  # "Lotje" is no diminutive form of "Lotte"
    assert ("Lotte V.", "persoon") in result
    assert ("Daan", "persoon") in result


def test_every_kind_in_one_letter():
    result = found(known=KNOWN)
    kinds = {kind for _, kind in result}
    assert {"persoon", "geboortedatum", "adres", "postcode", "plaats", "bsn", "telefoon",
            "leeftijd", "school", "instelling", "email", "id"} <= kinds  # fmt: skip
    assert ("5 maart 2016", "geboortedatum") in result
    assert ("Kinderpraktijk De Linde", "instelling") in result
    assert ("K.L. Brouwer", "persoon") in result


def test_a_name_found_once_is_found_everywhere():
    text = "Gesprek met mevrouw Jorritsma. Later belde Jorritsma opnieuw."
    assert [f.tekst for f in detect_personal_data(text, use_deduce=False)] == [
        "Jorritsma",
        "Jorritsma",
    ]


def test_parent_terms_are_found_in_any_case():
    result = detect_personal_data(
        "Diagnose: Dyscalculie.", extra_terms=["dyscalculie"], use_deduce=False
    )
    assert [(f.tekst, f.soort) for f in result] == [("Dyscalculie", TERM)]


def test_no_personal_data_in_plain_advice():
    text = "Geef korte instructies en laat de leerling twee keer per dag bewegen."
    assert detect_personal_data(text, use_deduce=False) == []


def test_json_shape_for_the_command_line():
    data = findings_as_json(detect_personal_data("Bel 06-12345678.", use_deduce=False))
    assert data == {
        "gevonden": [{"tekst": "06-12345678", "soort": "telefoon", "begin": 4, "eind": 15}]
    }


@pytest.mark.slow
def test_deduce_finds_names_we_do_not_know():
    text = "Het gesprek was met Pieter Hendriksen en Marieke de Graaf op school."
    names = {f.tekst for f in detect_personal_data(text) if f.soort == "persoon"}
    assert "Pieter Hendriksen" in names
    assert "Marieke de Graaf" in names


def test_known_name_findings_only_the_family():
    from dossierwijs.core.minimiser.pii import known_name_findings

    found = [(f.tekst, f.soort) for f in known_name_findings(LETTER, KNOWN)]
    assert ("Lotte van Dijk", "persoon") in found
    assert all(kind == "persoon" for _, kind in found)
    assert not any("06-" in text for text, _ in found)


def test_detection_time_grows_linearly_with_the_text():
    import time

    paragraph = (
        "Op 12 maart sprak Jesse Bosveld met Roos Akkerman van OBS De Klimop; bel 06-12345678 "
        "of mail r.akkerman@example.nl. Zij woont aan de Kastanjelaan 14, 3581 BC Utrecht.\n\n"
    )

    def seconds(copies: int) -> float:
        text = "".join(paragraph.replace("Jesse", f"Jesse{i % 97}") for i in range(copies))
        started = time.perf_counter()
        detect_personal_data(text, known=["Roos Akkerman"], use_deduce=False)
        return time.perf_counter() - started

    seconds(50)  # load the word lists
    small, large = seconds(400), seconds(3200)
    assert large < small * 8 * 2.5  # 8× the text; quadratic would be 64×


def test_a_text_over_the_limit_is_refused_with_a_dutch_message():
    from dossierwijs.core.minimiser.pii import MAX_CHARACTERS, TextTooLong

    with pytest.raises(TextTooLong) as refused:
        detect_personal_data("a" * (MAX_CHARACTERS + 1), use_deduce=False)
    assert "te lang" in refused.value.message


def test_deduce_reads_long_text_in_pieces_cut_at_paragraphs():
    from dossierwijs.core.minimiser.pii import _pieces

    text = "".join(f"Alinea {i} over school en thuis.\n\n" for i in range(3000))
    pieces = _pieces(text, size=5000)
    assert "".join(piece for _, piece in pieces) == text
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
    assert all(piece.endswith("\n") for _, piece in pieces[:-1])
    assert max(len(piece) for _, piece in pieces) <= 5000


def test_a_known_school_is_found_whole_with_its_kind_never_its_kind_or_article_alone():
    text = "Sanne zit op OSG De Klimop. De Klimop heeft een rustige klas; Klimop is klein."
    result = found(text, known=["OSG De Klimop", "Sanne Canarisvogel"])
    assert ("OSG De Klimop", "school") in result
    assert ("De Klimop", "school") in result and ("Klimop", "school") in result
    assert not {t for t, _ in result} & {"OSG", "De", "Het"}
    assert not [t for t, kind in result if kind == "persoon" and "Klimop" in t]


def test_name_parts_are_the_names_within_a_name_not_titles_articles_or_words():
    from dossierwijs.core.minimiser.words import name_parts

    assert name_parts("drs. Marloes Dijkhuizen") == ["Marloes", "Dijkhuizen"]
    assert name_parts("A. van Bosveld-Tromp") == ["Bosveld-Tromp", "Bosveld", "Tromp"]
    assert name_parts("Praktijk Het Baken") == ["Baken"]
    assert name_parts("OBS De Klimop") == ["OBS", "Klimop"]
    assert name_parts("Utrecht") == []


def test_a_call_name_in_brackets_is_part_of_the_name():
    text = "Onderzoeker: drs. M.A. (Mirjam) Veenstra. Vader, H.J. (Hendrik) Mulder, belde."
    result = found(text)
    assert ("M.A. (Mirjam) Veenstra", "persoon") in result
    assert ("H.J. (Hendrik) Mulder", "persoon") in result


def test_a_capitalised_surname_prefix_and_a_common_word_as_surname_stay_in_the_name():
    text = "Aanwezig waren dr. Van der Molen, mevrouw Van den Berg en mevrouw Ter Haar."
    result = found(text)
    assert {("Van der Molen", "persoon"), ("Van den Berg", "persoon")} <= result
    assert ("Ter Haar", "persoon") in result  # "haar" alone is a common word


def test_names_in_the_name_fields_of_a_form():
    text = (
        "Achternaam: JORRITSMA\nVoornamen (voluit): Sietse Hendrik\nRoepnaam: Sietse\n"
        "Verwijzer: huisarts dr. Ter Beek\nVader: geen contact\nVerslag: Goed\n"
    )
    result = found(text)
    assert {("JORRITSMA", "persoon"), ("Sietse Hendrik", "persoon"), ("Sietse", "persoon")} <= (
        result
    )
    assert ("Ter Beek", "persoon") in result
    assert not [t for t, _ in result if t in ("geen contact", "Goed")]


def test_a_known_name_capitalised_in_capitals_and_as_ocr_misreads_it():
    known = ["Ilona van den Heuvel", "Anish Ramdin"]
    text = "Moeder, mevrouw Van den Heuvel, tekende. Op het formulier: RAMDIN, Anish Ramd1n."
    result = found(text, known=known)
    assert ("Van den Heuvel", "persoon") in result
    assert ("RAMDIN", "persoon") in result
    assert ("Anish Ramd1n", "persoon") in result


def test_ocr_noise_in_a_phone_number_and_a_date():
    text = "Telefoon moeder: 06 - 2O 57 81 l4\nDatum: 2l - 02 - 2024\n"
    result = found(text)
    assert ("06 - 2O 57 81 l4", "telefoon") in result  # the text as written, not as read
    assert ("2l - 02 - 2024", "datum") in result


def test_institutions_without_a_keyword_by_where_they_stand():
    text = (
        "School: De Windroos, groep 4\n"
        "- Koen Smit (behandelaar, Kwintijn)\n"
        "In 2019 is Sietse kort gezien bij Youvia, toen om faalangst. Hij is aangemeld bij het "
        "Audiologisch Centrum Rijnmond Zuid (ACRZ). Het ACRZ ziet geen stoornis.\n"
    )
    result = found(text)
    assert ("De Windroos", "school") in result
    assert ("Kwintijn", "instelling") in result
    assert ("Youvia", "instelling") in result
    assert ("ACRZ", "instelling") in result
    assert ("Koen Smit", "instelling") not in result


def test_care_words_before_a_common_word_or_a_person_make_no_institution():
    text = "Hij is in behandeling bij Jeugdzorg. De hulp van Jolanda Smit en van Leren helpt."
    result = found(text)
    assert not [t for t, kind in result if kind == "instelling"]


def test_places_in_capitals_and_before_a_letters_date_but_no_capitalised_word():
    text = (
        "Het onderzoek was in onze praktijk in AMERSFOORT. Hij doet zijn BEST, ECHT waar.\n"
        "Hillesluis, 26 januari 2024\n"
    )
    result = found(text)
    assert ("AMERSFOORT", "plaats") in result
    assert ("Hillesluis", "plaats") in result
    assert not [t for t, _ in result if t in ("BEST", "ECHT")]


def test_a_known_surname_in_capitals_keeps_its_prefix():
    result = found("| Achternaam | DE GROOT |\n| Roepnaam | Sem |", known=["Sem de Groot"])
    assert ("DE GROOT", "persoon") in result
