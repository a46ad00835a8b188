"""Consent made a condition, read as two parts of one sentence: what the parent does or
leaves undone (refuses, does not sign, the consent is missing or is the ticket) and what the
child then loses (a place, help, a start, a trip). AVG art. 7 lid 4; overweging 42 en 43.

The phrase lists in ``phrases_choice`` name whole sayings; this reads the parts, so a new
way of putting either part ("Bij het uitblijven van toestemming wordt de zorgmelding
gesloten", "alleen dan kan uw zoon doorstromen") is still found. What stops is only the
exchange itself ("zonder toestemming delen wij niets") is no loss: that is what refusing
means.
"""

from __future__ import annotations

import re

from .lemmas import shares_by_lemma

# The parent refuses or does not act: "weigert", "stemt u niet in", "levert u het formulier
# niet in", "bij het uitblijven van toestemming", "wie niet tekent", "ouders die geen
# toestemming geven", "weigeren kan, maar dan", "... want anders", "without consent".
_REFUSED = re.compile(
    r"\b(als|indien|wanneer|mocht|bij)\b[^.;]{0,30}\b(weiger\w*|geweigerd)\b|\bweiger\w* (u|jullie|je)\b"
    r"|\bweigeren (kan|mag|is mogelijk)\b[^.;]{0,10}\bmaar\b"
    r"|^\W*(stemt|stemmen|tekent|tekenen|ondertekent|levert|leveren|geeft|geven|krijgen|"
    r"ontvangen) (u|jullie|je|ouders|de ouders|wij|we)\b[^.,;]{0,40}\b(niet|geen)\b"
    r"|\b(als|indien|wanneer|mocht)\b[^.,;]{0,30}\b(niet|geen)\b[^.,;]{0,20}\b(instemt|instemmen|"
    r"tekent|tekenen|ondertekent|inlevert|inleveren|terugstuurt|toestemming)\b"
    r"|\b(wie|ouders die|ouders van wie|leerlingen van wie|kinderen van wie)\b[^.,;]{0,30}"
    r"\b(niet|geen)\b[^.,;]{0,20}\b(tekent|tekenen|ondertekent|instemt|toestemming)\b"
    r"|\b(uitblijven|ontbreken|zonder|bij gebrek aan)\b[^.,;]{0,20}\b(toestemming|handtekening|"
    r"ondertekening|formulier|machtiging|medewerking)\b"
    r"|\b(toestemming|handtekening|tekenen|formulier)\b[^.]{0,60}\b(want|omdat) anders\b"
    r"|\b(without|no) (your |parental |written )?(consent|signature|permission)\b"
    r"|\b(if|when|unless)\b[^.,;]{0,30}\b(do|does|did) not (sign|consent|agree)\b"
    r"|\b(if|when) (you|parents) (refuse|decline|say no)\b"
)
# The consent as the ticket: "pas nadat alle toestemmingen binnen zijn", "alleen dan kan",
# "is mogelijk na ontvangst van het ingevulde formulier", "gaat uit van uw medewerking,
# waaronder het geven van toestemming", "Om de plaatsing definitief te maken, hebben wij uw
# toestemming nodig", "only students whose parents have signed", "can be confirmed once we
# have received your signed consent".
_GATE = re.compile(
    r"\b(pas|alleen|uitsluitend|enkel|only)\b[^.;]{0,60}\b(als|indien|wanneer|nadat|zodra|na|"
    r"met|mits|if|when|after|with|whose|once)\b[^.;]{0,40}\b(toestemming\w*|getekend\w*|"
    r"ondertekend\w*|handtekening|formulier|signed|consent\w*|permission)\b"
    r"|\b(alleen|pas) dan\b"
    r"|\bmogelijk (na|nadat|zodra|als|wanneer)\b[^.;]{0,60}\b(toestemming\w*|formulier|"
    r"handtekening|getekend|ondertekend)"
    r"|\bgaat uit van (uw|jullie|je) (medewerking|toestemming|instemming)\b"
    r"|\b(zodra|nadat|als)\b[^.;]{0,30}\b(getekende|ondertekende|ingevulde) formulier\b"
    # "Het arrangement gaat in zodra de school het ondertekende OPP heeft ontvangen."
    r"|\b(zodra|nadat|pas als|wanneer)\b[^.;]{0,40}\b(getekend|ondertekend)\w*\b"
    r"|^\W*om\b[^.;]{0,60}\bte (maken|regelen|krijgen|starten|beginnen|kunnen)\b[^.;]{0,20}"
    r"\b(hebben|is|zijn)\b[^.;]{0,30}\b(toestemming|handtekening)\b[^.;]{0,10}\bnodig\b"
    r"|\b(toestemming|handtekening|ondertekening)\b[^.;]{0,60}\b(is |zijn )?nodig om\b"
    r"|\b(can|will) be (confirmed|arranged|offered|started|given|scheduled)\b[^.;]{0,30}"
    r"\b(once|after|when|as soon as)\b[^.;]{0,50}\b(signed|consent|signature|permission)\b"
    r"|\b(must|required to|have to)\b[^.;]{0,30}\b(signed|sign|consent)\b"
    r"|\b(signed|signing|consent|signature)\b[^.;]{0,30}\b(is|are) (required|mandatory|"
    r"compulsory)\b"
)
# What the child or family loses: help, a place, a start, a turn, an activity.
_SERVICE = re.compile(
    r"\b(begeleid(ing|en|t)|ondersteun(ing|en|t)|hulp|hulpverlening|zorg|zorgmelding|"
    r"behandel(ing|en|d|t)|intake|plek|plaats|"
    r"plaatsing|wachtlijst|aanbod|aanmelding|inschrijving|toelating|aanvraag|arrangement|"
    r"indicatie|doorstromen|deelnemen|deelname|meedoen|mee|activiteit\w*|kamp|schoolreis|"
    r"excursie|uitstapje|sportclub|training|lessen|programma|starten|start|ingepland|inplannen|"
    r"testen|onderzoek|advies|groep|"
    r"place|placement|support|programme|program|trip|join|help|treatment|admission|enrol\w*|"
    r"pupil|student)\b"
    # A compound names the same thing: "het ondersteuningsaanbod", "de dyslexiebegeleiding".
    r"|\b\w+(ondersteuning|begeleiding|aanbod|behandeling|hulp|plek|plaats)\b"
    r"|\b(iets|niks|niets) (meer )?voor (u|jullie|je|jou|uw kind) (doen|betekenen)\b"
    r"|\b(gebruik (maken|gemaakt) van|toegang (tot|krijgen)|meedoen aan|deelnemen aan)\b"
)
_LOSS = re.compile(
    r"\b(niet|geen|niks|helaas|beeindigd|beeindigen|gesloten|sluiten|stopt|stoppen|vervalt|vervallen|"
    r"achteraan|achteren|vertraging|uitgesteld|uitgesloten|afgewezen|heroverwegen|genoodzaakt|"
    r"unable|cannot|can't|not|pas|alleen|only)\b"
)
# A price or a sanction is a loss of its own, whatever the service: "betalen de volledige
# bijdrage", "komen de kosten voor uw rekening", "kan meewegen in de beoordeling".
_PENALTY = re.compile(
    r"\b(kosten|voor uw rekening|betalen|betaalt|bijdrage|tarief|boete|sanctie\w*|maatregel\w*|"
    r"proces-verbaal|meewegen|meegewogen|beoordeling|wachttijd|voorrang|fee|charge|cost)\b"
)
# A consequence that keeps what the child has: "krijgt gewoon dezelfde hulp".
_KEPT = re.compile(
    r"\b(gewoon|nog steeds|evengoed|net zo goed|hetzelfde|dezelfde|zelfde|hoe dan ook|ook zonder|"
    r"geen( enkele)? (gevolgen|gevolg|invloed|nadeel|nadelen|consequenties)|niet verplicht|"
    r"(?<!alleen )(?<!uitsluitend )op basis van|op een andere manier|staat los|los van|"
    r"blijft (gewoon |wel )?door\w*|"
    r"still|anyway|same|regardless|not required|not compulsory|no consequences)\b"
)


