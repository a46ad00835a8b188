"""A text message export that shows only the time ("[15:41] ") and the part of a long message
("(2/3) "): the evidence a parent reads quotes the message, not the app's stamps, and a
message in parts is read as one text (found on a parent walk with an SMS export)."""

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.layout import unchat

_EXPORT = (
    "SMS-berichten - exporteren\n"
    "Van: +31 6 2093 4471 (Ellen Dijkman, OBS De Springplank)\n\n"
    "[15:41] (1/3) Dag mevrouw Kowalska, met Ellen Dijkman, remedial teacher. Zofia gaat "
    "vanaf maart naar de rekentraining van Rekenpunt Oost.\n"
    "[15:41] (2/3) Rekenpunt wil graag Zofia's twee rekentoetsen van januari hebben, zodat ze "
    "op het goede niveau kan beginnen. Meer stuur ik niet. Bij ons staat het in Zofia's "
    "leerlingdossier (LeerlingLijn); Rekenpunt gooit het weg als de training klaar is, "
    "uiterlijk juli 2026. Zegt u nee, dan doet Zofia gewoon mee. Bedenkt u zich later? Sms "
    "of bel mij, dan stuur ik niets meer.\n"
    "[15:42] (3/3) Wilt u antwoorden met JA of NEE?\n"
)


def test_the_time_and_the_part_are_no_part_of_the_message():
    lines = unchat(["[15:41] (1/2) Mag ik het verslag sturen?", "[15:41] (2/2) Graag ja of nee."])
    assert lines == ["", "Mag ik het verslag sturen?", "Graag ja of nee."]
    assert unchat(["[15:42] Wilt u antwoorden met JA of NEE?"]) == [
        "",
        "Wilt u antwoorden met JA of NEE?",
    ]
    # a named header keeps working, and its part counter goes too
    assert unchat(["[16:42] Juf Marloes: (2/2) tot morgen"]) == ["", "tot morgen"]
    # a colon in the message is no sender's name after a part counter
    assert unchat(["[15:41] (1/2) Let op: alleen de toetsen.", "[15:41] (2/2) Dat is alles."]) == [
        "",
        "Let op: alleen de toetsen.",
        "Dat is alles.",
    ]


def test_an_agenda_time_is_no_message_stamp():
    assert unchat(["09:00 Opening: welkom", "15:41 uur: einde"]) == [
        "09:00 Opening: welkom",
        "15:41 uur: einde",
    ]


def test_no_stamp_reaches_the_evidence():
    result = check_consent_form(_EXPORT, by_meaning=False)
    quotes = [quote for judgement in result.criteria.values() for quote in judgement.bewijs]
    assert quotes
    assert not [quote for quote in quotes if "[15:4" in quote or "/3)" in quote]
    assert result.verdict == "geldig", result.criteria


def test_another_asking_to_have_the_papers_names_the_data():
    text = "Rekenpunt wil graag Zofia's twee rekentoetsen van januari hebben.\n"
    judgement = check_consent_form(text, by_meaning=False).criteria["gegevens"]
    assert judgement.oordeel == "ok"
    assert "rekentoetsen" in judgement.bewijs[0]


def test_taking_a_result_along_to_a_meeting_shares_it():
    # found on the same parent walk: "meenemen" to a talk with the GGD nurse is sharing
    for sentence in (
        "Voor het gesprek met de jeugdverpleegkundige van GGD Hollands Midden wil ik graag de "
        "uitslag van Noah's laatste gehoortest meenemen.",
        "Ik neem de uitslag van de gehoortest mee naar het gesprek met de jeugdverpleegkundige.",
    ):
        judgement = check_consent_form(sentence + "\n", by_meaning=False).criteria["gegevens"]
        assert judgement.oordeel == "ok", sentence
        assert "gehoortest" in judgement.bewijs[0]
    # neighbours that must stay: taking the child or the papers home, asking for contact
    for text in (
        "Wij nemen Noah mee naar het zwembad.",
        "Ik neem het rapport mee naar huis om het rustig te lezen.",
        "De juf wil graag contact met u hebben over het rapport van Noah.",
        "Wij willen graag uw reactie op het verslag binnen een week hebben.",
    ):
        judged = check_consent_form(text + "\n", by_meaning=False).criteria["gegevens"]
        assert judged.oordeel == "gebrek", text
