""" "Mag dit?": may an organisation share information about a child without the parents' consent?

A decision over (sender, recipient, purpose, enrolled) using the legal exceptions in the fact
sheet (sections 2 and 3d/3e). Each outcome names its basis and the confidence of the weakest
source it rests on. The vocabulary (Dutch keys, as used on the command line) is in
``SENDERS``, ``RECIPIENTS`` and ``PURPOSES``. Which rule applies is decided here, in
``_decide``; what each rule answers, with its sources, is in ``core.rules.sharing_answers``.
"""

from __future__ import annotations

from dataclasses import replace

from dossierwijs.core.rules.sharing_answers import (
    SharingAnswer,
    admission,
    care_provider_secrecy,
    child_protection_board,
    family_guardian,
    inspectorate,
    meldcode,
    no_fixed_rule,
    school_and_swv,
    school_report,
    school_to_care,
    verwijsindex_match,
    verwijsindex_signal,
)

SENDERS: dict[str, str] = {
    "school": "de school van uw kind (ook de vorige school)",
    "swv": "het samenwerkingsverband passend onderwijs",
    "zorgverlener": "een zorgverlener: therapeut, psycholoog, arts of jeugdhulp",
    "kinderopvang": "kinderopvang, peuterspeelzaal of voorschool",
}
RECIPIENTS: dict[str, str] = {
    "school": "een (andere of nieuwe) school",
    "swv": "het samenwerkingsverband passend onderwijs",
    "zorgverlener": "een zorgverlener: therapeut, psycholoog, orthopedagoog, arts of jeugdhulp",
    "inspectie": "de Inspectie van het Onderwijs",
    "veilig_thuis": "Veilig Thuis",
    "verwijsindex": "de Verwijsindex risicojongeren",
    "raad": "de Raad voor de Kinderbescherming",
    "gezinsvoogd": "de gezinsvoogd (bij een ondertoezichtstelling)",
    "anders": "een andere organisatie",
}
# One question, one meaning, wherever "enrolled" is asked (wizard, "Mag dit?", CLI).
ENROLLED_QUESTION = "Is uw kind al ingeschreven bij de school die de gegevens krijgt?"

PURPOSES: dict[str, str] = {
    "overstap": "uw kind gaat naar een andere school (onderwijskundig rapport)",
    "aanmelding": "uw kind is aangemeld en de school wil informatie opvragen",
    "tlv": "een toelaatbaarheidsverklaring (TLV) voor speciaal onderwijs",
    "arrangement": "extra ondersteuning of een arrangement",
    "advies": "advies over de ondersteuning van uw kind",
    "toezicht": "toezicht door de inspectie",
    "zorgen": "zorgen over de veiligheid van uw kind (meldcode)",
    "signaal": "een signaal in de Verwijsindex",
    "na_match": "inhoudelijke informatie na een match in de Verwijsindex",
    "onderzoek": "onderzoek door de Raad voor de Kinderbescherming",
    "begeleiding": "hulp, behandeling of begeleiding van uw kind",
    "anders": "een ander doel",
}


class UnknownTerm(ValueError):
    """A sender, recipient or purpose outside the vocabulary; the message is Dutch."""

    def __init__(self, what: str, value: str, valid: dict[str, str]):
        self.what, self.value, self.valid = what, value, valid
        super().__init__(f"Onbekende waarde voor {what}: '{value}'. Kies uit: {', '.join(valid)}.")


def may_share(
    sender: str,
    recipient: str,
    purpose: str,
    enrolled: bool | None,
    *,
    child_age: int | None = None,
) -> SharingAnswer:
    """May `sender` give information about the child to `recipient` for `purpose` without the
    parents' consent? `enrolled` answers ``ENROLLED_QUESTION``: is the child already enrolled
    at the school that receives the data (None: unknown). It matters only when a school
    receives; for the samenwerkingsverband as recipient it is not asked.

    Raises ``UnknownTerm`` (a ValueError with a Dutch message) for words outside the vocabulary.
    Sources per rule: facts 2.8-2.11, 3.1-3.6, 3.17-3.27 of the fact sheet.
    """
    for what, value, valid in (
        ("--van", sender, SENDERS),
        ("--naar", recipient, RECIPIENTS),
        ("--doel", purpose, PURPOSES),
    ):
        if value not in valid:
            raise UnknownTerm(what, value, valid)
    answer = _decide(sender, recipient, purpose, enrolled)
    # After a Verwijsindex match the care regime applies (Jeugdwet 7.1.4.1; fact 3.23).
    regime = "zorgverlener" if purpose == "na_match" else sender
    who = "" if answer.consent_needed == "nee" else _who_consents(regime, child_age)
    return replace(answer, who_consents=who)


def _who_consents(sender: str, child_age: int | None) -> str:
    if sender == "zorgverlener":
        if child_age is None:
            return "Onder 12: de ouders. Van 12 tot 16: uw kind én de ouders. Vanaf 16: uw kind."
        if child_age < 12:
            return "De ouders met gezag."
        if child_age < 16:
            return "Uw kind én de ouders met gezag, samen."
        return "Uw kind zelf."
    if child_age is None:
        return "Onder 16: de ouders met gezag. Vanaf 16: uw kind zelf."
    return "De ouders met gezag." if child_age < 16 else "Uw kind zelf."


def _decide(sender: str, recipient: str, purpose: str, enrolled: bool | None) -> SharingAnswer:
    # The first rule that applies decides: the exceptions that hold even against a care
    # provider's professional secrecy come before it.
    if recipient == "veilig_thuis" and purpose == "zorgen":
        return meldcode()
    if recipient == "raad":
        return child_protection_board(purpose)
    if recipient == "verwijsindex" and purpose == "signaal":
        return verwijsindex_signal()
    if purpose == "na_match":
        return verwijsindex_match()
    if recipient == "gezinsvoogd":
        return family_guardian()
    if sender == "zorgverlener":
        return care_provider_secrecy(RECIPIENTS[recipient])
    if recipient == "inspectie" and sender in ("school", "swv"):
        return inspectorate(purpose)
    # The SWV may give its data to a school where the child is only registered (aangemeld).
    if sender == "school" and recipient == "school" and purpose == "overstap":
        # The OKR also goes to the school of registration before enrolment (PO->VO via the
        # transfer system, after aanmelding, for the admission decision). WPO 42 and the
        # Besluit name the receiving school; the timing is our reading (I).
        return school_report(enrolled)
    not_enrolled = enrolled is False and sender != "swv"
    if recipient == "school" and (purpose == "aanmelding" or not_enrolled):
        return admission(SENDERS[sender])
    if {sender, recipient} == {"school", "swv"} and purpose in ("tlv", "arrangement", "advies"):
        # One question, one meaning: "enrolled at the school that receives". When the
        # samenwerkingsverband receives, the question does not apply (the school's own task).
        return school_and_swv(enrolled if recipient == "school" else True)
    if sender in ("school", "swv") and recipient == "zorgverlener":
        return school_to_care(RECIPIENTS[recipient])
    return no_fixed_rule()
