"""The parent corrects the checker: for one criterion their own judgement counts instead.

The checker's judgement stays in ``FormCheck.result``; the parent's is kept beside it in
``FormCheck.corrections`` and can be taken back. The verdict, the result page and the
Geen-toestemmingsverklaring read the corrected judgements (``FormCheck.judged_result``).
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs.core.consent_check import CRITERIA, GEBREK, OK
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .models import FormCheck

MAX_QUOTE = 1000
MAX_REASON = 300


class CorrectionError(ValueError):
    """The correction does not fit this check; ``message`` is Dutch and safe to show."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _save(check: FormCheck, by, corrections: dict, summary: str) -> FormCheck:
    """Store ``corrections`` and journal ``summary`` (criterion titles only, never form text)."""
    check.corrections = corrections
    check.save(update_fields=["corrections"])
    journal.record(vault=check.vault, actor=by, action=Action.EDIT, obj=check, summary=summary)
    return check


def _title(code: str) -> str:
    return CRITERIA[code][0]


def correct_judgement(
    *, check: FormCheck, by, code: str, oordeel: str, quote: str = "", reason: str = ""
) -> FormCheck:
    """Keep the parent's ``oordeel`` (``ok``/``gebrek``) for criterion ``code``.

    Only the opposite of the checker's own judgement is a correction. ``quote``: the sentence
    of the form that says it (optional); ``reason``: what the parent sees (for a defect).
    """
    checker = (check.result.get("criteria") or {}).get(code)
    if code not in CRITERIA or checker is None or oordeel not in (OK, GEBREK):
        raise CorrectionError(_("Deze eis hoort niet bij deze controle."))
    if checker.get("oordeel") == oordeel:
        raise CorrectionError(_("Dit is al het oordeel van dossierwijs."))
    correction = {
        "oordeel": oordeel,
        "zin": quote.strip()[:MAX_QUOTE],
        "reden": reason.strip()[:MAX_REASON],
        "door": str(by.pk),
        "naam": by.display_name,
        "op": timezone.localdate().isoformat(),
    }
    summary = _("Eigen oordeel bij een formuliercontrole: “%(title)s” is %(oordeel)s") % {
        "title": _title(code),
        "oordeel": _("in orde") if oordeel == OK else _("een gebrek"),
    }
    with transaction.atomic():
        check = FormCheck.objects.select_for_update().get(pk=check.pk)
        return _save(check, by, {**check.corrections, code: correction}, summary)


def undo_correction(*, check: FormCheck, by, code: str) -> FormCheck:
    """Take the parent's judgement for ``code`` back: the checker's counts again."""
    summary = _("Eigen oordeel bij een formuliercontrole ongedaan gemaakt: “%(title)s”") % {
        "title": _title(code) if code in CRITERIA else code
    }
    with transaction.atomic():
        check = FormCheck.objects.select_for_update().get(pk=check.pk)
        if code not in check.corrections:
            return check
        rest = {k: v for k, v in check.corrections.items() if k != code}
        return _save(check, by, rest, summary)
