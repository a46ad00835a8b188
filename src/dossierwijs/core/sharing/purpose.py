"""Purpose limitation (doelbinding): is the stated purpose concrete, and does a document fit it?

AVG art. 5 lid 1 onder b: data are collected for specified, explicit purposes and not
further processed in a way incompatible with them; art. 6 lid 4 lists what makes a new
purpose compatible. AVG art. 5 lid 1 onder c (minimisation): only what the purpose needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Phrases that name no concrete purpose: they fit any exchange at all.
VAGUE_PHRASES = (
    "goede begeleiding",
    "goede ondersteuning",
    "in het belang van",
    "indien nodig",
    "waar nodig",
    "zo nodig",
    "algemene",
    "zorg en ondersteuning",
    "optimale",
    "goed onderwijs",
    "passend aanbod",
    "afstemming",
    "om uw kind zo goed mogelijk",
    "betrokken instanties",
    "alle betrokkenen",
)
MIN_WORDS = 4

QUESTIONS = {
    "school_purpose": "Voor welk doel heeft de school deze gegevens verzameld?",
    "partner_purpose": "Voor welk doel verzamelt de ontvanger de gegevens?",
    "joint_purpose": "Wat is het gezamenlijke doel van deze uitwisseling?",
    "compatible": "Passen deze doelen bij elkaar?",
}


# The four questions a parent asks before sharing her own copy, answered and recorded with
# the share (seed practice; AVG art. 5 lid 1 onder b, c, e and art. 13: purpose, only what
# is needed, storage limitation, who receives it). "Waarvoor" is the purpose itself.
PARENT_QUESTIONS = {
    "purpose": "1. Waarvoor is het? Voor welk besluit of welke hulp?",
    "needs": "2. Wat heeft de ontvanger daarvoor echt nodig?",
    "stored_where": "3. Waar bewaart de ontvanger het?",
    "keep_for": "4. Hoe lang mag de ontvanger het bewaren?",
    "who_sees": "5. Wie krijgt het daar te zien?",
}
# Said to the parent with the questions: sharing nothing has a cost too (facts 3.29, 3.30).
SHARING_NOTHING_NOTE = (
    "U hoeft niet alles te delen. Maar deelt u niets, dan mag een school soms weigeren om "
    "uw kind toe te laten of te ondersteunen: de school moet weten welke ondersteuning uw "
    "kind nodig heeft (GPO 106807). De school moet u dan wel eerst vragen de informatie aan "
    "te vullen en de aanmelding zolang opschorten (GPO 108241). Deel daarom wat nodig is, "
    "en niet meer."
)
SHARING_NOTHING_SOURCE_IDS = ("gpo-106807", "gpo-108241")


def assess_parent_answers(answers: dict[str, str]) -> list[str]:
    """Dutch prompts for the questions the parent has not answered yet (ask the recipient)."""
    prompts = []
    for key, question in PARENT_QUESTIONS.items():
        if key == "purpose":
            continue
        if not (answers.get(key) or "").strip():
            prompts.append(f"Nog open: {question[3:]} Vraag het de ontvanger voordat u deelt.")
    return prompts


@dataclass(frozen=True)
class PurposeIssue:
    field: str
    message: str  # Dutch, plain


def assess_purpose(text: str) -> list[str]:
    """Dutch remarks when a purpose is missing or too vague to limit anything."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return ["Er is nog geen doel ingevuld."]
    remarks = []
    lowered = cleaned.lower()
    vague = [p for p in VAGUE_PHRASES if p in lowered]
    if vague:
        remarks.append(
            f"“{vague[0]}” is geen concreet doel: het past bij bijna elke uitwisseling. "
            "Schrijf op waarvoor precies, bijvoorbeeld: de aanvraag van een "
            "toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs."
        )
    if len(re.findall(r"\w+", cleaned)) < MIN_WORDS:
        remarks.append("Dit doel is erg kort. Schrijf op waarvoor en voor welke beslissing.")
    return remarks


