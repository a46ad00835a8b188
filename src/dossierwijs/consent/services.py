"""Writes of the consent app, each one transaction with a journal entry, and the register's answer.

Public API::

    check_text(*, vault, by, text, title, document=None) -> FormCheck
    check_upload(*, vault, by, filename, data, keep=True) -> FormCheck   (CheckError)
    check_document(*, document, by) -> FormCheck                         (CheckError)
    refuse_form(*, check, by, tone, organisation=None, extra=None, form_title="",
                confirmed_doubtful=()) -> ProducedLetter
                                (a doubtful defect only when confirmed; LetterError, MissingData)
    correct_judgement(*, check, by, code, oordeel, quote="", reason="") -> FormCheck
                                                      (the parent's judgement; CorrectionError)
    undo_correction(*, check, by, code) -> FormCheck
    consent_give(*, vault, by, content, documents=(), today=None) -> Consent
                                                      (composes the text; ConsentTextError)
    consent_register(*, vault, by, ..., evidence_upload=None) -> Consent
    consent_withdraw(*, consent, by, tone="zakelijk", extra=None) -> ProducedLetter
    consent_trajectory_ended(*, consent, by, on=None) -> None
    consent_expire(*, consent, by) -> None
    consent_covering(*, vault, organisation, purpose, data=None) -> Consent | None
    who_signs(*, vault, organisations, on=None) -> AgeDecision | None
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs.addressbook.models import Organisation
from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.compose import (
    ConsentTextError,
    Exchange,
    Storage,
    compose_specific_consent,
    dutch_date,
)
from dossierwijs.core.letters import LetterError
from dossierwijs.core.rules.age import AgeDecision, who_decides
from dossierwijs.dossier.models import DocumentType, Origin
from dossierwijs.dossier.services import add_document, import_file
from dossierwijs.letters.services import parents_of, produce_letter
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .checking import (  # noqa: F401 - part of this module's API
    CheckError,
    _unreadable,
    check_document,
    check_text,
    check_upload,
    refuse_form,
)
from .correcting import (  # noqa: F401 - part of this module's API
    CorrectionError,
    correct_judgement,
    undo_correction,
)
from .matching import content_words, words_covered
from .models import Consent, Signer, Status
from .rendering import consent_docx, consent_pdf


# Who signs -----------------------------------------------------------------------------------
def regime_for(organisations: Iterable) -> str:
    """ "wgbo" when a care provider takes part (the stricter answer), else "avg".

    AVG/UAVG art. 5 for school and samenwerkingsverband, WGBO (BW 7:450, 7:465) for care
    providers; from 12 to 16 the WGBO asks both the child and the parents.
    """
    kinds = {getattr(o, "rules_kind", "") for o in organisations if o is not None}
    return "wgbo" if "zorgverlener" in kinds else "avg"


def who_signs(*, vault, organisations: Sequence, on: date | None = None) -> AgeDecision | None:
    """What the rules core says: who must give this consent at the child's age today."""
    if vault.child_birth_date is None:
        return None
    on = on or timezone.localdate()
    try:
        return who_decides(vault.child_birth_date, on, regime_for(organisations))
    except ValueError:
        return None


# The register --------------------------------------------------------------------------------
def _names(vault, given_by: Sequence[str]) -> list[str]:
    names: list[str] = []
    if Signer.OUDERS in given_by:
        names += [m.display_name for m in parents_of(vault)]
        other = vault.other_parent_name.strip()
        if other and other.lower() not in {n.lower() for n in names}:
            names.append(other)
    if Signer.KIND in given_by:
        names.append(vault.child_name)
    return names


def _record(*, vault, by, consent: Consent, summary: str) -> None:
    journal.record(vault=vault, actor=by, action=Action.EDIT, obj=consent, summary=summary)


@dataclass(frozen=True)
class ConsentContent:
    """What a specific consent says: who gives it, which data goes from whom to whom and for
    what, where it is kept, whom to tell on withdrawal, and until when it holds."""

    given_by: Sequence[str]  # Signer codes
    from_organisation: Organisation
    purpose: str
    data: str  # one item a line
    storage: str
    withdraw_contact: str
    # None: the organisation asks the family for its own data, and the family hands it over.
    to_organisation: Organisation | None = None
    valid_until: date | None = None
    trajectory: str = ""


