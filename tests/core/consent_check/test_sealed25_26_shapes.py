"""The unsafe misses of sealed25 and sealed26 (a defective form passed), in sentences of our
own; their first-sight figures are recorded before these changes."""

from dossierwijs.core.consent_check.criteria import judge_doel, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_termijn

_ASKED = (
    "Mag de praktijk het verslag naar de mentor van De Linde sturen, zodat zij de afspraken "
    "in de klas kan volgen?  [ ] ja  [ ] nee\n"
)


def test_the_other_doctors_the_child_will_see_are_an_open_group():
    text = (
        "Met de huisarts van Gezondheidscentrum Oost en met de andere artsen die Daan de "
        "komende tijd gaat zien, bespreek ik hoe de dosis uitpakt, zodat die kan worden "
        "aangepast.\nJA / NEE\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_an_open_group_in_an_item_with_agree_and_disagree_boxes_still_counts():
    text = (
        "a. Overleg met de mentor van CSG Het Anker en overige ketenpartners rond Ilse.  "
        "[ ] akkoord   [ ] niet akkoord\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_an_intake_question_about_other_therapists_opens_no_group():
    text = _ASKED + "Zijn er andere behandelaars betrokken? ______________________\n"
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_consent_that_runs_on_until_the_parent_withdraws_it_has_no_end():
    text = _ASKED + (
        "Uw toestemming blijft doorlopen, ook in een volgend schooljaar, totdat u haar intrekt.\n"
    )
    assert judge_termijn(Form(text)).oordeel == "gebrek"


def test_a_vague_aim_said_of_the_exchange_just_before_is_a_vague_purpose():
    text = _ASKED + (
        "C. Voortgang naar de zorgcoördinator  [ ] ja  [ ] nee\n"
        "Elke vier weken geven wij de zorgcoördinator door in welke fase Noor zit.\n"
        "Dat doen wij ter ondersteuning van Noor, in brede zin en waar dat nodig blijkt.\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_a_signature_line_per_part_is_a_choice_per_part():
    from dossierwijs.core.consent_check.choice import judge_granulair

    text = (
        "DEEL A – Gehoorgegevens naar school\nWij sturen het audiogram naar de mentor van "
        "Het Baken, zodat hij weet waar Lucas moet zitten.\n"
        "Handtekening ouder/verzorger, Deel A: ______________\n"
        "DEEL B – Contact met het audiologisch centrum\nDe mentor belt met de audioloog van "
        "Klankrijk over de FM-zender.\nHandtekening ouder/verzorger, Deel B: ______________\n"
    )
    judgement = judge_granulair(Form(text))
    assert judgement.oordeel == "ok" and "Deel A, Deel B" in judgement.uitleg


def test_data_that_goes_along_only_with_an_initial_is_no_condition():
    from dossierwijs.core.consent_check.choice import judge_vrij

    text = _ASKED + ("De testuitslagen gaan alleen mee als u bij keuze 2 uw paraaf zet.\n")
    assert judge_vrij(Form(text)).oordeel == "ok"


def test_and_if_i_think_otherwise_later_is_withdrawal():
    from dossierwijs.core.consent_check.choice import judge_intrekken

    text = _ASKED + (
        "En als ik er later anders over denk?\nZeg het tegen uw logopedist, wanneer u maar "
        "wilt. Vanaf dat moment bellen we niet meer met school.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "ok"
