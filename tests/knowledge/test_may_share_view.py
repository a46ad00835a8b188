""" "Mag dit?": the questions, the answers for several cases, the prefilled age, htmx."""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest
from django.urls import resolve, reverse

from dossierwijs.core.knowledge import BY_SLUG
from dossierwijs.core.rules.sharing import PURPOSES, RECIPIENTS, SENDERS
from dossierwijs.core.rules.sharing import may_share as decide
from dossierwijs.knowledge.views.may_share import WHY_ITEMS
from tests.knowledge.conftest import page_text

URL = "/mag-dit/"


def ask(client, **question):
    return client.get(URL + "?" + urlencode(question))


@pytest.mark.parametrize("persona", ["ouder", "mede_ouder", "kind_16plus", "meelezer", "outsider"])
def test_every_member_may_ask(client_for, persona):
    response = ask(client_for(persona), van="school", naar="swv", doel="tlv", ingeschreven="ja")
    assert response.status_code == 200
    assert "Nee, hiervoor is geen toestemming nodig." in page_text(response)


def test_anonymous_is_sent_to_the_login(client_for):
    response = client_for("anonymous").get(URL)
    assert response.status_code == 302
    assert reverse("vault:login") in response["Location"]


def test_before_answering_the_questions_are_shown_without_an_answer(client_for):
    text = page_text(client_for("ouder").get(URL))
    assert "1. Wie wil informatie over uw kind delen?" in text
    assert "5. Hoe oud is uw kind?" in text
    assert "Is uw toestemming nodig?" not in text


def test_school_to_samenwerkingsverband_for_a_tlv_needs_no_consent(client_for):
    text = page_text(
        ask(client_for("ouder"), van="school", naar="swv", doel="tlv", ingeschreven="ja")
    )
    assert "Nee, hiervoor is geen toestemming nodig." in text
    assert "WPO artikel 18a" in text
    assert "Ja. U moet worden ingelicht, of u krijgt een kopie." in text
    assert "Vraag om de aanvraag te zien voordat die wordt verstuurd." in text
    assert "Staat in een betrouwbare bron, maar niet letterlijk in de wet" in text


def test_therapist_to_school_needs_consent_and_is_hedged(client_for):
    response = ask(
        client_for("ouder"), van="zorgverlener", naar="school", doel="advies", ingeschreven="ja"
    )
    text = page_text(response)
    assert "Ja, hiervoor is toestemming nodig." in text
    assert "BW 7:457" in text
    # Rests partly on an inferred fact: the answer says so plainly.
    assert "Onze uitleg op basis van de bronnen: meestal klopt het, vraag het na" in text
    assert "vraag het na als er veel van afhangt" in text
    assert 'href="/kennis/verslag-zorgverlener-eerst-lezen/"' in response.content.decode()


def test_old_school_to_new_school_when_changing_schools_is_the_okr(client_for):
    text = page_text(
        ask(client_for("ouder"), van="school", naar="school", doel="overstap", ingeschreven="ja")
    )
    assert "Nee, hiervoor is geen toestemming nodig." in text
    assert "Onderwijskundig rapport (WPO artikel 42" in text
    assert "U krijgt wel een kopie." in text


def test_an_unknown_combination_depends_and_says_ask(client_for):
    text = page_text(ask(client_for("ouder"), van="kinderopvang", naar="anders", doel="anders"))
    assert "Dat hangt ervan af." in text
    assert "Vraag het na." in text


def test_not_answering_enrolled_counts_as_not_known(client_for):
    # The question is about the school that receives: here the samenwerkingsverband gives.
    text = page_text(ask(client_for("ouder"), van="swv", naar="school", doel="tlv"))
    assert "Nee, hiervoor is geen toestemming nodig." in text
    assert "Dit geldt als uw kind bij de school is ingeschreven." in text
    assert "Is uw kind al ingeschreven bij de school die de gegevens krijgt?" in text


def test_the_age_is_prefilled_from_the_vault_birth_date(client_for, born_2013, settings):
    response = client_for("ouder").get(URL)
    form = response.context["form"]
    assert form.initial["leeftijd"] == response.context["prefilled_age"]
    assert 13 <= response.context["prefilled_age"] <= 14  # born 12 April 2013
    assert "Ingevuld vanuit de kluis" in page_text(response)