def _specific_consent_text(*, vault, content: ConsentContent, today: date) -> str:
    """The consent's text, composed and then checked; ``ConsentTextError`` when it falls short."""
    receiver = content.to_organisation or content.from_organisation
    # Without a second organisation the family itself hands the data over.
    signers = _names(vault, content.given_by)
    text = compose_specific_consent(
        child=vault.child_name,
        given_by=signers,
        requested_by=content.from_organisation.name,
        exchanges=[
            Exchange(
                from_organisation=content.from_organisation.name
                if content.to_organisation is not None
                else _(" en ").join(signers),
                to_organisation=receiver.name,
                data=[d.strip() for d in content.data.splitlines() if d.strip()],
                purpose=content.purpose,
            )
        ],
        storage=[Storage(organisation=receiver.name, place=content.storage)],
        withdraw_contact=content.withdraw_contact,
        valid_until=content.valid_until,
        trajectory=content.trajectory or None,
        today=today,
    )
    # The composer meets the nine criteria by construction; the checker confirms it, so a
    # word that slips past the composer (e.g. "alles wat nodig is" as a purpose) is caught.
    defects = check_consent_form(text).defects
    if defects:
        raise ConsentTextError(
            _("Zo zou het formulier niet aan alle eisen voldoen. %(why)s Pas het aan.")
            % {"why": defects[0][2].uitleg}
        )
    return text


def consent_give(
    *, vault, by, content: ConsentContent, documents: Iterable = (), today: date | None = None
) -> Consent:
    """Write a specific consent (all nine criteria met by construction), keep it and register it.

    The text comes from ``compose_specific_consent``; its PDF goes into the dossier as a
    "toestemmingsformulier" and is the consent's evidence until a signed copy replaces it.
    Raises ``ConsentTextError`` (Dutch message) for vague input; nothing is stored then.
    """
    today = today or timezone.localdate()
    receiver = content.to_organisation or content.from_organisation
    text = _specific_consent_text(vault=vault, content=content, today=today)
    title = _("Toestemming %(org)s – %(date)s") % {"org": receiver.name, "date": dutch_date(today)}
    with transaction.atomic():
        document = add_document(
            vault=vault,
            by=by,
            filename=f"toestemming-{today.isoformat()}.pdf",
            data=consent_pdf(text),
            doc_type=DocumentType.TOESTEMMINGSFORMULIER,
            title=title,
            origin=Origin.OWN,
        )
        consent = Consent.objects.create(
            vault=vault,
            given_by=list(content.given_by),
            given_by_names=", ".join(_names(vault, content.given_by))[:300],
            from_organisation=content.from_organisation,
            to_organisation=content.to_organisation,
            purpose=content.purpose.strip(),
            data=content.data.strip(),
            storage=content.storage.strip(),
            valid_until=content.valid_until,
            trajectory=(content.trajectory or "").strip(),
            given_on=today,
            evidence=document,
            text=text,
            status=Status.GEGEVEN,
            created_by=by,
        )
        consent.documents.set(list(documents))
        _record(vault=vault, by=by, consent=consent, summary=_("Toestemming gegeven"))
    return consent


def consent_word_file(consent: Consent) -> bytes:
    """The consent text dossierwijs wrote, as a Word file (to change a detail before signing)."""
    return consent_docx(consent.text)


def consent_register(
    *,
    vault,
    by,
    given_by: Sequence[str],
    from_organisation,
    to_organisation=None,
    purpose: str,
    data: str,
    storage: str = "",
    valid_until: date | None = None,
    trajectory: str = "",
    given_on: date,
    status: str = Status.GEGEVEN,
    evidence_upload: tuple[str, bytes] | None = None,
    evidence=None,
    documents: Iterable = (),
) -> Consent:
    """Register a consent given (or refused) on paper; the signed form becomes its evidence."""
    with transaction.atomic():
        if evidence_upload is not None:
            filename, content = evidence_upload
            outcome = import_file(
                vault=vault,
                by=by,
                filename=filename,
                data=content,
                overrides={"doc_type": DocumentType.TOESTEMMINGSFORMULIER, "origin": Origin.OWN},
            )[0]
            evidence = outcome.document or outcome.duplicate_of
            if evidence is None:
                raise CheckError(" ".join(outcome.errors) or _unreadable(filename))
        consent = Consent.objects.create(
            vault=vault,
            given_by=list(given_by),
            given_by_names=", ".join(_names(vault, given_by))[:300],
            from_organisation=from_organisation,
            to_organisation=to_organisation,
            purpose=purpose.strip(),
            data=data.strip(),
            storage=storage.strip(),
            valid_until=valid_until,
            trajectory=(trajectory or "").strip(),
            given_on=given_on,
            evidence=evidence,
            status=status,
            created_by=by,
        )
        consent.documents.set(list(documents))
        _record(vault=vault, by=by, consent=consent, summary=_("Toestemming vastgelegd"))
    return consent


