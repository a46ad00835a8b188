"""The reading by meaning for defects: where a rule judged a criterion ok, a sentence that
clearly says the defect in words of its own turns it to gebrek, quoted and with doubt, so a
letter names it only once the parent has confirmed it. Runs the real sentence model."""

import json

import pytest

from dossierwijs.core.consent_check import GEBREK, OK, check_consent_form, meaning_defects
from dossierwijs.core.consent_check.form import Form, Judgement
from dossierwijs.core.letters.kinds.geen_toestemming import defects_from_check, doubtful_defects

from .test_meaning import STORED, letter

NO_CONSEQUENCE = (
    "Geeft u geen toestemming, dan heeft dat geen gevolgen voor de hulp die Jesse op school "
    "krijgt.\n"
)
# A condition in words no rule of the checker knows (rules alone: vrij ok).
HELD_BACK = (
    "De aanvraag voor de taalgroep wordt niet in behandeling genomen zolang een van de vakjes "
    "leeg is."
)
BOXES = (
    "[ ] Ja, de school mag de taaltoets en het verslag delen met Logopediepraktijk Klankrijk.\n"
    "[ ] Ja, de logopedist mag haar behandelverslag aan de school sturen.\n"
)
# One declaration for both exchanges, in words no rule knows (rules alone: granulair ok).
ONE_DECLARATION = (
    "Ondergetekende stemt in met de uitwisseling van gegevens zoals in deze brief omschreven."
)


def test_the_reader_is_trained_for_this_model_with_high_thresholds():
    trained = json.loads(meaning_defects.WEIGHTS.read_text(encoding="utf-8"))
    assert trained["model"] == meaning_defects.MODEL
    assert set(trained["criteria"]) == set(meaning_defects.DEFECTS)
    assert all(c["threshold"] >= 0.95 for c in trained["criteria"].values())


def test_a_well_made_form_keeps_every_ok():
    rules_alone = check_consent_form(letter(), by_meaning=False).criteria
    judged = check_consent_form(letter()).criteria
    for code in meaning_defects.DEFECTS:
        assert rules_alone[code].oordeel == OK
        assert judged[code] == rules_alone[code]


def test_a_condition_in_words_of_its_own_is_raised_with_doubt_and_quoted():
    form = letter().replace(NO_CONSEQUENCE, HELD_BACK + "\n")
    assert check_consent_form(form, by_meaning=False).criteria["vrij"].oordeel == OK

    result = check_consent_form(form)
    judged = result.criteria["vrij"]
    assert judged.oordeel == GEBREK
    assert judged.bewijs == (HELD_BACK,)
    # Quoted within our own sentence, without its full stop (no “… leeg is.”. on the page).
    assert f"“{HELD_BACK.rstrip('.')}” (AVG" in judged.uitleg
    assert "AVG art. 7 lid 4" in judged.uitleg
    assert "Twijfel:" in judged.uitleg
    assert result.verdict == "ongeldig"
    # A refusal letter names it only once the parent has confirmed it.
    assert doubtful_defects(result.to_json()) == ("vrij",)


def test_the_refusal_letter_quotes_the_sentence_once_the_parent_confirms_it():
    result = check_consent_form(letter().replace(NO_CONSEQUENCE, HELD_BACK + "\n")).to_json()
    assert defects_from_check(result) == ()
    (line,) = defects_from_check(result, confirmed=["vrij"])
    assert line.endswith(f"(\u201c{HELD_BACK.rstrip('.')}\u201d).")


def test_one_declaration_for_two_exchanges_is_raised():
    form = letter().replace(BOXES, ONE_DECLARATION + "\n")
    assert check_consent_form(form, by_meaning=False).criteria["granulair"].oordeel == OK

    judged = check_consent_form(form).criteria["granulair"]
    assert judged.oordeel == GEBREK
    assert judged.bewijs == (ONE_DECLARATION,)
    assert "overweging 32 en 43" in judged.uitleg