def assess_answers(answers: dict[str, str]) -> list[PurposeIssue]:
    """Check the four purpose questions: each answered, concretely; compatible said plainly."""
    issues: list[PurposeIssue] = []
    for field_name in ("school_purpose", "partner_purpose", "joint_purpose"):
        for remark in assess_purpose(answers.get(field_name, "")):
            issues.append(PurposeIssue(field_name, remark))
    compatible = (answers.get("compatible") or "").strip().lower()
    if compatible not in {"ja", "nee", "weet_niet"}:
        issues.append(PurposeIssue("compatible", "Geef aan of de doelen bij elkaar passen."))
    elif compatible == "nee":
        issues.append(
            PurposeIssue(
                "compatible",
                "De doelen passen niet bij elkaar. Dan mag de ontvanger de gegevens niet zomaar "
                "voor zijn eigen doel gebruiken (AVG artikel 5 lid 1 onder b en artikel 6 "
                "lid 4). Deel alleen met uw uitdrukkelijke toestemming, of niet.",
            )
        )
    elif compatible == "weet_niet":
        issues.append(
            PurposeIssue(
                "compatible",
                "Vraag het na voordat u deelt: waarvoor gebruikt de ontvanger de gegevens, "
                "en wie leest ze?",
            )
        )
    return issues


# Which kinds of document usually matter for which purpose (words of core.rules.sharing).
RELEVANT_TYPES: dict[str, frozenset[str]] = {
    "overstap": frozenset({"okr", "opp", "schoolrapport"}),
    "aanmelding": frozenset({"okr", "opp", "schoolrapport", "onderzoeksverslag", "verklaring"}),
    "tlv": frozenset({"opp", "okr", "onderzoeksverslag", "verklaring", "gespreksverslag"}),
    "arrangement": frozenset({"opp", "onderzoeksverslag", "verklaring", "gespreksverslag"}),
    "advies": frozenset({"opp", "onderzoeksverslag", "behandelverslag", "gespreksverslag"}),
    "begeleiding": frozenset({"opp", "onderzoeksverslag", "behandelverslag", "verklaring"}),
}
FULL_REPORT_TYPES = frozenset({"onderzoeksverslag", "behandelverslag"})


@dataclass(frozen=True)
class DocumentWarning:
    code: str
    message: str  # Dutch


def document_warnings(
    *, doc_type: str, special_category: bool, is_abridged: bool, purpose_key: str
) -> list[DocumentWarning]:
    """Warnings for one document the parent is about to share for this purpose."""
    warnings = []
    if doc_type in FULL_REPORT_TYPES and not is_abridged:
        warnings.append(
            DocumentWarning(
                "volledig_verslag",
                "Dit is een volledig verslag van een onderzoek of behandeling. Voor school is "
                "meestal alleen de conclusie en het advies nodig: maak een verkorte versie.",
            )
        )
    if special_category:
        warnings.append(
            DocumentWarning(
                "bijzonder",
                "Dit document bevat gegevens over gezondheid (een bijzonder persoonsgegeven, "
                "AVG artikel 9). Deel het alleen als het doel dat echt nodig maakt.",
            )
        )
    relevant = RELEVANT_TYPES.get(purpose_key)
    if relevant is not None and doc_type not in relevant and doc_type != "overig":
        warnings.append(
            DocumentWarning(
                "past_niet",
                "Dit soort document heeft meestal niets met dit doel te maken. Is het echt nodig?",
            )
        )
    return warnings


def whole_dossier_warning(selected: int, total: int) -> str | None:
    if total >= 3 and selected >= total:
        return (
            "U staat op het punt het hele dossier te delen. Dat is bijna nooit nodig: "
            "deel alleen wat dit doel nodig heeft (AVG artikel 5 lid 1 onder c)."
        )
    return None


def parse_pages(text: str, page_count: int) -> set[int]:
    """Pages to leave out, written as "2, 4-6": 1-based numbers within the document."""
    pages: set[int] = set()
    for part in re.split(r"[,;\s]+", text.strip()):
        if not part:
            continue
        match = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        if not match:
            raise ValueError(f"“{part}” is geen paginanummer. Schrijf bijvoorbeeld: 2, 4-6.")
        start = int(match.group(1))
        end = int(match.group(2) or start)
        if start < 1 or end > page_count or start > end:
            raise ValueError(
                f"Pagina {part} bestaat niet; het document heeft {page_count} pagina's."
            )
        pages.update(range(start, end + 1))
    return pages
