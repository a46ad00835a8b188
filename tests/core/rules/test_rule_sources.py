from dossierwijs.core.rules.sources import (
    CONFIDENCES,
    SOURCES,
    hedge_sentence,
    source_dicts,
    weakest,
)


def test_every_source_has_a_known_confidence_and_a_citation():
    for source in SOURCES.values():
        assert source.confidence in CONFIDENCES
        assert source.citation
        assert source.url.startswith("http") or source.confidence == "I"


def test_weakest_picks_the_least_certain_label():
    assert weakest(["V", "V-sec", "V"]) == "V-sec"
    assert weakest(["V", "NV", "I"]) == "NV"
    assert weakest([]) == "NV"


def test_only_inferred_and_unverified_facts_are_hedged():
    assert hedge_sentence("V") == "" and hedge_sentence("V-sec") == ""
    assert "vraag het na" in hedge_sentence("I").lower()
    assert "Vraag het na" in hedge_sentence("NV")


def test_source_dicts_carry_the_date_last_checked():
    (entry,) = source_dicts(["avg-12-3"])
    assert entry["gecontroleerd"] == "2026-11-28"
    assert entry["zekerheid"] == "V"
