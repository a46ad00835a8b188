"""A rights request to an organisation, its replies, and the calendar subscription token.

The deadline always comes from the rules core (``core.rules.deadlines``): the models only
keep the dates the parent told us, never a computed due date.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import date

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dossierwijs.core.rules.deadlines import (
    Deadline,
    extension_announcement_explained,
    rights_request_deadline,
)


class RequestKind(models.TextChoices):
    # Values are core.letters.kinds.timeline.REQUEST_KINDS's (tests/test_choices_match_core.py).
    INZAGE = "inzage", _("Inzage en een kopie (artikel 15 AVG)")
    CORRECTIE = "correctie", _("Correctie of aanvulling (artikel 16 AVG)")
    VERWIJDERING = "verwijdering", _("Verwijdering (artikel 17 AVG)")
    BEPERKING = "beperking", _("Beperking van het gebruik (artikel 18 AVG)")
    BEZWAAR = "bezwaar", _("Bezwaar tegen het gebruik (artikel 21 AVG)")


class SentHow(models.TextChoices):
    # Values are core.letters.kinds.timeline.HOW's (tests/test_choices_match_core.py).
    EMAIL = "email", _("Per e-mail")
    POST = "post", _("Per post")
    HAND = "hand", _("Persoonlijk afgegeven")


class Status(models.TextChoices):
    CONCEPT = "concept", _("Nog niet verstuurd")
    VERSTUURD = "verstuurd", _("Verstuurd")
    VERLENGD = "verlengd", _("Verlengd")
    BEANTWOORD = "beantwoord", _("Beantwoord")
    DEELS_BEANTWOORD = "deels_beantwoord", _("Deels beantwoord")
    GEEN_REACTIE = "geen_reactie", _("Geen reactie")
    KLACHT_INGEDIEND = "klacht_ingediend", _("Klacht ingediend")
    AFGEROND = "afgerond", _("Afgerond")


# While the request has one of these, the organisation still owes (part of) an answer.
WAITING = (Status.VERSTUURD, Status.VERLENGD, Status.DEELS_BEANTWOORD, Status.GEEN_REACTIE)


class ReplyKind(models.TextChoices):
    ANTWOORD = "antwoord", _("Antwoord")
    DEELS = "deels", _("Deels antwoord")
    VERLENGING = "verlenging", _("Bericht dat zij meer tijd nodig hebben (verlenging)")
    WEIGERING = "weigering", _("Weigering")


class RightsRequest(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("soort verzoek"), max_length=20, choices=RequestKind.choices)
    # RESTRICT: an organisation with requests stays, unless the whole vault goes.
    organisation = models.ForeignKey(
        "addressbook.Organisation",
        on_delete=models.RESTRICT,
        related_name="rights_requests",
        verbose_name=_("organisatie"),
    )
    on_behalf_of_both = models.BooleanField(_("namens beide ouders"), default=True)
    # The letters as stored in the dossier (each produced letter is a document of type brief).
    letter = models.ForeignKey(
        "dossier.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reminder_letter = models.ForeignKey(
        "dossier.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    complaint_letter = models.ForeignKey(
        "dossier.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_on = models.DateField(_("verstuurd op"), null=True, blank=True)
    how = models.CharField(_("hoe verstuurd"), max_length=10, choices=SentHow.choices, blank=True)
    received_on = models.DateField(_("ontvangen door de organisatie op"), null=True, blank=True)
    status = models.CharField(
        _("stand van zaken"), max_length=20, choices=Status.choices, default=Status.CONCEPT
    )
    extension_announced_on = models.DateField(_("verlenging gemeld op"), null=True, blank=True)
    extension_with_reasons = models.BooleanField(_("met redenen"), default=False)
    reminder_on = models.DateField(_("herinnering gemaakt op"), null=True, blank=True)
    complaint_on = models.DateField(_("klacht ingediend op"), null=True, blank=True)
    notes = models.TextField(_("notities"), blank=True)
    created_by = models.ForeignKey("vault.Member", null=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} – {self.organisation}"

    # --- the deadline, always from the rules core -------------------------------------

    def extension_verdict(self) -> tuple[bool, str] | None:
        """(counts, Dutch reason) for an announced extension; None when none was announced."""
        if self.extension_announced_on is None or self.received_on is None:
            return None
        return extension_announcement_explained(
            self.received_on, self.extension_announced_on, self.extension_with_reasons
        )

    def original_deadline(self) -> Deadline | None:
        """One month after receipt (AVG art. 12 lid 3); None before the request was sent."""
        if self.received_on is None:
            return None
        return rights_request_deadline(self.received_on)

    def deadline(self) -> Deadline | None:
        """The deadline that applies: three months only after a valid extension."""
        if self.received_on is None:
            return None
        verdict = self.extension_verdict()
        return rights_request_deadline(self.received_on, extended=bool(verdict and verdict[0]))

    @property
    def is_waiting(self) -> bool:
        return self.status in WAITING and self.received_on is not None

    def is_overdue(self, today: date | None = None) -> bool:
        """The deadline passed and the organisation did not (fully) answer.

        When the rules core says the organisation may count Goede Vrijdag as a holiday, we
        wait until that later day too (its note: send a reminder only after that day).
        """
        deadline = self.deadline()
        if deadline is None or not self.is_waiting:
            return False
        last_day = deadline.due_if_good_friday_counts or deadline.due
        return (today or timezone.localdate()) > last_day

    def shown_status(self, today: date | None = None) -> str:
        """The status to show: "geen reactie" as soon as the deadline passed unanswered."""
        if self.status in (Status.VERSTUURD, Status.VERLENGD) and self.is_overdue(today):
            return Status.GEEN_REACTIE
        return self.status

    def shown_status_label(self) -> str:
        return Status(self.shown_status()).label

    def offers_reminder(self, today: date | None = None) -> bool:
        return self.is_overdue(today)

    def offers_complaint(self, today: date | None = None) -> bool:
        """After the deadline passed, or when the answer was partial or a refusal."""
        if self.status in (Status.KLACHT_INGEDIEND, Status.AFGEROND, Status.CONCEPT):
            return False
        if self.is_overdue(today):
            return True
        return self.replies.filter(kind__in=(ReplyKind.DEELS, ReplyKind.WEIGERING)).exists()

    # --- status changes ------------------------------------------------------------------

    def mark_sent(self, *, on: date, how: str, received_on: date) -> None:
        self.sent_on, self.how, self.received_on = on, how, received_on
        if self.status == Status.CONCEPT:
            self.status = Status.VERSTUURD
        self.save()

    def record_extension(self, *, announced_on: date, with_reasons: bool) -> None:
        """Keep what the organisation announced; whether it counts is the rules core's call."""
        self.extension_announced_on = announced_on
        self.extension_with_reasons = with_reasons
        if self.status in (Status.VERSTUURD, Status.GEEN_REACTIE, Status.VERLENGD):
            # "Verlengd" only when the extension counts; otherwise the first term stands.
            verdict = self.extension_verdict()
            self.status = Status.VERLENGD if verdict and verdict[0] else Status.VERSTUURD
        self.save()

    def record_reply_status(self, kind: str) -> None:
        if kind == ReplyKind.DEELS:
            self.status = Status.DEELS_BEANTWOORD
        elif kind in (ReplyKind.ANTWOORD, ReplyKind.WEIGERING):
            self.status = Status.BEANTWOORD
        self.save()

    def record_reminder(self, *, on: date) -> None:
        self.reminder_on = on
        if self.status in (Status.VERSTUURD, Status.VERLENGD):
            self.status = Status.GEEN_REACTIE
        self.save()

    def record_complaint(self, *, on: date) -> None:
        self.complaint_on = on
        self.status = Status.KLACHT_INGEDIEND
        self.save()

    def mark_done(self) -> None:
        self.status = Status.AFGEROND
        self.save()


class RightsReply(models.Model):
    """Something the organisation sent back; the reply itself is a document in the dossier."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="+")
    request = models.ForeignKey(RightsRequest, on_delete=models.CASCADE, related_name="replies")
    received_on = models.DateField(_("ontvangen op"))
    kind = models.CharField(_("soort reactie"), max_length=20, choices=ReplyKind.choices)
    document = models.ForeignKey(
        "dossier.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField(_("korte omschrijving"), max_length=300, blank=True)
    created_by = models.ForeignKey("vault.Member", null=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["received_on", "created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.received_on})"


def new_calendar_secret() -> str:
    return secrets.token_urlsafe(32)


class CalendarToken(models.Model):
    """The secret in the read-only calendar subscription link (one per vault)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.OneToOneField("vault.Vault", on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=64, unique=True, default=new_calendar_secret)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return "agenda-link"
