"""A privacy statement or school guide with a consent part of its own: the sections before it
describe what the school does anyway, and their open words are no defect of the consent.
Without such a part, or when a section before it already asks something, the whole text is
judged as before. Documents of our own."""

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.consent_part import consent_part
from dossierwijs.core.consent_check.form import Form

_STATEMENT = (
    "PRIVACYREGLEMENT — Stichting Het Open Venster\n\n"
    "1. Wie wij zijn\n"
    "Het Open Venster is verantwoordelijk voor de leerlinggegevens van haar vier scholen.\n\n"
    "2. Wat wij vastleggen\n"
    "Wij leggen de gegevens vast die nodig zijn voor het onderwijs, zo nodig ook medische "
    "gegevens.\n\n"
    "3. Met wie wij delen\n"
    "Leveranciers van lesmateriaal en andere partners krijgen de gegevens die zij nodig "
    "hebben.\n\n"
    "4. Uw rechten\n"
    "U mag de gegevens van uw kind inzien en laten verbeteren.\n\n"
)
_PART = (
    "BIJLAGE A — Toestemming verslag naar de fysiotherapeut\n"
    "Mogen wij het verslag van de motoriektest van Sem sturen naar Fysiotherapie De Brug, zodat "
    "de fysiotherapeut de oefeningen kan afstemmen op de gymles?\n"
    "[ ] Ja   [ ] Nee\n"
    "Zegt u nee, dan krijgt Sem gewoon zijn gymles en de oefeningen in de klas.\n"
    "De Brug bewaart het verslag in haar cliëntdossier. De toestemming geldt tot 1 juli 2027.\n"
    "U kunt haar altijd intrekken met een mail aan de intern begeleider.\n"
    "Handtekening ouder: ______________   Datum: ________\n"
)


def test_the_consent_part_after_sections_that_ask_nothing_is_found():
    part = consent_part(Form(_STATEMENT + _PART))
    assert part is not None
    assert part.text.startswith("BIJLAGE A")
    assert "zo nodig" not in part.text


def test_open_words_before_the_consent_part_are_no_defect_of_it():
    result = check_consent_form(_STATEMENT + _PART)
    assert result.criteria["ontvangers"].oordeel == "ok"
    assert result.criteria["gegevens"].oordeel == "ok"
    assert result.verdict == "geldig"


def test_open_words_inside_the_consent_part_still_count():
    part = _PART.replace(
        "het verslag van de motoriektest van Sem", "alle relevante gegevens uit het dossier van Sem"
    )
    assert check_consent_form(_STATEMENT + part).criteria["gegevens"].oordeel == "gebrek"


def test_a_document_with_only_one_section_before_the_question_is_judged_whole():
    text = "1. Wat wij vastleggen\nWij leggen zo nodig ook medische gegevens vast.\n\n" + _PART
    assert consent_part(Form(text)) is None


def test_no_part_when_a_section_before_it_already_asks_something():
    asking = _STATEMENT.replace(
        "4. Uw rechten\n",
        "4. Foto's\nMogen wij foto's van Sem op de website zetten? [ ] ja [ ] nee\n",
    )
    assert consent_part(Form(asking + _PART)) is None


def test_a_form_without_a_surrounding_document_has_no_part_of_its_own():
    assert consent_part(Form(_PART)) is None


def test_a_part_that_points_back_to_the_sections_before_is_not_read_alone():
    leaning = _PART.replace(
        "Mogen wij het verslag van de motoriektest van Sem sturen naar Fysiotherapie De Brug",
        "Mogen wij de hierboven genoemde gegevens van Sem sturen naar Fysiotherapie De Brug",
    )
    assert consent_part(Form(_STATEMENT + leaning)) is None


# An outside reviewer's letter: its sections describe the consent asked ("Met uw toestemming
# delen wij ..."), and the reply strip restates a narrower part of it.
_LETTER_WITH_STRIP = "Basisschool De Regenboog\n\nBrief aan ouders van groep 6\n\nAanleiding\nUw zoon krijgt sinds september oefentherapie bij Fysiotherapie Beweegwijs voor zijn motoriek. De gymleerkracht wil de oefeningen in de gymles afstemmen op de therapie.\n\nWat wij willen delen\nMet uw toestemming delen wij het leerlingdossier van uw zoon met Beweegwijs en met andere hulpverleners die bij hem betrokken zijn, voor een goede ontwikkeling van uw kind.\n\nBewaren en termijn\nDe school bewaart de stukken in ParnasSys. De toestemming geldt tot 1 augustus 2026.\n\nVrijwillig en intrekken\nU bent niet verplicht toestemming te geven. Als u nee zegt, heeft dat geen gevolgen voor de lessen of de therapie. U kunt uw toestemming op elk moment intrekken door een e-mail te sturen aan ib@deregenboog.nl.\n\nStrookje\nInleveren bij de groepsleerkracht vóór 1 december.\nNaam leerling: ____________________\n[ ] Ja, ik geef toestemming om de observatielijst motoriek van de gymleerkracht te delen met Fysiotherapie Beweegwijs, zodat de therapeut de oefendoelen kan afstemmen op de gymles.\n[ ] Nee, ik geef geen toestemming.\nHandtekening ouder: ____________________   Datum: ____________\n"


def test_a_letter_whose_sections_describe_the_request_is_judged_whole():
    assert consent_part(Form(_LETTER_WITH_STRIP)) is None
    result = check_consent_form(_LETTER_WITH_STRIP)
    for code in ("gegevens", "ontvangers"):
        assert result.criteria[code].oordeel == "gebrek", code