def keeps_what_the_child_has(key: str) -> bool:
    """The sentence says refusing costs nothing ("blijft gewoon doorgaan", "geen enkele
    invloed op de behandeling")."""
    return bool(_KEPT.search(key))


def costs_a_service(key: str, previous: str = "") -> bool:
    """The sentence makes the consent a condition for something the child gets. ``previous``
    is the sentence before, for a refusal asked first: "Tekent u niet? Dan kan ..."."""
    if _KEPT.search(key):
        return False
    if previous.endswith("?") and re.match(r"\W*(dan|then)\b", key) and _REFUSED.search(previous):
        key = previous[:-1] + ", " + key
    refused = _REFUSED.search(key)
    if refused:  # what follows the refusal must be a loss
        consequence = (key[: refused.start()] + " " + key[refused.end() :]).strip()
        if _PENALTY.search(consequence):
            return True
        if not _LOSS.search(consequence):
            return False
    elif _GATE.search(key):  # the gate itself is the loss: nothing before the consent
        consequence = key
    else:
        return False
    if not _SERVICE.search(consequence):
        return False
    # "Zonder toestemming delen wij niets met de logopedist": only the exchange stops.
    return not (shares_by_lemma(consequence) and not _SERVICE.search(_without_sharing(consequence)))


def _without_sharing(consequence: str) -> str:
    """The consequence without the words that only name the exchange ("het overleg
    starten"), so a start of sharing is not taken for a service."""
    return re.sub(r"\b(starten|start|mee)\b", "", consequence)
