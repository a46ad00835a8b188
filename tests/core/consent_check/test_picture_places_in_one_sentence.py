"""Pictures put in two places or more in one sentence ("Die gebruiken we in de schoolgids, op
de website en op Instagram") under one choice are not granular; one place, or a choice per
place, is. Found after sealed117-120 were scored (tuned, not a measure). Rules alone."""

from dossierwijs.core.consent_check import check_consent_form

_NOTE = (
    "Beste ouders,\n\n"
    "Donderdag 11 juni is de sportdag. Meester Bas maakt foto's van de kinderen bij de spellen. "
    "{use}\n"
    "De foto's staan in de beeldbank van school in Google Drive en wij verwijderen ze na een "
    "jaar. Het is vrijwillig; wie nee zegt, doet gewoon mee. U kunt uw toestemming altijd "
    "intrekken bij de administratie.\n\n"
    "{choice}\n"
)


def _granulair(use: str, choice: str = "☐ ja, dat mag   ☐ nee, liever niet") -> str:
    text = _NOTE.format(use=use, choice=choice)
    judged = check_consent_form(text, by_meaning=False, calibrated=False)
    return judged.criteria["granulair"].oordeel


def test_pictures_put_in_several_places_in_the_sentence_after_them_under_one_choice():
    use = "Die gebruiken we in de nieuwe schoolgids, op onze website en op ons Instagram-account."
    assert _granulair(use) == "gebrek"


def test_pictures_named_in_the_same_sentence_in_two_places_under_one_choice():
    use = "Wij plaatsen een paar foto's op de website en in de nieuwsbrief van juni."
    assert _granulair(use) == "gebrek"


def test_pictures_in_one_place_need_one_choice():
    use = "Die gebruiken we alleen in de nieuwsbrief van juni."
    assert _granulair(use) == "ok"


def test_a_place_named_only_to_say_it_is_not_used_adds_no_place():
    use = "Die gebruiken we in de nieuwsbrief. Wij zetten ze niet op de website of Instagram."
    assert _granulair(use) == "ok"


def test_a_choice_per_place_is_granular():
    use = "Die gebruiken we in de nieuwsbrief en op de website."
    choice = "Nieuwsbrief: ☐ ja ☐ nee\nWebsite: ☐ ja ☐ nee"
    assert _granulair(use, choice) == "ok"
