"""The misses of sealed32 (messages, not forms) at first sight, in messages of our own; its
first-sight figure is recorded (bench/data/consent/sealed32/FIRST_SCORE.txt) before these
changes."""

from dossierwijs.core.consent_check.choice import (
    judge_granulair,
    judge_ondubbelzinnig,
    judge_vrij,
)
from dossierwijs.core.consent_check.criteria import (
    judge_doel,
    judge_gegevens,
    judge_ontvangers,
)
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_termijn

_THREE_STEPS = (
    "1. Ik stuur het groeidocument naar mevrouw Sastro van SWV Maasoever, om een arrangement "
    "aan te vragen.\n"
    "2. Ik geef orthopedagoog Pronk de observatievraag, zodat hij Sophie kan observeren.\n"
    "3. Ik stuur fysiotherapeut Maas de observatie van de gymleerkracht, zodat zij kan "
    "beoordelen of een onderzoek nodig is.\n"
)


def test_one_akkoord_that_sets_all_three_steps_going_is_one_choice():
    text = (
        _THREE_STEPS + 'Wilt u deze mail beantwoorden met "akkoord"? Dan kan ik alle drie de '
        "stappen in gang zetten.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_an_open_group_as_the_last_item_of_a_list_of_names_is_open():
    text = (
        "Jullie kunnen per persoon ja of nee zeggen:\n"
        "  - Marleen Hoekstra, leerkracht groep 7 (ja/nee)\n"
        "  - Sarah Nijland, jeugdverpleegkundige GGD Duin (ja/nee)\n"
        "  - en eventueel andere betrokkenen die wij voor het gesprek nodig vinden\n\n"
        "Wie geen ja van jullie krijgt, nodigen we niet uit.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_a_condition_in_the_mail_disclaimer_still_counts():
    text = (
        "Mag ik het groeidocument naar het samenwerkingsverband sturen, zodat de commissie "
        'over het arrangement kan beslissen? Wilt u "ja" of "nee" terugmailen?\n\n'
        "Met vriendelijke groet,\nMirjam\n\n"
        "---------------------------------------------------------------------\n"
        "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Aanvragen\n"
        "voor een arrangement worden alleen in behandeling genomen als de ouders\n"
        "toestemming hebben gegeven. Aan dit bericht kunnen geen rechten worden ontleend.\n"
        "---------------------------------------------------------------------\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"
    plain = text.replace(
        "Aanvragen\nvoor een arrangement worden alleen in behandeling genomen als de ouders\n"
        "toestemming hebben gegeven. ",
        "",
    )
    assert judge_vrij(Form(plain)).oordeel == "ok"


def test_replies_in_words_are_active_acts():
    replies = [
        'Mail of app gewoon terug met bijvoorbeeld "De Overkant ja, Anke nee".',
        "Laat maar even weten of het goed is, dan regel ik het deze week nog.",
        'Ik verzoek u per stap "akkoord" of "niet akkoord" te antwoorden.',
    ]
    for reply in replies:
        text = (
            "Mag ik het verslag naar Jeugdhulp De Overkant sturen, zodat de coach het plan "
            f"kan maken?\n{reply}\n"
        )
        assert judge_ondubbelzinnig(Form(text)).oordeel == "ok", reply


def test_a_reply_per_letter_is_a_choice_per_part():
    text = (
        " a) Aanmelden: ik geef mevrouw Koster van Stichting Welzijn de naam en klas van Lotte, "
        "zodat zij een gesprek kan plannen.\n"
        " b) Terugkoppeling: mevrouw Koster laat mij weten of Lotte verder gaat, zodat ik haar "
        "in de klas kan steunen.\n"
        'Wilt u via Magister terugsturen: "a) ja/nee, b) ja/nee"? U kunt dus ook a) ja en b) '
        "nee kiezen.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_what_a_thing_is_needed_for_is_no_open_purpose():
    text = (
        "Mag ik de naam van Sem aan de jeugdverpleegkundige van GGD Oost geven? Dat is nodig "
        "om een afspraak op het spreekuur in te plannen.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"
    hedged = text.replace("Dat is nodig om", "Het kan nodig zijn om")
    assert judge_doel(Form(hedged)).oordeel == "gebrek"


def test_until_that_day_points_back_to_the_date_named_before():
    text = (
        "Na de laatste clubmiddag (17 december) haal ik het niveau uit de lijst, en de "
        "toestemming geldt ook tot die dag.\n"
    )
    assert judge_termijn(Form(text)).oordeel == "ok"


def test_that_sort_of_things_leaves_the_data_open():
    text = (
        "We delen info met de jeugdverpleegkundige van GGD Oost, zodat zij kan meekijken. "
        "Denk aan hoe het gaat in de klas, toetsjes, dat soort dingen.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "gebrek"
