"""What two outside reviews of the "set apart" and consent-part reading found (the
reviewer's own sentences, in a form of theirs that is valid as it stands): each change
below makes a real defect, and the checker must keep seeing it, or keeps a valid storage or
withdrawal sentence that a legal remark follows."""

import pytest

from dossierwijs.core.consent_check import check_consent_form

_FORM = "Basisschool De Regenboog\n\nToestemming uitwisseling gegevens met Fysiotherapie Beweegwijs\n\nBeste ouders,\n\nUw dochter krijgt sinds september oefentherapie bij Fysiotherapie Beweegwijs voor haar motoriek. De gymleerkracht en de fysiotherapeut willen de oefeningen in de gymles afstemmen op de therapie. Daarvoor vragen wij uw toestemming.\n\n1. Van school naar Beweegwijs\nWat: de observatielijst motoriek van de gymleerkracht van dit schooljaar.\nWaarvoor: de therapeut kan de oefendoelen kiezen die passen bij wat uw dochter in de gymles laat zien.\n[ ] Ja, ik geef toestemming\n[ ] Nee, ik geef geen toestemming\n\n2. Van Beweegwijs naar school\nWat: het behandelplan met de oefendoelen en het eindverslag.\nWaarvoor: de gymleerkracht kan dezelfde oefeningen in de gymles laten terugkomen.\n[ ] Ja, ik geef toestemming\n[ ] Nee, ik geef geen toestemming\n\nBewaren\nDe school bewaart de stukken in het leerlingdossier in ParnasSys. Beweegwijs bewaart de gegevens in het eigen patiëntendossier.\n\nHoe lang\nDeze toestemming geldt tot 1 augustus 2026. De school vernietigt de stukken twee jaar nadat uw dochter de school heeft verlaten.\n\nVrijwillig\nU bent niet verplicht toestemming te geven. Als u nee zegt, heeft dat geen gevolgen voor de lessen of de therapie.\n\nIntrekken\nU kunt uw toestemming op elk moment intrekken door een e-mail te sturen aan de intern begeleider (ib@deregenboog.nl).\n\nNaam ouder: ____________________\nHandtekening: ____________________   Datum: ____________\n"


def test_the_form_as_it_stands_is_valid():
    assert check_consent_form(_FORM).verdict == "geldig"