@pytest.mark.parametrize(
    "sentence",
    [
        "Het niet ondertekenen van deze machtiging heeft geen gevolgen voor de inschrijving.",
        "Als u geen machtiging geeft, nemen wij uw aanvraag toch in behandeling.",
        "Zonder toestemming begeleid ik uw kind net zo goed.",
        "De plaatsing van uw kind hangt er niet van af.",
        "Volgens de wet mag ik dat alleen met uw uitdrukkelijke toestemming.",
        "Een onderdeel waarbij geen vakje is aangekruist, geldt als niet toegestaan.",
        "Intrekken van deze toestemming kan alleen per aangetekende brief aan het bestuur.",
    ],
)
def test_a_sentence_that_says_refusing_costs_nothing_is_never_read_as_a_condition(sentence):
    assert not meaning_defects.DEFECTS["vrij"][2](meaning_defects.normalise(sentence))


@pytest.mark.parametrize(
    ("sentence", "open_group"),
    [
        ("Het verslag kan worden gedeeld met andere ketenpartners.", True),
        ("Soms vraagt het team iemand anders om mee te denken.", True),
        ("De CT bestaat uit een voorzitter, een orthopedagoog en een jeugdarts.", False),
        ("Soms is het nuttig om informatie te delen met school of met de arts.", False),
        ("Alleen de hulpverleners die bij uw gezin betrokken zijn, kunnen het openen.", False),
        ("De commissie, bestaande uit een voorzitter en andere deskundigen, leest mee.", False),
    ],
)
def test_only_a_sentence_that_names_an_open_group_can_raise_recipients(sentence, open_group):
    guard = meaning_defects.DEFECTS["ontvangers"][2]
    assert guard(meaning_defects.normalise(sentence)) is open_group


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik geef toestemming voor overleg met:",
        "Daarvoor willen we informatie uitwisselen met de organisaties die u hieronder aankruist.",
    ],
)
def test_the_lead_in_to_boxes_per_recipient_is_no_single_signature(sentence):
    assert not meaning_defects.DEFECTS["granulair"][2](meaning_defects.normalise(sentence))


def test_a_sentence_the_rule_cited_for_its_ok_is_not_read_again():
    form = Form(letter().replace(NO_CONSEQUENCE, HELD_BACK + "\n"))
    cited = Judgement(OK, "Er staat dat nee zeggen geen gevolgen heeft.", (HELD_BACK,))
    found = meaning_defects.likeliest_defect("vrij", cited, form)
    assert found is None or found[1] != HELD_BACK
    assert meaning_defects.raise_missed("vrij", cited, form) == cited


def test_a_defect_or_another_criterion_is_left_as_it_is():
    form = Form(letter().replace(NO_CONSEQUENCE, HELD_BACK + "\n"))
    defect = Judgement(GEBREK, "U heeft geen echte keuze.", ("x",))
    assert meaning_defects.raise_missed("vrij", defect, form) == defect
    storage = Judgement(OK, "Er staat waar.", (STORED,))
    assert meaning_defects.raise_missed("opslag", storage, form) == storage


def test_without_the_sentence_model_the_rules_judgment_stands(monkeypatch):
    monkeypatch.setattr(meaning_defects, "_readers", lambda: None)
    form = letter().replace(NO_CONSEQUENCE, HELD_BACK + "\n")
    assert check_consent_form(form).criteria["vrij"].oordeel == OK


@pytest.mark.parametrize(
    "sentence",
    [
        "De dyslexieverklaring staat in het afgeschermde deel dat alleen de mentor kan openen.",
        "Deze toestemming geldt voor de duur van de inschrijving van de leerling.",
        "Is er meer nodig dan wij in de groep kunnen bieden, dan kan de school een arrangement aanvragen.",
        "Het niet ondertekenen van deze machtiging heeft geen gevoIgen voor de inschrijving.",
    ],
)
def test_a_sentence_without_a_word_for_a_condition_is_not_read_as_one(sentence):
    # The reader quoted these for 'vrij' (right 2 of 9 times on all labelled forms).
    guard = meaning_defects.DEFECTS["vrij"][2]
    assert not guard(meaning_defects.normalise(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Staat er ergens geen kruisje, dan houden wij de aanmelding van Daan aan.",
        "Voor plaatsing op de Plusgroep is daarom in elk geval toestemming voor onderdeel 1 nodig.",
        HELD_BACK,
        "De begeleiding start pas na ondertekening van dit formulier.",
    ],
)
def test_a_condition_in_words_of_its_own_may_still_be_read(sentence):
    guard = meaning_defects.DEFECTS["vrij"][2]
    assert guard(meaning_defects.normalise(sentence))
