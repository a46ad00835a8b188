import itertools

import pytest

from dossierwijs.core.rules.sharing import (
    PURPOSES,
    RECIPIENTS,
    SENDERS,
    UnknownTerm,
    may_share,
)
from dossierwijs.core.rules.sources import CONFIDENCES, SOURCES


def test_school_to_swv_for_tlv_needs_no_consent_but_parents_are_informed():
    answer = may_share("school", "swv", "tlv", True)
    assert answer.consent_needed == "nee"
    assert answer.inform_parents is True
    assert "18a" in answer.basis
    assert "3 jaar" in answer.explanation
    assert answer.what_you_can_do


def test_swv_to_school_not_enrolled_depends_and_is_hedged():
    answer = may_share("swv", "school", "arrangement", False)
    # Allowed towards a school where the child is registered (aangemeld), not otherwise.
    assert answer.consent_needed == "hangt_ervan_af"
    assert "aangemeld" in answer.explanation
    assert answer.confidence == "I"
    assert any("vraag het na" in note.lower() for note in answer.notes)


def test_enrolled_means_one_thing_the_school_that_receives():
    # Issue 16 item 2: when the samenwerkingsverband receives, the question does not apply.
    from dossierwijs.core.rules.sharing import ENROLLED_QUESTION

    assert ENROLLED_QUESTION == "Is uw kind al ingeschreven bij de school die de gegevens krijgt?"
    for enrolled in (True, False, None):
        assert may_share("school", "swv", "advies", enrolled).consent_needed == "nee"


def test_okr_to_new_school_needs_no_consent_and_parents_get_a_copy():
    answer = may_share("school", "school", "overstap", True)
    assert answer.consent_needed == "nee"
    assert answer.rule == "onderwijskundig_rapport"
    assert answer.inform_parents
    assert "kopie" in answer.explanation
    assert any("geen wettelijk recht" in step for step in answer.what_you_can_do)


@pytest.mark.parametrize("sender", ["school", "kinderopvang"])
def test_during_admission_the_school_may_not_collect_without_consent(sender):
    answer = may_share(sender, "school", "aanmelding", False)
    assert answer.consent_needed == "ja"
    assert answer.rule == "aanmelding"


def test_the_okr_goes_to_the_school_of_registration_before_enrolment_without_consent():
    # Issue 16 item 2: after aanmelding the OKR goes to the new school for its decision.
    answer = may_share("school", "school", "overstap", False)
    assert answer.rule == "onderwijskundig_rapport" and answer.consent_needed == "nee"
    assert any("aangemeld" in note for note in answer.notes)
    assert answer.confidence == "I"
    # anything else than the OKR still needs consent during admission
    assert may_share("school", "school", "aanmelding", False).consent_needed == "ja"


@pytest.mark.parametrize("sender", ["school", "swv", "zorgverlener"])
def test_anyone_gives_the_gezinsvoogd_what_the_ots_needs_under_the_jeugdwet(sender):
    # Jeugdwet 7.3.11 lid 4 (issue 16 item 1): also a care provider, without consent.
    answer = may_share(sender, "gezinsvoogd", "begeleiding", None)
    assert answer.consent_needed == "nee"
    assert "7.3.11" in answer.basis and "jeugdwet-7-3-11" in answer.sources
    assert SOURCES["jeugdwet-7-3-11"].confidence == "V"


@pytest.mark.parametrize(
    "recipient, purpose",
    [("veilig_thuis", "zorgen"), ("raad", "onderzoek"), ("gezinsvoogd", "begeleiding")],
)
def test_parents_are_normally_told_about_reports_to_protection_bodies(recipient, purpose):
    answer = may_share("school", recipient, purpose, True)
    assert answer.inform_parents is True


def test_from_16_the_child_consents_instead_of_the_parents_during_admission():
    answer = may_share("kinderopvang", "school", "aanmelding", False)
    assert "in plaats van u" in answer.explanation and "ook de" not in answer.explanation


