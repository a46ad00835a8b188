"""POST /gesprekken/vergelijking/<id>/antwoord/: the reply to the school's report, as a letter."""

from __future__ import annotations

from email import message_from_bytes, policy

from django.urls import reverse

from dossierwijs.letters.models import Letter
from dossierwijs.meetings import services
from tests.letters.conftest import pdf_text
from tests.meetings.conftest import page_text
from tests.meetings.factories import comparison
from tests.rights.factories import ready_for_letters, school


def test_two_chosen_differences_become_a_letter_with_the_own_report_attached(ouder, family):
    ready_for_letters(family)
    organisation = school(family)
    check = comparison(family)
    services.choose_points(check=check, by=family.ouder, indexes=[1, 2])
    response = ouder.post(
        reverse("meetings:reply", args=[check.pk]),
        {"organisation": organisation.pk, "tone": "zakelijk"},
    )
    check.refresh_from_db()
    letter = Letter.objects.get(vault=family.vault)
    assert check.reply == letter
    assert response.url == reverse("letters:detail", args=[letter.pk])
    text = page_text(ouder.get(reverse("letters:detail", args=[letter.pk])))
    assert "na de zomervakantie" in text  # the 'anders' point
    assert "Moeder was erg emotioneel." in text  # the 'oordelend' point
    assert "GGD" not in text  # not chosen
    assert "Ons verslag van het gesprek op 12 maart 2026.pdf" in text  # under "Bijlagen"


def test_the_reply_as_e_mail_carries_the_own_report_as_a_real_pdf(ouder, family):
    ready_for_letters(family)
    organisation = school(family)
    check = comparison(family)
    services.choose_points(check=check, by=family.ouder, indexes=[1])
    ouder.post(
        reverse("meetings:reply", args=[check.pk]),
        {"organisation": organisation.pk, "tone": "vriendelijk"},
    )
    letter = Letter.objects.get(vault=family.vault)
    eml = ouder.get(reverse("letters:download", args=[letter.pk, "eml"])).content
    message = message_from_bytes(eml, policy=policy.default)
    [own] = [
        part
        for part in message.iter_attachments()
        if part.get_filename() == "Ons verslag van het gesprek op 12 maart 2026.pdf"
    ]
    assert own.get_content_type() == "application/pdf"
    text = pdf_text(own.get_content())
    assert "Ons verslag: Gesprek over rekenen" in text
    assert "Mevrouw Smit vraagt voor 27 maart een rekenonderzoek aan." in text
    assert "Wij willen niet dat Sanne voor rekenen naar een lagere groep gaat." in text


def test_without_a_choice_no_letter_is_made(ouder, family):
    ready_for_letters(family)
    organisation = school(family)
    check = comparison(family)
    response = ouder.post(
        reverse("meetings:reply", args=[check.pk]),
        {"organisation": organisation.pk, "tone": "zakelijk"},
        follow=True,
    )
    assert not Letter.objects.filter(vault=family.vault).exists()
    assert "Kies eerst welke verschillen u wilt voorleggen." in page_text(response)


def test_missing_letter_data_is_named_in_dutch_and_nothing_is_stored(ouder, family):
    organisation = school(family)  # no birth date or address yet
    check = comparison(family)
    services.choose_points(check=check, by=family.ouder, indexes=[0])
    response = ouder.post(
        reverse("meetings:reply", args=[check.pk]),
        {"organisation": organisation.pk, "tone": "stellig", "child_birth_date": "2014-02-03"},
        follow=True,
    )
    assert not Letter.objects.filter(vault=family.vault).exists()
    assert "Voor de brief ontbreekt nog: Uw adres" in page_text(response)
    assert "bij ‘Mijn gegevens’" in page_text(response)


def test_a_vault_without_the_childs_birth_date_asks_for_it_with_the_reply(ouder, family):
    # The message named the birth date but the page had no field for it (parent walk).
    ready_for_letters(family)
    family.vault.child_birth_date = None
    family.vault.save()
    organisation = school(family)
    check = comparison(family)
    services.choose_points(check=check, by=family.ouder, indexes=[0])
    page = ouder.get(reverse("meetings:detail", args=[check.meeting_id])).content.decode()
    assert 'id="id_child_birth_date"' in page
    url = reverse("meetings:reply", args=[check.pk])
    response = ouder.post(url, {"organisation": organisation.pk, "tone": "zakelijk"}, follow=True)
    assert "Geboortedatum van uw kind:" in page_text(response)
    assert not Letter.objects.filter(vault=family.vault).exists()
    ouder.post(
        url, {"organisation": organisation.pk, "tone": "zakelijk", "child_birth_date": "2014-02-03"}
    )
    family.vault.refresh_from_db()
    assert family.vault.child_birth_date.isoformat() == "2014-02-03"
    assert Letter.objects.get(vault=family.vault) == check.__class__.objects.get().reply


def test_a_school_not_in_the_address_book_is_added_when_its_name_is_typed(ouder, family):
    from dossierwijs.addressbook.models import Organisation

    ready_for_letters(family)
    check = comparison(family)
    services.choose_points(check=check, by=family.ouder, indexes=[0])
    ouder.post(
        reverse("meetings:reply", args=[check.pk]),
        {"new_name": "Basisschool De Linde", "tone": "vriendelijk"},
    )
    organisation = Organisation.objects.get(vault=family.vault, name="Basisschool De Linde")
    assert Letter.objects.get(vault=family.vault).organisation == organisation
