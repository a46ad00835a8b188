"""Wording helpers: say how sure a fact is, and hedge what is inferred or unverified.

Facts labelled I (inferred) or NV (not verified) in the fact sheet are never stated as law:
they get "meestal" and "vraag het na". V and V-sec are stated plainly, with their source.
"""

from __future__ import annotations

from datetime import date

from dossierwijs.core.rules.dutch_dates import day_month
from dossierwijs.core.rules.source_kinds import SourceKind
from dossierwijs.core.rules.sources import Confidence, Source

CONFIDENCE_LABELS: dict[str, str] = {
    "V": "Staat zo in de wet, een uitspraak of bij de toezichthouder",
    "V-sec": "Staat in een betrouwbare bron, maar niet letterlijk in de wet",
    "I": "Onze uitleg op basis van de bronnen: meestal klopt het, vraag het na",
    "NV": "Niet gecontroleerd: vraag het na",
}

HEDGE_MARKERS = ("meestal", "vraag het na", "niet zeker", "niet kunnen controleren")


# A fact seen verbatim (V) says where it stands: a regional association's web page read word
# for word is still not the law (issue 14).
VERBATIM_LABELS: dict[str, str] = {
    "wet": "Staat zo in de wet",
    "voorstel": "Staat zo in een wetsvoorstel: dat is nog geen wet",
    "uitspraak": "Staat zo in een uitspraak van een rechter of commissie",
    "toezichthouder": "Staat zo bij de toezichthouder, de Autoriteit Persoonsgegevens",
    "overheid": "Staat zo op een website van de overheid",
    "organisatie": "Staat zo bij een organisatie uit het onderwijs of de zorg, niet in de wet",
}


def confidence_label(confidence: Confidence, kind: SourceKind | None = None) -> str:
    """Plain Dutch for a confidence label, for pages and the command line.

    With the kind of source (``core.rules.source_kinds``) a verbatim fact names where it
    stands; without it the label names the possible kinds together.
    """
    if confidence == "V" and kind is not None:
        return VERBATIM_LABELS[kind]
    return CONFIDENCE_LABELS[confidence]


def hedge(text: str, confidence: Confidence) -> str:
    """`text` as it may be shown for this confidence.

    V and V-sec: unchanged. I: "Meestal geldt: … Vraag het na als er veel van afhangt."
    NV: "Dit hebben wij niet kunnen controleren: … Vraag het na."
    A text that already hedges itself is left alone, so hedging twice does not stutter.
    """
    text = text.strip()
    if confidence in ("V", "V-sec") or is_hedged(text):
        return text
    lowered = _lower_first(text)
    if confidence == "I":
        return f"Meestal geldt: {lowered} Vraag het na als er veel van afhangt."
    return f"Dit hebben wij niet kunnen controleren: {lowered} Vraag het na."


def _lower_first(text: str) -> str:
    """Lower-case the first letter so the text can follow "Meestal geldt:", except where that
    would misspell it: abbreviations ("AVG", "WPO", "BW") and names of several capitalised
    words ("Veilig Thuis", "Autoriteit Persoonsgegevens")."""
    words = text.split()
    if not words:
        return text
    if sum(ch.isupper() for ch in words[0]) > 1:
        return text
    if len(words) > 1 and words[1][:1].isupper():
        return text
    return text[0].lower() + text[1:]


def is_hedged(text: str) -> bool:
    lowered = text.lower()
    return any(marker in lowered for marker in HEDGE_MARKERS)


def source_line(source: Source) -> str:
    """ "AVG artikel 12 lid 3 (gecontroleerd op 28 november 2026)"."""
    return f"{source.citation} (gecontroleerd op {checked_text(source.checked)})"


def checked_text(day: date) -> str:
    return day_month(day, year=True)
