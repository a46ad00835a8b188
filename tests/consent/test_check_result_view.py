"""The result page of a check, and the refusal letter made from it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from dossierwijs.consent.models import FormCheck
from dossierwijs.letters.models import Letter
from tests.consent.factories import form_check


def test_refusing_produces_the_geen_toestemmingsverklaring_with_the_defects(
    letter_family, school, eva
):
    check = form_check(letter_family)
    response = eva.post(
        reverse("consent:refuse", args=[check.pk]),
        {"tone": "vriendelijk", "organisation": school.pk},
    )
    letter = Letter.objects.get(vault=letter_family.vault)
    assert response.status_code == 302
    assert response["Location"] == reverse("letters:detail", args=[letter.pk])
    assert letter.kind == "geen_toestemming"
    assert letter.tone == "vriendelijk"
    assert "De organisaties die de gegevens krijgen, worden niet bij naam genoemd" in letter.text
    assert "Er staat geen einddatum in" in letter.text
    assert "alle betrokken instanties" in letter.text
    assert "Toestemmingsformulier gegevensuitwisseling" in letter.text  # the form's own name
    assert letter.document is not None


@pytest.mark.parametrize("tone", ["vriendelijk", "zakelijk", "stellig"])
def test_each_tone_makes_a_letter(letter_family, school, eva, tone):
    check = form_check(letter_family)
    eva.post(reverse("consent:refuse", args=[check.pk]), {"tone": tone, "organisation": school.pk})
    assert Letter.objects.get(vault=letter_family.vault).tone == tone


def test_without_an_address_the_parent_is_asked_for_it_and_nothing_is_made(family, school, eva):
    check = form_check(family)
    response = eva.post(
        reverse("consent:refuse", args=[check.pk]), {"tone": "zakelijk", "organisation": school.pk}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Om de brief te maken is nog nodig" in page
    assert 'name="address"' in page
    assert not Letter.objects.filter(vault=family.vault).exists()


def test_an_address_typed_in_makes_the_letter_and_is_kept(family, school, eva):
    check = form_check(family)
    response = eva.post(
        reverse("consent:refuse", args=[check.pk]),
        {
            "tone": "zakelijk",
            "organisation": school.pk,
            "address": "Lijsterbeslaan 14, 3581 AB Utrecht",
        },
    )
    assert response.status_code == 302
    family.ouder.refresh_from_db()
    assert "3581 AB" in family.ouder.postal_address


def test_the_result_page_shows_nine_criteria(family, eva):
    check = form_check(family)
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    assert page.count('class="card stack" id="eis-') == 9
    assert "Maak de Geen-toestemmingsverklaring" in page


def test_a_valid_form_offers_no_refusal(family, eva):
    from datetime import date

    from dossierwijs.consent.services import check_text
    from tests.consent.test_give_view import composed_text

    check = check_text(
        vault=family.vault, by=family.ouder, text=composed_text(date.today()), title="x"
    )
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    assert "Oordeel: geldig" in page
    assert "Maak de Geen-toestemmingsverklaring" not in page


@pytest.mark.parametrize(
    ("persona", "status"), [("meelezer", 403), ("outsider", 404), ("anonymous", 302)]
)
def test_others_cannot_see_the_result_or_refuse(family, client_for, persona, status):
    check = form_check(family)
    client = client_for(persona)
    assert client.get(reverse("consent:check_result", args=[check.pk])).status_code == status
    response = client.post(reverse("consent:refuse", args=[check.pk]), {"tone": "zakelijk"})
    assert response.status_code == status
    assert FormCheck.objects.filter(vault=family.vault).count() == 1
    assert not Letter.objects.exists()


def test_an_uncertain_judgment_is_shown_as_twijfel(family, eva):
    from dossierwijs.consent.services import check_text
    from tests.consent.factories import BLANKET_FORM

    # Without the sentence that makes refusing costly, the form neither threatens nor
    # says the parent is free to refuse: the checker is not sure about "vrij".
    text = BLANKET_FORM.replace(
        "Zonder deze toestemming kunnen wij de ondersteuning van uw kind niet goed regelen.", ""
    )
    check = check_text(vault=family.vault, by=family.ouder, text=text, title="x")
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    section = page.split('id="eis-vrij"')[1].split("</li>")[0]
    assert "badge--warn" in section and "twijfel" in section
    assert "Niet zeker:" in section
    doubtful = [c for c, j in check.result["criteria"].items() if "twijfel" in j["uitleg"].lower()]
    assert "vrij" in doubtful
    word = "eis" if len(doubtful) == 1 else "eisen"
    assert f"Bij {len(doubtful)} {word} twijfelt dossierwijs." in page


INCOMPLETE_FORM = """Toestemming overleg logopedie
De logopedist van Praktijk Klankrijk, mevrouw J. Smit, wil de uitslag van de laatste leestoets
van uw kind opvragen bij de leerkracht van groep 4 van OBS De Vlinder, zodat zij de
oefeningen kan afstemmen op wat in de klas gebeurt.
[ ] Ja, de uitslag mag naar de logopedist.
[ ] Nee.
U bent vrij om nee te zeggen; de behandeling gaat dan gewoon door.
U kunt uw toestemming altijd intrekken met een e-mail aan info@klankrijk.nl.
Handtekening ouder: ____________   Datum: ________
"""


def _incomplete_check(family):
    from dossierwijs.consent.checking import check_text

    return check_text(vault=family.vault, by=family.ouder, text=INCOMPLETE_FORM, title="Logopedie")


def test_a_form_silent_on_storage_and_duration_reads_onvolledig_and_says_ask_first(family, eva):
    check = _incomplete_check(family)
    assert check.result["verdict"] == "onvolledig"
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    assert "Oordeel: onvolledig" in page
    assert (
        "Geldig volgens de AVG, maar waar of hoe lang ontbreekt: vraag het na vóór u tekent" in page
    )
    assert "ontbreekt: vraag het na" in page  # the badge on storage and duration
    assert "Eerst navragen" in page
    assert "Geen-toestemmingsverklaring maken" not in page  # nothing to refuse
    listing = eva.get(reverse("consent:check")).content.decode()
    assert "onvolledig: vraag na waar en hoe lang" in listing


def test_no_refusal_letter_calls_an_onvolledig_form_invalid(letter_family, school, eva):
    check = _incomplete_check(letter_family)
    response = eva.post(
        reverse("consent:refuse", args=[check.pk]),
        {"tone": "vriendelijk", "organisation": school.pk},
    )
    assert not Letter.objects.filter(vault=letter_family.vault).exists()
    assert "geldig volgens de AVG" in response.content.decode()


def test_a_check_stored_under_the_two_way_verdict_is_read_as_three_way(family, eva):
    check = _incomplete_check(family)
    check.result = {**check.result, "verdict": "ongeldig"}  # as stored before issue 13
    check.save()
    assert FormCheck.objects.get(pk=check.pk).verdict == "onvolledig"


def test_the_legal_source_stands_on_its_own_line_under_plain_words(family, eva):
    from dossierwijs.consent.presenting import split_source

    plain, source = split_source(
        "U moet per doel apart kunnen kiezen (overweging 32 en 43 bij de AVG). Twijfel: lees zelf."
    )
    assert plain == "U moet per doel apart kunnen kiezen. Twijfel: lees zelf."
    assert source == "overweging 32 en 43 bij de AVG"
    check = _incomplete_check(family)
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    assert '<p class="muted" data-source-line>Bron: AVG art. 7 lid 3</p>' in page
