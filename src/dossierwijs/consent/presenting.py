"""A form check as the result page shows it: the form's sentences, some marked, and nine verdicts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from dossierwijs.core.consent_check import CRITERIA, GELDIG, OK, ONVOLLEDIG, VALIDITY_CRITERIA
from dossierwijs.core.consent_check.sentences import split_form
from dossierwijs.core.letters.kinds.geen_toestemming import (
    defect_line,
    defects_from_check,
    doubtful_defects,
    is_doubtful,
)

from .models import apply_corrections, stored_verdict

# What each criterion asks, in one plain sentence for the parent (the checker's own
# explanation, with its legal basis, follows it on the page).
ASKS = {
    "doel": gettext_lazy("Staat er precies in waarvoor de gegevens nodig zijn?"),
    "gegevens": gettext_lazy("Staat er precies in welke gegevens of documenten het zijn?"),
    "ontvangers": gettext_lazy("Worden de organisaties die de gegevens krijgen bij naam genoemd?"),
    "opslag": gettext_lazy("Staat er in waar de gegevens worden bewaard?"),
    "termijn": gettext_lazy("Staat er in tot wanneer de toestemming geldt?"),
    "vrij": gettext_lazy("Mag u nee zeggen zonder nadeel voor uw kind?"),
    "ondubbelzinnig": gettext_lazy("Moet u zelf actief ja zeggen (geen vooraf aangekruist vakje)?"),
    "granulair": gettext_lazy("Kunt u per doel of per organisatie apart ja of nee zeggen?"),
    "intrekken": gettext_lazy("Staat er in dat u de toestemming altijd kunt intrekken, en hoe?"),
}
# The Kennis page that explains the criterion ("Waarom?").
WHY = {code: "toestemming-per-doel" for code in CRITERIA} | {"intrekken": "toestemming-intrekken"}


@dataclass
class ShownSentence:
    text: str
    is_heading: bool
    anchor: str = ""
    criteria: list[tuple[str, str]] = field(default_factory=list)  # (code, title)
    # The form itself says this is not part of the consent asked (a legal duty, another
    # exchange): the checker did not weigh it.
    set_apart: bool = False


@dataclass
class ShownCorrection:
    """What the parent said about one criterion, beside the checker's own judgement."""

    ok: bool  # the parent's judgement
    quote: str  # the sentence of the form the parent pointed at ("" when none)
    reason: str  # what the parent sees (for a defect)
    who: str  # "u" for the viewer, else the member's name
    on: str  # ISO date


@dataclass
class ShownCriterion:
    code: str
    title: str
    asks: str
    ok: bool  # the judgement that counts: the parent's where they corrected it
    checker_ok: bool  # the checker's own judgement
    doubtful: bool  # the checker's doubt, while the parent has not judged it themselves
    # False for storage and duration: owed information (AVG art. 13), not a condition.
    needed_for_validity: bool
    explanation: str  # plain words, without the legal source
    source: str  # the legal source the explanation rests on, for a source line under it
    evidence: list[tuple[str, str]]  # (text, anchor of the marked sentence or "")
    why: str
    correction: ShownCorrection | None = None
    # For a doubtful defect: the line a Geen-toestemmingsverklaring lists once the parent
    # confirms it ("" otherwise).
    letter_line: str = ""
    # The explanation split in what the checker found and what it is unsure of: the card shows
    # the doubt once, under "Niet zeker:", instead of inside the explanation and again below.
    finding: str = ""
    doubt: str = ""


