"""Readings found after sealed121-124 were scored once (tuned, not a measure): each with the
neighbour that must keep its old reading. Rules alone, without the calibration."""

import pytest

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.meaning_defects import DEFECTS
from dossierwijs.core.consent_check.ocr_words import mend_ocr_words

from .granular_reading import reading

_LETTER = (
    "Beste ouders van Noor,\n\n"
    "{extra}\n"
    "Wij willen het leesverslag van Noor van oktober mailen naar juf Anna van Logopedie "
    "Spraakwater, zodat zij haar oefeningen kan afstemmen op wat Noor in de klas leest. Het "
    "verslag staat in ParnasSys. Uw toestemming geldt tot 1 juli 2026. U mag nee zeggen; dat "
    "heeft geen gevolgen. {withdraw}\n\n"
    "Mag het leesverslag naar juf Anna?\n{answer}\n"
)
_WITHDRAW = "U kunt uw toestemming altijd intrekken via ib@zandpad.example.nl."


def _judged(criterion: str, extra: str = "", withdraw: str = _WITHDRAW) -> str:
    text = _LETTER.format(extra=extra, withdraw=withdraw, answer="☐ ja ☐ nee")
    return check_consent_form(text, by_meaning=False, calibrated=False).criteria[criterion].oordeel


def _read(criterion: str, extra: str = "") -> str:
    text = _LETTER.format(extra=extra, withdraw=_WITHDRAW, answer="☐ ja ☐ nee")
    return reading(check_consent_form(text, by_meaning=False, calibrated=False).criteria[criterion])


def test_only_then_pointing_back_to_a_duty_is_no_condition_on_the_consent():
    extra = (
        "Wie het gezag heeft, moeten wij weten. Alleen dan weten we wie mag beslissen over "
        "inschrijving en onderzoek."
    )
    assert _judged("vrij", extra) == "ok"


def test_only_then_pointing_back_to_the_signature_stays_a_condition():
    extra = (
        "Wij hebben uw handtekening nodig. Alleen dan kan Noor starten met de inschrijving en "
        "het onderzoek."
    )
    assert _judged("vrij", extra) == "gebrek"


def test_what_the_parent_keeps_getting_is_no_open_list_of_data():
    extra = "U blijft alle informatie over Noor krijgen waar u als ouder recht op heeft."
    assert _judged("gegevens", extra) == "ok"


def test_all_information_sent_on_stays_open():
    extra = "Daarnaast sturen wij alle informatie over Noor naar juf Anna."
    assert _judged("gegevens", extra) == "gebrek"


def test_a_change_of_mind_answered_by_text_message_is_a_way_to_withdraw():
    withdraw = "Later toch liever niet meer? Sms STOP naar 06-12345678."
    assert _judged("intrekken", withdraw=withdraw) == "ok"


def test_a_change_of_mind_without_a_way_is_no_withdrawal():
    withdraw = "Fijn dat u meedenkt."
    assert _judged("intrekken", withdraw=withdraw) == "gebrek"


def test_the_other_parent_added_is_no_second_organisation():
    extra = "Mogen wij het verslag ook sturen naar Noors vader, zodat hij op de hoogte is?"
    assert _judged("granulair", extra) == "ok"


def test_a_second_organisation_added_stays_a_sign_of_a_second_exchange():
    # (a doubt, not a defect: at first sight this sign was wrong 6 times in 7)
    extra = "Wij sturen het verslag ook naar de jeugdarts van GGD Veenland."
    assert _read("granulair", extra) == "twijfel"


def test_help_with_the_parents_own_appointments_names_no_recipient():
    extra = "Mevrouw Bouzid helpt u onder andere bij afspraken met instanties."
    assert _judged("ontvangers", extra) == "ok"


def test_an_open_group_that_receives_stays_open():
    extra = "Wij delen het verslag onder andere met instanties."
    assert _judged("ontvangers", extra) == "gebrek"


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("Niet reageren = niet op de lijst, je kind gaat gewoon mee.", "ok"),
        ("Niet reageren = akkoord, je kind gaat gewoon mee.", "gebrek"),
    ],
)
def test_silence_written_as_a_sum(extra, expected):
    assert _judged("ondubbelzinnig", extra) == expected


def test_one_unnamed_sponsor_is_an_open_recipient():
    extra = "Eén van onze jubileumsponsors krijgt ook uw naam en adres voor een bedankbrief."
    assert _judged("ontvangers", extra) == "gebrek"