def consent_withdraw(*, consent: Consent, by, tone: str = "zakelijk", extra: dict | None = None):
    """Withdraw a consent in one action: the letter (AVG art. 7 lid 3) and the new status.

    The letter goes to the organisation that holds the consent. If the letter cannot be
    made (MissingData / LetterError, Dutch), the consent is NOT marked withdrawn.
    """
    if consent.status != Status.GEGEVEN:
        raise LetterError(_("Deze toestemming geldt al niet meer. Intrekken is niet nodig."))
    what = _("%(purpose)s (gegevens: %(data)s)") % {
        "purpose": consent.purpose.strip().rstrip("."),
        "data": ", ".join(line.strip() for line in consent.data.splitlines() if line.strip()),
    }
    if consent.to_organisation is not None:
        what = _("het delen met %(to)s voor %(what)s") % {
            "to": consent.to_organisation.name,
            "what": what,
        }
    with transaction.atomic():
        produced = produce_letter(
            vault=consent.vault,
            by=by,
            kind="intrekking",
            tone=tone,
            fields={"consent_for": what, "given_on": consent.given_on, "ask_erasure": True},
            organisation=consent.from_organisation,
            extra=extra,
        )
        consent.withdraw(timezone.localdate())
        consent.withdrawal_letter = produced.letter
        consent.save(update_fields=["withdrawal_letter"])
        _record(vault=consent.vault, by=by, consent=consent, summary=_("Toestemming ingetrokken"))
    return produced


def consent_trajectory_ended(*, consent: Consent, by, on: date | None = None) -> None:
    """The named trajectory is over: from now on the consent covers nothing.

    It stays on the Termijnen page until the parent closes it (``consent_expire``), as a
    reminder that the organisation may no longer use the data for this purpose.
    """
    with transaction.atomic():
        consent.trajectory_ended = True
        consent.trajectory_ended_on = on or timezone.localdate()
        consent.save(update_fields=["trajectory_ended", "trajectory_ended_on"])
        _record(vault=consent.vault, by=by, consent=consent, summary=_("Traject afgelopen"))


def consent_expire(*, consent: Consent, by) -> None:
    """Close a consent whose end date passed or whose trajectory ended (status verlopen)."""
    with transaction.atomic():
        consent.expire()
        _record(vault=consent.vault, by=by, consent=consent, summary=_("Toestemming verlopen"))


def _child_words(vault) -> frozenset[str]:
    return frozenset(content_words(vault.child_name or ""))


def _covers_data(consent: Consent, data, ignore: frozenset[str]) -> bool:
    items = [data] if isinstance(data, str) else list(data)
    if not items:
        return True
    document_ids = {d.pk for d in consent.documents.all()}
    for item in items:
        if hasattr(item, "pk") and item.pk in document_ids:
            continue
        text = item.title if hasattr(item, "pk") else item
        if not words_covered(str(text), consent.data, ignore):
            return False
    return True


def consent_covering(*, vault, organisation, purpose: str, data=None) -> Consent | None:
    """The current consent of this vault that covers this exchange, or None.

    Current: status "gegeven", its end date not passed, its trajectory not ended.
    Covers: ``organisation`` is one of the consent's organisations; every content word
    of ``purpose`` is in the consent's purpose (see ``matching``); and when ``data`` is
    given (a text, or documents / texts), each item is one of the consent's documents or
    its words are in the consent's description of the data.
    """
    if organisation is None:
        return None
    today = timezone.localdate()
    ignore = _child_words(vault)
    candidates = (
        Consent.objects.filter(vault=vault, status=Status.GEGEVEN)
        .filter(models_q_for(organisation))
        .select_related("from_organisation", "to_organisation")
    )
    for consent in candidates:
        if not consent.is_current(today):
            continue
        if not words_covered(purpose or "", consent.purpose, ignore):
            continue
        if data is not None and not _covers_data(consent, data, ignore):
            continue
        return consent
    return None


def models_q_for(organisation):
    from django.db.models import Q

    return Q(from_organisation=organisation) | Q(to_organisation=organisation)
