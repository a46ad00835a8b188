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
