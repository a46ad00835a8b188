"""Consents the family gave (or refused), and the checks of consent forms they were handed."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# How many days before its end a consent shows up on the Termijnen page.
ENDS_SOON_DAYS = 30


class FormCheck(models.Model):
    """One check of a consent form: the form's text and the checker's result (published JSON)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="+")
    document = models.ForeignKey(
        "dossier.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(_("welk formulier"), max_length=300)
    text = models.TextField(blank=True)
    result = models.JSONField(default=dict)
    # The parent's own judgement where they read the form differently from the checker:
    # {code: {"oordeel": "ok" | "gebrek", "zin": quoted sentence, "reden": short reason,
    # "door": member id, "naam": their name, "op": ISO date}}. ``result`` stays the checker's.
    corrections = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey("vault.Member", null=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    @property
    def verdict(self) -> str:
        """``geldig``, ``onvolledig`` or ``ongeldig``, from the judgments per criterion, so a
        check stored before storage and duration stopped counting for validity reads right.
        Where the parent corrected a judgement, theirs counts."""
        return stored_verdict(self.judged_result())

    def judged_result(self) -> dict:
        """The check's JSON with the parent's corrections in place of the checker's judgements."""
        return apply_corrections(self.result, self.corrections)

    @property
    def is_valid(self) -> bool:
        return self.verdict == "geldig"

    def verdict_label(self) -> str:
        return VERDICT_LABELS.get(self.verdict, self.verdict)


# How a verdict is named in lists (the result page explains it in full).
VERDICT_LABELS = {
    "geldig": _("geldig"),
    "onvolledig": _("onvolledig: vraag na waar en hoe lang"),
    "ongeldig": _("ongeldig"),
}


def stored_verdict(result: dict) -> str:
    """The verdict of a check's published JSON, recomputed from its nine judgments."""
    criteria = result.get("criteria") or {}
    if not criteria:
        return result.get("verdict", "")
    # start-up weight: the checker's package loads simplemma and compiles hundreds of
    # patterns (0.4 s); models load in every process, a stored verdict is read rarely.
    from dossierwijs.core.consent_check import verdict_for

    return verdict_for({code: j.get("oordeel", "") for code, j in criteria.items()})


def apply_corrections(result: dict, corrections: dict) -> dict:
    """``result`` (the checker's published JSON) with each corrected criterion's ``oordeel``
    replaced by the parent's. A criterion the parent calls a defect keeps no explanation: the
    checker's words (and the phrases it quotes) were about why it found it in order."""
    criteria = dict(result.get("criteria") or {})
    for code, correction in (corrections or {}).items():
        if code not in criteria:
            continue
        judgement = dict(criteria[code], oordeel=correction["oordeel"])
        if correction["oordeel"] != "ok":
            judgement["uitleg"] = ""
        criteria[code] = judgement
    return {**result, "criteria": criteria}


class Signer(models.TextChoices):
    # The words of dossierwijs.core.rules.age.AgeDecision.deciders.
    OUDERS = "ouders", _("De ouders met gezag")
    KIND = "kind", _("Het kind zelf")


class Status(models.TextChoices):
    GEGEVEN = "gegeven", _("Gegeven")
    GEWEIGERD = "geweigerd", _("Geweigerd")
    INGETROKKEN = "ingetrokken", _("Ingetrokken")
    VERLOPEN = "verlopen", _("Verlopen")


class Consent(models.Model):
    """One specific consent: who let which organisation share what, for what, until when."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="consents")
    given_by = models.JSONField(_("gegeven door"), default=list)  # Signer values
    given_by_names = models.CharField(_("namen"), max_length=300, blank=True)
    from_organisation = models.ForeignKey(
        "addressbook.Organisation",
        on_delete=models.RESTRICT,
        related_name="consents_from",
        verbose_name=_("organisatie"),
    )
    to_organisation = models.ForeignKey(
        "addressbook.Organisation",
        null=True,
        blank=True,
        on_delete=models.RESTRICT,
        related_name="consents_to",
        verbose_name=_("deelt met"),
    )
    purpose = models.TextField(_("doel"))
    data = models.TextField(_("welke gegevens of documenten"))
    documents = models.ManyToManyField("dossier.Document", blank=True, related_name="+")
    storage = models.CharField(_("waar bewaard"), max_length=300, blank=True)
    valid_until = models.DateField(_("geldig tot en met"), null=True, blank=True)
    trajectory = models.CharField(_("tot het einde van"), max_length=300, blank=True)
    trajectory_ended = models.BooleanField(_("traject afgelopen"), default=False)
    trajectory_ended_on = models.DateField(null=True, blank=True)
    given_on = models.DateField(_("gegeven op"), default=timezone.localdate)
    evidence = models.ForeignKey(
        "dossier.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("ondertekend formulier"),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.GEGEVEN
    )
    withdrawn_on = models.DateField(_("ingetrokken op"), null=True, blank=True)
    # The consent text dossierwijs wrote (empty for a consent given on someone else's form).
    text = models.TextField(blank=True)
    withdrawal_letter = models.ForeignKey(
        "letters.Letter", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey("vault.Member", null=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["-given_on", "-created_at"]

    def __str__(self) -> str:
        return f"{self.from_organisation} – {self.purpose}"

    # State changes -------------------------------------------------------------------
    def withdraw(self, on: date) -> None:
        """Withdrawn from ``on`` (AVG art. 7 lid 3); earlier use stays lawful."""
        self.status = Status.INGETROKKEN
        self.withdrawn_on = on
        self.save(update_fields=["status", "withdrawn_on"])

    def expire(self) -> None:
        """The end date passed or the trajectory ended: the consent no longer counts."""
        if self.status == Status.GEGEVEN:
            self.status = Status.VERLOPEN
            self.save(update_fields=["status"])

    # Reading ---------------------------------------------------------------------------
    def has_lapsed(self, today: date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.trajectory_ended or (self.valid_until is not None and self.valid_until < today)

    def current_status(self, today: date | None = None) -> str:
        """The status as it is today: a given consent past its end counts as verlopen."""
        if self.status == Status.GEGEVEN and self.has_lapsed(today):
            return Status.VERLOPEN
        return self.status

    def current_status_label(self) -> str:
        return Status(self.current_status()).label

    def is_current(self, today: date | None = None) -> bool:
        return self.current_status(today) == Status.GEGEVEN

    def ends_soon(self, today: date | None = None) -> bool:
        today = today or timezone.localdate()
        return (
            self.is_current(today)
            and self.valid_until is not None
            and self.valid_until <= today + timedelta(days=ENDS_SOON_DAYS)
        )

    def organisations(self) -> list:
        return [o for o in (self.from_organisation, self.to_organisation) if o is not None]

    def recipient_text(self) -> str:
        if self.to_organisation is None:
            return str(self.from_organisation)
        return _("van %(from)s naar %(to)s") % {
            "from": self.from_organisation,
            "to": self.to_organisation,
        }

    def signer_labels(self) -> list[str]:
        return [Signer(s).label for s in self.given_by if s in Signer.values]
