"""The gezag rules: who may make a rights request, and what a parent without gezag may ask."""

from __future__ import annotations

import pytest

from dossierwijs.core.rules import gezag
from dossierwijs.core.rules.sources import SOURCES


def test_only_a_parent_who_said_met_gezag_may_make_a_rights_request():
    assert gezag.may_make_rights_request("met") is True
    assert gezag.may_make_rights_request("zonder") is False
    assert gezag.may_make_rights_request("onbekend") is False
    with pytest.raises(ValueError):
        gezag.may_make_rights_request("ja")


def test_a_parent_without_gezag_is_pointed_to_the_information_request():
    answer = gezag.rights_request_refusal("zonder")
    assert "1:377c" in answer.message and "informatie" in answer.message
    assert "bw-1-377c" in answer.source_ids


def test_a_parent_who_does_not_know_is_sent_to_the_gezagsregister():
    answer = gezag.rights_request_refusal("onbekend")
    assert "gezagsregister" in answer.message and "Mijn gegevens" in answer.message


def test_the_explanation_says_who_has_gezag_after_a_divorce_and_where_to_check():
    text = gezag.EXPLANATION
    assert "Na een scheiding houden zij dat samen" in text
    assert "rechter" in text and "gezagsregister" in text
    # what we could not verify is said to be unverified
    assert "niet kunnen controleren" in text


def test_the_information_right_names_both_exceptions_and_its_sources_exist():
    assert len(gezag.INFORMATION_EXCEPTIONS) == 2
    assert "ouder met gezag" in gezag.INFORMATION_EXCEPTIONS[0]
    assert "belang van het kind" in gezag.INFORMATION_EXCEPTIONS[1]
    for ids in (
        gezag.INFORMATION_SOURCE_IDS,
        gezag.INFORM_OTHER_PARENT_SOURCE_IDS,
        gezag.EXPLANATION_SOURCE_IDS,
    ):
        assert all(i in SOURCES for i in ids)
    assert SOURCES["bw-1-377b"].confidence == "V"