def test_who_decides_explains_the_age_from_the_vault(client_for, born_2013):
    age = client_for("ouder").get(URL).context["prefilled_age"]
    text = page_text(
        ask(
            client_for("ouder"),
            van="zorgverlener",
            naar="school",
            doel="advies",
            ingeschreven="ja",
            leeftijd=age,
        )
    )
    assert "Uw kind én de ouders met gezag, samen." in text
    assert f"Uw kind is {age} jaar. Bij een zorgverlener is van 12 tot 16 jaar" in text


def test_a_changed_age_is_used_for_who_consents(client_for, born_2013):
    text = page_text(
        ask(client_for("ouder"), van="zorgverlener", naar="school", doel="advies", leeftijd=17)
    )
    assert "Uw kind zelf." in text
    assert "Uw kind is 17 jaar" not in text  # no birth-date explanation for a made-up age


def test_a_meelezer_gets_no_age_from_the_vault(client_for, born_2013):
    response = client_for("meelezer").get(URL)
    assert response.context["prefilled_age"] is None
    assert "Ingevuld vanuit de kluis" not in page_text(response)


def test_missing_answers_get_a_dutch_message_not_an_error(client_for):
    response = ask(client_for("ouder"), van="school", leeftijd="dertien", antwoord="1")
    assert response.status_code == 200
    text = page_text(response)
    assert "Kies met wie de informatie gedeeld wordt." in text
    assert "Kies waarvoor de informatie gedeeld wordt." in text
    assert "Vul de leeftijd in hele jaren in" in text


def test_a_link_with_some_answers_fills_them_in_without_errors(client_for):
    response = ask(client_for("ouder"), naar="swv", doel="tlv")
    assert response.status_code == 200
    checked = re.findall(r"<input[^>]*\bchecked\b[^>]*>", response.content.decode())
    assert any('name="naar"' in tag and 'value="swv"' in tag for tag in checked)
    assert any('name="doel"' in tag and 'value="tlv"' in tag for tag in checked)
    text = page_text(response)
    assert "Kies" not in text and "Is uw toestemming nodig?" not in text


def test_a_word_outside_the_vocabulary_is_refused_calmly(client_for):
    response = ask(client_for("ouder"), van="buurman", naar="school", doel="overstap")
    assert response.status_code == 200
    assert "Nog niet alles ingevuld" in page_text(response)


def test_htmx_gets_only_the_answer_partial(client_for):
    response = client_for("ouder").get(
        URL + "?" + urlencode({"van": "school", "naar": "inspectie", "doel": "toezicht"}),
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="answer",
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="answer"')
    assert "<html" not in html and "<form" not in html
    assert "Nee, hiervoor is geen toestemming nodig." in page_text(response)


def test_the_form_swaps_the_answer_with_htmx_and_works_without(client_for):
    html = client_for("ouder").get(URL).content.decode()
    assert 'method="get" action="/mag-dit/"' in html
    assert 'hx-get="/mag-dit/" hx-target="#answer"' in html
    assert "<script>" not in html and "style=" not in html  # strict CSP


def test_every_rule_has_a_why_link_to_an_existing_item():
    for slugs in WHY_ITEMS.values():
        assert slugs and all(slug in BY_SLUG for slug in slugs)


def test_every_rule_the_core_can_answer_with_has_why_items():
    rules = {
        decide(s, r, p, enrolled).rule
        for s in SENDERS
        for r in RECIPIENTS
        for p in PURPOSES
        for enrolled in (True, False, None)
    }
    assert rules <= set(WHY_ITEMS)


def test_a_consent_question_offers_every_next_step():
    """Before, two of these five were silently dropped (a wrong URL name was taken for a
    part not built yet)."""
    from dossierwijs.knowledge.views.may_share import _next_steps

    urls = [step["url"] for step in _next_steps("hangt_ervan_af", "school_naar_zorg")]
    assert urls == [
        reverse("consent:give"),
        reverse("consent:check"),
        reverse("sharing:new"),
        reverse("letters:new", args=["inzage"]),
        reverse("sharing:ledger"),
    ]


@pytest.mark.parametrize("needed", [("zorgverlener", "school", "advies"), ("school", "swv", "tlv")])
def test_next_steps_never_link_to_a_missing_page(client_for, needed):
    sender, recipient, purpose = needed
    response = ask(client_for("ouder"), van=sender, naar=recipient, doel=purpose)
    for step in response.context["next_steps"]:
        resolve(step["url"])  # raises Resolver404 for a dead link
