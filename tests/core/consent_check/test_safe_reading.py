"""Where the evidence is mixed, the reading that keeps the parent safe wins: a condition in a
relative clause beats "U bent vrij", and one signature over several consents or a list of
recipients is not a choice per part."""

from dossierwijs.core.consent_check.choice import judge_granulair, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel
from dossierwijs.core.consent_check.form import Form

FREE = "U bent helemaal vrij om wel of geen toestemming te geven.\n"


def test_a_condition_in_a_relative_clause_beats_a_free_choice():
    text = (
        "De zwemklas, die twee keer per week in het sportfonds zwembad is, heeft alleen een "
        "plek voor kinderen van wie de ouders dit formulier hebben getekend.\n" + FREE
    )
    judged = judge_vrij(Form(text))
    assert judged.oordeel == "gebrek"
    assert any("alleen een plek" in quote for quote in judged.bewijs)


def test_participation_only_with_consent_is_a_condition():
    text = "Deelname aan de huiswerkklas kan alleen met uw schriftelijke toestemming.\n" + FREE
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_sharing_only_with_consent_is_no_condition():
    text = "Wij sturen het verslag alleen als u toestemming geeft.\n" + FREE
    assert judge_vrij(Form(text)).oordeel == "ok"


def test_one_signature_over_two_consents_is_not_granular():
    text = (
        "Wij sturen het handelingsplan naar Praktijk Zonnewijzer en bespreken het met de GGD.\n"
        "Met mijn handtekening verklaar ik dat ik het plan heb gelezen, dat ik akkoord ga met "
        "de aanpak en dat ik toestemming geef het plan te delen.\n"
        "Handtekening: __________\n"
    )
    judged = judge_granulair(Form(text))
    assert judged.oordeel == "gebrek"
    assert any("verklaar ik" in quote for quote in judged.bewijs)


def test_a_signature_that_only_confirms_reading_stays_one_consent():
    text = (
        "Wij sturen het leesverslag naar Praktijk Zonnewijzer, zodat zij de les kan plannen.\n"
        "Met mijn handtekening verklaar ik dat ik dit formulier heb gelezen en dat ik "
        "toestemming geef.\nHandtekening: __________\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_sharing_with_listed_items_under_one_choice_is_not_granular():
    text = (
        "Het plan gaat naar:\n"
        "1. de gemeente Rivierstad, voor de vergoeding;\n"
        "2. Praktijk Zonnewijzer, voor de behandeling.\n\n"
        "Ik geef toestemming om het plan te delen met de onder 1 en 2 genoemde organisaties.\n"
        "Handtekening: __________\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_two_named_recipients_each_with_its_own_purpose_under_one_choice():
    text = (
        "Wij geven de namen en rugnummers door aan de NHV en aan drukkerij Printwerk, voor de "
        "wedstrijdkaarten en de clubkalender.\n"
        "Handtekening: __________\n"
    )
    judged = judge_granulair(Form(text))
    assert judged.oordeel == "gebrek"
    assert judged.bewijs


def test_a_purpose_set_off_after_the_exchange_counts():
    text = "Wij sturen de zwemdiploma's naar de gemeente Zandvoort, voor de subsidieaanvraag.\n"
    assert judge_doel(Form(text)).oordeel == "ok"
