"""The preview: the text to edit, a tone change re-rendered by htmx, and producing the letter."""

from __future__ import annotations

from django.urls import reverse

from dossierwijs.core.letters import placeholders_in
from dossierwijs.letters.models import Letter
from tests.letters.conftest import flat, pdf_text


def form_data(school, **changes):
    data = {
        "organisation": str(school.pk),
        "tone": "zakelijk",
        "sign_as": "both",
        "address": "Lijsterbeslaan 14\n3581 AB Utrecht",
        "email": "eva@example.nl",
        "f_checklist": ["leerlingvolgsysteem", "emails", "ontvangers"],
        "f_pupil_system": "Magister",
    }
    data.update(changes)
    return data


def preview_url(kind="inzage"):
    return reverse("letters:preview", args=[kind])


def test_preview_shows_the_letter_text_to_edit(letter_family, school, client_for):
    response = client_for("ouder").post(preview_url(), form_data(school))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<textarea name="edited_text"' in html
    assert "artikel 15 van de Algemene verordening gegevensbescherming" in html
    assert "Magister" in html
    assert "Betreft:" in html
    assert not Letter.objects.exists()  # nothing is stored by looking


def test_changing_the_tone_rerenders_only_the_preview(letter_family, school, client_for):
    response = client_for("ouder").post(
        preview_url(),
        form_data(school, tone="stellig", action="tone", edited_text="oude tekst"),
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="preview"')
    assert "<html" not in html
    assert "oude tekst" not in html  # a new tone writes the text again
    assert "Hoogachtend," in html


def test_producing_with_an_edit_stores_it_and_goes_to_the_letter(letter_family, school, client_for):
    client = client_for("ouder")
    html = client.post(preview_url(), form_data(school)).content.decode()
    start = html.index('id="id_edited_text"')
    text = html[html.index(">", start) + 1 : html.index("</textarea>", start)]
    from html import unescape

    edited = unescape(text) + "\n\nGraag ook de notities van de zorgcommissie."
    response = client.post(preview_url(), form_data(school, action="produce", edited_text=edited))
    letter = Letter.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("letters:detail", args=[letter.pk])
    assert "notities van de zorgcommissie" in letter.text
    pdf = client.get(reverse("letters:download", args=[letter.pk, "pdf"])).content
    assert "notities van de zorgcommissie" in flat(pdf_text(pdf))
    assert not placeholders_in(flat(pdf_text(pdf)))


def test_an_edit_without_the_essentials_is_refused_by_name(letter_family, school, client_for):
    response = client_for("ouder").post(
        preview_url(), form_data(school, action="produce", edited_text="Mag ik mijn dossier zien?")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Het recht op inzage (artikel 15 AVG)" in html
    assert "De termijn van één maand" in html
    assert not Letter.objects.exists()


def test_missing_address_is_asked_and_can_be_saved(letter_family, school, client_for):
    letter_family.ouder.postal_address = ""
    letter_family.ouder.save()
    client = client_for("ouder")
    html = client.post(preview_url(), form_data(school, address="")).content.decode()
    assert "Uw adres (straat en huisnummer, postcode, plaats)" in html
    assert not Letter.objects.exists()
    client.post(preview_url(), form_data(school, save_address="on"))
    letter_family.ouder.refresh_from_db()
    assert letter_family.ouder.postal_address == "Lijsterbeslaan 14\n3581 AB Utrecht"


def test_a_typed_in_organisation_is_enough(letter_family, client_for):
    data = {
        "tone": "vriendelijk",
        "sign_as": "me_copy",
        "organisation_name": "Jeugdpraktijk De Vlinderboom",
        "organisation_email": "praktijk@vlinderboom.example",
        "address": "Lijsterbeslaan 14, 3581 AB Utrecht",
        "f_report": "psychodiagnostisch onderzoek, maart 2026",
        "f_school": "OSG De Klimop",
        "f_purpose": "het ontwikkelingsperspectief",
        "f_include": "de conclusie\nde adviezen",
        "action": "produce",
    }
    response = client_for("ouder").post(preview_url("verkort_verslag"), data)
    assert response.status_code == 302
    letter = Letter.objects.get()
    # typed once, kept in the address book with its e-mail address for the next letter
    assert letter.organisation is not None
    assert letter.organisation.name == letter.organisation_name == "Jeugdpraktijk De Vlinderboom"
    assert letter.organisation.email == "praktijk@vlinderboom.example"
    assert "Kopie aan: Joost Canarisvogel" in letter.text


def test_without_an_organisation_the_form_asks_for_one(letter_family, client_for):
    data = form_data(school=type("S", (), {"pk": ""})())
    html = client_for("ouder").post(preview_url(), data).content.decode()
    assert "typ de naam van de organisatie" in html


def test_a_meelezer_cannot_preview(letter_family, school, client_for):
    assert client_for("meelezer").post(preview_url(), form_data(school)).status_code == 403


def test_an_outsider_cannot_use_this_familys_school(letter_family, school, client_for):
    html = client_for("outsider").post(preview_url(), form_data(school)).content.decode()
    assert "Klimop" not in html
    assert not Letter.objects.exists()


def test_the_produced_letter_appears_in_the_dossier(letter_family, school, client_for):
    client = client_for("ouder")
    client.post(preview_url(), form_data(school, action="produce"))
    letter = Letter.objects.get()
    html = client.get(reverse("dossier:list")).content.decode()
    assert reverse("dossier:detail", args=[letter.document.pk]) in html
    assert "Inzageverzoek aan OSG De Klimop" in html


def test_parents_of_a_16_year_old_produce_the_authorisation_too(letter_family, school, client_for):
    from datetime import date

    letter_family.vault.child_birth_date = date(2008, 3, 1)
    letter_family.vault.save()
    client = client_for("ouder")
    response = client.post(
        preview_url(), form_data(school, writer="ouders_met_machtiging", action="produce")
    )
    letter = Letter.objects.get(kind="inzage")
    assert response["Location"] == reverse("letters:detail", args=[letter.pk])
    html = client.get(response["Location"]).content.decode()
    assert reverse("letters:detail", args=[letter.companion.pk]) in html
    assert letter.companion.kind == "machtiging"
    assert "Ik, Sanne Canarisvogel, geef mijn ouders" in flat(letter.companion.text)


def test_the_young_person_writes_from_her_own_account(letter_family, school, client_for):
    from datetime import date

    letter_family.vault.child_birth_date = date(2008, 3, 1)
    letter_family.vault.save()
    data = form_data(school, writer="jongere", action="produce", email="sanne@example.nl")
    data.pop("sign_as")
    response = client_for("kind_16plus").post(preview_url(), data)
    assert response.status_code == 302
    letter = Letter.objects.get()
    assert "Ik ben Sanne Canarisvogel" in flat(letter.text)
    assert letter.companion is None