def test_a_named_sponsor_is_named():
    extra = "Bakkerij De Korenaar, onze jubileumsponsor, stuurt u een bedankbrief."
    assert _judged("ontvangers", extra) == "ok"


_ENDS = (
    "Beste ouders,\n\nWij noteren de observaties van uw kind in ons kindvolgsysteem KindVolg en "
    "delen een samenvatting met het consultatiebureau van JGZ Ketelveen, zodat de "
    "jeugdverpleegkundige de taalontwikkeling kan volgen. Het gaat om de observatie van taal en "
    "motoriek. {end} U mag nee zeggen; dat heeft geen gevolgen. U kunt uw toestemming altijd "
    "intrekken bij de locatiemanager.\n\n☐ ja ☐ nee\n"
)


def test_a_birthday_caps_an_open_end():
    end = "Uw toestemming geldt tot uw kind ons verlaat, en uiterlijk tot de vierde verjaardag."
    verdict = check_consent_form(_ENDS.format(end=end), by_meaning=False, calibrated=False)
    assert verdict.criteria["termijn"].oordeel == "ok"


def test_leaving_without_a_cap_stays_open():
    end = "Uw toestemming geldt tot uw kind ons verlaat."
    verdict = check_consent_form(_ENDS.format(end=end), by_meaning=False, calibrated=False)
    assert verdict.criteria["termijn"].oordeel == "gebrek"


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("Wij sturen de gegevens die de logopedist nodig heeft (naam, groep en leesniveau).", "ok"),
        (
            "Wij sturen de gegevens die de logopedist nodig heeft (zoals naam en leesniveau).",
            "gebrek",
        ),
    ],
)
def test_a_list_in_brackets_closes_the_data_an_example_does_not(extra, expected):
    assert _judged("gegevens", extra) == expected


def test_an_answer_of_how_often_is_no_open_purpose():
    extra = "Hoe vaak mogen wij u bellen?\n( ) wekelijks ( ) maandelijks ( ) alleen als het echt nodig is"
    assert _judged("doel", extra) == "ok"


def test_a_condition_on_two_parts_is_no_single_choice_for_both():
    extra = "Toestemming voor onderdeel A en B is een voorwaarde voor plaatsing."
    judged = check_consent_form(
        _LETTER.format(extra=extra, withdraw=_WITHDRAW, answer="☐ ja ☐ nee"),
        by_meaning=False,
        calibrated=False,
    )
    assert (judged.criteria["granulair"].oordeel, judged.criteria["vrij"].oordeel) == (
        "ok",
        "gebrek",
    )


def test_one_consent_for_two_parts_stays_one_choice_for_both():
    extra = "Ik geef toestemming voor onderdeel A en B."
    assert _judged("granulair", extra) == "gebrek"


def test_both_parents_asked_to_answer_is_no_single_signature_by_meaning():
    guard = DEFECTS["granulair"][2]
    assert not guard("omdat u allebei gezag heeft, vraag ik u allebei om te antwoorden.")
    assert guard("met één handtekening geeft u toestemming voor alles.")


def test_what_is_added_to_a_pupil_file_is_kept_not_shared():
    extra = "What we receive will be added to Noor's digital pupil file in our system KlasVolg."
    assert _judged("gegevens", extra) == "ok"


_PAPERS = (
    "Beste ouders,\n\nDaarom willen wij de stukken hieronder doorsturen naar de jeugdarts van "
    "GGD Rivierenzoom en {whom}. Zet een kruisje in het hokje bij wat u goed vindt:\n\n"
    "  □  een kopie van het vaccinatieboekje van mijn kind\n"
    "  □  het verslag van de intake van 3 maart\n\n"
    "Zo kan de jeugdarts nagaan welke vaccinaties uw kind nog mist. De GGD bewaart de stukken in "
    "het dossier van de jeugdgezondheidszorg; uw toestemming geldt tot 1 juli 2026. U mag nee "
    "zeggen; dat heeft geen gevolgen. Intrekken kan altijd via jgz@rivierenzoom.example.nl.\n"
)


@pytest.mark.parametrize(
    ("whom", "expected"),
    [
        ("andere externe deskundigen met wie de GGD samenwerkt", "gebrek"),
        ("de schoolarts van De Klimop", "ok"),
    ],
)
def test_a_lead_in_to_boxes_of_papers_does_not_close_an_open_group(whom, expected):
    judged = check_consent_form(_PAPERS.format(whom=whom), by_meaning=False, calibrated=False)
    assert judged.criteria["ontvangers"].oordeel == expected