@pytest.mark.parametrize(
    ("old", "new", "criterion", "expected"),
    [
        pytest.param(
            "De gymleerkracht en de fysiotherapeut willen de oefeningen in de gymles afstemmen op de therapie. Daarvoor vragen wij uw toestemming.",
            "De gymleerkracht en de fysiotherapeut willen de oefeningen in de gymles afstemmen op de therapie. Daarvoor vragen wij uw toestemming. Volgens de wet delen wij met uw toestemming de gegevens ook met alle betrokken hulpverleners.",
            "ontvangers",
            "gebrek",
            id="law_with_consent_open_group",
        ),
        pytest.param(
            "U bent niet verplicht toestemming te geven. Als u nee zegt, heeft dat geen gevolgen voor de lessen of de therapie.",
            "Volgens de wet kunnen wij zonder uw toestemming geen extra begeleiding in de gymles geven.",
            "vrij",
            "gebrek",
            id="law_and_condition",
        ),
        pytest.param(
            "U bent niet verplicht toestemming te geven. Als u nee zegt, heeft dat geen gevolgen voor de lessen of de therapie.",
            "Volgens de Wet passend onderwijs kunnen wij zonder uw toestemming de aanvraag voor extra begeleiding niet in behandeling nemen.",
            "vrij",
            "gebrek",
            id="law_and_condition_on_application",
        ),
        pytest.param(
            "U bent niet verplicht toestemming te geven. Als u nee zegt, heeft dat geen gevolgen voor de lessen of de therapie.",
            "Als u het formulier niet ondertekent, krijgt uw dochter geen extra begeleiding in de gymles. Dat is wettelijk geregeld.",
            "vrij",
            "gebrek",
            id="condition_then_legal_remark",
        ),
        pytest.param(
            "De gymleerkracht en de fysiotherapeut willen de oefeningen in de gymles afstemmen op de therapie. Daarvoor vragen wij uw toestemming.",
            "De gymleerkracht en de fysiotherapeut willen de oefeningen in de gymles afstemmen op de therapie. Daarvoor vragen wij uw toestemming. Het verslag van de kinderarts hebben wij al; vindt u doorsturen goed, dan hoeft u niets te doen.",
            "ondubbelzinnig",
            "gebrek",
            id="opt_out_after_already_there",
        ),
        pytest.param(
            "De gymleerkracht en de fysiotherapeut willen de oefeningen in de gymles afstemmen op de therapie. Daarvoor vragen wij uw toestemming.",
            "De gymleerkracht en de fysiotherapeut willen de oefeningen in de gymles afstemmen op de therapie. Daarvoor vragen wij uw toestemming. Voor foto's van de gymles op de schoolwebsite vragen wij geen toestemming; heeft u bezwaar, laat het dan weten aan de leerkracht.",
            "ondubbelzinnig",
            "gebrek",
            id="opt_out_after_no_consent_needed",
        ),
        pytest.param(
            "De gymleerkracht en de fysiotherapeut willen de oefeningen in de gymles afstemmen op de therapie. Daarvoor vragen wij uw toestemming.",
            "De gymleerkracht en de fysiotherapeut willen de oefeningen in de gymles afstemmen op de therapie. Alle gegevens die de school over uw dochter heeft, worden gedeeld met Beweegwijs en andere zorgverleners. Daarvoor vragen wij uw toestemming.",
            "ontvangers",
            "gebrek",
            id="present_passive_is_no_past_exchange",
        ),
        pytest.param(
            "De school bewaart de stukken in het leerlingdossier in ParnasSys. Beweegwijs bewaart de gegevens in het eigen patiëntendossier.",
            "De stukken komen in ParnasSys te staan en bij Beweegwijs in het patiëntendossier. Dat is wettelijk verplicht.",
            "opslag",
            "ok",
            id="storage_before_a_legal_remark",
        ),
        pytest.param(
            "U kunt uw toestemming op elk moment intrekken door een e-mail te sturen aan de intern begeleider (ib@deregenboog.nl).",
            "Wilt u stoppen met de uitwisseling, stuur dan op elk moment een e-mail aan de intern begeleider (ib@deregenboog.nl). Dat is wettelijk geregeld.",
            "intrekken",
            "ok",
            id="withdrawal_before_a_legal_remark",
        ),
        pytest.param(
            "Waarvoor: de gymleerkracht kan dezelfde oefeningen in de gymles laten terugkomen.",
            "Waarvoor: voor een goede ontwikkeling van uw dochter.",
            "doel",
            "gebrek",
            id="vague_development",
        ),
        pytest.param(
            "Waarvoor: de gymleerkracht kan dezelfde oefeningen in de gymles laten terugkomen.",
            "Waarvoor: voor een goede samenwerking tussen school en praktijk.",
            "doel",
            "gebrek",
            id="vague_cooperation",
        ),
        pytest.param(
            "Waarvoor: de gymleerkracht kan dezelfde oefeningen in de gymles laten terugkomen.",
            "Waarvoor: voor een goede start in groep 7.",
            "doel",
            "gebrek",
            id="vague_start",
        ),
        pytest.param(
            "Waarvoor: de gymleerkracht kan dezelfde oefeningen in de gymles laten terugkomen.",
            "Waarvoor: voor een goede afstemming tussen school en Beweegwijs.",
            "doel",
            "gebrek",
            id="vague_fitting_between_two",
        ),
    ],
)
def test_a_changed_sentence(old, new, criterion, expected):
    assert old in _FORM
    judged = check_consent_form(_FORM.replace(old, new)).criteria[criterion]
    assert judged.oordeel == expected, judged.uitleg


@pytest.mark.parametrize(
    ("section", "criterion", "expected"),
    [
        pytest.param(
            "Wie krijgt de gegevens\nNaast Beweegwijs sturen wij de observatielijst ook naar externe deskundigen en andere betrokken instanties. Voor het gewone overleg tussen leerkracht en ouders is geen toestemming nodig.\n\n",
            "ontvangers",
            "gebrek",
            id="section_with_a_no_consent_sentence_keeps_its_open_group",
        ),
        pytest.param(
            "Wettelijke taken\nDe school geeft het onderwijsnummer door aan DUO. Ook sturen wij de observatielijst, als u hierboven ja heeft gekozen, naar externe deskundigen en andere betrokken instanties.\n\n",
            "ontvangers",
            "gebrek",
            id="legal_heading_keeps_what_speaks_of_the_choice",
        ),
        pytest.param(
            "Wettelijke taken\nDe school meldt verzuim bij de leerplichtambtenaar. Hoort de school voor 1 december niets van u, dan sturen wij daarnaast het verslag van de kinderarts naar Beweegwijs.\n\n",
            "ondubbelzinnig",
            "gebrek",
            id="legal_heading_keeps_silence",
        ),
    ],
)
def test_a_section_added_before_the_storage_part(section, criterion, expected):
    text = _FORM.replace("Bewaren\n", section + "Bewaren\n", 1)
    judged = check_consent_form(text).criteria[criterion]
    assert judged.oordeel == expected, judged.uitleg