def test_after_a_verwijsindex_match_child_and_parents_both_consent_at_12_to_15():
    answer = may_share("school", "zorgverlener", "na_match", True, child_age=13)
    assert answer.who_consents == "Uw kind én de ouders met gezag, samen."
    assert "12 tot 16" in answer.explanation
    signal = may_share("school", "verwijsindex", "signaal", True)
    assert "aangewezen" in signal.explanation


@pytest.mark.parametrize("purpose", list(PURPOSES))
@pytest.mark.parametrize("enrolled", [True, False, None])
def test_therapist_to_school_never_without_consent(purpose, enrolled):
    answer = may_share("zorgverlener", "school", purpose, enrolled)
    assert answer.consent_needed == "ja"


def test_care_provider_may_report_to_veilig_thuis_and_the_raad():
    assert may_share("zorgverlener", "veilig_thuis", "zorgen", None).consent_needed == "nee"
    assert may_share("zorgverlener", "raad", "onderzoek", None).consent_needed == "nee"


def test_verwijsindex_signal_without_consent_but_content_after_match_needs_it():
    signal = may_share("school", "verwijsindex", "signaal", True)
    assert signal.consent_needed == "nee" and signal.inform_parents
    assert "2 jaar" in signal.explanation
    content = may_share("school", "zorgverlener", "na_match", True)
    assert content.consent_needed == "ja"


@pytest.mark.parametrize(
    "recipient, purpose, rule",
    [
        ("inspectie", "toezicht", "inspectie"),
        ("veilig_thuis", "zorgen", "meldcode"),
        ("raad", "onderzoek", "raad_kinderbescherming"),
        ("gezinsvoogd", "begeleiding", "gezinsvoogd"),
    ],
)
def test_statutory_recipients_need_no_consent(recipient, purpose, rule):
    answer = may_share("school", recipient, purpose, True)
    assert answer.consent_needed == "nee"
    assert answer.rule == rule


def test_school_to_a_psychologist_needs_consent():
    assert may_share("school", "zorgverlener", "begeleiding", True).consent_needed == "ja"


def test_unknown_situation_depends_and_says_ask():
    answer = may_share("kinderopvang", "anders", "anders", None)
    assert answer.consent_needed == "hangt_ervan_af"
    assert answer.confidence == "I"
    assert "Vraag het na" in answer.explanation


def test_unknown_word_gives_dutch_error_listing_valid_words():
    with pytest.raises(UnknownTerm) as info:
        may_share("school", "politie", "tlv", True)
    message = str(info.value)
    assert "Onbekende waarde voor --naar: 'politie'" in message
    assert "veilig_thuis" in message and "inspectie" in message


def test_who_consents_follows_the_regime_of_the_sender():
    assert may_share("zorgverlener", "school", "advies", None, child_age=13).who_consents == (
        "Uw kind én de ouders met gezag, samen."
    )
    assert may_share("school", "zorgverlener", "advies", None, child_age=16).who_consents == (
        "Uw kind zelf."
    )
    assert may_share("school", "swv", "tlv", True, child_age=10).who_consents == ""


def test_every_combination_gives_a_complete_sourced_answer():
    for sender, recipient, purpose, enrolled in itertools.product(
        SENDERS, RECIPIENTS, PURPOSES, (True, False, None)
    ):
        answer = may_share(sender, recipient, purpose, enrolled)
        assert answer.consent_needed in ("ja", "nee", "hangt_ervan_af")
        assert answer.explanation and answer.basis and answer.what_you_can_do
        assert answer.sources and all(s in SOURCES for s in answer.sources)
        # Never more certain than the weakest source it rests on.
        weakest = max(CONFIDENCES.index(SOURCES[s].confidence) for s in answer.sources)
        assert CONFIDENCES.index(answer.confidence) >= weakest
        if answer.confidence in ("I", "NV"):
            hedged = " ".join([answer.explanation, *answer.notes]).lower()
            assert "vraag het na" in hedged or "meestal" in hedged
        data = answer.as_dict()
        assert data["bronnen"][0]["gecontroleerd"]