@dataclass
class ShownCheck:
    sentences: list[ShownSentence]
    criteria: list[ShownCriterion]
    verdict: str  # geldig, onvolledig or ongeldig
    defects: int  # failed criteria that make the consent invalid
    missing: list[str]  # titles of the failed information criteria (storage, duration)
    doubtful: int
    corrected: int = 0  # criteria where the parent's judgement counts
    # The lines a Geen-toestemmingsverklaring lists without asking: the defects the checker
    # is sure of, and those the parent judged themselves.
    letter_defects: tuple[str, ...] = ()
    # The defects the checker doubts: in the letter only when the parent confirms them.
    to_confirm: list[ShownCriterion] = field(default_factory=list)

    @property
    def set_apart(self) -> int:
        """How many sentences the checker did not weigh (the form sets them apart)."""
        return sum(1 for s in self.sentences if s.set_apart)

    @property
    def only_doubtful_defects(self) -> bool:
        """Every defect that makes the consent invalid is one the checker doubts."""
        failed = [c for c in self.criteria if not c.ok and c.needed_for_validity]
        return bool(failed) and all(c.doubtful for c in failed)

    @property
    def valid(self) -> bool:
        return self.verdict == GELDIG

    @property
    def incomplete(self) -> bool:
        return self.verdict == ONVOLLEDIG


def present(
    text: str, result: dict, corrections: dict | None = None, viewer_id: str = ""
) -> ShownCheck:
    """Lay out a stored check: each evidence sentence gets an anchor and its criteria.

    ``corrections`` (``FormCheck.corrections``): the parent's judgements count for the verdict,
    the badges and the letter's defects; the checker's stay visible beside them. ``viewer_id``:
    the member looking, so their own corrections read "u".
    """
    corrections = corrections or {}
    judged = apply_corrections(result, corrections)
    to_confirm = doubtful_defects(judged)
    apart = set(result.get("buiten_beschouwing", []))
    sentences = [
        ShownSentence(s.text, s.is_heading, set_apart=" ".join(s.text.split()) in apart)
        for s in split_form(text)
    ]
    by_text: dict[str, ShownSentence] = {}
    for s in sentences:
        # Evidence is quoted with its spaces closed up ("[ ] Ja   [ ] Nee" -> "[ ] Ja [ ] Nee").
        by_text.setdefault(" ".join(s.text.split()), s)
    criteria: list[ShownCriterion] = []
    marked = 0
    for code, (title, _judge) in CRITERIA.items():
        judgement = result.get("criteria", {}).get(code)
        if judgement is None:
            continue
        evidence = []
        for quote in judgement.get("bewijs", []):
            sentence = by_text.get(" ".join(quote.split()))
            if sentence is not None and not sentence.anchor:
                marked += 1
                sentence.anchor = f"zin-{marked}"
            if sentence is not None and (code, title) not in sentence.criteria:
                sentence.criteria.append((code, title))
            evidence.append((quote, sentence.anchor if sentence else ""))
        uitleg = judgement.get("uitleg", "")
        plain, source = split_source(uitleg)
        correction = _correction(corrections.get(code), viewer_id)
        checker_ok = judgement.get("oordeel") == OK
        criteria.append(
            ShownCriterion(
                code=code,
                title=title,
                asks=str(ASKS.get(code, "")),
                ok=correction.ok if correction else checker_ok,
                checker_ok=checker_ok,
                doubtful=is_doubtful(judgement) and correction is None,
                needed_for_validity=code in VALIDITY_CRITERIA,
                explanation=plain,
                source=source,
                evidence=evidence,
                why=WHY.get(code, "toestemming-per-doel"),
                correction=correction,
                letter_line=defect_line(code, judgement) if code in to_confirm else "",
                **_finding_and_doubt(plain),
            )
        )
    return ShownCheck(
        sentences=sentences,
        criteria=criteria,
        verdict=stored_verdict(judged),
        defects=sum(1 for c in criteria if not c.ok and c.needed_for_validity),
        missing=[c.title for c in criteria if not c.ok and not c.needed_for_validity],
        doubtful=sum(1 for c in criteria if c.doubtful),
        corrected=sum(1 for c in criteria if c.correction),
        letter_defects=defects_from_check(judged) if judged.get("criteria") else (),
        to_confirm=[c for c in criteria if c.code in to_confirm],
    )


def _correction(stored: dict | None, viewer_id: str) -> ShownCorrection | None:
    if not stored:
        return None
    mine = not stored.get("door") or stored.get("door") == viewer_id
    return ShownCorrection(
        ok=stored.get("oordeel") == OK,
        quote=stored.get("zin", ""),
        reason=stored.get("reden", ""),
        who=_("u") if mine else stored.get("naam", "") or _("een gezinslid"),
        on=stored.get("op", ""),
    )


