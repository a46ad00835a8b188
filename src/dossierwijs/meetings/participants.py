"""What the preparation page shows per participant: what their organisation already has, what
they will see, and whether the parents' consent is missing for what will be discussed.

Meetings sit below sharing and beside consent (tests/test_layers.py): the ledger and the
register answer through the ``organisation_facts`` contribution hook, never by import. The
legal question is asked of ``core.rules.sharing.may_share`` with the school as sender.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from dossierwijs.addressbook.models import Organisation, OrganisationKind, SchoolRelation
from dossierwijs.contributions import OrganisationFact, gather
from dossierwijs.core.rules.sharing import RECIPIENTS, SharingAnswer, may_share

from .models import Meeting, Participant

# Words in the meeting's purpose (as school or the parent wrote it) that name one of the
# rules' purposes. First match wins; no match means the rules' "anders" and a hedge.
PURPOSE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("tlv", ("toelaatbaarheid", "tlv", "speciaal onderwijs")),
    ("overstap", ("overstap", "andere school", "nieuwe school", "onderwijskundig rapport")),
    ("arrangement", ("arrangement", "extra ondersteuning", "extra hulp", "ondersteuning")),
    ("advies", ("advies",)),
    ("begeleiding", ("behandeling", "begeleiding", "therapie")),
)


def rules_purpose(text: str) -> str | None:
    """The rules' purpose key the meeting's purpose maps onto, or None when it does not."""
    lowered = f" {text.lower()} "
    for key, words in PURPOSE_WORDS:
        if any(word in lowered for word in words):
            return key
    return None


def is_external(organisation: Organisation) -> bool:
    """Everyone but the child's own (current) school is external to the meeting with school."""
    return not (
        organisation.kind == OrganisationKind.SCHOOL
        and organisation.school_relation in ("", SchoolRelation.CURRENT)
    )


@dataclass(frozen=True)
class ConsentFlag:
    answer: SharingAnswer
    purpose_key: str | None  # None: the meeting's purpose did not map onto the rules
    heading: str
    hedge: str = ""


@dataclass
class ParticipantView:
    participant: Participant
    external: bool
    holds: list[OrganisationFact] = field(default_factory=list)
    consents: list[OrganisationFact] = field(default_factory=list)
    flag: ConsentFlag | None = None
    basis: str = ""  # the legal basis when no consent is needed for this meeting's purpose
    incomplete: bool = False  # an app's facts could not be read


def _recipient(organisation: Organisation) -> str:
    kind = organisation.rules_kind
    return kind if kind in RECIPIENTS else "anders"


def legal_answer(meeting: Meeting, organisation: Organisation) -> tuple[SharingAnswer, str | None]:
    """The rules' answer for the school sharing with ``organisation`` for this meeting."""
    key = rules_purpose(meeting.purpose)
    return may_share("school", _recipient(organisation), key or "anders", enrolled=True), key


def consent_flag(meeting: Meeting, organisation: Organisation, has_consent: bool):
    """The flag for an external organisation without a current consent, or None."""
    if has_consent or not is_external(organisation):
        return None
    answer, key = legal_answer(meeting, organisation)
    if answer.consent_needed == "nee" and key is not None:
        return None
    heading = (
        _("Toestemming nodig")
        if answer.consent_needed == "ja"
        else _("Misschien is toestemming nodig")
    )
    hedge = (
        ""
        if key is not None
        else _(
            "Het doel van dit gesprek past niet precies bij een doel dat de regels kennen. "
            "Dit is daarom een voorzichtige inschatting."
        )
    )
    return ConsentFlag(answer=answer, purpose_key=key, heading=heading, hedge=hedge)


def participant_views(meeting: Meeting) -> list[ParticipantView]:
    views = []
    for participant in meeting.participants.select_related("organisation", "contact"):
        organisation = participant.organisation
        facts, failed = gather("organisation_facts", meeting.vault, organisation)
        consents = [f for f in facts if f.kind == "toestemming"]
        flag = None if failed else consent_flag(meeting, organisation, bool(consents))
        basis = ""
        if not failed and not consents and flag is None and is_external(organisation):
            basis = legal_answer(meeting, organisation)[0].basis
        views.append(
            ParticipantView(
                participant=participant,
                external=is_external(organisation),
                holds=[f for f in facts if f.kind == "heeft"],
                consents=consents,
                # Without the register's answer we cannot say consent is missing.
                flag=flag,
                basis=basis,
                incomplete=bool(failed),
            )
        )
    return views
