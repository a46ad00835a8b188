"""Geen-toestemmingsverklaring: we do not sign this general consent form.

Valid consent is free, specific, informed and unambiguous, per purpose, and can be
withdrawn (AVG art. 4 onder 11, art. 7; overwegingen 32, 42, 43). Refusing may not
harm the child (overweging 42). The defects come from the consent checker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..model import Letter, LetterContext, Paragraph, dutch_date
from .base import (
    WHO_ASKS,
    EssentialFact,
    about,
    build_letter,
    check_input,
    label,
    lines,
    pick,
    we,
    who_asks,
)

KIND = "geen_toestemming"
# The name the consent pages use; "algemeen formulier" was wrong for a refused specific form.
LABEL = "Geen-toestemmingsverklaring"
DESCRIPTION = (
    "Laat weten dat u een toestemmingsformulier niet tekent en waarom, en vraag om "
    "toestemming per concrete uitwisseling."
)
RIGHTS_REQUEST = False
# Refusing consent for a child under 16 is for the parents with gezag (UAVG art. 5).
NEEDS_GEZAG = True

SPECIFIC = (
    "om welke gegevens of documenten het gaat",
    "met welke organisatie of persoon",
    "voor welk doel",
    "waar de gegevens worden bewaard",
    "wie er toegang toe heeft",
    "hoe lang de gegevens worden bewaard",
)

# What each failed criterion of the consent checker means, said to the organisation
# (the checker's own explanations speak to the parent).
DEFECT_LINES: dict[str, str] = {
    "doel": "Er staat geen concreet doel in",
    "gegevens": "Er staat niet precies in welke gegevens of documenten worden gedeeld",
    "ontvangers": "De organisaties die de gegevens krijgen, worden niet bij naam genoemd",
    "opslag": "Er staat niet in waar de gegevens worden bewaard",
    "termijn": "Er staat geen einddatum in",
    "vrij": "Er is geen echte vrije keuze, zonder nadeel voor het kind",
    "ondubbelzinnig": (
        "Toestemming wordt aangenomen zonder actieve keuze, bijvoorbeeld door een vooraf "
        "aangekruist vakje of door niet te reageren"
    ),
    "granulair": "Er kan niet per doel of per organisatie apart worden gekozen",
    "intrekken": "Er staat niet goed in dat de toestemming altijd kan worden ingetrokken, en hoe",
}
# Where and how long are information the organisation owes (AVG art. 13), good practice on
# a form, but not conditions for valid consent (art. 4 onder 11, art. 7): a form missing
# only these is incomplete, not invalid (issue 16 item 3).
INFORMATION_ONLY = (DEFECT_LINES["opslag"], DEFECT_LINES["termijn"])
_QUOTED = re.compile(r"\u201c([^\u201d]{1,80})\u201d")


def is_doubtful(judgement: Mapping[str, Any]) -> bool:
    """The checker is not sure of this judgement: its explanation says "twijfel"."""
    return "twijfel" in (judgement.get("uitleg") or "").lower()


def doubtful_defects(result: Mapping[str, Any]) -> tuple[str, ...]:
    """Codes of the defects the checker is not sure of: ``gebrek`` with "twijfel" in ``uitleg``.

    Measured on forms the checker had not seen, such a defect is often wrong, so a letter
    lists it only when the parent confirms it (``defects_from_check(..., confirmed=...)``).
    Pass the result with the parent's corrections applied (``FormCheck.judged_result``): a
    corrected criterion is then never doubtful (corrected to ``ok`` it is no defect; corrected
    to ``gebrek`` it keeps no explanation of the checker's).
    """
    return tuple(
        code
        for code, judgement in (result.get("criteria") or {}).items()
        if judgement.get("oordeel") == "gebrek" and is_doubtful(judgement)
    )


# Defects the checker explains without quoting: a school reading the letter should still see
# which sentence of its form is meant ("Ontvangen wij het niet op tijd terug, dan ...").
_QUOTE_THE_SENTENCE = ("vrij", "ondubbelzinnig", "granulair")
_SENTENCE_MAX = 160
# The tick box in front of a choice line is the form's, not words to quote back to the school:
# "[ ] Ik ga akkoord met ..." is quoted as "Ik ga akkoord met ...".
_BOX_AHEAD = re.compile(r"^\s*(\[\s*[xX✓]?\s*\]|\(\s*[xX]?\s*\)|[☐☒□■○●])\s*")


def _cited(sentence: str) -> str:
    return f"\u201c{sentence.rstrip(' .;:,')}\u201d"


# Pictures on several places under one choice: the school should read "per plek", the words
# of the finding it quotes, not "per doel of per organisatie" (parent walk, 6 December 2026).
_PLACES_FINDING = "De foto's of filmpjes komen op meerdere plekken"
_PLACES_LINE = "Er kan niet per plek apart worden gekozen waar foto's of filmpjes komen"


def defect_line(code: str, judgement: Mapping[str, Any]) -> str:
    """The letter's line for one failed criterion, with the phrases the checker quotes, or
    for a choice that is not free, not active or not per item, the form's own sentence."""
    line = DEFECT_LINES.get(code, code)
    if code == "granulair" and judgement.get("uitleg", "").startswith(_PLACES_FINDING):
        line = _PLACES_LINE
    quotes = list(dict.fromkeys(_QUOTED.findall(judgement.get("uitleg", ""))))[:3]
    if not quotes and code in _QUOTE_THE_SENTENCE:
        sentences = [b.strip() for b in judgement.get("bewijs") or () if b.strip()]
        # A doubtful defect's evidence may be any sentence on the subject, unless its doubt
        # quotes that very sentence: then the parent confirmed what the sentence says.
        if is_doubtful(judgement):
            sentences = [b for b in sentences if _cited(b) in judgement.get("uitleg", "")]
        short = [b for b in sentences if len(b) <= _SENTENCE_MAX][:1]
        quotes = [_BOX_AHEAD.sub("", b).rstrip(".") for b in short]
    if quotes:
        line += " (" + ", ".join(f"\u201c{q}\u201d" for q in quotes) + ")"
    return line + "."


def defects_from_check(
    result: Mapping[str, Any], *, confirmed: Iterable[str] = ()
) -> tuple[str, ...]:
    """Defect lines for this letter from the consent checker's JSON (the shape of issue 6).

    ``{"criteria": {"doel": {"oordeel": "gebrek", "uitleg": ..., "bewijs": [...]}, ...}}``;
    the short phrases the checker quotes in its explanation are kept as evidence. A doubtful
    defect (``doubtful_defects``) is listed only when its code is in ``confirmed``: the
    parent read the form and says it is right.
    """
    left_out = frozenset(doubtful_defects(result)) - frozenset(confirmed)
    return tuple(
        defect_line(code, judgement)
        for code, judgement in result["criteria"].items()
        if judgement.get("oordeel") == "gebrek" and code not in left_out
    )


@dataclass(frozen=True)
class GeenToestemmingInput:
    form: str = field(
        metadata=label("Welk formulier", help="Bijvoorbeeld: toestemming gegevensuitwisseling.")
    )
    defects: tuple[str, ...] = field(
        metadata=label("Wat ontbreekt of klopt niet in het formulier", widget="lines")
    )
    received_on: date | None = field(
        default=None, metadata=label("Wanneer kreeg u het formulier", required=False)
    )


ESSENTIAL_FACTS = (
    EssentialFact(
        "niet_tekenen",
        "Wij tekenen het formulier niet",
        dynamic=lambda d, ctx: (d.form.strip(), "niet"),
    ),
    EssentialFact(
        "gebreken", "De gebreken van het formulier", dynamic=lambda d, ctx: lines(d.defects)
    ),
    EssentialFact(
        "per_uitwisseling", "Vraag toestemming per concrete uitwisseling", phrases=SPECIFIC
    ),
    EssentialFact("avg", "Eisen aan toestemming (artikel 7 AVG)", phrases=("artikel 7 AVG",)),
    EssentialFact(
        "geen_nadeel", "Weigeren mag geen nadeel hebben", phrases=("geen nadelige gevolgen",)
    ),
    WHO_ASKS,
)


# The checker titles a pasted message "Bericht van <sender>" and a letter that opens with a
# salutation "Brief van <signer>" (consent/checking.form_name): no form to sign, so the
# letter refuses the request made in the message or letter.
_MESSAGE = re.compile(r"^(?P<kind>bericht|brief) van\s+(?P<sender>\S.*)$", re.IGNORECASE)


def message_sender(form: str) -> str:
    """The sender when ``form`` names a message or letter ("Bericht van Anke Smit"), else ""."""
    found = _MESSAGE.match(form.strip())
    return found["sender"].strip() if found else ""


def _the_request(form: str) -> tuple[str, str]:
    """("het bericht", "dit bericht") or ("de brief", "deze brief"), as the title says."""
    found = _MESSAGE.match(form.strip())
    if found and found["kind"].lower() == "brief":
        return "de brief", "deze brief"
    return "het bericht", "dit bericht"


def _opening(data: GeenToestemmingInput, ctx: LetterContext, tone: str, invalid: bool) -> str:
    form = data.form.strip()
    sender = message_sender(form)
    the, _this = _the_request(form)
    received = data.received_on
    when = stated = ""
    if received:
        got = f"{we(ctx, 'wij', 'ik')} op {dutch_date(received)} {we(ctx, 'kregen', 'kreeg')}"
        which = "die" if sender and the == "de brief" else "dat"
        when, stated = f", {which} {got}", f" (ontvangen op {dutch_date(received)})"
    why = (
        "Het voldoet niet aan de eisen van de AVG."
        if invalid
        else "Er ontbreekt informatie die nodig is om te kunnen beslissen."
    )
    if sender:
        return pick(
            tone,
            vriendelijk=f"Dank u voor {the} van {sender}{when}. "
            + we(ctx, "Wij geven", "Ik geef")
            + " de toestemming die daarin wordt gevraagd niet, en "
            + we(ctx, "leggen", "leg")
            + " graag uit waarom.",
            # (an aside in the name is closed too: "van Anke Smit, De Vlinderhof, wordt")
            zakelijk=f"In {the} van {sender}{when}{',' if when or ',' in sender else ''}"
            + " wordt "
            + we(
                ctx,
                "ons om toestemming gevraagd. Die geven wij",
                "mij om toestemming gevraagd. Die geef ik",
            )
            + " niet. Hieronder staat waarom.",
            stellig=we(ctx, "Wij geven", "Ik geef")
            + f" de toestemming niet die wordt gevraagd in {the} van {sender}{stated}. "
            + why.replace("Het voldoet", "Het verzoek voldoet"),
        )
    return pick(
        tone,
        vriendelijk=f"Dank u voor het formulier '{form}'{when}. "
        + we(ctx, "Wij tekenen", "Ik teken")
        + " dit formulier niet, en "
        + we(ctx, "leggen", "leg")
        + " graag uit waarom.",
        zakelijk=f"Het formulier '{form}'{when}{',' if when else ''} "
        + we(ctx, "tekenen wij", "teken ik")
        + " niet. Hieronder staat waarom.",
        stellig=we(ctx, "Wij tekenen", "Ik teken")
        + f" het formulier '{form}'{stated} niet. "
        + why,
    )


def compose(data: GeenToestemmingInput, ctx: LetterContext, tone: str) -> Letter:
    """Write the refusal of a blanket consent form (or of a request by message) in ``tone``."""
    check_input(data)
    form = data.form.strip()
    sender = message_sender(form)
    the, this = _the_request(form)
    request = f"Het verzoek in {this}" if sender else "Dit formulier"
    defects = lines(data.defects)
    info = tuple(d for d in defects if d.startswith(INFORMATION_ONLY))
    invalid = tuple(d for d in defects if d not in info)
    opening = _opening(data, ctx, tone, bool(invalid))
    rules = (
        "Toestemming is alleen geldig als die vrij, specifiek, geïnformeerd en ondubbelzinnig "
        "is, per doel wordt gevraagd en weer kan worden ingetrokken (artikel 4 onder 11 en "
        f"artikel 7 AVG). {request} voldoet daar niet aan:"
    )
    missing_info = (
        "Ook staat er niet in wat u "
        + we(ctx, "ons", "mij")
        + " vooraf moet vertellen (artikel 13 AVG):"
        if invalid
        else f"In {the if sender else 'het formulier'} ontbreekt informatie die u "
        + we(ctx, "ons", "mij")
        + " vooraf moet geven (artikel 13 AVG; artikel 7 AVG gaat over de toestemming zelf):"
    )
    specific = pick(
        tone,
        vriendelijk=we(ctx, "Wij werken", "Ik werk")
        + " graag mee. Is er een concrete uitwisseling nodig, vraag "
        + we(ctx, "ons", "mij")
        + " dan om toestemming voor die ene uitwisseling. Vertel daarbij:",
        zakelijk="Is er een concrete uitwisseling nodig, vraag dan toestemming voor die "
        "uitwisseling. Vermeld daarbij:",
        stellig=we(ctx, "Toestemming geven wij", "Toestemming geef ik")
        + " alleen per concrete uitwisseling. Vermeld daarbij altijd:",
    )
    refusal = we(ctx, "wij", "ik") + (
        we(ctx, " deze toestemming niet geven", " deze toestemming niet geef")
        if sender
        else we(ctx, " dit formulier niet tekenen", " dit formulier niet teken")
    )
    no_harm = f"Dat {refusal} mag voor {about(ctx)} geen nadelige gevolgen hebben."
    return build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=(
            f"Geen toestemming voor het verzoek in {the} van {sender} ({ctx.child.name})"
            if sender
            else f"Geen toestemming via het formulier '{form}' ({ctx.child.name})"
        ),
        paragraphs=[
            Paragraph(who_asks(ctx)),
            Paragraph(opening),
            *([Paragraph(rules, invalid)] if invalid else []),
            *([Paragraph(missing_info, info)] if info else []),
            Paragraph(specific, SPECIFIC),
            Paragraph(no_harm),
        ],
        guidance=[
            "Voor haar wettelijke taken heeft een school, gemeente of zorgverlener meestal geen "
            "toestemming nodig. "
            "Toestemming past alleen bij iets wat niet verplicht is, en moet dan per doel "
            "gevraagd worden.",
        ],
    )