def form_sentences(text: str) -> list[str]:
    """The form's sentences (and headings) a parent can point at, in reading order."""
    return list(dict.fromkeys(s.text for s in split_form(text)))


# "(AVG art. 7 lid 3)", "(overweging 32 en 43 bij de AVG)": the checker's sources.
_SOURCE = re.compile(r"\s*\(((?:U?AVG|overweging)\b[^()]*)\)")


def _finding_and_doubt(plain: str) -> dict[str, str]:
    """ "Het formulier zegt niet ... Twijfel: dossierwijs vond geen zin ..." in its two parts."""
    finding, marker, doubt = plain.partition("Twijfel:")
    if not marker:
        return {"finding": plain, "doubt": ""}
    return {"finding": finding.strip(), "doubt": doubt.strip()}


def split_source(explanation: str) -> tuple[str, str]:
    """The checker's explanation as plain words, and its legal source for a source line."""
    sources = [m.group(1) for m in _SOURCE.finditer(explanation)]
    plain = re.sub(r"\s+([.,;:])", r"\1", _SOURCE.sub("", explanation)).strip()
    return plain, "; ".join(dict.fromkeys(sources))


def verdict_title(shown: ShownCheck) -> str:
    if shown.valid:
        return _("Oordeel: geldig")
    if shown.incomplete:
        return _("Oordeel: onvolledig")
    return _("Oordeel: ongeldig")


def ask_first_text(shown: ShownCheck) -> str:
    """What "Eerst navragen" asks for a valid form: only what is still missing."""
    missing = {c.code for c in shown.criteria if not c.ok and not c.needed_for_validity}
    if missing == {"opslag"}:
        what = _("waar de gegevens worden bewaard")
    elif missing == {"termijn"}:
        what = _("hoe lang de toestemming geldt")
    else:
        what = _("waar de gegevens worden bewaard en hoe lang de toestemming geldt")
    return _(
        "U hoeft dit formulier niet te weigeren. Vraag de organisatie %(what)s, en vraag of zij "
        "dat op het formulier zetten. Daarna kunt u zelf beslissen of u tekent."
    ) % {"what": what}


def verdict_text(shown: ShownCheck) -> str:
    if shown.valid and shown.doubtful:
        return _(
            "dossierwijs vond geen zeker gebrek: het formulier lijkt aan de negen eisen te "
            "voldoen. Lees de punten met twijfel hieronder eerst zelf. Tekenen blijft uw eigen "
            "keuze."
        )
    if shown.valid:
        return _(
            "Dit formulier voldoet aan alle negen eisen. U kunt het tekenen als u het eens bent "
            "met wat erin staat. Tekenen blijft uw eigen keuze."
        )
    if shown.incomplete:
        return _(
            "Geldig volgens de AVG, maar waar of hoe lang ontbreekt: vraag het na vóór u tekent. "
            "Het formulier zegt niet: %(missing)s. De organisatie moet u dat vertellen (AVG "
            "artikel 13). Vraag of zij het op het formulier zetten; tekenen blijft uw eigen keuze."
        ) % {"missing": ", ".join(str(m).lower() for m in shown.missing)}
    if shown.only_doubtful_defects:
        return _(
            "dossierwijs denkt dat dit formulier niet voldoet aan %(n)s van de zeven eisen voor "
            "geldige toestemming, maar is daar niet zeker van. "
            "Klopt het, dan is toestemming via dit formulier niet geldig (AVG artikel 4 lid 11 en "
            "artikel 7): teken het dan niet, en vraag om toestemming per concrete uitwisseling."
        ) % {"n": shown.defects}
    return _(
        "Dit formulier voldoet niet aan %(n)s van de zeven eisen voor geldige toestemming. "
        "Toestemming via dit formulier is dan niet geldig (AVG artikel 4 lid 11 en artikel 7). "
        "Het advies: teken het niet, en vraag om toestemming per concrete uitwisseling."
    ) % {"n": shown.defects}