def test_a_buttons_closing_bracket_read_as_l_is_mended():
    assert mend_ocr_words("[Jal [Neel") == "[Ja] [Nee]"


def test_a_name_in_brackets_is_left_alone():
    assert mend_ocr_words("[Jaap] en [Neeltje]") == "[Jaap] en [Neeltje]"


# An outside review of the readings above found each of these read wrongly; the neighbours
# that must keep their reading stand beside them.
@pytest.mark.parametrize(
    ("criterion", "extra", "expected"),
    [
        ("ondubbelzinnig", "Geen reactie = geen bezwaar, Noor doet dan gewoon mee.", "gebrek"),
        ("ondubbelzinnig", "Geen antwoord betekent geen bezwaar.", "gebrek"),
        (
            "vrij",
            "Wij hebben uw instemming nodig. Alleen dan krijgt Noor hulp van de logopedist.",
            "gebrek",
        ),
        ("vrij", "Heeft u getekend? Alleen dan krijgt Noor hulp van de logopedist.", "gebrek"),
        (
            "vrij",
            "De logopedist moet het dossier kunnen inzien. Alleen dan krijgt Noor hulp.",
            "gebrek",
        ),
        (
            "gegevens",
            "Wij sturen de gegevens die de logopedist nodig heeft (naam, groep, leesniveau enzovoort).",
            "gebrek",
        ),
        (
            "gegevens",
            "Wij sturen de gegevens die de logopedist nodig heeft (dit kan veel zijn, en verschilt per kind).",
            "gebrek",
        ),
        (
            "gegevens",
            "Wij sturen de gegevens die de logopedist nodig heeft (naam, groep en leesniveau).",
            "ok",
        ),
        (
            "granulair",
            "Ik geef toestemming voor onderdeel A en B, onder voorwaarde dat alles versleuteld wordt verstuurd.",
            "gebrek",
        ),
        ("granulair", "Wij sturen het verslag ook naar de vader van Sem uit groep 5.", "twijfel"),
        (
            "granulair",
            "Wij sturen het verslag ook naar de moeder- en kindafdeling van Ziekenhuis Rijnstad.",
            "twijfel",
        ),
        (
            "granulair",
            "Mogen wij het verslag ook sturen naar Noors vader, zodat hij op de hoogte is?",
            "ok",
        ),
        ("gegevens", "Ook de schoolarts en u mogen alle gegevens over Noor ontvangen.", "gebrek"),
        (
            "gegevens",
            "U blijft alle informatie over Noor krijgen waar u als ouder recht op heeft.",
            "ok",
        ),
        (
            "doel",
            "Waarvoor mag juf Anna het verslag gebruiken? ☐ de leesoefeningen ☐ het groepsplan ☐ voor een goede begeleiding in het algemeen",
            "gebrek",
        ),
        (
            "gegevens",
            "All information about Noor is sent to the youth doctor and added to the file there.",
            "gebrek",
        ),
        (
            "granulair",
            "Let op: andere ouders zetten soms zelf beelden op Facebook en Instagram.",
            "ok",
        ),
        (
            "granulair",
            "Foto's van de open dag, zonder leerlingen, komen op de website en in de schoolgids.",
            "ok",
        ),
        (
            "granulair",
            "Wij maken foto's. Die gebruiken we op de website en in de schoolgids, maar nooit met naam erbij.",
            "gebrek",
        ),
        (
            "granulair",
            "Wij maken foto's. Die komen in de schoolgids en op de website, niet op Instagram.",
            "gebrek",
        ),
        (
            "ontvangers",
            "Eén van onze sponsors, Bakkerij De Korenaar, krijgt uw naam en adres.",
            "ok",
        ),
        ("ontvangers", "Wij kozen een van de praktijken in Zandpad: Logopedie Spraakwater.", "ok"),
        (
            "ontvangers",
            "Eén van onze jubileumsponsors krijgt ook uw naam en adres voor een bedankbrief.",
            "gebrek",
        ),
        ("doel", "Wij delen het verslag voor commerciële doeleinden.", "gebrek"),
        (
            "doel",
            "Wij mailen u voor communicatiedoeleinden, namelijk om u te mailen over de afspraken met juf Anna.",
            "ok",
        ),
    ],
)
def test_the_outside_reviews_cases(criterion, extra, expected):
    assert _read(criterion, extra) == expected
