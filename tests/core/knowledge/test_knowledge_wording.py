from datetime import date

from dossierwijs.core.knowledge.wording import (
    confidence_label,
    hedge,
    is_hedged,
    source_line,
)
from dossierwijs.core.rules.sources import source


def test_verified_facts_are_stated_plainly():
    assert hedge("School moet binnen een maand antwoorden.", "V") == (
        "School moet binnen een maand antwoorden."
    )
    assert hedge("Het OKR gaat naar de nieuwe school.", "V-sec") == (
        "Het OKR gaat naar de nieuwe school."
    )


def test_inferred_facts_get_meestal_and_vraag_het_na():
    text = hedge("Het samenwerkingsverband rekent vanaf het besluit.", "I")
    assert text.startswith("Meestal geldt: het samenwerkingsverband")
    assert "Vraag het na" in text


def test_unverified_facts_say_we_could_not_check():
    text = hedge("Kinderen vanaf 12 mogen zelf inzage vragen.", "NV")
    assert text.startswith("Dit hebben wij niet kunnen controleren: kinderen")
    assert text.endswith("Vraag het na.")


def test_hedging_keeps_abbreviations_and_names_at_the_start_intact():
    assert hedge("AVG artikel 7 lid 3 geldt ook hier.", "I").startswith(
        "Meestal geldt: AVG artikel 7 lid 3"
    )
    assert hedge("WPO artikel 42 regelt het rapport.", "NV").startswith(
        "Dit hebben wij niet kunnen controleren: WPO artikel 42"
    )
    assert hedge("Veilig Thuis mag dat vragen.", "I").startswith("Meestal geldt: Veilig Thuis")
    assert hedge("Een school mag dat.", "I").startswith("Meestal geldt: een school")


def test_hedging_twice_does_not_stutter():
    once = hedge("Dit is een afspraak.", "I")
    assert hedge(once, "I") == once
    assert is_hedged(once)
    assert not is_hedged("School moet antwoorden.")


def test_labels_and_source_line_are_dutch():
    assert "Niet gecontroleerd" in confidence_label("NV")
    line = source_line(source("avg-12-3"))
    assert line == "AVG artikel 12 lid 3 (gecontroleerd op 28 november 2026)"
    assert source("avg-12-3").checked == date(2026, 11, 28)