# The second review: a past tense inside a relative clause, a condition that cites the law,
# a retention period before a legal remark, headings that are only partly about the law.
@pytest.mark.parametrize(
    ("old", "new", "criterion", "expected"),
    [
        pytest.param(
            "Daarvoor vragen wij uw toestemming.",
            "Daarvoor vragen wij uw toestemming. Alles wat de vorige school over uw dochter heeft doorgestuurd, delen wij ook met alle betrokken hulpverleners.",
            "ontvangers",
            "gebrek",
            id="past_tense_in_a_relative_clause",
        ),
        pytest.param(
            "Daarvoor vragen wij uw toestemming.",
            "Daarvoor vragen wij uw toestemming. Alle gegevens die de vorige school heeft doorgestuurd, geven wij door aan Beweegwijs.",
            "gegevens",
            "gebrek",
            id="past_tense_in_a_relative_clause_data",
        ),
        pytest.param(
            "U bent niet verplicht toestemming te geven. Als u nee zegt, heeft dat geen gevolgen voor de lessen of de therapie.",
            "Op grond van de Wet passend onderwijs geven wij alleen extra begeleiding in de gymles aan leerlingen van wie de ouders het formulier terugsturen.",
            "vrij",
            "gebrek",
            id="a_condition_citing_the_law",
        ),
        pytest.param(
            "Deze toestemming geldt tot 1 augustus 2026. De school vernietigt de stukken twee jaar nadat uw dochter de school heeft verlaten.",
            "Deze toestemming geldt tot 1 augustus 2026. De stukken blijven tot twee jaar na het vertrek van uw dochter in ParnasSys staan. Dat is wettelijk verplicht.",
            "termijn",
            "ok",
            id="retention_then_legal_remark",
        ),
    ],
)
def test_a_changed_sentence_second_review(old, new, criterion, expected):
    test_a_changed_sentence(old, new, criterion, expected)


@pytest.mark.parametrize(
    ("section", "criterion", "expected"),
    [
        pytest.param(
            "Wettelijke taken en overige uitwisseling\nDe school geeft het onderwijsnummer door aan DUO. De gymleerkracht stuurt de observatielijst ook naar andere betrokken instanties.\n\n",
            "ontvangers",
            "gebrek",
            id="heading_only_starts_with_the_law",
        ),
        pytest.param(
            "Wat wij altijd delen\nDaarnaast sturen wij de observatielijst naar de jeugdarts van de GGD en andere externe deskundigen.\n\n",
            "ontvangers",
            "gebrek",
            id="what_we_always_share_and_one_more",
        ),
    ],
)
def test_a_section_added_second_review(section, criterion, expected):
    test_a_section_added_before_the_storage_part(section, criterion, expected)


# A letter whose first section describes the exchange ("Het verslag gaat daarna naar ... en
# andere externe deskundigen"), then a consent annex that names less.
_LETTER_AND_ANNEX = "Basisschool De Regenboog\n\nLeesonderzoek in groep 5\n\nWat houdt het onderzoek in\nDe orthopedagoog van Bureau Letterwijs neemt bij uw zoon een leestest en een spellingtest af. Het verslag gaat daarna naar de leerkracht, de intern begeleider en andere externe deskundigen, ter ondersteuning.\n\nUw rechten\nU mag het verslag altijd inzien en een kopie vragen. Klachten kunt u melden bij de directeur.\n\nBijlage 1 — Toestemming leesonderzoek\nIk geef toestemming dat Bureau Letterwijs bij mijn zoon een leestest en een spellingtest afneemt en het verslag met de uitslagen deelt met de intern begeleider van Basisschool De Regenboog, zodat de leerkracht de leeslessen kan aanpassen.\n[ ] Ja\n[ ] Nee\nHet verslag wordt bewaard in het leerlingdossier in ParnasSys. Deze toestemming geldt tot het einde van dit schooljaar.\nU bent niet verplicht toestemming te geven; als u nee zegt, heeft dat geen gevolgen voor de lessen.\nU kunt uw toestemming op elk moment intrekken met een e-mail aan ib@deregenboog.nl.\nNaam ouder: ____________________\nHandtekening: ____________________\n"


def test_an_annex_does_not_hide_the_exchange_described_before_it():
    result = check_consent_form(_LETTER_AND_ANNEX)
    assert result.criteria["ontvangers"].oordeel == "gebrek"
    assert result.verdict == "ongeldig"
