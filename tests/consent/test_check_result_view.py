"""The result page of a check, and the refusal letter made from it."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.urls import reverse

from dossierwijs.consent.models import FormCheck
from dossierwijs.letters.models import Letter
from tests.consent.factories import DOUBTFUL_FORM, SILENCE_FORM, form_check


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


def test_a_vault_without_the_childs_birth_date_asks_for_it_on_the_page(letter_family, school, eva):
    # A vault made on the command line without --geboortedatum: the letter needs it to say
    # who decides, so the refusal form asks for it instead of sending the parent elsewhere.
    letter_family.vault.child_birth_date = None
    letter_family.vault.save()
    check = form_check(letter_family)
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    section = _refusal_section(page)
    assert 'name="child_birth_date"' in section and "Geboortedatum van uw kind" in section
    url = reverse("consent:refuse", args=[check.pk])
    response = eva.post(url, {"tone": "zakelijk", "organisation": school.pk})
    assert response.status_code == 200
    assert not Letter.objects.filter(vault=letter_family.vault).exists()
    response = eva.post(
        url,
        {
            "tone": "zakelijk",
            "organisation": school.pk,
            "child_birth_date": "2013-04-12",
            "writer": "ouders",
        },
    )
    assert response.status_code == 302
    letter_family.vault.refresh_from_db()
    assert letter_family.vault.child_birth_date == date(2013, 4, 12)
    assert Letter.objects.filter(vault=letter_family.vault).exists()


@pytest.mark.parametrize("typed", ["2099-01-01", "1890-05-04"])
def test_an_impossible_birth_date_is_refused_and_not_kept(letter_family, school, eva, typed):
    letter_family.vault.child_birth_date = None
    letter_family.vault.save()
    check = form_check(letter_family)
    response = eva.post(
        reverse("consent:refuse", args=[check.pk]),
        {"tone": "zakelijk", "organisation": school.pk, "child_birth_date": typed},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Deze datum ligt" in page
    letter_family.vault.refresh_from_db()
    assert letter_family.vault.child_birth_date is None
    assert not Letter.objects.filter(vault=letter_family.vault).exists()


def test_a_vault_with_the_birth_date_is_not_asked_again(letter_family, eva):
    check = form_check(letter_family)
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    assert 'name="child_birth_date"' not in page


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


WITHDRAW_LINE = "Er staat niet goed in dat de toestemming altijd kan worden ingetrokken, en hoe"
SILENCE_LINE = "Toestemming wordt aangenomen zonder actieve keuze"
CONFIRM_LABEL = "Ik heb het formulier nagelezen: dit klopt. Zet het in de brief."


def _checked(family, text):
    from dossierwijs.consent.services import check_text

    check = check_text(vault=family.vault, by=family.ouder, text=text, title="Jeugdarts")
    criteria = check.result["criteria"]
    assert criteria["intrekken"]["oordeel"] == "gebrek"
    assert "twijfel" in criteria["intrekken"]["uitleg"].lower()
    return check


def _refusal_section(page: str) -> str:
    return page.split('id="refuse-title"')[1].split("</section>")[0]


def test_the_refusal_form_asks_the_parent_to_confirm_a_doubtful_defect(letter_family, eva):
    check = _checked(letter_family, SILENCE_FORM)
    silence = check.result["criteria"]["ondubbelzinnig"]
    assert silence["oordeel"] == "gebrek" and "twijfel" not in silence["uitleg"].lower()
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    section = _refusal_section(page)
    certain = section.split("Deze gebreken komen in de brief:")[1].split("</ul>")[0]
    assert SILENCE_LINE in certain
    assert WITHDRAW_LINE not in certain
    points = section.split("data-to-confirm")[1]
    assert "<legend>Intrekken</legend>" in points
    assert "dossierwijs zei: Het formulier zegt dat u kunt intrekken, maar niet hoe" in points
    assert f"In de brief komt dan: “{WITHDRAW_LINE}.”" in points
    assert 'href="#eis-intrekken"' in points
    # The checkbox is off, and its label wraps it: that label is its accessible name.
    box = re.search(
        r"<label>(<input [^>]*name=\"confirm_intrekken\"[^>]*>) ([^<]*)</label>", points
    )
    assert box is not None
    assert 'type="checkbox"' in box.group(1)
    assert "checked" not in box.group(1)
    assert box.group(2) == CONFIRM_LABEL
    # Its description is the checker's explanation and the letter's line, both on the page.
    described = re.search(r'aria-describedby="([^"]+)"', box.group(1)).group(1).split()
    for id_ in described:
        assert f'id="{id_}"' in points
    # Only doubtful defects get a box.
    assert points.count('type="checkbox"') == 1


def _verdict_section(page: str) -> str:
    return page.split('id="verdict"')[1].split("</section>")[0]


def test_a_verdict_resting_only_on_doubt_says_so_before_it_advises(family, eva):
    check = _checked(family, DOUBTFUL_FORM)
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    verdict = _verdict_section(page)
    assert 'data-verdict="ongeldig"' in page
    assert "maar is daar niet zeker van. Klopt het, dan" in verdict
    assert "Klopt het, dan is toestemming via dit formulier niet geldig" in verdict
    assert "Dit formulier voldoet niet aan" not in verdict


def test_a_verdict_with_one_certain_defect_advises_plainly(family, eva):
    check = _checked(family, SILENCE_FORM)
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    verdict = _verdict_section(page)
    assert "Dit formulier voldoet niet aan 2 van de zeven eisen" in verdict
    assert "niet zeker" not in verdict


@pytest.mark.parametrize("ticked", [False, True])
def test_a_doubtful_defect_goes_in_the_letter_only_when_the_parent_ticks_it(
    letter_family, school, eva, ticked
):
    check = _checked(letter_family, SILENCE_FORM)
    data = {"tone": "zakelijk", "organisation": school.pk}
    if ticked:
        data["confirm_intrekken"] = "on"
    response = eva.post(reverse("consent:refuse", args=[check.pk]), data)
    assert response.status_code == 302
    letter = Letter.objects.get(vault=letter_family.vault)
    assert SILENCE_LINE in letter.text  # the defect the checker is sure of, always
    assert (WITHDRAW_LINE in letter.text) is ticked


def test_with_no_defect_left_nothing_is_made_and_the_parent_is_told_what_to_do(letter_family, eva):
    check = _checked(letter_family, DOUBTFUL_FORM)
    assert [c for c, j in check.result["criteria"].items() if j["oordeel"] == "gebrek"] == [
        "intrekken"
    ]
    typed = {
        "tone": "stellig",
        "organisation_name": "Basisschool De Regenboog",
        "form_title": "Verslag naar de jeugdarts",
    }
    response = eva.post(reverse("consent:refuse", args=[check.pk]), typed)
    assert response.status_code == 200
    assert not Letter.objects.filter(vault=letter_family.vault).exists()
    section = _refusal_section(response.content.decode())
    error = section.split('class="alert alert--error" role="alert"')[1].split("</div>")[0]
    assert "De brief is niet gemaakt: er zou geen gebrek in staan." in error
    assert "Lees het formulier zelf na." in error
    assert "Vink dan bij dat punt aan: “dit klopt”." in error
    assert "dossierwijs is bij geen enkel gebrek zeker." in section
    # What the parent typed stays.
    assert 'value="Basisschool De Regenboog"' in section
    assert 'value="Verslag naar de jeugdarts"' in section
    assert re.search(r'<input [^>]*value="stellig"[^>]*checked', section)
    # Ticking the point makes the letter.
    response = eva.post(
        reverse("consent:refuse", args=[check.pk]), {**typed, "confirm_intrekken": "on"}
    )
    assert response.status_code == 302
    assert WITHDRAW_LINE in Letter.objects.get(vault=letter_family.vault).text


def test_a_judgement_the_parent_corrected_is_not_asked_again(letter_family, school, eva):
    from dossierwijs.consent.services import correct_judgement

    check = _checked(letter_family, DOUBTFUL_FORM)
    assert check.result["criteria"]["granulair"]["oordeel"] == "ok"
    assert "twijfel" in check.result["criteria"]["granulair"]["uitleg"].lower()
    # The parent sees a defect where the checker, in doubt, saw none: their word counts.
    correct_judgement(
        check=check,
        by=letter_family.ouder,
        code="granulair",
        oordeel="gebrek",
        reason="Er staan twee organisaties op, maar één vakje.",
    )
    # And the parent found how to withdraw: no defect there.
    check = correct_judgement(check=check, by=letter_family.ouder, code="intrekken", oordeel="ok")
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    assert "data-to-confirm" not in page
    assert 'name="confirm_' not in page
    response = eva.post(
        reverse("consent:refuse", args=[check.pk]),
        {"tone": "zakelijk", "organisation": school.pk, "confirm_intrekken": "on"},
    )
    assert response.status_code == 302
    text = Letter.objects.get(vault=letter_family.vault).text
    assert "Er kan niet per doel of per organisatie apart worden gekozen" in text
    assert WITHDRAW_LINE not in text


def test_a_doubtful_card_says_its_own_doubt_once(family, eva):
    from dossierwijs.consent.services import check_text
    from tests.consent.factories import DOUBTFUL_FORM

    check = check_text(vault=family.vault, by=family.ouder, text=DOUBTFUL_FORM, title="x")
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    card = page.split('id="eis-intrekken"')[1].split("</li>")[0]
    doubt = check.result["criteria"]["intrekken"]["uitleg"].split("Twijfel:")[1].strip()
    assert f"<strong>Niet zeker:</strong> {doubt.split('(AVG')[0].strip()[:40]}" in card
    assert card.count("Twijfel:") == 0  # said once, under "Niet zeker:", not in the finding
    assert "dossierwijs kan dit niet met zekerheid zeggen" not in card


_GUIDE_WITH_ANNEX = (
    "6.1 Wat wij altijd vastleggen\n"
    "Bij de inschrijving leggen wij naam, adres en BSN vast. Dat is wettelijk verplicht; "
    "daarvoor vragen wij geen toestemming.\n\n"
    "6.2 Uw rechten\nU mag alles inzien wat wij over uw kind vastleggen.\n\n"
    "BIJLAGE A - Toestemming leesverslag\n"
    "Mogen wij het verslag van de leestoets van Jula sturen naar Logopedie Het Klankbord, "
    "zodat de logopedist haar oefeningen kan afstemmen op de leesles?\n"
    "[ ] Ja   [ ] Nee\n"
)


def test_the_page_says_which_sentences_were_not_weighed_and_why(family, eva):
    from dossierwijs.consent.services import check_text

    check = check_text(vault=family.vault, by=family.ouder, text=_GUIDE_WITH_ANNEX, title="Gids")
    assert check.result["buiten_beschouwing"] == [
        "Bij de inschrijving leggen wij naam, adres en BSN vast.",
        "Dat is wettelijk verplicht; daarvoor vragen wij geen toestemming.",
    ]
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    assert "2 zinnen zijn niet meegewogen" in page
    assert page.count("niet meegewogen: hoort volgens het formulier niet bij deze toestemming") == 2


def test_a_form_with_nothing_set_apart_says_nothing_about_it(family, eva):
    check = form_check(family)
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    assert "niet meegewogen" not in page


def test_a_box_line_quoted_as_evidence_is_marked_in_the_form_text():
    from dossierwijs.consent.presenting import present
    from dossierwijs.core.consent_check import check_consent_form

    checked = check_consent_form(_GUIDE_WITH_ANNEX)
    shown = present(_GUIDE_WITH_ANNEX, checked.to_json())
    boxes = next(s for s in shown.sentences if s.text.startswith("[ ] Ja"))
    assert "  " in boxes.text  # the form's own spacing, shown as it is
    assert boxes.anchor  # and still marked as the place of the active choice
    assert ("ondubbelzinnig", "Actieve toestemming") in boxes.criteria


@pytest.mark.parametrize(
    ("persona", "writer", "says"),
    [
        ("kind_16plus", "jongere", "Ik ben 16 jaar of ouder en schrijf deze brief zelf."),
        ("ouder", "ouders_met_machtiging", "schriftelijk"),
    ],
)
def test_from_16_the_refusal_says_who_writes(
    letter_family, school, client_for, persona, writer, says
):
    # From 16 the young person decides (UAVG art. 5); the refusal form had no choice who
    # writes, so the letter was refused for a 17-year-old with no way forward.
    letter_family.vault.child_birth_date = date(date.today().year - 17, 1, 1)
    letter_family.vault.save()
    check = form_check(letter_family)
    client = client_for(persona)
    page = client.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    assert 'name="writer"' in _refusal_section(page)
    response = client.post(
        reverse("consent:refuse", args=[check.pk]),
        {
            "tone": "zakelijk",
            "organisation": school.pk,
            "writer": writer,
            "address": "Lijsterbeslaan 14, 3581 AB Utrecht",
        },
    )
    assert response.status_code == 302, response.context["refuse_form"].errors
    letter = Letter.objects.get(vault=letter_family.vault, kind="geen_toestemming")
    assert says in " ".join(letter.text.split())
    assert letter.title.startswith("Geen-toestemmingsverklaring aan ")  # not "algemeen formulier"
    if writer == "ouders_met_machtiging":  # the authorisation covers this refusal only
        authorisation = Letter.objects.get(vault=letter_family.vault, kind="machtiging")
        assert "dat ik het toestemmingsformulier niet teken" in " ".join(authorisation.text.split())


def test_under_16_the_refusal_asks_no_writer(letter_family, eva):
    check = form_check(letter_family)
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    assert 'name="writer"' not in page


def test_a_typed_organisation_can_have_an_email_so_the_letter_downloads_as_email(
    letter_family, eva
):
    # Parent walk: the letter page said "make the letter again with an e-mail address",
    # but the refusal form did not ask for one.
    check = form_check(letter_family)
    page = eva.get(reverse("consent:check_result", args=[check.pk])).content.decode()
    assert "E-mailadres van de organisatie" in page
    eva.post(
        reverse("consent:refuse", args=[check.pk]),
        {
            "tone": "zakelijk",
            "organisation_name": "Basisschool Het Kompas",
            "organisation_email": "administratie@hetkompas.example",
        },
    )
    letter = Letter.objects.get(vault=letter_family.vault)
    download = eva.get(reverse("letters:download", args=[letter.pk, "eml"]))
    assert download.status_code == 200
    assert b"administratie@hetkompas.example" in download.content


def test_a_wrong_email_is_said_in_dutch_and_nothing_is_made(letter_family, eva):
    check = form_check(letter_family)
    response = eva.post(
        reverse("consent:refuse", args=[check.pk]),
        {"tone": "zakelijk", "organisation_name": "Het Kompas", "organisation_email": "geen-adres"},
    )
    assert response.status_code == 200
    assert "Voer een geldig e-mailadres in." in response.content.decode()
    assert not Letter.objects.filter(vault=letter_family.vault).exists()


def test_a_valid_verdict_with_a_doubt_does_not_say_all_nine_are_met():
    from dossierwijs.consent.presenting import present, verdict_text
    from dossierwijs.core.consent_check import CRITERIA

    def result(doubted: bool) -> dict:
        criteria = {
            code: {"oordeel": "ok", "uitleg": "In orde.", "bewijs": []} for code in CRITERIA
        }
        if doubted:
            criteria["granulair"]["uitleg"] = "Eén keuze voor twee dingen. Twijfel: lees zelf."
        return {"criteria": criteria, "verdict": "geldig"}

    assert "voldoet aan alle negen eisen" in verdict_text(present("Tekst.", result(False)))
    said = verdict_text(present("Tekst.", result(True)))
    assert "voldoet aan alle negen eisen" not in said
    assert "geen zeker gebrek" in said and "twijfel" in said
