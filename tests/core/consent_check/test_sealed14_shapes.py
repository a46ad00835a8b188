"""What the spent sealed14 showed, in sentences of our own."""

from dossierwijs.core.consent_check.criteria import judge_doel, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.withdrawal import judge_intrekken


def test_one_signature_for_the_lettered_parts_of_a_point():
    text = (
        "2. Uitwisseling\n"
        "a. met de school van uw kind over de aanpak in de klas;\n"
        "b. met de huisarts over de medicatie;\n"
        "c. met de jeugdverpleegkundige over het groeien.\n\n"
        "Ik geef toestemming voor de uitwisseling zoals beschreven onder punt 2 (a, b en c).\n"
        "Handtekening: ____________\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_the_purpose_named_as_a_good_guidance_is_vague():
    text = (
        "Wij willen contact met de school van uw kind. Het doel hiervan is een goede begeleiding "
        "van uw kind.\nWij bespreken met de school hoe het in de klas gaat, zodat wij de "
        "behandeling kunnen afstemmen.\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_future_research_and_partners_abroad_are_open():
    text = (
        "De gegevens kunnen daarnaast worden gebruikt voor toekomstig wetenschappelijk "
        "onderzoek.\nDe gecodeerde gegevens kunnen worden gedeeld met onderzoekspartners in "
        "binnen- en buitenland.\n"
    )
    form = Form(text)
    assert judge_doel(form).oordeel == "gebrek"
    assert judge_ontvangers(form).oordeel == "gebrek"


def test_an_exchange_introduced_with_a_vague_aim_above_the_choices():
    text = (
        "Om uw kind zo goed mogelijk te kunnen begeleiden, wisselen wij indien nodig gegevens uit "
        "met de jeugdarts, zodat hij kan meedenken.\n"
        "[x] ja  [ ] nee  De jeugdarts mag de toetsen zien, zodat hij kan meedenken.\n"
        "[x] ja  [ ] nee  De jeugdarts mag het groeidocument zien, zodat hij kan meedenken.\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_a_withdrawal_that_takes_effect_next_school_year_is_restricted():
    text = (
        "De school deelt het handelingsplan met de logopedist, zodat zij dezelfde woorden "
        "oefent.\nToestemming intrekken kan per brief aan de directie en gaat in bij de start "
        "van het volgende schooljaar.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "gebrek"
