"""The parent corrects the checker on one criterion (consent:correct), or takes it back."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from dossierwijs.consent.checking import check_text
from dossierwijs.consent.models import VERDICT_LABELS, FormCheck
from dossierwijs.consent.presenting import form_sentences
from dossierwijs.letters.models import Letter
from dossierwijs.vault.journal_model import JournalEntry
from tests.consent.factories import form_check
from tests.consent.test_check_result_view import INCOMPLETE_FORM
from tests.consent.test_give_view import composed_text

WITHDRAW_LINE = "Er staat niet goed in dat de toestemming altijd kan worden ingetrokken, en hoe"
FREE_LINE = "Er is geen echte vrije keuze, zonder nadeel voor het kind"


def _url(check):
    return reverse("consent:correct", args=[check.pk])


def _result(client, check) -> str:
    return client.get(reverse("consent:check_result", args=[check.pk])).content.decode()


def _card(page: str, code: str) -> str:
    return page.split(f'id="eis-{code}"')[1].split('id="eis-')[0].split("</ol>")[0]


def _sentence_index(check, text: str) -> str:
    """The value of the option of the form's sentence containing ``text``."""
    return str(next(i for i, s in enumerate(form_sentences(check.text)) if text in s))


def _refuse(client, check, school) -> Letter:
    response = client.post(
        reverse("consent:refuse", args=[check.pk]), {"tone": "zakelijk", "organisation": school.pk}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Letter.objects.get(vault=check.vault)


def test_the_form_says_it_after_all_turns_an_incomplete_form_valid(family, eva):
    check = check_text(vault=family.vault, by=family.ouder, text=INCOMPLETE_FORM, title="x")
    assert check.verdict == "onvolledig"
    sentence = _sentence_index(check, "altijd intrekken")  # any sentence the parent points at
    response = eva.post(
        _url(check), {"eis": "opslag", "stap": "corrigeer", "opslag-sentence": sentence}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("consent:check_result", args=[check.pk]) + "#eis-opslag"
    eva.post(_url(check), {"eis": "termijn", "stap": "corrigeer", "termijn-sentence": ""})

    check.refresh_from_db()
    assert check.result["criteria"]["opslag"]["oordeel"] == "gebrek"  # the checker's stays
    assert check.corrections["opslag"]["oordeel"] == "ok"
    assert "altijd intrekken" in check.corrections["opslag"]["zin"]
    assert check.verdict == "geldig"
    assert check.verdict_label() == VERDICT_LABELS["geldig"]
    page = _result(eva, check)
    assert "Oordeel: geldig" in page
    assert "Eerst navragen" not in page
    assert "Bij 2 eisen telt uw eigen oordeel" in page
    card = _card(page, "opslag")
    assert "dossierwijs: ontbreekt" in card and "u: in orde" in card
    assert "altijd intrekken" in card  # the sentence the parent pointed at
    assert "Maak uw oordeel bij" in card
    # The list of checks reads the corrected verdict too.
    listing = eva.get(reverse("consent:check")).content.decode()
    assert str(VERDICT_LABELS["geldig"]) in listing


def test_eerst_navragen_asks_only_for_what_is_still_missing(family, eva):
    check = check_text(vault=family.vault, by=family.ouder, text=INCOMPLETE_FORM, title="x")
    both = "Vraag de organisatie waar de gegevens worden bewaard en hoe lang de toestemming geldt"
    assert both in _result(eva, check)
    eva.post(_url(check), {"eis": "opslag", "stap": "corrigeer", "opslag-sentence": ""})
    page = _result(eva, check)
    assert "Eerst navragen" in page
    assert "Vraag de organisatie hoe lang de toestemming geldt, en vraag" in page
    assert "waar de gegevens worden bewaard" not in page.split("Eerst navragen")[1]


def test_the_refusal_letter_lists_only_the_defects_that_remain(letter_family, school, eva):
    check = form_check(letter_family)
    response = eva.post(_url(check), {"eis": "intrekken", "stap": "corrigeer"})
    assert response.status_code == 302
    page = _result(eva, check)
    assert "Oordeel: ongeldig" in page
    assert "voldoet niet aan 6 van de zeven eisen" in page
    refusal = page.split('id="next-steps"')[1]
    assert WITHDRAW_LINE not in refusal and "Er staat geen concreet doel in" in refusal

    letter = _refuse(eva, check, school)
    assert WITHDRAW_LINE not in letter.text
    assert "Er staat geen concreet doel in" in letter.text
    assert "De organisaties die de gegevens krijgen, worden niet bij naam genoemd" in letter.text


def test_a_defect_the_checker_missed_makes_a_valid_form_invalid(letter_family, school, eva):
    text = composed_text(date.today())
    check = check_text(vault=letter_family.vault, by=letter_family.ouder, text=text, title="x")
    assert check.verdict == "geldig"
    reason = "In de brief erbij staat dat Sanne anders niet mee mag op kamp."
    response = eva.post(_url(check), {"eis": "vrij", "stap": "corrigeer", "vrij-reason": reason})
    assert response.status_code == 302
    check.refresh_from_db()
    assert check.verdict == "ongeldig"
    page = _result(eva, check)
    card = _card(page, "vrij")
    assert "dossierwijs: in orde" in card and "u: gebrek" in card
    assert "mee mag op kamp" in card
    assert "Maak de Geen-toestemmingsverklaring" in page

    letter = _refuse(eva, check, school)
    assert FREE_LINE in letter.text
    for line in ("Er staat geen concreet doel in", "Er staat geen einddatum in", WITHDRAW_LINE):
        assert line not in letter.text
    assert "kamp" not in letter.text  # the parent's reason is theirs, not a quote of the form


def test_undo_puts_the_checkers_judgement_back(family, eva):
    check = check_text(vault=family.vault, by=family.ouder, text=INCOMPLETE_FORM, title="x")
    for code in ("opslag", "termijn"):
        eva.post(_url(check), {"eis": code, "stap": "corrigeer"})
    check.refresh_from_db()
    assert check.verdict == "geldig"

    response = eva.post(_url(check), {"eis": "termijn", "stap": "terug"})
    assert response.status_code == 302
    check.refresh_from_db()
    assert set(check.corrections) == {"opslag"}
    assert check.verdict == "onvolledig"
    page = _result(eva, check)
    assert "Oordeel: onvolledig" in page
    assert "Het formulier zegt dit wél" in _card(page, "termijn")  # can be corrected again


def test_with_htmx_the_card_verdict_and_next_steps_are_swapped(letter_family, eva):
    text = composed_text(date.today())
    check = check_text(vault=letter_family.vault, by=letter_family.ouder, text=text, title="x")
    response = eva.post(
        _url(check),
        {"eis": "granulair", "stap": "corrigeer", "granulair-reason": "Eén vakje voor alles."},
        HTTP_HX_REQUEST="true",
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<li class="card stack" id="eis-granulair"')
    assert "data-focus-after-swap" in body
    assert 'id="verdict"' in body and 'hx-swap-oob="true"' in body
    assert "Oordeel: ongeldig" in body
    assert 'id="next-steps"' in body and "Maak de Geen-toestemmingsverklaring" in body
    assert 'id="correction-status"' in body and "Bij “Apart kiezen per onderdeel”" in body
    assert "<html" not in body

    undo = eva.post(_url(check), {"eis": "granulair", "stap": "terug"}, HTTP_HX_REQUEST="true")
    assert "Oordeel: geldig" in undo.content.decode()
    assert "telt weer" in undo.content.decode()


def test_a_defect_without_a_reason_gets_a_dutch_message_tied_to_the_field(family, eva):
    check = check_text(
        vault=family.vault, by=family.ouder, text=composed_text(date.today()), title="x"
    )
    page = eva.post(_url(check), {"eis": "vrij", "stap": "corrigeer", "vrij-reason": " "})
    html = page.content.decode()
    assert page.status_code == 200
    card = _card(html, "vrij")
    assert "Schrijf in een paar woorden welk gebrek u ziet." in card
    assert 'aria-describedby="id_vrij-reason_helptext id_vrij-reason_error"' in card or (
        "id_vrij-reason_error" in card
    )
    assert '<details class="stack" open>' in card
    check.refresh_from_db()
    assert check.corrections == {}

    with_htmx = eva.post(
        _url(check), {"eis": "vrij", "stap": "corrigeer"}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert "Schrijf in een paar woorden welk gebrek u ziet." in with_htmx
    assert 'id="verdict"' not in with_htmx  # nothing changed: only the card comes back


def test_a_sentence_not_in_the_list_gets_a_dutch_message(family, eva):
    check = form_check(family)
    response = eva.post(_url(check), {"eis": "doel", "stap": "corrigeer", "doel-sentence": "999"})
    assert "Kies een zin uit de lijst, of laat het leeg." in response.content.decode()
    check.refresh_from_db()
    assert check.corrections == {}


def test_an_unknown_criterion_is_not_found(family, eva):
    check = form_check(family)
    assert eva.post(_url(check), {"eis": "kleur", "stap": "corrigeer"}).status_code == 404


def test_the_journal_records_the_correction_without_the_forms_words(family, eva):
    check = form_check(family)
    sentence = _sentence_index(check, "alle relevante gegevens")
    before = JournalEntry.objects.filter(vault=family.vault).count()
    eva.post(_url(check), {"eis": "gegevens", "stap": "corrigeer", "gegevens-sentence": sentence})
    eva.post(_url(check), {"eis": "gegevens", "stap": "terug"})
    entries = list(
        JournalEntry.objects.filter(vault=family.vault, object_id=str(check.pk)).order_by("seq")
    )[-2:]
    assert JournalEntry.objects.filter(vault=family.vault).count() >= before + 2
    assert [e.action for e in entries] == ["edit", "edit"]
    assert "Welke gegevens" in entries[0].summary and "in orde" in entries[0].summary
    assert "ongedaan" in entries[1].summary
    for entry in entries:
        assert "relevante" not in entry.summary and "externe partijen" not in entry.summary


@pytest.mark.parametrize(
    ("persona", "status"), [("meelezer", 403), ("outsider", 404), ("anonymous", 302)]
)
def test_others_cannot_correct(family, client_for, persona, status):
    check = form_check(family)
    response = client_for(persona).post(_url(check), {"eis": "intrekken", "stap": "corrigeer"})
    assert response.status_code == status
    assert FormCheck.objects.get(pk=check.pk).corrections == {}


def test_a_co_parent_sees_who_corrected(family, eva, client_for):
    check = form_check(family)
    eva.post(_url(check), {"eis": "intrekken", "stap": "corrigeer"})
    page = _result(client_for("mede_ouder"), check)
    card = _card(page, "intrekken")
    assert f"{family.ouder.display_name}: in orde" in card
    assert "Maak uw oordeel bij" in card  # a co-parent may edit, so may take it back
