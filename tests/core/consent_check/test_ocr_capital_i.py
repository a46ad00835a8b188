"""A scan reads a lower-case l inside a word as a capital I ("geen enkeIe invloed",
"geIdig tot", "schooI"): the words are read as the l they are. Found on sealed80 after
scoring, where "Geeft u geen toestemming, dan heeft dit geen enkeIe invloed op de begeleiding"
was read as a price on refusing."""

from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.sentences import normalise


def test_a_capital_i_inside_a_lower_case_word_is_an_l():
    assert normalise("geen enkeIe invloed, geIdig tot, de schooI") == (
        "geen enkele invloed, geldig tot, de school"
    )


def test_words_that_start_with_a_capital_i_keep_it():
    assert normalise("Ik heb Ivo in de BIJLAGE gezet") == "ik heb ivo in de bijlage gezet"


def test_a_refusal_without_a_price_read_through_the_noise():
    text = (
        "Wij willen het verslag van Lucas naar het CJG sturen, zodat de jeugdverpleegkundige "
        "hem kan begeleiden.\n[ ] Ja [ ] Nee\n"
        "Geeft u geen toestemming, dan heeft dit geen enkeIe invloed op de begeleiding en de "
        "lessen die Lucas op school krijgt.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "ok"
